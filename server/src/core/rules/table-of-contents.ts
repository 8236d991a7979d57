import type { IdeasDocument } from '../model/types';
import type { Range } from '../text/range';
import type { Fix, Related } from './finding';
import type { Rule, RuleFinding } from './rule';
import { mostCommon } from '../text/most-common';
import { work } from '../text/work';

/** `<!-- TOC -->` opens a table of contents; a generator may add its options (`<!-- TOC depthFrom:2 -->`). */
const OPEN = /^ {0,3}<!--[ \t]*TOC\b[^>]*-->[ \t]*$/;
/** `<!-- /TOC -->` closes it, or `<!-- TOC -->` again (IntelliJ's generator writes the same marker twice). */
const CLOSE = /^ {0,3}<!--[ \t]*\/?TOC[ \t]*-->[ \t]*$/;
/** An entry: `  * [Title](#anchor)`, alone on its line. */
const ENTRY = /^([ \t]*)([*+-][ \t]+)\[(.*)\]\(#([^()\s]*)\)[ \t]*$/;
/** How many titles a message names before it says how many more there are. */
const NAMED = 5;

/**
 * GitHub's anchor for a heading's text (github-slugger): lowercase, everything but letters, marks,
 * digits, `_`, `-` and spaces dropped, each space a `-`. `text` is the heading's text as shown:
 * `plainTitle` of its markdown.
 */
export function githubAnchor(text: string): string {
  const lower = text.toLowerCase();
  // The same for ASCII, many times faster than matching Unicode properties.
  const kept = /^[\x20-\x7e]*$/.test(lower) ? lower.replace(/[^a-z0-9_ -]+/g, '') : lower.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]+/gu, '');
  return kept.replace(/ /g, '-');
}

/** The anchors of headings in document order: a repeated anchor gets `-1`, `-2`… as GitHub gives it. */
export function uniqueAnchors(texts: readonly string[]): string[] {
  const occurrences = new Map<string, number>();
  return texts.map((text) => {
    const base = githubAnchor(text);
    let anchor = base;
    while (occurrences.has(anchor)) {
      const next = occurrences.get(base)! + 1;
      occurrences.set(base, next);
      anchor = `${base}-${next}`;
    }
    occurrences.set(anchor, 0);
    return anchor;
  });
}

/**
 * A heading's markdown as its text shows, which is what GitHub makes its anchor of: code without
 * its backticks, links and images by their text (an image by none), no emphasis marks, escapes or
 * HTML tags. Close enough for headings; it is no markdown parser.
 */
