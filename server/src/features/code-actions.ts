import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type SnippetTextEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { comparePositions, compatibleFixes, insertFields, missingFields, ruleDocsUrl, type Finding, type Fix, type IdeasDocument } from '../core';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.ideas`;
export const SHOW_DOCS_COMMAND = 'ideas.showRuleDocs';

export interface CodeActionContext {
  uri: string;
  version: number;
  doc: IdeasDocument;
  findings: Finding[];
  /** The client applies snippet text edits (LSP 3.18), so placeholders can be tab stops. */
  snippets: boolean;
}

/**
 * Quick fixes for the diagnostics in the request, each attached to its diagnostic, plus
 * "Disable RULE for this line" and "Show documentation"; `source.fixAll.ideas` when asked for.
 */
export function codeActions(context: CodeActionContext, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      const finding = context.findings.find((f) => matches(f, diagnostic));
      if (finding) actions.push(...quickFixes(context, finding, diagnostic));
    }
    const fixable = compatibleFixes(context.findings, context.doc.lines);
    if (actions.length > 0 && fixable.length > 1) {
      actions.push({ title: 'Fix all auto-fixable Ideas problems', kind: CodeActionKind.QuickFix, edit: fixAllEdit(context) });
    }
  }
  if (only && wants(FIX_ALL_KIND) && only.some((kind) => kind !== CodeActionKind.Source && FIX_ALL_KIND.startsWith(kind))) {
    actions.push({ title: 'Fix all auto-fixable Ideas problems', kind: FIX_ALL_KIND, edit: fixAllEdit(context) });
  }
  return actions;
}

/** Every fix that needs no input and clashes with none before it, as one edit. */
export function fixAllEdits(context: Pick<CodeActionContext, 'doc' | 'findings'>): TextEdit[] {
  return compatibleFixes(context.findings, context.doc.lines).flatMap(({ fix }) => fix.edits);
}

function fixAllEdit(context: CodeActionContext): WorkspaceEdit {
  return documentEdit(context, fixAllEdits(context));
}

function quickFixes(context: CodeActionContext, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  const preferred = finding.fixes.length === 1 && !finding.fixes[0].needsInput;
  const actions: CodeAction[] = finding.fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: fixEdit(context, fix),
  }));
  if (finding.rule === 'missing-field') actions.push(...addAllMissing(context, finding, diagnostic));
  actions.push(disableForLine(context, finding, diagnostic));
  actions.push({
    title: `Show documentation for ${finding.rule}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: `Show documentation for ${finding.rule}`, command: SHOW_DOCS_COMMAND, arguments: [ruleDocsUrl(finding.rule)] },
  });
  return actions;
}

/** One action for every field the idea lacks, when it lacks more than one. */
function addAllMissing(context: CodeActionContext, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  const idea = context.doc.ideas.find((candidate) => comparePositions(candidate.heading.range.start, finding.range.start) === 0);
  if (!idea) return [];
  const missing = missingFields(idea, context.doc.template);
  if (missing.length < 2) return [];
  return [{ title: 'Add all missing fields', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: documentEdit(context, insertFields(context.doc, idea, missing)) }];
}

/** `<!-- ideas-disable-next-line RULE -->` above the line, indented like it so lists stay whole. */
function disableForLine(context: CodeActionContext, finding: Finding, diagnostic: Diagnostic): CodeAction {
  const line = finding.range.start.line;
  const indent = /^[ \t]*/.exec(context.doc.lines.lineText(line))![0];
  const eol = /\r\n/.test(context.doc.text) ? '\r\n' : '\n';
  const edit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- ideas-disable-next-line ${finding.rule} -->${eol}` };
  return { title: `Disable ${finding.rule} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: documentEdit(context, [edit]) };
}

function fixEdit(context: CodeActionContext, fix: Fix): WorkspaceEdit {
  if (context.snippets && fix.snippet !== undefined && fix.edits.length === 1) {
    const [edit] = fix.edits;
    return documentEdit(context, [{ range: edit.range, snippet: { kind: 'snippet', value: fix.snippet } }]);
  }
  return documentEdit(context, fix.edits);
}

/** Edits tagged with the document version they were made for, so a stale one is refused. */
function documentEdit(context: CodeActionContext, edits: (TextEdit | SnippetTextEdit)[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: context.uri, version: context.version }, edits }] };
}

function matches(finding: Finding, diagnostic: Diagnostic): boolean {
  return (
    diagnostic.source === 'ideas' &&
    diagnostic.code === finding.rule &&
    diagnostic.message === finding.message &&
    comparePositions(diagnostic.range.start, finding.range.start) === 0 &&
    comparePositions(diagnostic.range.end, finding.range.end) === 0
  );
}
