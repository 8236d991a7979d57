import { LineIndex } from '../text/line-index';

/** A problem in a config file, with its place: reported, never thrown. */
export interface ConfigProblem {
  file: string;
  line: number;
  character: number;
  message: string;
}

/** Of one configuration, this many problems are reported; the rest are counted in one more. */
export const MAX_PROBLEMS = 20;

/**
 * The problems found in one configuration's text, by offset. A hostile file may hold a problem
 * per key (hundreds of thousands): past the bound they are only counted, and only those reported
 * are given a line and character.
 */
export class ProblemList {
  private readonly shown: { offset: number; message: string }[] = [];
  private hidden = 0;
  private firstHidden = 0;

  add(offset: number, message: string): void {
    if (this.shown.length < MAX_PROBLEMS) this.shown.push({ offset, message });
    else if (this.hidden++ === 0) this.firstHidden = offset;
  }

  placed(file: string, text: string): ConfigProblem[] {
    if (this.shown.length === 0) return [];
    const lines = new LineIndex(text);
    const problems = this.shown.map(({ offset, message }) => ({ file, ...lines.positionAt(offset), message }));
    if (this.hidden > 0) problems.push({ file, ...lines.positionAt(this.firstHidden), message: `… and ${this.hidden.toLocaleString('en-US')} more problems` });
    return problems;
  }
}
