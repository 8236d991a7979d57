import type { Anchor } from '../text/anchored-range';
import { work } from '../text/work';
import type { IssueRef } from './types';
import type { LineIndex } from '../text/line-index';

/**
 * Every reference in an issue field's value: markdown links (their target), autolinks, bare URLs
 * (with any trailing punctuation kept in `text`, so issue-url can flag it) and `org/repo#N`
 * shorthands. Each part is bounded, far beyond a real label, URL or repository name, and the
 * target is taken whole (`(?=(…))\k`, no giving back): tried at every `[`, `<` and word, an
 * unbounded pattern would read to the end of the value each time.
 */
const REFERENCE =
  /\[(?<label>[^\]]{0,1000})\]\(\s{0,20}<?(?=(?<target>[^)\s>]{0,2000}))\k<target>>?[^)]{0,500}\)|<(?<auto>https?:[^>\s]{1,2000})>|(?<bare>https?:\/\/[^\s<>()[\]]+)|(?<![\w/.])(?<short>[\w.-]{1,100}\/[\w.-]{1,100}#\d{1,10})\b/g;

export function issueRefs(value: string, offset: number, lines: LineIndex, anchor: Anchor): IssueRef[] {
  const refs: IssueRef[] = [];
  // Tried at each position, the bounded pattern reads a bounded stretch: the value's length counts it.
  work(value.length);
  for (const m of value.matchAll(REFERENCE)) {
    const groups = m.groups!;
    const url = groups.target ?? groups.auto ?? (groups.bare ? withoutTrailingPunctuation(groups.bare) : undefined);
    const ref: IssueRef = { text: m[0], range: lines.rangeOf(offset + m.index, offset + m.index + m[0].length, anchor) };
    if (url && /^https?:\/\//i.test(url)) ref.url = url;
    if (groups.short) ref.shorthand = groups.short;
    refs.push(ref);
  }
  return refs;
}

const TRAILING = new Set('.,;:!?\'"');

/** `url` without the punctuation that ends a sentence after it; a hand scan, as a pattern anchored at the end is tried at every position. */
function withoutTrailingPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && TRAILING.has(url[end - 1])) end--;
  work(url.length - end);
  return url.slice(0, end);
}
