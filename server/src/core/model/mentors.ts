import type { Anchor } from '../text/anchored-range';
import type { Mentor } from './types';
import type { LineIndex } from '../text/line-index';
import { work } from '../text/work';

const GITHUB_PROFILE = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9_.-]+)\/?$/i;
const OTHER_PROFILE = /^https?:\/\/(?:www\.)?(twitter\.com|x\.com|linkedin\.com|gitlab\.com|mastodon\.[a-z.]+|bsky\.app)\b/i;
/*
 * Patterns tried at many positions of a value bound what they read, far beyond a real name, URL or
 * address (an e-mail's local part has at most 64 characters, a domain label 63): unbounded, each
 * try could read to the end of the value, and a long value would cost the square of its length.
 */
const LINK = /\[([^\]]{0,1000})\]\(\s{0,20}<?([^)\s>]{1,2000})>?\s{0,20}\)/g;
const BARE_URL = /https?:\/\/[^\s<>()[\]]+/g;
/** `@handle` not preceded by a word character, dot or `[` (that is e-mail or link text). */
const HANDLE = /(?<![\w.])@([A-Za-z0-9_.-]*[A-Za-z0-9_-])/g;
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+/;
const OBFUSCATED_EMAIL = /[\w.+-]{1,64}\s{0,20}(?:\[at\]|\(at\)|\bat\b)\s{0,20}[\w-]{1,63}(?:\s{0,20}(?:\[dot\]|\(dot\)|\bdot\b)\s{0,20}[\w-]{1,63})+/i;

/**
 * The mentors of a `Mentor(s)` value: one per comma, semicolon, ` and `, line or sub-bullet outside
 * parentheses and brackets, each with name, handle, e-mail and where they sit.
 */
export function parseMentors(value: string, offset: number, lines: LineIndex, anchor: Anchor): Mentor[] {
  // The value's first line lost its indentation to trimming: the column it starts at gives it back.
  const column = lines.positionAt(offset).character;
  return groupPeople(value, splitMentors(value, column)).flatMap((person) => {
    const mentor = parseOne(value, person, offset, lines, anchor);
    return mentor ? [mentor] : [];
  });
}

interface Span {
  start: number;
  end: number;
}

/** One mentor's text: `parts` are the comma-separated pieces it was joined from, its name first. */
interface Person extends Span {
  parts: Span[];
}

/** Something that identifies a person beyond a name: a handle, e-mail, link or parenthesis. */
const IDENTIFIES = /[@(<[]|https?:/;

/**
 * Splits at separators outside brackets. With a `;` anywhere, only `;` and line breaks separate
 * mentors (`Name, handle, email; Name, …`). A note on the label's line before sub-bullets
 * (`#For GSoC, two mentors are required`) is not a mentor.
 */
function splitMentors(value: string, column: number): Span[] {
  const bySemicolon = hasSemicolonOutsidePairs(value);
  const parts = cutOutsideBrackets(value, { start: 0, end: value.length }, (i) => {
    const c = value[i];
    if (c === ';' || c === '\n' || c === '\r' || (c === ',' && !bySemicolon)) return 1;
    if (!bySemicolon && (c === ' ' || c === '\t') && /^\s(?:and|&)\s/i.test(value.slice(i, i + 5))) return value[i + 1] === '&' ? 2 : 4;
    if (!bySemicolon && c === '.' && isSentenceBetweenMentors(value, i)) return 1;
    return 0;
  });
  const trimmed = parts.map(({ start: s, end: e }) => {
    let from = s;
    let to = e;
    while (from < to && /[\s*+-]/.test(value[from])) from++; // whitespace and sub-bullet markers
    while (to > from && /[\s.]/.test(value[to - 1])) to--;
    return { start: from, end: to };
  });
  const skip = noteEnd(value);
  return trimmed.filter(({ start: s, end: e }) => e > s && s >= skip && !isRoleLabel(value, s, e, column));
}

/**
 * Whether `value` has a `;` outside `(…)` and `[…]` pairs, read as `/\([^)]*\)|\[[^\]]*\]/g` would
 * cut them out: a bracket with no closer after it is plain text. A hand scan: that pattern tries
 * every unclosed bracket to the end of the value.
 */
function hasSemicolonOutsidePairs(value: string): boolean {
  work(value.length);
  // Where the next `)` and `]` are (the length when none is left), searched again only once passed: each character is read twice at most.
  const next: Record<string, number> = { ')': -1, ']': -1 };
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === ';') return true;
    const closer = c === '(' ? ')' : c === '[' ? ']' : undefined;
    if (closer === undefined) continue;
    if (next[closer] < i) {
      const found = value.indexOf(closer, i);
      next[closer] = found === -1 ? value.length : found;
    }
    if (next[closer] < value.length) i = next[closer];
  }
  return false;
}

