import type { Heading as MdHeading, Root } from 'mdast';
import type { Heading } from './model';
import { endOf, startOf, trimEndOffset } from './offsets';
import type { LineIndex, Range } from './range';

/** A heading as read from its section's tree, before the headings after it are known. */
export interface HeadingReading {
  depth: number;
  title: string;
  range: Range;
  titleRange: Range;
  /** Its content: the section tree's children from `content[0]` up to `content[1]`. */
  content: [number, number];
}

/**
 * Root-level headings only: a `#` line inside a blockquote, list or code block is not a heading
 * of the ideas list. A heading's content is the blocks up to the next heading of its section.
 */
export function readHeadings(text: string, tree: Root, lines: LineIndex): HeadingReading[] {
  const indexes = tree.children.flatMap((node, index) => (node.type === 'heading' ? [index] : []));
  return indexes.map((index, i) => {
    const node = tree.children[index] as MdHeading;
    const titleStart = node.children.length > 0 ? startOf(node.children[0]) : endOf(node);
    const titleEnd = node.children.length > 0 ? endOf(node.children[node.children.length - 1]) : endOf(node);
    return {
      depth: node.depth,
      title: text.slice(titleStart, titleEnd).trim(),
      range: lines.rangeOf(startOf(node), endOf(node)),
      titleRange: lines.rangeOf(titleStart, titleEnd),
      content: [index + 1, i + 1 < indexes.length ? indexes[i + 1] : tree.children.length],
    };
  });
}

/** The document's headings, each with its section: up to the next heading at its depth or shallower. */
export function placeHeadings(readings: HeadingReading[], text: string, lines: LineIndex): Heading[] {
  const sectionEnds = sectionEndIndexes(readings.map((reading) => reading.depth));
  return readings.map(({ depth, title, range, titleRange, content }, i) => {
    const next = sectionEnds[i];
    const sectionEnd = next === undefined ? text.length : lines.offsetAt(readings[next].range.start);
    return {
      depth,
      title,
      range,
      titleRange,
      hasContent: content[1] > content[0],
      sectionRange: lines.rangeOf(lines.offsetAt(range.start), trimEndOffset(text, sectionEnd)),
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
