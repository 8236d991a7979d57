import type { Anchor } from '../text/anchored-range';
import type { IssueRef } from './types';
import type { LineIndex } from '../text/line-index';

/**
 * Every reference in an issue field's value: markdown links (their target), autolinks, bare URLs
 * (with any trailing punctuation kept in `text`, so issue-url can flag it) and `org/repo#N`
 * shorthands.
 */
const REFERENCE =
  /\[(?<label>[^\]]*)\]\(\s*<?(?<target>[^)\s>]*)>?[^)]*\)|<(?<auto>https?:[^>\s]+)>|(?<bare>https?:\/\/[^\s<>()[\]]+)|(?<![\w/.])(?<short>[\w.-]+\/[\w.-]+#\d+)\b/g;

export function issueRefs(value: string, offset: number, lines: LineIndex, anchor: Anchor): IssueRef[] {
  const refs: IssueRef[] = [];
  for (const m of value.matchAll(REFERENCE)) {
    const groups = m.groups!;
    const url = groups.target ?? groups.auto ?? (groups.bare ? groups.bare.replace(/[.,;:!?'"]+$/, '') : undefined);
    const ref: IssueRef = { text: m[0], range: lines.rangeOf(offset + m.index, offset + m.index + m[0].length, anchor) };
    if (url && /^https?:\/\//i.test(url)) ref.url = url;
    if (groups.short) ref.shorthand = groups.short;
    refs.push(ref);
  }
  return refs;
}
