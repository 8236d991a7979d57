import { CodeActionKind, type ClientCapabilities, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { newConfigText, rangeContains, ruleOffEdits, ruleOffTarget, sectionRange, type Finding, type IdeasDocument, type RuleOffTarget } from '../core';

/** The client command that sets a rule to "off" in the `ideas.rules` setting (client/src/rule-settings.ts). */
export const RULE_SETTINGS_COMMAND = 'ideas.turnOffRuleInSettings';
/** What a client puts in `capabilities.experimental` when it runs RULE_SETTINGS_COMMAND. */
export const RULE_SETTINGS_CAPABILITY = 'ideasRuleSettingsCommand';

/** What the disable quick fixes need to know beyond the document. */
export interface DisableContext {
  uri: string;
  version: number;
  doc: IdeasDocument;
  /**
   * Where "Turn off RULE in .ideasrc.json" writes; asked only when a quick fix is made. Absent (an
   * untitled document) or undefined (a config that cannot be read): no such action.
   */
  ruleOff?: () => RuleOffTarget | undefined;
  /** The client applies a workspace edit that creates a file. */
  createFiles?: boolean;
  /** The client runs RULE_SETTINGS_COMMAND (the VS Code extension does). */
  settingsCommand?: boolean;
}

/** What the client can do for the disable quick fixes, from its capabilities. */
export function disableCapabilities(capabilities: ClientCapabilities): Pick<DisableContext, 'createFiles' | 'settingsCommand'> {
  return {
    createFiles: capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true,
    settingsCommand: (capabilities.experimental as Record<string, unknown> | undefined)?.[RULE_SETTINGS_CAPABILITY] === true,
  };
}

/** The disable quick fixes' context of a document: a file's nearest `.ideasrc.json` is read when a quick fix is made. */
export function disableContext(uri: string, folders: readonly string[], can: Pick<DisableContext, 'createFiles' | 'settingsCommand'>): Omit<DisableContext, 'uri' | 'version' | 'doc'> {
  const parsed = URI.parse(uri);
  if (parsed.scheme !== 'file') return { ...can };
  let target: RuleOffTarget | undefined | null = null;
  // Read once per request, whatever the number of diagnostics in it.
  return { ...can, ruleOff: () => (target === null ? (target = ruleOffTarget(parsed.fsPath, folders)) : target) };
}

/**
 * "Disable RULE for this line" (a comment at the end of the line, so a list stays whole), "for
 * this idea" (a comment on the line before the idea's heading), "Turn off RULE in .ideasrc.json"
 * and "in settings".
 */
export function disableActions(context: DisableContext, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  const action = (title: string, more: Partial<CodeAction>): CodeAction => ({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], ...more });
  const { rule } = finding;
  const actions = [action(`Disable ${rule} for this line`, { edit: versioned(context, [disableLineEdit(context.doc, rule, finding.range.start.line)]) })];
  const idea = ideaAt(context.doc, finding.range.start.line);
  if (idea) actions.push(action(`Disable ${rule} for this idea`, { edit: versioned(context, [disableIdeaEdit(context.doc, rule, idea)]) }));
  const inConfig = configEdit(context, rule);
  if (inConfig) actions.push(action(`Turn off ${rule} in .ideasrc.json`, { edit: inConfig }));
  if (context.settingsCommand) {
    const title = `Turn off ${rule} in settings`;
    actions.push(action(title, { command: { title, command: RULE_SETTINGS_COMMAND, arguments: [rule, context.uri] } }));
  }
  return actions;
}

/**
 * `<!-- ideas-disable-line RULE -->` at the end of the line (before any trailing blanks, which may
 * be a hard line break), or the rule added to such a comment already there. A heading's line or a
 * code block's takes `<!-- ideas-disable-next-line RULE -->` on the line above instead: there the
 * comment would become part of the heading's title or of the code, and a comment line above a
 * heading splits no list.
 */
export function disableLineEdit(doc: IdeasDocument, rule: string, line: number): TextEdit {
  const text = doc.lines.lineText(line);
  if (doc.headings.some((heading) => heading.range.start.line === line) || doc.codeBlocks.some((code) => code.range.start.line <= line && line <= code.range.end.line)) {
    const indent = /^[ \t]*/.exec(text)![0];
    return insertAt(line, 0, `${indent}<!-- ideas-disable-next-line ${rule} -->${doc.eol}`);
  }
  const end = text.trimEnd().length;
  const comment = text.lastIndexOf('<!--', end);
  // Greedy up to the one `>`, which must close the comment: no pattern here retries a long line.
  const existing = comment < 0 ? null : /^<!--\s*ideas-disable-line\b([^>]*)>$/.exec(text.slice(comment, end));
  const names = existing?.[1].endsWith('--') ? existing[1].slice(0, -2).trimEnd() : '';
  if (existing && names.trim() !== '') {
    // After the last rule it names.
    const at = comment + existing[0].length - existing[1].length - 1 + names.length;
    return insertAt(line, at, `, ${rule}`);
  }
  return insertAt(line, end, `${end === 0 || /\s$/.test(text.slice(0, end)) ? '' : ' '}<!-- ideas-disable-line ${rule} -->`);
}

/** `<!-- ideas-disable-idea RULE -->` on its own line before the idea's heading, indented like it. */
function disableIdeaEdit(doc: IdeasDocument, rule: string, idea: IdeasDocument['ideas'][number]): TextEdit {
  const line = idea.heading.range.start.line;
  const indent = /^[ \t]*/.exec(doc.lines.lineText(line))![0];
  return insertAt(line, 0, `${indent}<!-- ideas-disable-idea ${rule} -->${doc.eol}`);
}

/** The idea whose section holds `line`. */
function ideaAt(doc: IdeasDocument, line: number) {
  const position = { line, character: 0 };
  let found: IdeasDocument['ideas'][number] | undefined;
  for (const idea of doc.ideas) {
    if (idea.heading.range.start.line > line) break;
    if (rangeContains(sectionRange(doc, idea.heading), position)) found = idea;
  }
  return found;
}

/** The edit to the nearest `.ideasrc.json`, or a new one when the client can create files. */
function configEdit(context: DisableContext, rule: string): WorkspaceEdit | undefined {
  const target = context.ruleOff?.();
  if (!target) return undefined;
  const uri = URI.file(target.file).toString();
  if (target.exists) {
    const edits = ruleOffEdits(target.text, rule);
    return edits && { documentChanges: [{ textDocument: { uri, version: null }, edits }] };
  }
  if (!context.createFiles) return undefined;
  return {
    documentChanges: [
      { kind: 'create', uri, options: { ignoreIfExists: true } },
      { textDocument: { uri, version: null }, edits: [insertAt(0, 0, newConfigText(rule))] },
    ],
  };
}

const insertAt = (line: number, character: number, newText: string): TextEdit => ({ range: { start: { line, character }, end: { line, character } }, newText });

/** Edits tagged with the document version they were made for, so a stale one is refused. */
const versioned = (context: DisableContext, edits: TextEdit[]): WorkspaceEdit => ({ documentChanges: [{ textDocument: { uri: context.uri, version: context.version }, edits }] });
