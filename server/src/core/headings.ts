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
  const sectionEnds = sectionEndIndexes(indexes.map((index) => (tree.children[index] as MdHeading).depth));
  return indexes.map((index, i) => {
    const node = tree.children[index] as MdHeading;
    const contentEnd = i + 1 < indexes.length ? indexes[i + 1] : tree.children.length;
    const next = sectionEnds[i];
    const sectionEnd = next === undefined ? text.length : startOf(tree.children[indexes[next]]);
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

/**
 * For each heading (given by depth), the index of the first later heading at its depth or
 * shallower, which ends its section. One backward pass: a long list must not cost its square.
 */
function sectionEndIndexes(depths: number[]): (number | undefined)[] {
  const nextAtDepth: (number | undefined)[] = [];
  const ends: (number | undefined)[] = [];
  for (let i = depths.length - 1; i >= 0; i--) {
    let end: number | undefined;
    for (let depth = 1; depth <= depths[i]; depth++) {
      const at = nextAtDepth[depth];
      if (at !== undefined && (end === undefined || at < end)) end = at;
    }
    ends[i] = end;
    nextAtDepth[depths[i]] = i;
  }
  return ends;
}

/**
 * The latest heading before a given one among the depths a test accepts, in constant time:
 * each heading keeps the index of the last heading at every depth before it.
 */
export class EarlierHeadings {
  private readonly index = new Map<Heading, number>();
  private readonly lastAtDepth: number[][] = [];

  constructor(private readonly headings: Heading[]) {
    const last = Array<number>(7).fill(-1);
    headings.forEach((heading, i) => {
      this.index.set(heading, i);
      this.lastAtDepth.push([...last]);
      last[heading.depth] = i;
    });
  }

  latest(before: Heading, accepts: (depth: number) => boolean): Heading | undefined {
    const last = this.lastAtDepth[this.index.get(before)!];
    let best = -1;
    for (let depth = 1; depth <= 6; depth++) if (accepts(depth) && last[depth] > best) best = last[depth];
    return best === -1 ? undefined : this.headings[best];
  }
}
