import type { Heading as MdHeading, Root } from 'mdast';
import type { Heading } from './model';
import { endOf, startOf, trimEndOffset } from './offsets';
import type { LineIndex } from './range';

/**
 * Root-level headings only: a `#` line inside a blockquote, list or code block is not a heading
 * of the ideas list.
 */
export function collectHeadings(text: string, tree: Root, lines: LineIndex): Heading[] {
  const indexes = tree.children.flatMap((node, index) => (node.type === 'heading' ? [index] : []));
  return indexes.map((index, i) => {
    const node = tree.children[index] as MdHeading;
    const contentEnd = i + 1 < indexes.length ? indexes[i + 1] : tree.children.length;
    const next = indexes.slice(i + 1).find((j) => (tree.children[j] as MdHeading).depth <= node.depth);
    const sectionEnd = next === undefined ? text.length : startOf(tree.children[next]);
    const titleStart = node.children.length > 0 ? startOf(node.children[0]) : endOf(node);
    const titleEnd = node.children.length > 0 ? endOf(node.children[node.children.length - 1]) : endOf(node);
    return {
      depth: node.depth,
      title: text.slice(titleStart, titleEnd).trim(),
      range: lines.rangeOf(startOf(node), endOf(node)),
      titleRange: lines.rangeOf(titleStart, titleEnd),
      content: tree.children.slice(index + 1, contentEnd),
      sectionRange: lines.rangeOf(startOf(node), trimEndOffset(text, sectionEnd)),
    };
  });
}
