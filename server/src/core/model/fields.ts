import type { Anchor } from '../text/anchored-range';
import type { FieldSite } from './field-sites';
import { issueRefs } from './issue-refs';
import { looksLikeLabel, matchBareLabel, matchLabel, matchLabelWithoutColon, type LabelMatch } from './labels';
import { isMentorRole, parseMentors } from './mentors';
import type { Field } from './types';
import { nearMissField } from '../template/near-miss';
import { trimEndOffset, trimStartOffset } from '../text/offsets';
import type { LineIndex } from '../text/line-index';
import { fieldForLabel, type Template, type TemplateField } from '../template/template';
import { ownedCopy } from '../text/owned';
import { beforeTrailingDirective } from './directives';

/** A label found in the source, before its value is known. */
interface Candidate {
  match: LabelMatch;
  template?: TemplateField;
  bulleted: boolean;
  /** Its item's text is an indented code block (`field-sites.ts`). */
  code: boolean;
  /** The value cannot run past this offset (the end of the list item or paragraph holding it). */
  limit: number;
  parent?: Candidate;
}

interface Context {
  text: string;
  lines: LineIndex;
  template: Template;
}

/**
 * The fields at a heading's sites (`field-sites.ts`), whose offsets count from `base`, their ranges
 * anchored to the section's `anchor`. Lists give
 * one field per item that starts with a label; a known label at the start of any other line is a
 * field that lost its bullet (a lazy continuation line, or a paragraph of its own); a known label
 * opening a nested item is a field nested under another one.
 */
export function fieldsOf(sites: FieldSite[], base: number, text: string, lines: LineIndex, template: Template, anchor: Anchor): Field[] {
  const context: Context = { text, lines, template };
  const found = withoutValueLines(withoutMentorRoles(candidatesOf(sites, base, context), text), sites, base, text, template);
  const made = new Map<Candidate, Field>();
  return found.map((candidate, i) => {
    const next = found[i + 1]?.match.start ?? Infinity;
    const until = Math.min(next, candidate.limit);
    const below = candidate.template && isEmptyBefore(candidate, next, text) ? detachedEnd(sites, base, until, next) : undefined;
    const field = makeField(candidate, below ?? until, context, anchor);
    if (below !== undefined) field.detached = true;
    if (candidate.parent) field.nestedIn = made.get(candidate.parent);
    made.set(candidate, field);
    return field;
  });
}

/**
 * The candidates but the mentors' roles below an empty mentors field: `Mentor(s):` above
 * `- Primary Mentor: …` and `- Secondary Mentor: …` are one field, whose value is the two items.
 * A role that is also a label of the field (`Mentor Name:`, `Mentor:`) is one when nested under it.
 */
function withoutMentorRoles(found: Candidate[], text: string): Candidate[] {
  const isRole = (candidate: Candidate) => (!candidate.template || candidate.parent !== undefined) && isMentorRole(candidate.match.label);
  return found.filter((candidate, i) => {
    if (!isRole(candidate)) return true;
    // Nested in the mentors field's own item, its text is that field's value already.
    if (candidate.parent) return candidate.parent.template?.kind !== 'mentors';
    let owner = i - 1;
    while (owner >= 0 && isRole(found[owner])) owner--;
    const mentors = found[owner];
    return !(mentors?.template?.kind === 'mentors' && isEmptyBefore(mentors, found[owner + 1].match.start, text));
  });
}

/**
 * The candidates but unknown labels inside the value of a known field below its empty label:
 * `Nice to have: C++` in the list under `Skills required:` is one of the skills. Under a Template
 * block or configuration, whose fields are all known, an unknown label stays a field of its own.
 */
function withoutValueLines(found: Candidate[], sites: FieldSite[], base: number, text: string, template: Template): Candidate[] {
  if (template.named) return found;
  let owner: { end: number } | undefined;
  return found.filter((candidate, i) => {
    if (candidate.template) {
      const next = found[i + 1]?.match.start ?? Infinity;
      const nextKnown = found.slice(i + 1).find((later) => later.template)?.match.start ?? Infinity;
      owner = isEmptyBefore(candidate, next, text) ? { end: detachedEnd(sites, base, Math.min(next, candidate.limit), nextKnown) ?? -1 } : undefined;
      return true;
    }
    return !(owner && candidate.match.start < owner.end);
  });
}

/** Nothing follows the label in its own item or paragraph before `next`, the next label. */
const isEmptyBefore = (candidate: Candidate, next: number, text: string): boolean => trimEndOffset(text, Math.min(next, candidate.limit)) <= candidate.match.end;

/**
 * Where a value that stands below its empty field ends: the paragraphs and list items after the
 * field's own item, up to the next field (`- Mentor(s):` above a list of mentors of its own).
 */
function detachedEnd(sites: FieldSite[], base: number, from: number, next: number): number | undefined {
  let end = from;
  for (const site of sites) {
    if (base + site.start >= from && base + site.start < next) end = Math.max(end, Math.min(base + site.limit, next));
  }
  return end > from ? end : undefined;
}

/**
 * The labels of the template's fields at a heading's sites, leaving out nested ones: what preset
 * inference weighs, found without reading any value.
 */
export function knownLabelsOf(sites: FieldSite[], base: number, text: string, lines: LineIndex, template: Template): string[] {
  const found = candidatesOf(sites, base, { text, lines, template });
  return found.filter((candidate) => candidate.template && !candidate.parent).map((candidate) => candidate.match.label);
}

