import assert from 'node:assert/strict';
import { formatDocument, formatFindings } from '../../server/src/core/fix/format';
import { lint } from '../../server/src/core/lint';
import { words } from './corpus';

export const read = (text: string) => lint(text).doc;
export const format = (text: string) => formatDocument(text, read);

/** The words of each idea's field values, as a multiset: fields may move, their words may not change. */
function valueWords(text: string): string[] {
  return read(text).ideas.flatMap((idea) => idea.fields.flatMap((field) => words(field.value))).sort();
}

/** Headings, code and links are not the formatter's business: their lines stay byte-identical (a field's line may hold a link). */
function untouchable(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => /^#{1,6}\s|^\s*```|\]\(/.test(line) && !/^\s*(?:--|[-*+])?\s*\**[\w ()]+\**\s*[:：]/.test(line)).sort();
}

/** What every format must guarantee on `text`. */
export function checkFormat(text: string, name: string): void {
  const once = format(text);
  assert.equal(format(once), once, `${name}: formatting twice changed the text`);
  assert.deepEqual(valueWords(once), valueWords(text), `${name}: a field value changed`);
  assert.deepEqual(untouchable(once), untouchable(text), `${name}: a heading, fence or link line changed`);
  // A field nested under another is the malformed-field fix's business, not the formatter's.
  const { doc, findings } = lint(once);
  const nested = new Set(doc.ideas.flatMap((idea) => idea.fields.filter((f) => f.nestedIn).map((f) => f.headRange.start.line)));
  // A lost bullet over an indented body is left to the malformed-field fix too: a bullet would pull the body in.
  // A rename to a preset's label in a list that names no template is Fix All's, not Format's (`formatFindings`).
  const place = (f: { rule: string; message: string; range: { start: { line: number; character: number } } }) => `${f.rule} ${f.range.start.line}:${f.range.start.character} ${f.message}`;
  const acts = new Set(formatFindings(doc, findings).map(place));
  const left = findings.filter((f) => (acts.has(place(f)) || (f.rule === 'malformed-field' && /emphasis|stray|full-width|no colon/.test(f.message))) && !nested.has(f.range.start.line));
  assert.deepEqual(left.map((f) => `${f.range.start.line + 1} ${f.message}`), [], `${name}: formatting left labels to normalise`);
}
