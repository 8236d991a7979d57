import type { RootContent } from 'mdast';
import type { Parsed } from './section';
import { openAtEnd, type Chunk } from './chunks';
import { parseMarkdown, rootOf } from './markdown';

/**
 * Consecutive chunks parsed in one call and cut apart again at their boundaries. Every parse
 * costs about 30 µs before it reads a character (micromark combines its syntax extensions on each
 * call), as much as a short idea's own text: a first parse of a list cut at every heading spent a
 * tenth of its time so. A chunk that leaves no block open parses the same alone as followed by the
 * next (see `openAtEnd`), so the cut trees are the chunks' own; their positions are those of the
 * joint text, which `Parsed` records. Undefined when a block runs across a boundary: then the
 * chunks must be parsed one by one.
 */
export function parseJointly(chunks: Chunk[]): Parsed[] | undefined {
  const base = chunks[0];
  const tree = parseMarkdown(chunks.map((chunk) => chunk.text).join(''));
  const parsed: Parsed[] = [];
  let next = 0;
  for (const chunk of chunks) {
    const offset = chunk.offset - base.offset;
    const end = offset + chunk.text.length;
    const children: RootContent[] = [];
    for (; next < tree.children.length && tree.children[next].position!.start.offset! < end; next++) {
      if (tree.children[next].position!.end.offset! > end) return undefined;
      children.push(tree.children[next]);
    }
    const root = rootOf(children, chunk.text, offset, chunk.line - base.line);
    parsed.push({ tree: root, offset, line: chunk.line - base.line, open: openAtEnd(root, offset, chunk.text) });
  }
  return parsed;
}
