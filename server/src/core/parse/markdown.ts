import type { Nodes, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { work } from '../text/work';

const processor = unified().use(remarkParse);

/** Markdown to mdast with positions (offsets are UTF-16 string indexes into `text`). */
export function parseMarkdown(text: string): Root {
  // micromark drops a leading byte-order mark from its offsets; a space keeps them true.
  const unmarked = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  work(text.length);
  return processor.parse(boundNesting(unmarked));
}

/**
 * The mdast root of `children` parsed from `text`: from its first character to its last, `text`
 * lying at `offset` and 0-based `line` of what the children's positions count in.
 */
export function rootOf(children: RootContent[], text: string, offset = 0, line = 0): Root {
  let lines = 1;
  let lastLineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    lines++;
    lastLineStart = at + 1;
  }
  return {
    type: 'root',
    children,
    position: { start: { line: line + 1, column: 1, offset }, end: { line: line + lines, column: text.length - lastLineStart + 1, offset: offset + text.length } },
  };
}

/**
 * A deep copy of a tree, which holds nothing but plain objects, arrays and primitives: seven times
 * faster than `structuredClone` on a table of contents, copied on every keystroke in it.
 */
export function copyTree<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyTree) as T;
  const copy: Record<string, unknown> = {};
  for (const key in value) copy[key] = copyTree((value as Record<string, unknown>)[key]);
  return copy as T;
}

/** Moves every position in `tree` by `offset` characters and `line` lines, in place. */
export function shiftPositions(tree: Root, offset: number, line: number): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      node.position.start.line += line;
      node.position.end.line += line;
      if (node.position.start.offset !== undefined) node.position.start.offset += offset;
      if (node.position.end.offset !== undefined) node.position.end.offset += offset;
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}

/** Deeper than this, container markers are read as text: no ideas list nests so deep. */
const MAX_CONTAINERS = 32;
const CONTAINER = /[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/y;

/**
 * micromark re-walks the stack of open containers on every line, so thousands of nested quotes or
 * lists take seconds to parse. Container markers past MAX_CONTAINERS on a line, or after more
 * indentation than that many levels use, become `x`: same length, so every offset stays true.
 */
export function boundNesting(text: string): string {
  const pieces: string[] = [];
  let copied = 0;
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const deep = deepMarkers(text, lineStart, lineEnd);
    if (deep) {
      pieces.push(text.slice(copied, deep.start), text.slice(deep.start, deep.end).replace(/[^ \t]/g, 'x'));
      copied = deep.end;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return pieces.length === 0 ? text : pieces.join('') + text.slice(copied);
}

/** The run of container markers on the line that is too deep, if any. */
function deepMarkers(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let count = 0;
  let at = start;
  while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
  let from = at - start > 2 * MAX_CONTAINERS ? at : -1;
  CONTAINER.lastIndex = at;
  while (at < end && CONTAINER.test(text)) {
    count++;
    if (from === -1 && count > MAX_CONTAINERS) from = at;
    at = CONTAINER.lastIndex;
  }
  return from === -1 ? undefined : { start: from, end: Math.min(at, end) };
}
