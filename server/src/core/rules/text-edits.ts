import type { TextEdit } from './finding';
import type { Field, IdeasDocument } from '../model/types';
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
