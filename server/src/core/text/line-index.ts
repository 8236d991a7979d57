import { anchoredRange, type Anchor } from './anchored-range';
import type { Position, Range } from './range';
import { partitionPoint } from './sorted';

/** Converts between string offsets and LSP positions for one text. */
export class LineIndex {
  /**
   * Offset of the first character of every line. Lines end at "\r\n", "\n" or a lone "\r", as in
   * LSP. A typed array: a long document makes one per keystroke, and its contents stay out of the
   * heap that the garbage collector walks.
   */
  private readonly starts: Uint32Array;
  /** The text holds a "\r", so its lines may end at "\r\n" or a lone "\r" as well as "\n". */
  readonly hasCR: boolean;

  /**
   * `text`'s lines, from those of an earlier text that differed only in `[from, to)`, now
   * `[from, to + delta)`: the lines before are kept, those after moved, only the edited ones sought.
   */
  static edited(earlier: LineIndex, text: string, from: number, to: number, delta: number): LineIndex {
    const edited = text.slice(from, to + delta);
    if (earlier.hasCR || edited.includes('\r')) return new LineIndex(text);
    const before = earlier.starts;
    const kept = earlier.linesUpTo(from);
    const after = earlier.linesUpTo(to);
    const found: number[] = [];
    for (let at = edited.indexOf('\n'); at !== -1; at = edited.indexOf('\n', at + 1)) found.push(from + at + 1);
    const starts = new Uint32Array(kept + found.length + before.length - after);
    starts.set(before.subarray(0, kept));
    starts.set(found, kept);
    for (let at = after, i = kept + found.length; at < before.length; at++, i++) starts[i] = before[at] + delta;
    return new LineIndex(text, starts);
  }

  /** `starts`: the lines of `text`, when `edited` has worked them out. */
  constructor(
    readonly text: string,
    starts?: Uint32Array,
  ) {
    this.hasCR = starts === undefined && text.includes('\r');
    if (starts) {
      this.starts = starts;
      return;
    }
    const found = [0];
    if (!this.hasCR) {
      // The common case, several times faster than the pattern below on a long text.
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) found.push(at + 1);
    } else {
      const eol = /\r\n?|\n/g;
      for (let m = eol.exec(text); m; m = eol.exec(text)) found.push(m.index + m[0].length);
    }
    this.starts = Uint32Array.from(found);
  }

  /** How many lines start at or before `offset`. */
  private linesUpTo(offset: number): number {
    return partitionPoint(this.starts, (start) => start <= offset);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.linesUpTo(clamped) - 1;
    return { line, character: clamped - this.starts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, position.line)];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** With an `anchor`, a range whose lines move with the anchor's (`AnchoredRange`). */
  rangeOf(start: number, end: number, anchor?: Anchor): Range {
    const from = this.positionAt(start);
    const to = this.positionAt(end);
    return anchor ? anchoredRange(anchor, from, to) : { start: from, end: to };
  }

  /** Offset just past the line's last character, before any "\r\n" or "\n". */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    const next = this.starts[line + 1];
    return this.text.startsWith('\r\n', next - 2) ? next - 2 : next - 1;
  }

  lineStart(line: number): number {
    return this.starts[line];
  }

  /** The line's text without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.starts[line], this.lineEnd(line));
  }
}
