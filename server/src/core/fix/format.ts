import type { Finding, TextEdit } from '../rules/finding';
import type { Field, IdeasDocument } from '../model/types';
import { suppressor } from '../model/directives';
import { comparePositions } from '../text/range';
import { fieldAlias } from '../rules/field-alias';
import { houseSpelling } from '../rules/house';
import { malformedField } from '../rules/malformed-field';
import { compatibleFixes, MAX_FIX_PASSES, toFixedPoint } from './fixes';

/**
 * The rules whose automatic fixes Format applies: how a field's label is written (its bullet, its
 * `**`, its colon, its spelling). Both judge against the list's own house style, so Format moves a
 * list toward the way most of its ideas write their fields, not toward a preset.
 */
const FORMAT_RULES = new Set([malformedField.id, fieldAlias.id]);

/**
 * The findings Format acts on, each with the edits of its automatic fix that Format applies: those
 * of the label rules, except a rename to a preset's label in a list whose template no Template block
 * or configuration names (a short list's fields are only "usually" called so: Fix All may rename
 * them, Format does not), and except what would change a field's value (`formatEdit`). Format
 * changes nothing else: what no finding reports, or a rule turned off would have, stays.
 */
export function formatFindings(doc: IdeasDocument, findings: readonly Finding[]): Finding[] {
  const labels = new Map<string, Field>();
  const heads = new Map<string, Field>();
  for (const idea of doc.ideas) {
    for (const field of idea.fields) {
      labels.set(key(field.labelRange.start), field);
      heads.set(key(field.headRange.start), field);
    }
  }
  return findings.flatMap((finding) => {
    const fix = finding.fixes[0];
    if (!FORMAT_RULES.has(finding.rule) || !fix || fix.needsInput) return [];
    if (finding.rule === malformedField.id) {
      const field = heads.get(key(finding.range.start));
      if (!field || field.nestedIn) return [];
      const edits = fix.edits.filter((edit) => formatEdit(doc, field, edit));
      return edits.length === 0 ? [] : [edits.length === fix.edits.length ? finding : { ...finding, fixes: [{ ...fix, edits }] }];
    }
    if (doc.template.named) return [finding];
    const field = labels.get(key(finding.range.start));
    return field?.template !== undefined && houseSpelling(doc, field.template) !== undefined ? [finding] : [];
  });
}

/**
 * Whether Format applies this edit of the malformed-field fix: one inside the field's head (the
 * `**` and the colon around its label), or the bullet before it, unless a new bullet would take
 * the indented lines below into its item. Taking a label written twice out of the value, or moving
 * a nested field out, changes a value: that is Fix All's, which the user asks for knowing it
 * changes text.
 */
function formatEdit(doc: IdeasDocument, field: Field, edit: TextEdit): boolean {
  const head = field.headRange;
  const bullet = edit.range.start.line === head.start.line && comparePositions(edit.range.end, head.start) === 0;
  if (!bullet) return comparePositions(edit.range.start, head.start) >= 0 && comparePositions(edit.range.end, head.end) <= 0;
  if (field.bulleted) return true;
  let next = field.range.end.line + 1;
  while (next < doc.lines.lineCount && doc.lines.lineText(next).trim() === '') next++;
  return field.range.end.line === head.start.line && !(next < doc.lines.lineCount && /^[ \t]/.test(doc.lines.lineText(next)));
}

const key = (position: { line: number; character: number }) => `${position.line}:${position.character}`;

/**
 * The label rules' findings as the default options give them, for a caller that has only the model:
 * the rules run on it as lint runs them, `ideas-disable` directives honoured.
 */
function defaultFindings(doc: IdeasDocument): Finding[] {
  const suppressed = suppressor(doc);
  return [malformedField, fieldAlias].flatMap((rule) =>
    doc.ideas.flatMap((idea) =>
      rule
        .checkIdea(doc, idea)
        .map((found): Finding => ({ ...found, rule: rule.id, severity: found.severity ?? rule.defaultSeverity }))
        .filter((finding) => !suppressed(finding.rule, finding.range.start.line)),
    ),
  );
}

/**
 * One pass of Format: the automatic fixes of the findings Format acts on (`formatFindings`) that
 * can go in together. Every edit is a fix of a finding the user sees; `findings` are the document's
 * (lint's, under its options: a rule turned off changes nothing); without them, the label rules'
 * under the default options.
 */
export function formatEdits(doc: IdeasDocument, findings: readonly Finding[] = defaultFindings(doc)): TextEdit[] {
  return compatibleFixes(formatFindings(doc, findings), doc.lines).flatMap(({ fix }) => fix.edits);
}

/** What `read` gives for a text: a lint result, or only the model (then the default options' findings). */
export type FormatRead = (text: string) => { doc: IdeasDocument; findings: readonly Finding[] } | IdeasDocument;

/**
 * Format to a fixed point: one pass of `formatEdits`, read again, until nothing is left to format
 * (at most `maxPasses` passes), with edits against `text` (`fixAll`'s).
 */
export function formatAll(text: string, read: FormatRead, maxPasses = MAX_FIX_PASSES): { text: string; edits: TextEdit[] } {
  const result = toFixedPoint(
    text,
    (current) => {
      const got = read(current);
      const [doc, findings] = 'doc' in got ? [got.doc, got.findings] : [got, defaultFindings(got)];
      return formatFindings(doc, findings);
    },
    maxPasses,
  );
  return { text: result.text, edits: result.edits };
}

/** The formatted text (`formatAll`). */
export function formatDocument(text: string, read: FormatRead): string {
  return formatAll(text, read).text;
}
