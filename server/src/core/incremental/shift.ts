import type { Finding } from '../rules/finding';
import type { Range } from '../text/range';
import type { SectionReading } from '../model/types';

/**
 * A section's code blocks and directives, and the findings of outline and document rules, moved
 * `by` lines in place: Enter above a section moves it without changing a character of it. Moving
 * what was read is much cheaper than reading it again, and moving it in place cheaper than copying
 * it: a copy of every position below a keystroke is garbage to collect at once. (Headings, fields
 * and the findings of ideas need no moving: their ranges count from their section's line,
 * `AnchoredRange`.) Each position belongs to one range and each range to one object (a finding
 * copies the ranges it reports), so each moves once; a unit test checks that, and the property
 * tests compare the result with a fresh reading.
 */
/** The range's positions at line `from` or below moved `by` lines. */
function shiftRange(range: Range, by: number, from = 0): void {
  if (range.start.line >= from) range.start.line += by;
  if (range.end.line >= from) range.end.line += by;
}

export function shiftReading(reading: SectionReading, by: number): void {
  for (const range of reading.code) shiftRange(range, by);
  for (const directive of reading.directives) {
    directive.line += by;
    directive.endLine += by;
  }
  if (reading.templateCode) shiftRange(reading.templateCode.range, by);
}

/**
 * A finding moved `by` lines with its fixes, those of its positions at line `from` or below: a
 * fix of an outline finding may edit a heading above the edit that moved the finding.
 */
export function shiftFinding(finding: Finding, by: number, from = 0): void {
  shiftRange(finding.range, by, from);
  for (const fix of finding.fixes) for (const edit of fix.edits) shiftRange(edit.range, by, from);
}