export function plainTitle(markdown: string): string {
  if (!/[`[<_*~\\&]/.test(markdown)) return markdown.trim();
  let text = '';
  let from = 0;
  for (const { start, open, close } of codeSpans(markdown)) {
    const content = markdown.slice(open, close);
    // One space each side of code with more than spaces in it is padding.
    const padded = content.startsWith(' ') && content.endsWith(' ') && /[^ ]/.test(content);
    text += plainInline(markdown.slice(from, start)) + (padded ? content.slice(1, -1) : content);
    from = close + (open - start);
  }
  return (text + plainInline(markdown.slice(from))).trim();
}

interface Run {
  start: number;
  length: number;
}

/**
 * The code spans of `markdown`, as `/(`+)(.*?[^`])\1(?!`)/g` finds them: a run of backticks
 * (or its head, longest first) closed by the next run of exactly as many, on the same line. A hand
 * scan: that pattern tries every head of every run against the rest of the line, which costs the
 * cube of a long run's length. Each run is read twice: right to left, the nearest run of each
 * length after it is known as the runs are passed, so each opener looks up its closer.
 */
function codeSpans(markdown: string): { start: number; open: number; close: number }[] {
  const runs: Run[] = [];
  for (const run of markdown.matchAll(/`+/g)) runs.push({ start: run.index, length: run[0].length });
  work(markdown.length);
  // closer[i]: the run that closes run i (its head as long as the closer), if any.
  const closer: (number | undefined)[] = [];
  const nearest = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const next = runs[i + 1];
    if (next) {
      const gap = markdown.slice(runs[i].start + runs[i].length, next.start);
      // Code stays on its line; the character before a closer may be a line break.
      if (LINE_BREAK.test(gap)) nearest.clear();
      if (!LINE_BREAK.test(gap.slice(0, -1))) nearest.set(next.length, i + 1);
    }
    work(runs[i].length);
    for (let length = runs[i].length; length > 0 && closer[i] === undefined; length--) closer[i] = nearest.get(length);
  }
  const spans: { start: number; open: number; close: number }[] = [];
  for (let i = 0; i < runs.length; i++) {
    const j = closer[i];
    if (j === undefined) continue;
    const { start } = runs[i];
    spans.push({ start, open: start + runs[j].length, close: runs[j].start });
    i = j; // the runs inside the code are its text
  }
  return spans;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/*
 * Patterns tried at every `[`, `<` or `_` of a heading bound what they read, far beyond a real
 * link, tag or emphasis: unbounded, each try could read to the end of the text when nothing closes
 * it, and a heading of many openers would cost the square of its length.
 */
function plainInline(markdown: string): string {
  work(markdown.length);
  return linkless(markdown.replace(/!\[[^\]]{0,1000}\]\([^)]{0,2000}\)/g, ''))
    .replace(/<((?:https?|mailto):[^>\s]{0,2000})>/gi, '$1')
    .replace(/<\/?[A-Za-z][^>]{0,1000}>/g, '')
    .replace(/(^|[^\p{L}\p{N}_])(_{1,10})(?=\S)(.{0,1000}?\S)\2(?![\p{L}\p{N}_])/gu, '$1$3')
    .replace(/[*~]+/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&(?:(amp|lt|gt|quot|apos|nbsp)|#(\d+)|#x([0-9a-f]+));/gi, (_, name: string, dec: string, hex: string) =>
      name ? ENTITIES[name.toLowerCase()] : character(dec ? Number(dec) : parseInt(hex, 16)),
    );
}

/** A numeric character reference as CommonMark reads it: no character, a surrogate or past U+10FFFF is U+FFFD. */
const character = (code: number): string => (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code));

/** Links by their text: what an entry of the table shows for a heading that is a link (`#### [kpt](https://kpt.dev/)`). */
const linkless = (markdown: string) => markdown.replace(/\[([^\]]{0,1000})\](?:\([^)]{0,2000}\)|\[[^\]]{0,1000}\])/g, '$1');

/** How titles are compared: as shown (`plainTitle`), spacing and case aside. */
const keyOf = (plain: string) => (/\s\s|[^\S ]/.test(plain) ? plain.replace(/\s+/g, ' ') : plain).toLowerCase();

interface Toc {
  /** The lines of its two markers. */
  open: number;
  close: number;
}

interface Entry {
  line: number;
  indent: string;
  /** The bullet and the space after it. */
  bullet: string;
  title: string;
  anchor: string;
}

export const tableOfContents: Rule = {
  id: 'table-of-contents',
  defaultSeverity: 'warning',
  description: 'A table of contents between `<!-- TOC -->` markers that misses a project or idea, lists a heading that is gone, or links to an anchor no heading has.',
  // Renaming a heading anywhere changes what the table should list: heading lines (setext
  // underlines too) are read as well as the markers, and an edit that changes neither is not.
  lines: /<!--[ \t]*\/?TOC\b|^ {0,3}(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)/m,
  check(doc) {
    const tocs = tablesOfContents(doc);
    if (tocs.length === 0) return [];
    const titles = doc.headings.map((heading) => plainTitle(heading.title));
    const anchors = uniqueAnchors(titles);
    return tocs.flatMap((toc) => judge(doc, toc, titles, anchors));
  },
};

/** The tables of contents outside code, each between an opening and a closing marker. */
function tablesOfContents(doc: IdeasDocument): Toc[] {
  const tocs: Toc[] = [];
  let open: number | undefined;
  const inCode = codeLines(doc);
  // Every line with "TOC" in it, looked at whole: indexOf is many times faster than a regular expression.
  for (let at = doc.text.indexOf('TOC'); at !== -1; ) {
    const line = doc.lines.positionAt(at).line;
    const end = doc.lines.lineEnd(line);
    at = doc.text.indexOf('TOC', end);
    if (inCode(line)) continue;
    const text = doc.lines.lineText(line);
    if (open === undefined && OPEN.test(text)) open = line;
    else if (open !== undefined && CLOSE.test(text)) {
      tocs.push({ open, close: line });
      open = undefined;
    }
  }
  return tocs;
}

/**
 * Whether a line lies in a code block, for lines asked in rising order: the blocks (in document
 * order) are passed once, not searched again for each line.
 */
function codeLines(doc: IdeasDocument): (line: number) => boolean {
  let k = 0;
  return (line) => {
    const from = k;
    while (k < doc.codeBlocks.length && doc.codeBlocks[k].range.end.line < line) k++;
    work(k - from + 1);
    return k < doc.codeBlocks.length && line >= doc.codeBlocks[k].range.start.line;
  };
}

/**
 * A table's findings: one for the headings it misses, on its opening marker, naming them as
 * related places; one for each entry whose heading is gone, and for each that links elsewhere
 * than its heading. Each carries the one fix that regenerates the table.
 */
function judge(doc: IdeasDocument, toc: Toc, titles: string[], anchors: string[]): RuleFinding[] {
  const { headings } = doc;
  const entries: Entry[] = [];
  // A line that is neither an entry nor blank would be lost by regenerating the table.
  let other = false;
  for (let line = toc.open + 1; line < toc.close; line++) {
    const text = doc.lines.lineText(line);
    const entry = ENTRY.exec(text);
    if (entry) entries.push({ line, indent: entry[1], bullet: entry[2], title: entry[3], anchor: entry[4] });
    else if (text.trim() !== '') other = true;
  }

  const byAnchor = new Map(anchors.map((anchor, i) => [anchor, i]));
  const keys = titles.map(keyOf);
  const byTitle = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const same = byTitle.get(key);
    if (same) same.push(i);
    else byTitle.set(key, [i]);
  });
  // Each heading an entry stands for, by its link or else by its title.
  const listed = new Map<number, Entry>();
  const firstFree = unlistedOf(byTitle, listed);
  const stale: Entry[] = [];
  const misdirected: { entry: Entry; heading: number }[] = [];
  for (const entry of entries) {
    // GitHub finds an anchor whatever its case.
    const hit = byAnchor.get(decoded(entry.anchor).toLowerCase());
    const key = keyOf(plainTitle(entry.title));
    const free = firstFree(key);
    if (hit !== undefined && !listed.has(hit) && (free === undefined || keys[hit] === key)) listed.set(hit, entry);
    else if (free !== undefined) {
      listed.set(free, entry);
      misdirected.push({ entry, heading: free });
    } else stale.push(entry);
  }

  // The levels the table lists are those of the headings its entries stand for; an empty table lists projects and ideas.
  const depths = new Set([...listed.keys()].map((i) => headings[i].depth));
  if (depths.size === 0) for (const depth of [doc.projectDepth, doc.ideaDepth]) if (depth !== undefined) depths.add(depth);
  const outline = outlineLines(doc);
  const missing = headings.flatMap((heading, i) =>
    !listed.has(i) && depths.has(heading.depth) && outline.has(heading.range.start.line) && titles[i] !== '' ? [i] : [],
  );
  if (missing.length === 0 && stale.length === 0 && misdirected.length === 0) return [];

  const fixes = other ? [] : [regenerated(doc, toc, entries, listed, missing, anchors)];
  const findings: RuleFinding[] = [];
  if (missing.length > 0) {
    const related: Related[] = missing.map((i) => ({ range: headings[i].range, message: `the heading "${headings[i].title}"` }));
    const shown = missing.map((i) => quoted(headings[i].title));
    findings.push({ message: `The table of contents misses ${count(missing.length, 'heading', 'headings')}: ${listing(shown)}.`, range: lineRange(doc, toc.open, toc.open), related, fixes });
  }
  for (const entry of stale) {
    const message = byTitle.has(keyOf(plainTitle(entry.title)))
      ? `The table of contents lists "${entry.title}" a second time.`
      : `The table of contents lists "${entry.title}", which no heading is titled any more.`;
    findings.push({ message, range: lineRange(doc, entry.line, entry.line), fixes });
  }
  for (const { entry, heading } of misdirected) {
    findings.push({ message: `The table of contents links "${entry.title}" to #${entry.anchor}, not to its heading (#${anchors[heading]}).`, range: lineRange(doc, entry.line, entry.line), fixes });
  }
  return findings;
}

/**
 * The first heading of a title that no entry stands for yet. Headings are only ever added to
 * `listed`, so each title's headings are passed once: a table of many entries of one title, under
 * as many headings of it, is not read again for each entry.
 */
function unlistedOf(byTitle: Map<string, number[]>, listed: Map<number, Entry>): (key: string) => number | undefined {
  const passed = new Map<string, number>();
  return (key) => {
    const titled = byTitle.get(key) ?? [];
    let k = passed.get(key) ?? 0;
    const from = k;
    while (k < titled.length && listed.has(titled[k])) k++;
    work(k - from + 1);
    passed.set(key, k);
    return titled[k];
  };
}

/** The lines of the headings the table should list: projects, the ideas and the groups between. */
function outlineLines(doc: IdeasDocument): Set<number> {
  const lines = new Set<number>();
  for (const project of doc.projects) lines.add(project.heading.range.start.line);
  for (const idea of doc.ideas) {
    lines.add(idea.heading.range.start.line);
    if (idea.group) lines.add(idea.group.range.start.line);
  }
  return lines;
}

/**
 * The whole table again, in the headings' order, in its own style: its bullet, each level's
 * indent, an entry's own title where it stands for its heading. One edit, between the markers.
 */
function regenerated(doc: IdeasDocument, toc: Toc, entries: Entry[], listed: Map<number, Entry>, missing: number[], anchors: string[]): Fix {
  const { headings } = doc;
  const bullet = mostCommon(entries.map((entry) => entry.bullet)) ?? '- ';
  const depths = [...new Set([...listed.keys(), ...missing].map((i) => headings[i].depth))].sort((a, b) => a - b);
  const indents = new Map(depths.map((depth, rank) => [depth, mostCommon([...listed].filter(([i]) => headings[i].depth === depth).map(([, entry]) => entry.indent)) ?? '  '.repeat(rank)]));
  const lines = [...listed.keys(), ...missing]
    .sort((a, b) => a - b)
    .map((i) => `${indents.get(headings[i].depth)}${bullet}[${listed.get(i)?.title ?? linkless(headings[i].title).trim()}](#${anchors[i]})${doc.eol}`);
  const start = doc.lines.lineStart(toc.open + 1);
  return { title: 'Regenerate the table of contents', edits: [{ range: doc.lines.rangeOf(start, doc.lines.lineStart(toc.close)), newText: lines.join('') }] };
}

function decoded(anchor: string): string {
  if (!anchor.includes('%')) return anchor;
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}


const lineRange = (doc: IdeasDocument, from: number, to: number): Range => doc.lines.rangeOf(doc.lines.lineStart(from), doc.lines.lineEnd(to));
const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);
const quoted = (title: string) => `"${title}"`;
const listing = (list: string[]) => (list.length <= NAMED ? list.join(', ') : `${list.slice(0, NAMED).join(', ')} and ${list.length - NAMED} more`);
