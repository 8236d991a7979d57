import type { Finding, IdeasDocument } from '../core';

/** A finding made apart from the keystroke (across files, from GitHub), kept with the idea it sits in so that it can follow that idea while the list is edited. */
export interface Placed {
  finding: Finding;
  /** The title of the idea it sits in, and which of the ideas so titled (a list may repeat a title); -1: in no idea. */
  title: string;
  nth: number;
  /** Its lines below that idea's heading. */
  below: number;
}

/** Each finding with the idea it lies in: the last idea whose heading is at or above it. */
export function placeAll(doc: IdeasDocument, findings: readonly Finding[]): Placed[] {
  return findings.map((finding) => {
    const line = finding.range.start.line;
    let idea = doc.ideas[0];
    for (const each of doc.ideas) {
      if (each.heading.range.start.line > line) break;
      idea = each;
    }
    // No idea to follow: it stays where it was found until it is made again.
    if (!idea) return { finding, title: '', nth: -1, below: 0 };
    const nth = doc.ideas.filter((each) => each.title === idea.title).indexOf(idea);
    return { finding, title: idea.title, nth, below: line - idea.heading.range.start.line };
  });
}

/**
 * The findings as `doc` now reads: each on the idea it was found in, moved by as many lines as
 * that idea's heading moved; a finding whose idea is gone is left out until it is made again.
 */
export function follow(placed: readonly Placed[], doc: IdeasDocument): Finding[] {
  if (placed.length === 0) return [];
  const headings = headingLines(doc);
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

/** The heading line of each idea, by title, in document order. */
function headingLines(doc: IdeasDocument): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  for (const idea of doc.ideas) {
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
