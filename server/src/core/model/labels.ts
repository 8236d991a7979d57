import { ownedCopy } from '../text/owned';
import { work } from '../text/work';

/**
 * Emphasis around a label: `**`, `__`, `_` (`* _Mentors:_`, as CHAOSS writes them), or `\*\*`,
 * which markdown shows as the same two stars left over.
 */
const STARS = String.raw`\*\*|__|\\\*\\\*|_`;

/**
 * A label at the start of a line as authors write it: optional `**` around the label or around
 * label and colon, spaces before the colon, a bullet with no space after it (`-Description:`) or a
 * doubled one (`-- Issues:`), both of which markdown reads as a line of text. Blanks are read
 * by one quantifier each, not two in a row (a blank after no `**` belongs to the one before): two
 * runs of blanks side by side share a long run in every way, the square of its length.
 */
const HEAD = String.raw`^([ \t]*(?:--[ \t]*(?=(?:${STARS})?[A-Za-z])|[-*+](?=(?:${STARS})?[A-Za-z]))?)(?:(${STARS})[ \t]*)?([A-Za-z][^:：*\r\n]{0,100}?)[ \t]*(?:(${STARS})[ \t]*)?`;
/** `Label:`, the colon maybe full-width, maybe followed by the closing `**`. */
const LABEL = new RegExp(String.raw`${HEAD}([:：])(${STARS})?`);
/** A label alone on its line, without a colon: `- Recommended Skills` above a list of skills. */
const BARE_LABEL = new RegExp(`${HEAD}\\r?$`);
/** A line of prose is longer than any label alone on its line: not worth a copy of it. */
const BARE_LABEL_MAX = 80;

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
  // Most lines of prose hold no colon at all: they are not worth a copy and a match.
  if (!hasColon(text, from, to)) return undefined;
  const line = text.slice(from, to);
  work(line.length);
  const m = LABEL.exec(line);
  // `https://…` is a URL at the start of a line, not a label named "https".
  if (!m || line.startsWith('//', m[0].length)) return undefined;
  return labelMatch(m, from, from + m[0].length, m[5], Boolean(m[6]));
}

/** Whether `text[from, to)` holds a colon, ASCII or full-width; looked for within the line alone. */
function hasColon(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3a || code === 0xff1a) return true;
  }
  return false;
}

/** The label that is all of `text[from, to)`, colon missing; only a known label may be one (`fields.ts`). */
export function matchBareLabel(text: string, from: number, to: number): LabelMatch | undefined {
  if (to - from > BARE_LABEL_MAX) return undefined;
  work(to - from);
  const m = BARE_LABEL.exec(text.slice(from, to));
  return m ? labelMatch(m, from, from + m[0].trimEnd().length, '', false) : undefined;
}

/** A match of HEAD at `from` as a label that ends at `end`. */
function labelMatch(m: RegExpExecArray, from: number, end: number, colon: string, closingBold: boolean): LabelMatch {
  const labelStart = from + m[0].indexOf(m[3], m[1].length + (m[2]?.length ?? 0));
  return {
    start: from + m[1].length,
    label: interned(m[3]),
    labelStart,
    labelEnd: labelStart + m[3].length,
    end,
    bold: Boolean(m[2] || m[4] || closingBold),
    colon: interned(colon),
  };
}

/** Labels and colons repeat in every idea: one copy of each, not one per field (a long list has tens of thousands). */
const copies = new Map<string, string>();
/** Labels are few, but a file may be anything: the copies kept stay bounded. */
const COPIES_KEPT = 1000;

function interned(text: string): string {
  let copy = copies.get(text);
  if (copy === undefined) {
    if (copies.size >= COPIES_KEPT) copies.clear();
    copy = ownedCopy(text);
    copies.set(copy, copy);
  }
  return copy;
}

/** A label that an unknown field may have: a few words, not a sentence that happens to hold a colon. */
export function looksLikeLabel(label: string): boolean {
  return label.split(/\s+/).length <= 4 && !/[.,;!?"`[\]]/.test(label);
}

/**
 * A label of two words or more that `isKnown` accepts, at the start of `text[from, to)` and
 * followed by a value on the same line, its colon forgotten: `Skills Required C++`. Shorter labels
 * are too often a sentence's first word (`Description of the problem…`).
 */
export function matchLabelWithoutColon(text: string, from: number, to: number, isKnown: (label: string) => boolean): LabelMatch | undefined {
  const words = /^(\S+)[ \t]+(\S+)(?:[ \t]+(\S+))?(?:[ \t]+(\S+))?[ \t]+\S/.exec(text.slice(from, Math.min(to, from + BARE_LABEL_MAX)));
  if (!words) return undefined;
  for (let count = 4; count >= 2; count--) {
    const parts = words.slice(1, count + 1);
    if (parts.some((part) => part === undefined)) continue;
    const label = text.slice(from, text.indexOf(parts[count - 1], from + parts.slice(0, -1).join(' ').length) + parts[count - 1].length);
    if (/^[A-Za-z]/.test(label) && isKnown(label)) {
      const end = from + label.length;
      return { start: from, label: interned(label), labelStart: from, labelEnd: end, end, bold: false, colon: '' };
    }
  }
  return undefined;
}