/** The labels at the sites, in the order they come. */
function candidatesOf(sites: FieldSite[], base: number, context: Context): Candidate[] {
  const found: Candidate[] = [];
  // The candidate each opening site gave its item, by the site's index.
  const own: (Candidate | undefined)[] = [];
  const parentAt = (up: number): Candidate | undefined => {
    for (let at = up; at !== -1; at = sites[at].up) if (own[at]) return own[at];
    return undefined;
  };
  sites.forEach((site, i) => {
    const opening = site.opens ? { topLevel: site.topLevel, parent: parentAt(site.up) } : undefined;
    own[i] = scanParagraph(site, base, opening, context, found);
  });
  return found.sort((a, b) => a.match.start - b.match.start);
}

/**
 * Records the labels of a site's lines in `found`; returns the candidate of its first line when
 * that line is the label of a list item.
 */
function scanParagraph(
  site: FieldSite,
  base: number,
  opening: { topLevel: boolean; parent?: Candidate } | undefined,
  context: Context,
  found: Candidate[],
): Candidate | undefined {
  const { text, lines, template } = context;
  const start = base + site.start;
  const limit = base + site.limit;
  const firstLine = lines.positionAt(start).line;
  const lastLine = lines.positionAt(base + site.end).line;
  let own: Candidate | undefined;
  // In an indented code block only the first line, the bullet's, may be a label that went too far.
  const last = site.code ? firstLine : lastLine;
  for (let line = firstLine; line <= last; line++) {
    const isFirst = line === firstLine;
    const match =
      matchLabel(text, isFirst ? start : lines.lineStart(line), lines.lineEnd(line)) ??
      (isFirst ? bareLabel(start, limit, lines.lineEnd(line), context) : undefined) ??
      (isFirst && opening?.topLevel ? matchLabelWithoutColon(text, start, lines.lineEnd(line), (label) => fieldForLabel(template, label) !== undefined) : undefined);
    if (!match) continue;
    const known = fieldForLabel(template, match.label);
    const itemLabel = isFirst && opening !== undefined;
    // Unknown labels count only where fields live: the first line of a top-level list item.
    if (!known && (site.code || !(itemLabel && opening.topLevel && looksLikeLabel(match.label)))) continue;
    const candidate: Candidate = { match, template: known, bulleted: site.opens && isFirst, code: site.code === true, limit };
    if (itemLabel && opening.parent && known) candidate.parent = opening.parent;
    if (itemLabel && !opening.topLevel && !known) continue;
    found.push(candidate);
    if (itemLabel) own = candidate;
  }
  return own;
}

/**
 * A known label without its colon, alone on the first line of a paragraph or list item, with a
 * value after it in the same item (`- Mentor(s)` above the mentors' bullets), or, in emphasis,
 * with its value in the blocks below (`**Possible mentors**`).
 */
function bareLabel(start: number, limit: number, lineEnd: number, { text, template }: Context): LabelMatch | undefined {
  const match = matchBareLabel(text, start, lineEnd);
  if (!match || !fieldForLabel(template, match.label)) return undefined;
  // In emphasis, alone in its paragraph, it heads the blocks below: `**Possible mentors**` above a list.
  return trimEndOffset(text, limit) > lineEnd || match.bold ? match : undefined;
}

function makeField(candidate: Candidate, until: number, context: Context, anchor: Anchor): Field {
  const { text, lines, template } = context;
  const { match } = candidate;
  const valueEnd = Math.max(match.end, trimEndOffset(text, until));
  let valueStart = Math.min(trimStartOffset(text, match.end, valueEnd), valueEnd);
  // `- Mentor(s): Mentor(s): …`: the label again is not the value's first words (nor a mentor).
  const again = candidate.template && matchLabel(text, valueStart, valueEnd);
  const repeated = again && again.start === valueStart && fieldForLabel(template, again.label) === candidate.template ? again : undefined;
  if (repeated) valueStart = Math.min(trimStartOffset(text, repeated.end, valueEnd), valueEnd);
  // A disable comment at the end of the line is no part of the value; the field's range keeps it.
  const shownEnd = beforeTrailingDirective(text, valueStart, valueEnd);
  // Kept with the section's reading: a copy, not a view of this version of the document.
  const value = ownedCopy(text.slice(valueStart, shownEnd));
  const field: Field = {
    label: match.label,
    template: candidate.template,
    labelRange: lines.rangeOf(match.labelStart, match.labelEnd, anchor),
    headRange: lines.rangeOf(match.start, match.end, anchor),
    value,
    valueRange: lines.rangeOf(valueStart, shownEnd, anchor),
    range: lines.rangeOf(match.start, valueEnd, anchor),
    bulleted: candidate.bulleted,
    bold: match.bold,
    colon: match.colon,
  };
  if (repeated) field.repeatedLabel = lines.rangeOf(repeated.start, repeated.end, anchor);
  if (candidate.code) field.indentedAsCode = true;
  if (!candidate.template) field.nearMiss = nearMissField(template, match.label);
  if (candidate.template?.kind === 'mentors') field.mentors = parseMentors(value, valueStart, lines, anchor);
  if (candidate.template?.kind === 'issues') field.issues = issueRefs(value, valueStart, lines, anchor);
  return field;
}
