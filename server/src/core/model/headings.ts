import type { Heading as MdHeading, Root } from 'mdast';
import type { Anchor } from '../text/anchored-range';
import type { Heading, Structure } from './types';
import { endOf, startOf, trimEndOffset } from '../text/offsets';
import { ownedCopy } from '../text/owned';
import { firstFromLine } from '../text/sorted';
import type { Range } from '../text/range';
import type { LineIndex } from '../text/line-index';

/** A heading as read from its section's tree, and its content: the tree's children from `content[0]` up to `content[1]`. */
export interface HeadingReading {
  heading: Heading;
  content: [number, number];
}

/**
 * Root-level headings only: a `#` line inside a blockquote, list or code block is not a heading
 * of the ideas list. A heading's content is the blocks up to the next heading of its section.
 * A heading depends on its own section alone, so an untouched section keeps its headings, their
 * ranges anchored to the section's `anchor`.
 */
export function readHeadings(text: string, tree: Root, lines: LineIndex, anchor: Anchor): HeadingReading[] {
  const indexes = tree.children.flatMap((node, index) => (node.type === 'heading' ? [index] : []));
  return indexes.map((index, i) => {
    const node = tree.children[index] as MdHeading;
    const titleStart = node.children.length > 0 ? startOf(node.children[0]) : endOf(node);
    const titleEnd = node.children.length > 0 ? endOf(node.children[node.children.length - 1]) : endOf(node);
    const content: [number, number] = [index + 1, i + 1 < indexes.length ? indexes[i + 1] : tree.children.length];
    return {
      heading: {
        depth: node.depth,
        title: ownedCopy(text.slice(titleStart, titleEnd).trim()),
        range: lines.rangeOf(startOf(node), endOf(node), anchor),
        titleRange: lines.rangeOf(titleStart, titleEnd, anchor),
        hasContent: content[1] > content[0],
        prose: false,
      },
      content,
    };
  });
}

/**
 * A heading's section: from the heading to the next heading at its depth or shallower, without
 * the blank text before that one. It depends on every heading after it, so it is worked out when
 * a feature asks (for all headings of a document at once), not on every keystroke.
 */
export function sectionRange(doc: Structure, heading: Heading): Range {
  let ranges = sectionRanges.get(doc);
  if (!ranges) sectionRanges.set(doc, (ranges = sectionRangesOf(doc)));
  return ranges.get(heading)!;
}

/** The headings in a heading's section: those after it, up to the next at its level or shallower. */
export function headingsUnder({ headings }: Structure, heading: Heading): Heading[] {
  const under: Heading[] = [];
  for (let i = firstFromLine(headings, heading.range.start.line + 1, (each) => each.range.start.line); i < headings.length && headings[i].depth > heading.depth; i++) {
    under.push(headings[i]);
  }
  return under;
}

const sectionRanges = new WeakMap<Structure, Map<Heading, Range>>();

function sectionRangesOf({ headings, text, lines }: Structure): Map<Heading, Range> {
  const ends = sectionEndIndexes(headings.map((heading) => heading.depth));
  return new Map(
    headings.map((heading, i) => {
      const next = ends[i];
      const end = next === undefined ? text.length : lines.offsetAt(headings[next].range.start);
      return [heading, lines.rangeOf(lines.offsetAt(heading.range.start), trimEndOffset(text, end))];
    }),
  );
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
