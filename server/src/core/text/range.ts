/** Positions in LSP coordinates: 0-based line, UTF-16 character (a JS string index). */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A range with positions of its own: positions are moved in place (`shift.ts`), so none is shared. */
export const copyRange = (range: Range): Range => ({ start: { ...range.start }, end: { ...range.end } });

/** Two ranges over the same positions, whatever objects hold them. */
export function sameRange(a: Range, b: Range): boolean {
  const [as, ae, bs, be] = [a.start, a.end, b.start, b.end];
  return as.line === bs.line && as.character === bs.character && ae.line === be.line && ae.character === be.character;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Whether `position` lies in `range`, both ends included (a cursor just after a word is on it). */
export function rangeContains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}
