import { firstFromLine, type Finding, type IdeasDocument } from '../core';

/** A finding made apart from the keystroke (across files, from GitHub), kept with the idea it sits in so that it can follow that idea while the list is edited. */
export interface Placed {
  finding: Finding;
  /** The title of the idea it sits in, and which of the ideas so titled (a list may repeat a title); -1: in no idea. */
  title: string;
  nth: number;
  /** Its lines below that idea's heading. */
  below: number;
}

/** Each finding with the idea it lies in: the last idea whose heading is at or above it (the first idea for one above them all). */
export function placeAll(doc: IdeasDocument, findings: readonly Finding[]): Placed[] {
  const { ideas } = doc;
  return findings.map((finding) => {
    const line = finding.range.start.line;
    const idea = ideas[Math.max(0, firstFromLine(ideas, line + 1, (each) => each.heading.range.start.line) - 1)];
    // No idea to follow: it stays where it was found until it is made again.
    if (!idea) return { finding, title: '', nth: -1, below: 0 };
    let nth = 0;
    for (const each of ideas) {
      if (each === idea) break;
      if (each.title === idea.title) nth++;
    }
    return { finding, title: idea.title, nth, below: line - idea.heading.range.start.line };
  });
}

/**
 * The findings as `doc` now reads: each on the idea it was found in, moved by as many lines as
 * that idea's heading moved; a finding whose idea is gone is left out until it is made again.
 */
export function follow(placed: readonly Placed[], doc: IdeasDocument): Finding[] {
  if (placed.length === 0) return [];
  const headings = headingLines(doc, new Set(placed.map(({ title }) => title)));
  return placed.flatMap(({ finding, title, nth, below }) => {
    if (nth === -1) return [finding];
    const line = headings.get(title)?.[nth];
    if (line === undefined) return [];
    const shift = line + below - finding.range.start.line;
    return shift === 0 ? [finding] : [moved(finding, shift)];
  });
}

/** Whether two makings found the same: rules, severities, messages, places and the places they name. */
export const samePlaced = (a: readonly Placed[], b: readonly Placed[]): boolean =>
  a.length === b.length && a.every((each, i) => JSON.stringify(each.finding) === JSON.stringify(b[i].finding));

/**
 * The heading lines of the ideas titled one of `titles`, by title, in document order: on a list of
 * thousands of ideas this runs on every keystroke, for the few titles that carry such findings.
 */
function headingLines(doc: IdeasDocument, titles: ReadonlySet<string>): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  for (const idea of doc.ideas) {
    if (!titles.has(idea.title)) continue;
    const at = lines.get(idea.title);
    if (at) at.push(idea.heading.range.start.line);
    else lines.set(idea.title, [idea.heading.range.start.line]);
  }
  return lines;
}

function moved(finding: Finding, shift: number): Finding {
  const { start, end } = finding.range;
  return { ...finding, range: { start: { line: start.line + shift, character: start.character }, end: { line: end.line + shift, character: end.character } } };
}
