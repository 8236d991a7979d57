import type { Node } from 'mdast';

/** Start offset of an mdast node (remark always sets positions on parsed nodes). */
export const startOf = (node: Node): number => node.position?.start.offset ?? 0;

export const endOf = (node: Node): number => node.position?.end.offset ?? 0;

/** The offset before any whitespace that ends text[0, offset). */
export function trimEndOffset(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}

/** The offset after any whitespace that starts text[offset, …). */
export function trimStartOffset(text: string, offset: number, limit = text.length): number {
  let i = offset;
  while (i < limit && /\s/.test(text[i])) i++;
  return i;
}