/**
 * A `.` that ends one mentor and starts the next, as a sentence would: after an e-mail or a closing
 * parenthesis, before a capital, with an `@` later on the line (`…, michi@isovalent.com. Kornilios
 * Kourtis, kkourt, kornilios@isovalent.com`). A sentence about the mentor has no `@` of its own.
 */
function isSentenceBetweenMentors(value: string, at: number): boolean {
  if (!/^\.[ \t]+\p{Lu}/u.test(value.slice(at, at + 3))) return false;
  // The next mentor's `@` comes within a few words; looking no further keeps a long line linear.
  const after = value.slice(at, at + 200);
  const lineEnd = after.indexOf('\n');
  return after.slice(0, lineEnd === -1 ? after.length : lineEnd).includes('@') && (value[at - 1] === ')' || EMAIL_BEFORE.test(value.slice(Math.max(0, at - 100), at)));
}

/** An e-mail address that ends where the text ends. */
const EMAIL_BEFORE = new RegExp(`(?:${EMAIL.source})$`);

/** `span` cut where `separator` gives a separator's length at an index outside (), [] and <>. */
function cutOutsideBrackets(value: string, span: Span, separator: (at: number) => number): Span[] {
  const parts: Span[] = [];
  let depth = 0;
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = value[i];
    if (c === '(' || c === '[' || c === '<') depth++;
    else if ((c === ')' || c === ']' || c === '>') && depth > 0) depth--;
    else if (depth === 0) {
      const skip = separator(i);
      if (skip === 0) continue;
      parts.push({ start, end: i });
      start = i + skip;
    }
  }
  parts.push({ start, end: span.end });
  return parts;
}

/** Where a note on the label's line ends, when sub-bullets hold the mentors; else 0. */
function noteEnd(value: string): number {
  // A value that starts on the line below its label starts with its first mentor's bullet.
  if (/^[-*+][ \t]/.test(value)) return 0;
  const firstBreak = value.search(/\r?\n[ \t]*[-*+][ \t]/);
  return firstBreak !== -1 && !value.slice(0, firstBreak).includes('@') ? firstBreak : 0;
}

/**
 * A whole sub-bullet that names a role rather than a person, the mentors in bullets under it:
 * `- Primary` above `  - Jane Doe (@jd)`.
 */
function isRoleLabel(value: string, start: number, end: number, column: number): boolean {
  // Only a part that ends its line may be a role: known before any search, which would read the line again for each part on it.
  const lineEnd = value[end] === '\r' ? end + 1 : end;
  if (value[lineEnd] !== '\n') return false;
  const lineStart = value.lastIndexOf('\n', start) + 1;
  work(end - lineStart);
  const item = bulletAt(value, lineStart);
  const below = item && lineStart + item[0].length === start ? bulletAt(value, lineEnd + 1) : null;
  return below !== null && below[1].length > item![1].length + (lineStart === 0 ? column : 0) && !IDENTIFIES.test(value.slice(start, end));
}

const BULLET = /([ \t]*)[-*+][ \t]+/y;

