import type { TextEdit } from './finding';
import type { Field, Idea, IdeasDocument } from '../model/types';
import type { TemplateField } from '../template/template';
import type { Range } from '../text/range';

/** An edit that replaces `text[start, end)`. */
export function replaceOffsets(doc: IdeasDocument, start: number, end: number, newText: string): TextEdit {
  return { range: doc.lines.rangeOf(start, end), newText };
}

export function replaceRange(range: Range, newText: string): TextEdit {
  return { range, newText };
}

/** What precedes a field's label on its line when it is a proper list item: `- `, `-\t`, `  * `. */
export function bulletOf(doc: IdeasDocument, field: Field): string | undefined {
  if (!field.bulleted) return undefined;
  const line = field.headRange.start.line;
  const prefix = doc.text.slice(doc.lines.lineStart(line), doc.lines.offsetAt(field.headRange.start));
  return /^\s*[-*+]\s+$/.test(prefix) ? prefix : undefined;
}

/** The bullet the idea's own fields use, so inserted lines match their neighbours. */
export function ideaBullet(doc: IdeasDocument, fields: Field[]): string {
  for (const field of fields) {
    const bullet = !field.nestedIn && bulletOf(doc, field);
    if (bullet) return bullet.replace(/^\s+/, '');
  }
  return '- ';
}

/**
 * Inserts the fields where template order puts them: after the present field that precedes each,
 * else before the first that follows it, else under the heading. Fields sharing a place go in
 * one edit, in template order, so the edits never meet.
 */
export function insertFields(doc: IdeasDocument, idea: Idea, fields: TemplateField[]): TextEdit[] {
  const order = doc.template.fields;
  const present = idea.fields.filter((f) => f.template && !f.nestedIn);
  const eol = doc.eol;
  const bullet = ideaBullet(doc, idea.fields);
  const groups = new Map<number, { after: boolean; lines: string[] }>();
  for (const field of [...fields].sort((a, b) => order.indexOf(a) - order.indexOf(b))) {
    const rank = order.indexOf(field);
    const before = present.filter((f) => order.indexOf(f.template!) < rank).pop();
    const next = present.find((f) => order.indexOf(f.template!) > rank);
    const at = before
      ? doc.lines.offsetAt(before.range.end)
      : next
        ? doc.lines.lineStart(next.headRange.start.line)
        : doc.lines.offsetAt(idea.heading.range.end);
    const group = groups.get(at) ?? { after: !before && next !== undefined, lines: [] };
    group.lines.push(`${bullet}${field.label}: `);
    groups.set(at, group);
  }
  return [...groups].map(([at, { after, lines }]) => {
    const under = !after && !present.length;
    const newText = after ? lines.map((line) => `${line}${eol}`).join('') : (under ? eol : '') + lines.map((line) => `${eol}${line}`).join('');
    return { range: doc.lines.rangeOf(at, at), newText };
  });
}
