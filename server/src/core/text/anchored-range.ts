import type { Position, Range } from './range';

/** What a section's reading is kept with: the line the section now starts at. */
export interface Anchor {
  line: number;
}

/**
 * A range whose lines count from its anchor's line, so that moving a section moves all the
 * ranges read from it by changing one number: Enter above ten thousand ideas moves none of their
 * headings, fields or findings one by one. Read like any range; each read of `start` or `end`
 * makes a new position, so changing one changes nothing. JSON (an LSP message, the CLI's output)
 * gets plain positions.
 */
export class AnchoredRange implements Range {
  constructor(
    private readonly anchor: Anchor,
    private readonly startLine: number,
    private readonly startCharacter: number,
    private readonly endLine: number,
    private readonly endCharacter: number,
  ) {}

  get start(): Position {
    return { line: this.anchor.line + this.startLine, character: this.startCharacter };
  }

  get end(): Position {
    return { line: this.anchor.line + this.endLine, character: this.endCharacter };
  }

  toJSON(): Range {
    return { start: this.start, end: this.end };
  }
}

/** The range from `start` to `end`, positions where its lines are now, that moves with `anchor` from here on. */
export const anchoredRange = (anchor: Anchor, start: Position, end: Position): AnchoredRange =>
  new AnchoredRange(anchor, start.line - anchor.line, start.character, end.line - anchor.line, end.character);

/** A copy of `range` that moves with `anchor` from here on. */
export const anchoredCopy = (range: Range, anchor: Anchor): AnchoredRange => anchoredRange(anchor, range.start, range.end);
