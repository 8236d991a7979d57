import { ownedCopy } from './owned';

/**
 * `Label:` at the start of a line as authors write it: optional `**` around the label or around
 * label and colon, a full-width colon, spaces before the colon, a bullet with no space after it
 * (`-Description:`, which markdown reads as a line of text).
 */
const LABEL = /^([ \t]*(?:[-*+](?=(?:\*\*)?[A-Za-z]))?)(\*\*)?[ \t]*([A-Za-z][^:：*\r\n]{0,50}?)[ \t]*(\*\*)?[ \t]*([:：])(\*\*)?/;

export interface LabelMatch {
  /** Offset of the first character of the label, or of its opening `**`. */
  start: number;
  label: string;
  labelStart: number;
  labelEnd: number;
  /** Offset just after the colon and any closing `**`. */
  end: number;
  bold: boolean;
  colon: string;
}

/** The label that opens `text[from, to)`, if the line starts with one. */
export function matchLabel(text: string, from: number, to: number): LabelMatch | undefined {
  const line = text.slice(from, to);
  const m = LABEL.exec(line);
  // `https://…` is a URL at the start of a line, not a label named "https".
  if (!m || line.startsWith('//', m[0].length)) return undefined;
  const start = from + m[1].length;
  const labelStart = from + m[0].indexOf(m[3], m[1].length + (m[2]?.length ?? 0));
  return {
    start,
    label: ownedCopy(m[3]),
    labelStart,
    labelEnd: labelStart + m[3].length,
    end: from + m[0].length,
    bold: Boolean(m[2] || m[4] || m[6]),
    colon: m[5],
  };
}

/** A label alone on its line, without a colon: `- Recommended Skills` above a list of skills. */
const BARE_LABEL_MAX = 80;
const BARE_LABEL = /^([ \t]*)(\*\*)?[ \t]*([A-Za-z][^:：*\r\n]{0,50}?)[ \t]*(\*\*)?[ \t]*\r?$/;

/** The label that is all of `text[from, to)`, colon missing; only a known label may be one (`fields.ts`). */
export function matchBareLabel(text: string, from: number, to: number): LabelMatch | undefined {
  // A line of prose is longer than any label: not worth a copy of it.
  if (to - from > BARE_LABEL_MAX) return undefined;
  const m = BARE_LABEL.exec(text.slice(from, to));
  if (!m) return undefined;
  const labelStart = from + m[0].indexOf(m[3], m[1].length + (m[2]?.length ?? 0));
  const labelEnd = labelStart + m[3].length;
  return {
    start: from + m[1].length,
    label: ownedCopy(m[3]),
    labelStart,
    labelEnd,
    end: m[4] ? text.indexOf('**', labelEnd) + 2 : labelEnd,
    bold: Boolean(m[2] || m[4]),
    colon: '',
  };
}

/** A label that an unknown field may have: a few words, not a sentence that happens to hold a colon. */
export function looksLikeLabel(label: string): boolean {
  return label.split(/\s+/).length <= 4 && !/[.,;!?"`[\]]/.test(label);
}
