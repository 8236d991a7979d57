import type { Nodes, RootContent } from 'mdast';
import { directivesIn, type Directive } from './directives';
import { endOf, startOf } from './offsets';
import type { LineIndex, Range } from './range';

/** What the model needs from inside one top-level block: its code blocks and its directives. */
export interface InnerBlocks {
  code: Range[];
  directives: Directive[];
}

/** By top-level block, with the line it started at when read. */
const read = new WeakMap<RootContent, InnerBlocks & { line: number }>();

/**
 * The code blocks and `ideas-` directives at any depth inside `block`, remembered like fields:
 * the ChunkedParser keeps the nodes of untouched sections, and the same node at the same line
 * holds the same ranges, so a keystroke walks only the blocks it touched.
 */
export function innerBlocksOf(block: RootContent, lines: LineIndex): InnerBlocks {
  const line = block.position?.start.line ?? -1;
  const known = read.get(block);
  if (known?.line === line) return known;
  const found: InnerBlocks & { line: number } = { line, code: [], directives: [] };
  const stack: Nodes[] = [block];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'code') found.code.push(lines.rangeOf(startOf(node), endOf(node)));
    else if (node.type === 'html') found.directives.push(...directivesIn(node, lines));
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  read.set(block, found);
  return found;
}