/** The bullet that starts at `at`, with its indentation. */
function bulletAt(value: string, at: number): RegExpExecArray | null {
  BULLET.lastIndex = at;
  return BULLET.exec(value);
}

/** A handle, e-mail or profile link standing alone, as in `Jane Doe, @jd, jd@example.com`. */
const ALONE: Record<'handle' | 'email' | 'profile', RegExp> = {
  // Maybe with a parenthesis after it, such as the e-mail: `Yi Zha, @yizha1 (yizha1@microsoft.com)`.
  handle: /^\(?@[A-Za-z0-9_.-]*[A-Za-z0-9_-]\)?(?:[ \t]*\([^()]*\))?$/,
  email: new RegExp(`^[(<]*(?:mailto:)?(?:${EMAIL.source}|${OBFUSCATED_EMAIL.source})[)>]*$`, 'i'),
  profile: /^(?:\[[^\]]*\]\(\s*<?[^)\s>]+>?\s*\)|<?https?:\/\/[^\s<>]+>?)$/,
};
const KINDS = Object.keys(ALONE) as (keyof typeof ALONE)[];
/** What a mentor's text already has of each kind. */
const HAS: Record<keyof typeof ALONE, RegExp> = {
  handle: new RegExp(`${HANDLE.source}|github\\.com/`),
  email: new RegExp(`${EMAIL.source}|${OBFUSCATED_EMAIL.source}`, 'i'),
  profile: /https?:|\]\(/,
};
/** A handle labelled as one, without its `@`: `github: gourishkb` in `Gourish Biradar (email: …, github: gourishkb)`. */
export const LABELLED_HANDLE = /\bgithub\s*:\s*([A-Za-z0-9][A-Za-z0-9-]{0,38})(?![\w.:/-])/i;
/** A word that may be a handle without its `@`: `haircommander` in `Peter Hunt, haircommander, pehunt@redhat.com`. */
const HANDLE_WORD = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$/;

/**
 * Mentors from the split pieces. A piece that only identifies someone (a handle, an e-mail or a
 * profile link) belongs to the mentor before it on its line, when that one lacks such a thing:
 * `Kevin Hannon, @kannon92, kevin@gr-oss.io` is one person, and so is `Peter Hunt, haircommander,
 * pehunt@redhat.com`. A lone word before something that identifies is half a name split by a comma:
 * `Hung-Ying, Tai (@hydai)`.
 */
function groupPeople(value: string, spans: Span[]): Person[] {
  const people: Person[] = [];
  const sameLine = (from: number, to: number) => !/[\r\n]/.test(value.slice(from, to));
  const textOf = (span: Span) => value.slice(span.start, span.end);
  // Where a name split by a comma began, while its pieces are joined.
  let nameStart: number | undefined;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    const text = textOf(span);
    const last = people.at(-1);
    const next = spans[i + 1] && sameLine(span.end, spans[i + 1].start) ? textOf(spans[i + 1]) : undefined;
    if (nameStart === undefined && last && sameLine(last.end, span.start)) {
      const before = value.slice(last.start, last.end);
      const completes = KINDS.some((kind) => ALONE[kind].test(text) && !HAS[kind].test(before));
      const unmarked = HANDLE_WORD.test(text) && last.parts.length === 1 && /\s/.test(before) && !IDENTIFIES.test(before) && next !== undefined && ALONE.email.test(next);
      if (completes || unmarked) {
        last.end = span.end;
        last.parts.push(span);
        continue;
      }
    }
    if (next !== undefined && !IDENTIFIES.test(text) && !/\s/.test(text) && IDENTIFIES.test(next)) {
      nameStart ??= span.start;
      continue;
    }
    if (nameStart !== undefined) {
      const whole = { start: nameStart, end: span.end };
      people.push({ ...whole, parts: [whole] });
      nameStart = undefined;
    } else people.push({ ...span, parts: piecesOf(value, span) });
  }
  return people;
}

