import type { Mentor } from './model';
import type { LineIndex } from './range';

const GITHUB_PROFILE = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9_.-]+)\/?$/i;
const OTHER_PROFILE = /^https?:\/\/(?:www\.)?(twitter\.com|x\.com|linkedin\.com|gitlab\.com|mastodon\.[a-z.]+|bsky\.app)\b/i;
const LINK = /\[([^\]]*)\]\(\s*<?([^)\s>]+)>?\s*\)/g;
const BARE_URL = /https?:\/\/[^\s<>()[\]]+/g;
/** `@handle` not preceded by a word character, dot or `[` (that is e-mail or link text). */
const HANDLE = /(?<![\w.])@([A-Za-z0-9_.-]*[A-Za-z0-9_-])/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const OBFUSCATED_EMAIL = /[\w.+-]+\s*(?:\[at\]|\(at\)|\bat\b)\s*[\w-]+(?:\s*(?:\[dot\]|\(dot\)|\bdot\b)\s*[\w-]+)+/i;

/**
 * The mentors of a `Mentor(s)` value: one per comma, semicolon, ` and `, line or sub-bullet outside
 * parentheses and brackets, each with name, handle, e-mail and where they sit.
 */
export function parseMentors(value: string, offset: number, lines: LineIndex): Mentor[] {
  return mergeNameFragments(value, splitMentors(value)).flatMap(({ start, end }) => {
    const text = value.slice(start, end);
    const mentor = parseOne(text, offset + start, lines);
    return mentor ? [mentor] : [];
  });
}

interface Span {
  start: number;
  end: number;
}

/** Something that identifies a person beyond a name: a handle, e-mail, link or parenthesis. */
const IDENTIFIES = /[@(<[]|https?:/;

/**
 * Splits at separators outside brackets. With a `;` anywhere, only `;` and line breaks separate
 * mentors (`Name, handle, email; Name, …`). A note on the label's line before sub-bullets
 * (`#For GSoC, two mentors are required`) is not a mentor.
 */
function splitMentors(value: string): Span[] {
  const bySemicolon = /;/.test(value.replace(/\([^)]*\)|\[[^\]]*\]/g, ''));
  const parts: Span[] = [];
  let depth = 0;
  let start = 0;
  const cut = (at: number, skip: number) => {
    parts.push({ start, end: at });
    start = at + skip;
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '(' || c === '[' || c === '<') depth++;
    else if ((c === ')' || c === ']' || c === '>') && depth > 0) depth--;
    else if (depth === 0 && (c === ';' || c === '\n' || c === '\r' || (c === ',' && !bySemicolon))) cut(i, 1);
    else if (depth === 0 && !bySemicolon && /^\s(?:and|&)\s/i.test(value.slice(i, i + 5))) cut(i, value[i + 1] === '&' ? 2 : 4);
  }
  cut(value.length, 0);
  const trimmed = parts.map(({ start: s, end: e }) => {
    let from = s;
    let to = e;
    while (from < to && /[\s*+-]/.test(value[from])) from++; // whitespace and sub-bullet markers
    while (to > from && /[\s.]/.test(value[to - 1])) to--;
    return { start: from, end: to };
  });
  const skip = noteEnd(value);
  return trimmed.filter(({ start: s, end: e }) => e > s && s >= skip);
}

/** Where a note on the label's line ends, when sub-bullets hold the mentors; else 0. */
function noteEnd(value: string): number {
  const firstBreak = value.search(/\r?\n[ \t]*[-*+][ \t]/);
  return firstBreak !== -1 && !value.slice(0, firstBreak).includes('@') ? firstBreak : 0;
}

/** Joins `Hung-Ying` to `Tai (@hydai)` when a comma split one person's name. */
function mergeNameFragments(value: string, spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    const text = value.slice(span.start, span.end);
    const next = spans[i + 1];
    const sameLine = next && !/[\r\n]/.test(value.slice(span.end, next.start));
    if (sameLine && !IDENTIFIES.test(text) && !/\s/.test(text) && IDENTIFIES.test(value.slice(next.start, next.end))) {
      spans[i + 1] = { start: span.start, end: next.end };
      continue;
    }
    merged.push(span);
  }
  return merged;
}

function parseOne(text: string, offset: number, lines: LineIndex): Mentor | undefined {
  const mentor: Mentor = { text, range: lines.rangeOf(offset, offset + text.length) };
  const setHandle = (handle: string, at: number, style: NonNullable<Mentor['handleStyle']>) => {
    if (mentor.handle !== undefined) return;
    mentor.handle = handle;
    mentor.handleStyle = style;
    mentor.handleRange = lines.rangeOf(offset + at, offset + at + handle.length);
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
  const outsideLinks = (at: number) => !linked.some(([s, e]) => at >= s && at < e);
  for (const url of text.matchAll(BARE_URL)) {
    if (!outsideLinks(url.index)) continue;
    const profile = GITHUB_PROFILE.exec(url[0]);
    if (profile) setHandle(profile[1], url.index + url[0].indexOf(profile[1], 8), 'profile-url');
    else if (OTHER_PROFILE.test(url[0])) mentor.otherProfile ??= url[0];
  }
  for (const handle of text.matchAll(HANDLE)) {
    if (!outsideLinks(handle.index)) continue;
    const insideParens = depthAt(text, handle.index) > 0;
    setHandle(handle[1], handle.index + 1, insideParens ? 'paren' : 'bare');
  }
  const email = EMAIL.exec(text.replace(LINK, (m) => ' '.repeat(m.length))) ?? OBFUSCATED_EMAIL.exec(text);
  if (email) mentor.email = email[0];
  const name = mentorName(text);
  if (name) mentor.name = name;
  if (!mentor.handle) {
    // `Ria Bhatia (rbitia)`: a lone handle-like word in parentheses is probably a handle without `@`.
    const paren = /\(\s*([A-Za-z0-9][A-Za-z0-9-]{0,38})\s*[,)]/.exec(text);
    if (paren && !EMAIL.test(paren[1])) {
      mentor.unmarkedHandle = paren[1];
      const at = paren.index + paren[0].indexOf(paren[1]);
      mentor.handleRange = lines.rangeOf(offset + at, offset + at + paren[1].length);
    }
  }
  return mentor.handle || mentor.name || mentor.email || mentor.otherProfile ? mentor : undefined;
}

/** The words before the first handle, link, parenthesis or URL: `Jane Doe` in `Jane Doe (@jd)`. */
function mentorName(full: string): string | undefined {
  const text = full.replace(new RegExp(EMAIL.source, 'g'), ' ').replace(new RegExp(OBFUSCATED_EMAIL.source, 'gi'), ' ');
  const cut = text.search(/[(@<]|\[@|https?:|\s-\s/);
  let name = (cut === -1 ? text : text.slice(0, cut)).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  name = name.replace(/[[\]*_`]/g, '').replace(/\s+/g, ' ').trim();
  if (!name && text.startsWith('(')) {
    // `(Lior Lieberman, @LiorLieberman)`: the name sits inside the parentheses.
    name = text.slice(1).split(/[,@)]/)[0].trim();
  }
  return /[\p{L}]/u.test(name) ? name : undefined;
}

/** How many parentheses are open at `index`. */
function depthAt(text: string, index: number): number {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth > 0) depth--;
  }
  return depth;
}
