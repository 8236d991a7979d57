import type { Fix, TextEdit } from './finding';
import type { Field, Idea, IdeasDocument } from '../model/types';
import { ideaRule, type RuleFinding } from './rule';
import { isHouseMarkup } from './house';
import { ideaBullet, replaceOffsets } from './text-edits';

export const malformedField = ideaRule({
  id: 'malformed-field',
  defaultSeverity: 'warning',
  description:
    'A field label lost its bullet, carries stray `**`, lacks its colon or uses a full-width one, is written twice, is nested under another field, or has its value below it outside its item; unless the list writes most of its labels so.',
  judgesStyle: true,
  checkIdea(doc, idea) {
    return idea.fields.flatMap((field) => [...check(doc, idea, field), ...detached(doc, idea, field)]);
  },
});

function check(doc: IdeasDocument, idea: Idea, field: Field): RuleFinding[] {
  if (!field.template) return [];
  const problems: string[] = [];
  const edits: TextEdit[] = [];
  const lineStart = doc.lines.lineStart(field.headRange.start.line);
  const headStart = doc.lines.offsetAt(field.headRange.start);
  if (field.nestedIn) {
    problems.push(`is nested under "${field.nestedIn.label}"`);
    edits.push(...outdent(doc, field));
  } else if (!field.bulleted && !isHouseMarkup(doc, field.template, 'unbulleted') && !isLeadIn(doc, field)) {
    // `-Description:` and `-- Issues:` are lines of text to markdown: a bullet needs one dash and a space.
    const prefix = doc.text.slice(lineStart, headStart);
    problems.push(/--[ \t]*$/.test(prefix) ? 'has a doubled bullet' : /[-*+]$/.test(prefix) ? 'has no space after its bullet' : 'has lost its list bullet');
    edits.push(replaceOffsets(doc, lineStart, headStart, ideaBullet(doc, idea.fields)));
  }
  if (field.indentedAsCode) {
    // Markdown shows it as code: one space after the bullet makes it text again.
    problems.push('is indented so far that markdown shows it as code');
    const bullet = /^[ \t]*[-*+]/.exec(doc.text.slice(lineStart, headStart))!;
    edits.push(replaceOffsets(doc, lineStart + bullet[0].length, headStart, ' '));
  }
  const headEnd = doc.lines.offsetAt(field.headRange.end);
  const labelStart = doc.lines.offsetAt(field.labelRange.start);
  const labelEnd = doc.lines.offsetAt(field.labelRange.end);
  // Emphasis and a missing colon are the list's own style when most of its labels have them.
  const emphasis = field.bold && !isHouseMarkup(doc, field.template, 'emphasized');
  const noColon = field.colon === '' && !isHouseMarkup(doc, field.template, 'noColon');
  // `\*\*` shows as the same stray stars as `**`, but is not emphasis.
  if (emphasis) problems.push(doc.text.slice(headStart, headEnd).includes('\\*') ? 'carries stray `\\*\\*`' : `carries \`${doc.text.slice(headStart, labelStart).trim() || '**'}\` emphasis`);
  if (field.colon === '：') problems.push('uses a full-width colon');
  if (noColon) problems.push('has no colon');
  if (field.bold && !emphasis && (noColon || field.colon === '：')) {
    // Emphasis is the house style: only the colon changes, inside it.
    edits.push(replaceOffsets(doc, labelEnd, field.colon === '' ? labelEnd : labelEnd + (doc.text.slice(labelEnd, headEnd).indexOf('：') + 1), ':'));
  } else if (emphasis || noColon || field.colon === '：') {
    // Rewrite only the markup around the label, so a rename of the label itself can apply too.
    if (labelStart > headStart) edits.push(replaceOffsets(doc, headStart, labelStart, ''));
    edits.push(replaceOffsets(doc, labelEnd, headEnd, ':'));
  }
  if (field.repeatedLabel) {
    problems.push('is written twice');
    // The second label and the space after it go; the value stays as written.
    edits.push(replaceOffsets(doc, doc.lines.offsetAt(field.repeatedLabel.start), doc.lines.offsetAt(field.valueRange.start), ''));
  }
  if (problems.length === 0) return [];
  const fix: Fix = { title: `Write "${field.label}:" as a field of its own`, edits };
  return [{ message: `Field "${field.label}" ${problems.join(', ')}.`, range: field.headRange, fixes: [fix] }];
}

/**
 * A value below its label, outside the label's list item. Indenting it under the label makes it
 * the field's in markdown too; whether those lines are the value is the author's call, so `--fix`
 * leaves it.
 */
function detached(doc: IdeasDocument, idea: Idea, field: Field): RuleFinding[] {
  if (!field.detached || !field.template || isHouseMarkup(doc, field.template, 'detached') || isLeadIn(doc, field)) return [];
  // Where the label's text will start: after its bullet, or after the bullet the other fix gives it.
  const column = field.bulleted ? field.headRange.start.character : ideaBullet(doc, idea.fields).length;
  const edits: TextEdit[] = [];
  for (let line = field.valueRange.start.line; line <= field.valueRange.end.line; line++) {
    const start = doc.lines.lineStart(line);
    if (/\S/.test(doc.lines.lineText(line))) edits.push(replaceOffsets(doc, start, start, ' '.repeat(column)));
  }
  return [
    {
      message: `The value of "${field.label}" stands below it, outside its list item.`,
      range: field.headRange,
      fixes: [{ title: `Indent the value under "${field.label}:"`, edits, needsInput: true }],
    },
  ];
}

/**
 * A label alone in a paragraph of its own, its value the list below (`Potential deliverables:`
 * above its items), of a field the list does not ask for, where no Template block or
 * configuration does: a way of writing prose, not a bullet lost.
 */
const isLeadIn = (doc: IdeasDocument, field: Field): boolean => !doc.template.named && !field.template?.required && !field.bulleted && field.detached === true;

/** Moves a nested field's lines left to the indentation of the field it sits under. */
function outdent(doc: IdeasDocument, field: Field): TextEdit[] {
  const parentLine = field.nestedIn!.headRange.start.line;
  const indentOf = (line: number) => /^[ \t]*/.exec(doc.text.slice(doc.lines.lineStart(line), doc.lines.lineEnd(line)))![0].length;
  const by = indentOf(field.headRange.start.line) - indentOf(parentLine);
  const edits: TextEdit[] = [];
  for (let line = field.headRange.start.line; line <= field.range.end.line; line++) {
    const remove = Math.min(by, indentOf(line));
    const start = doc.lines.lineStart(line);
    if (remove > 0) edits.push(replaceOffsets(doc, start, start + remove, ''));
  }
  return edits;
}
