import type { TextEdit } from '../rules/finding';
import type { Field, Idea, IdeasDocument } from '../model/types';
import { applyEdits } from './fixes';
import { trimStartOffset } from '../text/offsets';
import { firstFromLine } from '../text/sorted';

/**
 * Normalises what the template cares about and nothing else: `- ` bullets for fields, canonical
 * labels without `**`, one space after the colon, and fields in template order. Values, links,
 * code and headings are not touched; reordering moves whole fields, byte for byte.
 */
export function formatEdits(doc: IdeasDocument): TextEdit[] {
  return doc.ideas.flatMap((idea) => formatIdea(doc, idea));
}

interface Span {
  start: number;
  end: number;
  newText: string;
}

function formatIdea(doc: IdeasDocument, idea: Idea): TextEdit[] {
  const fields = idea.fields.filter((field) => !field.nestedIn);
  const spans = fields.flatMap((field) => fieldSpans(doc, field));
  const run = reorderableRun(doc, fields);
  if (!run) return spans.map((span) => toEdit(doc, span));
  // The run is rewritten as one edit: each field's block with its own spans applied, in template order.
  const order = doc.template.fields;
  const blocks = run.blocks.map((block) => ({ ...block, text: applySpans(doc.text, block.start, block.end, spans) }));
  const sorted = [...blocks].sort((a, b) => order.indexOf(a.field.template!) - order.indexOf(b.field.template!));
  if (sorted.every((block, i) => block === blocks[i])) return spans.map((span) => toEdit(doc, span));
  // A field moved to the end whose value stands below it, or that has none, would take what follows, up to the next heading, for its value.
  const last = sorted.at(-1)!.field;
  if (sorted.at(-1) !== blocks.at(-1) && (last.detached || !last.value) && !blankUntilHeading(doc, run.end)) return spans.map((span) => toEdit(doc, span));
  const eol = doc.eol;
  const lastHasEol = doc.text.slice(0, run.blocks.at(-1)!.end).endsWith('\n');
  let text = '';
  sorted.forEach((block, i) => {
    let body = block.text.replace(/\r?\n$/, '');
    body += i < sorted.length - 1 || lastHasEol ? eol : '';
    text += body + (run.gaps[i] ?? '');
  });
  const outside = spans.filter((span) => span.end <= run.start || span.start >= run.end);
  return [...outside.map((span) => toEdit(doc, span)), toEdit(doc, { start: run.start, end: run.end, newText: text })];
}

/** The bullet, the label and the space after the colon of one field. */
function fieldSpans(doc: IdeasDocument, field: Field): Span[] {
  const spans: Span[] = [];
  const lineStart = doc.lines.lineStart(field.headRange.start.line);
  const headStart = doc.lines.offsetAt(field.headRange.start);
  const headEnd = doc.lines.offsetAt(field.headRange.end);
  const prefix = doc.text.slice(lineStart, headStart);
  const bullet = /^([ \t]*)([-*+])([ \t]+)$/.exec(prefix);
  if (field.bulleted && bullet && `${bullet[2]}${bullet[3]}` !== '- ') {
    // A wider bullet sets the indentation its continuation lines and nested lists line up with:
    // narrowing it would move them in or out of the item, so a longer field keeps its width.
    const singleLine = field.range.end.line === field.headRange.start.line && !continues(doc, field.range.end.line);
    const newText = singleLine ? '- ' : `-${bullet[3]}`;
    if (newText !== `${bullet[2]}${bullet[3]}`) spans.push({ start: lineStart + bullet[1].length, end: headStart, newText });
  } else if (getsBullet(doc, field)) {
    spans.push({ start: lineStart, end: headStart, newText: '- ' });
  }
  if (field.template) {
    const head = `${field.template.label}:`;
    if (doc.text.slice(headStart, headEnd) !== head) spans.push({ start: headStart, end: headEnd, newText: head });
    const valueStart = doc.lines.offsetAt(field.valueRange.start);
    const gap = doc.text.slice(headEnd, valueStart);
    if (field.value && field.valueRange.start.line === field.headRange.end.line && gap !== ' ' && /^[ \t]*$/.test(gap)) {
      spans.push({ start: headEnd, end: valueStart, newText: ' ' });
    }
  }
  return spans;
}

