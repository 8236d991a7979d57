import { wholeField } from './fields';
import type { Finding } from './finding';
import type { Field } from './model';
import type { Position, Range } from './range';
import type { SectionReading } from './section-reading';

/**
 * What was read from a section, moved `by` lines: Enter above a section moves it without changing
 * a character of it, and moving what was read is much cheaper than reading it again. Every
 * position of a reading and of its fields is here; the property tests compare the result with a
 * fresh reading.
 */
const at = (position: Position, by: number): Position => ({ line: position.line + by, character: position.character });

export const shiftRange = (range: Range, by: number): Range => ({ start: at(range.start, by), end: at(range.end, by) });

export function shiftReading(reading: SectionReading, by: number): SectionReading {
  const moved: SectionReading = {
    headings: reading.headings.map((heading) => ({ ...heading, range: shiftRange(heading.range, by), titleRange: shiftRange(heading.titleRange, by) })),
    sites: reading.sites,
    code: reading.code.map((range) => shiftRange(range, by)),
    directives: reading.directives.map((directive) => ({ ...directive, line: directive.line + by, endLine: directive.endLine + by })),
  };
  if (reading.templateCode) moved.templateCode = { ...reading.templateCode, range: shiftRange(reading.templateCode.range, by) };
  return moved;
}

export function shiftFields(fields: Field[], by: number): Field[] {
  const moved = new Map<Field, Field>();
  return fields.map((field) => {
    const headRange = shiftRange(field.headRange, by);
    const valueRange = shiftRange(field.valueRange, by);
    const copy: Field = { ...field, labelRange: shiftRange(field.labelRange, by), headRange, valueRange, range: wholeField(headRange, valueRange) };
    // A field is nested in one before it, already moved.
    if (field.nestedIn) copy.nestedIn = moved.get(field.nestedIn);
    if (field.mentors) {
      copy.mentors = field.mentors.map((mentor) => {
        const shifted = { ...mentor, range: shiftRange(mentor.range, by) };
        if (mentor.handleRange) shifted.handleRange = shiftRange(mentor.handleRange, by);
        if (mentor.separatorRange) shifted.separatorRange = shiftRange(mentor.separatorRange, by);
        return shifted;
      });
    }
    if (field.issues) copy.issues = field.issues.map((ref) => ({ ...ref, range: shiftRange(ref.range, by) }));
    moved.set(field, copy);
    return copy;
  });
}

/** A finding moved `by` lines, with its fixes. */
export function shiftFinding(finding: Finding, by: number): Finding {
  return {
    ...finding,
    range: shiftRange(finding.range, by),
    fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, range: shiftRange(edit.range, by) })) })),
  };
}
