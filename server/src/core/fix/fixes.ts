import type { Finding, Fix, TextEdit } from '../rules/finding';
import { LineIndex } from '../text/line-index';

/** Applies edits that do not overlap, from the end backwards; text outside them is untouched. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const { start, end, newText } of spans) result = result.slice(0, start) + newText + result.slice(end);
  return result;
}

/** The fix that fix-all applies for a finding: its first, unless that one needs the author's input. */
export function autoFix(finding: Finding): Fix | undefined {
  const fix = finding.fixes[0];
  return fix && !fix.needsInput ? fix : undefined;
}

/**
 * The automatic fixes that can go in together: in document order, each fix whose edits touch
 * none already taken (an overlapping one waits for the next pass). Two insertions at one point
 * also wait, so their order never depends on sorting.
 */
export function compatibleFixes(findings: Finding[], lines: LineIndex): { finding: Finding; fix: Fix }[] {
  const taken: [number, number][] = [];
  const chosen: { finding: Finding; fix: Fix }[] = [];
  const candidates = findings.flatMap((finding) => {
    const fix = autoFix(finding);
    return fix ? [{ finding, fix }] : [];
  });
  for (const candidate of candidates) {
    const spans = candidate.fix.edits.map((e) => [lines.offsetAt(e.range.start), lines.offsetAt(e.range.end)] as [number, number]);
    const clashes = spans.some((span) => taken.some((other) => conflict(span, other)));
    const selfClash = spans.some((span, i) => spans.some((other, j) => i !== j && conflict(span, other)));
    if (clashes || selfClash) continue;
    taken.push(...spans);
    chosen.push(candidate);
  }
  return chosen;
}

/** Overlapping spans, or two insertions at one point, cannot both apply in a defined order. */
function conflict([s1, e1]: [number, number], [s2, e2]: [number, number]): boolean {
  return (s1 < e2 && s2 < e1) || (s1 === e1 && s2 === e2 && s1 === s2);
}

/** What fix-all did: the fixed text, how many fixes went in, and edits that turn the old text into it. */
export interface FixAllResult {
  text: string;
  fixed: number;
  /** Against the text fix-all was given: the fixes' own edits after one pass, one edit over what changed after more. */
  edits: TextEdit[];
}

/** The passes fix-all makes at most: a chain of fixes is short, and fixes that undid each other must not loop. */
export const MAX_FIX_PASSES = 10;

/**
 * Lints, applies every compatible automatic fix, and lints again, until no automatic fix is left
 * (at most `maxPasses` passes), so a fix whose result another rule reports, or one that waited for
 * an overlapping one, goes in in the same run. `findings` are those of `text` when the caller has
 * them already. The CLI's `--fix` and the server's Fix All both come here.
 */
export function fixAll(text: string, lintText: (text: string) => Finding[], maxPasses = MAX_FIX_PASSES, findings?: Finding[]): FixAllResult {
  return toFixedPoint(text, (current, pass) => (pass === 0 && findings ? findings : lintText(current)), maxPasses);
}

/**
 * Applies the compatible automatic fixes of the findings `candidates` gives for the current text,
 * pass after pass, until none is left or `maxPasses` passes are made.
 */
export function toFixedPoint(text: string, candidates: (text: string, pass: number) => Finding[], maxPasses = MAX_FIX_PASSES): FixAllResult {
  let current = text;
  let fixed = 0;
  let firstEdits: TextEdit[] = [];
  let passes = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const chosen = compatibleFixes(candidates(current, pass), new LineIndex(current));
    if (chosen.length === 0) break;
    const edits = chosen.flatMap((c) => c.fix.edits);
    const next = applyEdits(current, edits);
    if (next === current) break;
    if (pass === 0) firstEdits = edits;
    current = next;
    fixed += chosen.length;
    passes++;
  }
  return { text: current, fixed, edits: passes <= 1 ? firstEdits : [changedSpan(text, current)] };
}

/**
 * One edit that turns `before` into `after`: the part between their common start and common end.
 * Its ends never split a surrogate pair or a CRLF.
 */
export function changedSpan(before: string, after: string): TextEdit {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  const splits = (text: string, at: number) => at > 0 && at < text.length && ((isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))) || (text[at - 1] === '\r' && text[at] === '\n'));
  while (start > 0 && (splits(before, start) || splits(after, start))) start--;
  while (end > 0 && (splits(before, before.length - end) || splits(after, after.length - end))) end--;
  const lines = new LineIndex(before);
  return { range: lines.rangeOf(start, before.length - end), newText: after.slice(start, after.length - end) };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