/** Whether the line after `line` is indented: a continuation or a nested list of the item. */
function continues(doc: IdeasDocument, line: number): boolean {
  return line + 1 < doc.lines.lineCount && /^[ \t]+\S/.test(doc.lines.lineText(line + 1));
}

/** A known label that lost its bullet, alone on its line: the formatter gives it `- `. */
function getsBullet(doc: IdeasDocument, field: Field): boolean {
  const lineStart = doc.lines.lineStart(field.headRange.start.line);
  const line = field.headRange.start.line;
  // Indented lines after it would join the new list item and change what the value holds.
  let next = line + 1;
  while (next < doc.lines.lineCount && doc.lines.lineText(next).trim() === '') next++;
  const alone = field.range.end.line === line && !(next < doc.lines.lineCount && /^[ \t]/.test(doc.lines.lineText(next)));
  return !field.bulleted && field.template !== undefined && alone && /^[ \t]*$/.test(doc.text.slice(lineStart, doc.lines.offsetAt(field.headRange.start)));
}

interface Run {
  start: number;
  end: number;
  blocks: { field: Field; start: number; end: number }[];
  /** The blank lines after each block but the last: they stay where they are. */
  gaps: string[];
}

/**
 * The idea's fields as whole-line blocks, when they are all template fields with a bullet and
 * nothing but blank lines lies between them: only then can they move without moving prose.
 */
function reorderableRun(doc: IdeasDocument, fields: Field[]): Run | undefined {
  if (fields.length < 2 || fields.some((field) => !field.template || !(field.bulleted || getsBullet(doc, field)))) return undefined;
  if (new Set(fields.map((field) => field.template)).size !== fields.length) return undefined;
  const blocks = fields.map((field) => {
    const start = doc.lines.lineStart(field.headRange.start.line);
    const lastLine = field.range.end.line;
    const end = lastLine + 1 < doc.lines.lineCount ? doc.lines.lineStart(lastLine + 1) : doc.text.length;
    return { field, start, end };
  });
  const gaps: string[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const gap = doc.text.slice(blocks[i].end, blocks[i + 1].start);
    if (blocks[i].end > blocks[i + 1].start || !/^\s*$/.test(gap)) return undefined;
    gaps.push(gap);
  }
  return { start: blocks[0].start, end: blocks.at(-1)!.end, blocks, gaps };
}

/** Nothing but blank lines from `offset` to the next heading, or to the end of the text. */
function blankUntilHeading(doc: IdeasDocument, offset: number): boolean {
  const next = doc.headings[firstFromLine(doc.headings, doc.lines.positionAt(offset).line, (heading) => heading.range.start.line)];
  const end = next ? doc.lines.offsetAt(next.range.start) : doc.text.length;
  return trimStartOffset(doc.text, offset, end) === end;
}

/** The text of [start, end) with the spans inside it applied. */
function applySpans(text: string, start: number, end: number, spans: Span[]): string {
  let result = '';
  let at = start;
  for (const span of spans.filter((s) => s.start >= start && s.end <= end).sort((a, b) => a.start - b.start)) {
    result += text.slice(at, span.start) + span.newText;
    at = span.end;
  }
  return result + text.slice(at, end);
}

function toEdit(doc: IdeasDocument, span: Span): TextEdit {
  return { range: doc.lines.rangeOf(span.start, span.end), newText: span.newText };
}

/** The formatted text: one pass of `formatEdits` over the model `read` builds. */
export function formatDocument(text: string, read: (text: string) => IdeasDocument): string {
  return applyEdits(text, formatEdits(read(text)));
}
