import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type SnippetTextEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { comparePositions, compatibleFixes, fixAll, insertFields, missingFields, type Finding, type Fix, type IdeasDocument } from '../core';
import { disableActions, type DisableContext } from './disable-actions';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.ideas`;
export const SHOW_DOCS_COMMAND = 'ideas.showRuleDocs';

export interface CodeActionContext extends DisableContext {
  uri: string;
  version: number;
  doc: IdeasDocument;
  findings: Finding[];
  /** The client applies snippet text edits (LSP 3.18), so placeholders can be tab stops. */
  snippets: boolean;
  /**
   * Lints a text under this document's options: Fix All then lints what its fixes made and fixes
   * that too, to a fixed point in one action. Without it, Fix All makes one pass.
   */
  lintText?: (text: string) => Finding[];
}

/**
 * Quick fixes for the diagnostics in the request, each attached to its diagnostic, plus
 * "Disable RULE for this line / idea", "Turn off RULE in .ideasrc.json / settings"
 * (`disable-actions.ts`) and "Show documentation"; `source.fixAll.ideas` when asked for.
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

/**
 * Every fix that needs no input and clashes with none before it, and, given `lintText`, what those
 * fixes leave to fix, to a fixed point (the core's `fixAll`, as `--fix`): one pass's own edits, or
 * one edit over the part that changed.
 */
export function fixAllEdits(context: Pick<CodeActionContext, 'doc' | 'findings' | 'lintText'>): TextEdit[] {
  if (context.lintText) return fixAll(context.doc.text, context.lintText, undefined, context.findings).edits;
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
  actions.push(...disableActions(context, finding, diagnostic));
  actions.push({
    title: `Show documentation for ${finding.rule}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: `Show documentation for ${finding.rule}`, command: SHOW_DOCS_COMMAND, arguments: [finding.rule] },
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
