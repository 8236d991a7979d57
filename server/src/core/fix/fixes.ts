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

/**
 * Lints, applies every compatible automatic fix, and repeats until nothing changes (at most
 * `maxPasses` times), so fixes that touched the same place converge.
 */
export function fixAll(text: string, lintText: (text: string) => Finding[], maxPasses = 10): { text: string; fixed: number } {
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const chosen = compatibleFixes(lintText(current), new LineIndex(current));
    if (chosen.length === 0) break;
    const next = applyEdits(current, chosen.flatMap((c) => c.fix.edits));
    if (next === current) break;
    current = next;
    fixed += chosen.length;
  }
  return { text: current, fixed };
}
