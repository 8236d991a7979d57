import type { Range } from '../text/range';

export type Severity = 'error' | 'warning' | 'info';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A fix is data on the finding, so quick fixes, fix-all, --fix and tests share one code path. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The edit leaves a placeholder for the author to fill: offered as a quick fix, never applied by fix-all. */
  needsInput?: boolean;
  /** For a fix of one edit: its newText in snippet syntax, with the placeholder as a tab stop. */
  snippet?: string;
}

/** Another place a finding points at (the first of two duplicates): in the same file, or in `file` (a workspace rule's). */
export interface Related {
  /** The other file, as the caller named it; absent for a place in the finding's own file. */
  file?: string;
  range: Range;
  /** What that place is: "the first Description". */
  message: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  fixes: Fix[];
  /** Other places the finding names: LSP relatedInformation, SARIF relatedLocations, JSON `related`. */
  related?: Related[];
}