/** The comma-separated pieces of a mentor's text: `Name, handle, email` in a list split at `;`. */
function piecesOf(value: string, span: Span): Span[] {
  return cutOutsideBrackets(value, span, (at) => (value[at] === ',' ? 1 : 0)).flatMap(({ start, end }) => {
    while (start < end && /\s/.test(value[start])) start++;
    return end > start ? [{ start, end }] : [];
  });
}

function parseOne(value: string, person: Person, offset: number, lines: LineIndex, anchor: Anchor): Mentor | undefined {
  const text = value.slice(person.start, person.end);
  const at0 = offset + person.start;
  // Relative to the text: where the pieces after the name begin.
  const rest = person.parts.length > 1 ? person.parts[1].start - person.start : text.length;
  const mentor: Mentor = { text, range: lines.rangeOf(at0, at0 + text.length, anchor) };
  const setHandle = (handle: string, at: number, style: NonNullable<Mentor['handleStyle']>) => {
    if (mentor.handle !== undefined) return;
    mentor.handle = handle;
    mentor.handleStyle = style;
    mentor.handleRange = lines.rangeOf(at0 + at, at0 + at + handle.length, anchor);
  };
  const linked: [number, number][] = [];
  for (const link of text.matchAll(LINK)) {
    const [whole, label, url] = link;
    linked.push([link.index, link.index + whole.length]);
    const profile = GITHUB_PROFILE.exec(url);
    if (profile) setHandle(profile[1], link.index + whole.indexOf(profile[1], label.length + 2), 'link');
    else if (OTHER_PROFILE.test(url)) mentor.otherProfile ??= url;
    if (!profile && !OTHER_PROFILE.test(url) && /^@/.test(label)) mentor.otherProfile ??= url;
    mentor.linkText ??= label;
  }
  work(text.length);
  const urlInLink = insideOf(linked);
  for (const url of text.matchAll(BARE_URL)) {
    if (urlInLink(url.index)) continue;
    const profile = GITHUB_PROFILE.exec(url[0]);
    if (profile) setHandle(profile[1], url.index + url[0].indexOf(profile[1], 8), 'profile-url');
    else if (OTHER_PROFILE.test(url[0])) mentor.otherProfile ??= url[0];
  }
  // Only the first handle outside links counts: the depth of parentheses is counted once.
  const handleInLink = insideOf(linked);
  for (const handle of text.matchAll(HANDLE)) {
    if (handleInLink(handle.index)) continue;
    const insideParens = depthAt(text, handle.index) > 0;
    setHandle(handle[1], handle.index + 1, insideParens ? 'paren' : handle.index >= rest ? 'listed' : 'bare');
    break;
  }
  if (mentor.handleStyle === 'listed') mentor.separatorRange = lines.rangeOf(at0 + person.parts[0].end - person.start, at0 + rest, anchor);
  const email = emailIn(text);
  if (email) mentor.email = email[0];
  const name = mentorName(text.slice(0, person.parts[0].end - person.start));
  if (name) mentor.name = name;
  if (!mentor.handle) {
    // `github: gourishkb` names its handle. `Ria Bhatia (rbitia)`: a lone handle-like word in
    // parentheses is probably a handle without `@`. So is a word of its own between the name and an
    // e-mail: `Peter Hunt, haircommander, pehunt@redhat.com`.
    const labelled = LABELLED_HANDLE.exec(text);
    const paren = /\(\s*([A-Za-z0-9][A-Za-z0-9-]{0,38})\s*[,)]/.exec(text);
    const word = person.parts.slice(1).find((part) => HANDLE_WORD.test(value.slice(part.start, part.end)));
    const unmarked: [string, number] | undefined = labelled
      ? [labelled[1], labelled.index + labelled[0].length - labelled[1].length]
      : word
        ? [value.slice(word.start, word.end), word.start - person.start]
        : paren && !EMAIL.test(paren[1])
          ? [paren[1], paren.index + paren[0].indexOf(paren[1])]
          : undefined;
    if (unmarked) {
      const [handle, at] = unmarked;
      mentor.unmarkedHandle = handle;
      mentor.handleRange = lines.rangeOf(at0 + at, at0 + at + handle.length, anchor);
    }
  }
  return mentor.handle || mentor.name || mentor.email || mentor.otherProfile ? mentor : undefined;
}

/** The words before the first handle, link, parenthesis or URL: `Jane Doe` in `Jane Doe (@jd)`. */
const EMAILS = new RegExp(EMAIL.source, 'g');
const OBFUSCATED_EMAILS = new RegExp(OBFUSCATED_EMAIL.source, 'gi');
/**
 * The role before a mentor's name: `Primary Mentor:`, `Co-Mentor:`, `Mentor 2:`, and the template's
 * `Mentor Name:`. Blanks before the colon are read by one `\s*` only (it was `(?:\s*\d*|\s+name)\s*:`,
 * the same words): two in a row would try every split of a run of blanks that no colon ends.
 */
const ROLE = /^(?:[\p{L}-]+\s+)?[\p{L}-]*mentor(?:\s*\d+|\s+name)?\s*:\s*/iu;

/** A label that names a mentor's role: `Primary Mentor`, `Co-Mentor`, `Mentor 2`, `Mentor Name`. */
export function isMentorRole(label: string): boolean {
  work(label.length);
  return ROLE.test(`${label}:`);
}

/**
 * Whether an offset lies in one of `spans` (sorted and apart), for offsets asked in rising order:
 * the spans passed are not read again, so a mentor of many links and handles is read once.
 */
function insideOf(spans: [number, number][]): (at: number) => boolean {
  let k = 0;
  return (at) => {
    while (k < spans.length && spans[k][1] <= at) k++;
    return k < spans.length && at >= spans[k][0];
  };
}

/** The first e-mail address outside links, else the first written out (`jane at example dot org`). */
function emailIn(text: string): RegExpExecArray | null {
  return (text.includes('@') ? EMAIL.exec(text.replace(LINK, (m) => ' '.repeat(m.length))) : null) ?? (AT_WORD.test(text) ? OBFUSCATED_EMAIL.exec(text) : null);
}

/**
 * Every written-out address has `at` as a word of its own (`[at]`, `(at)` too): most mentors'
 * text does not, and is spared trying the pattern at every position.
 */
const AT_WORD = /\bat\b/i;

function mentorName(full: string): string | undefined {
  let text = full.includes('@') ? full.replace(EMAILS, ' ') : full;
  if (AT_WORD.test(text)) text = text.replace(OBFUSCATED_EMAILS, ' ');
  const cut = text.search(/[(@<]|\[@|https?:|\s-\s/);
  let name = (cut === -1 ? text : text.slice(0, cut)).replace(/\[([^\]]{0,1000})\]\([^)]{0,2000}\)/g, '$1');
  // Punctuation left where an e-mail was cut out goes too: `Vadim Bauer, vb@example.com)`.
  name = withoutTrailing(name.replace(/[[\]*_`]/g, '').replace(/\s+/g, ' ')).trim().replace(ROLE, '');
  if (!name && text.startsWith('(')) {
    // `(Lior Lieberman, @LiorLieberman)`: the name sits inside the parentheses.
    name = text.slice(1).split(/[,@)]/)[0].trim();
  }
  return /[\p{L}]/u.test(name) ? name : undefined;
}

const TRAILING = /[\s,;:)]/;

/** `text` without its trailing blanks, commas, semicolons, colons and `)`: a pattern anchored at the end is tried at every run of them. */
function withoutTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.test(text[end - 1])) end--;
  work(text.length - end);
  return text.slice(0, end);
}

/** How many parentheses are open at `index`. */
export function depthAt(text: string, index: number): number {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth > 0) depth--;
  }
  return depth;
}
