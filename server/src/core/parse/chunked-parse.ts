import type { Root, RootContent } from 'mdast';
import { openAtEnd, splitChunks, splitRegion, type Chunk } from './chunks';
import { parseJointly } from './joint-parse';
import { place, wholeSection, type Parsed, type Run, type Section } from './section';
import { ListPieceParser } from './list-pieces';
import { ownedCopy } from '../text/owned';
import { parseMarkdown, rootOf } from './markdown';

/** A link reference definition, in any container, may serve a link in another chunk: such texts are parsed whole. */
const DEFINITION = /^[ \t>*+\-\d.)]*\[[^\]]+\]:/m;

/** Sections longer than this are parsed list item by list item (a table of contents is one list). */
const LONG_SECTION = 4096;

/** Trees of earlier sections that may serve again, by their text. */
type Pool = Map<string, Parsed[]>;

/**
 * Parses a document that changes a little at a time: chunks whose text is unchanged keep their
 * tree (moved to their new place), so a keystroke reparses only the section it touched, and only
 * the list item it touched in a long section. The result equals `parseMarkdown(text)`; one
 * instance serves one document.
 */
export class ChunkedParser {
  /** The sections of the last text, unless it was parsed whole. */
  private last: { sections: Section[]; text: string } | undefined;
  private readonly pieces = new ListPieceParser();
  /** Trees that `prepare` made ahead for the next `sections` call, by text; used or dropped by it. */
  private readonly prepared: Pool = new Map();
  /** After `sections`: the run of sections it split anew, undefined when it split the whole text. */
  run: Run | undefined;

  /** `longSection`: the length from which a section is parsed item by item (tests lower it). */
  constructor(private readonly longSection = LONG_SECTION) {}

  /**
   * The document's sections, their trees unplaced: a keystroke's caller moves only the trees it
   * reads again, instead of every tree below the edit. When the whole text is split anew, `read`
   * gets each section as soon as its tree is made.
   */
  sections(text: string, read?: (section: Section) => void): Section[] {
    this.run = undefined;
    const sections = this.resplit(text) ?? this.split(text, read);
    this.prepared.clear();
    this.last = sections && { sections, text };
    return sections ?? [wholeSection(text, parseMarkdown(text))];
  }

  /**
   * Parses the sections of `text` ahead of the `sections` call that will need them, one section
   * per step, so that a caller can share the thread between steps (a server answers other
   * documents meanwhile) and stop when the text is outdated: the trees made so far still serve a
   * later text that holds the same sections. A text parsed whole is parsed by `sections`.
   */
  *prepare(text: string): Generator<void, void> {
    if (parsedWhole(text)) return;
    const last = this.last?.sections ?? [];
    // The last text's trees are in `sections`' own pool: only new ones are kept here, so no tree serves twice.
    const lastTrees = new Set(last.map((section) => section.parsed));
    for (const section of this.withTrees(poolOf(last), splitChunks(text).map(owned))) {
      if (lastTrees.has(section.parsed)) continue;
      const same = this.prepared.get(section.text);
      if (same) same.push(section.parsed);
      else this.prepared.set(section.text, [section.parsed]);
      // A fence or HTML block that runs past its heading makes the rest one chunk: `sections` parses it.
      if (section.parsed.open) return;
      yield;
    }
  }

  parse(text: string): Root {
    const sections = this.sections(text);
    if (this.last === undefined) return place(sections[0]);
    const children: RootContent[] = [];
    for (const section of sections) for (const child of place(section).children) children.push(child);
    return rootOf(children, text);
  }

  /**
   * Every section afresh, reusing the trees of the last text's sections; undefined for a text
   * parsed whole. `read` gets each section as soon as its tree is made, so that a first parse can
   * let each tree go before the next is made rather than hold them all.
   */
  private split(text: string, read?: (section: Section) => void): Section[] | undefined {
    if (parsedWhole(text)) return undefined;
    const pool = poolOf(this.last?.sections ?? []);
    const chunks = splitChunks(text).map(owned);
    const sections: Section[] = [];
    for (const section of this.withTrees(pool, chunks)) {
      if (section.parsed.open && sections.length + 1 < chunks.length) {
        // A fence or HTML block runs on past the heading: the rest of the text is one chunk.
        const chunk = owned({ text: text.slice(section.offset), offset: section.offset, line: section.line });
        const rest = { ...chunk, parsed: this.take(pool, chunk.text) };
        sections.push(rest);
        read?.(rest);
        break;
      }
      sections.push(section);
      read?.(section);
    }
    return sections;
  }

  /**
   * The sections after an edit, when the last text's sections before and after the edited run of
   * them are still there (compared, not split or hashed again): only that run is split again. Undefined when that cannot be shown and `split` must do it all.
   */
  private resplit(text: string): Section[] | undefined {
    if (!this.last || this.last.sections.length < 3 || text.length === 0) return undefined;
    const old = this.last.sections;
    const delta = text.length - this.last.text.length;
    let first = 0;
    while (first < old.length && holds(text, old[first].text, old[first].offset)) first++;
    // The section before the first changed one is split again too: its next heading may be gone.
    // Its first line must be whole, for that line to start a section as it did.
    const from = Math.max(0, first - 1);
    if (from > 0 && !old[from].text.includes('\n')) return undefined;
    let after = old.length;
    // Most edits stay in one section: one comparison of all the text after it, not one per section.
    const next = old[first + 1]?.offset;
    if (next !== undefined && next + delta >= 0 && text.slice(next + delta) === this.last.text.slice(next)) after = first + 1;
    while (after - 1 > from && holds(text, old[after - 1].text, old[after - 1].offset + delta)) after--;
    const start = old[from].offset;
    const end = after < old.length ? old[after].offset + delta : text.length;
    // Sections kept before and after must not overlap, and the first kept after must still start a
    // line: the edit may have joined it to the one before.
    if (end < start || (after < old.length && text.charCodeAt(end - 1) !== 10)) return undefined;
    // The rest of the text was not one to parse whole; the edited run must not be one either.
    if (parsedWhole(text.slice(start, end))) return undefined;
    const region = splitRegion(text, start, end, old[from].line);
    if (!region.closed) return undefined;
    const pool = poolOf(old.slice(from, after));
    const middle = [...this.withTrees(pool, region.chunks.map(owned))];
    // A fence or HTML block open at the end of a chunk runs on into the next: `split` handles that.
    if (middle.some((section, i) => section.parsed.open && (i + 1 < middle.length || after < old.length))) return undefined;
    const lines = region.endLine - (after < old.length ? old[after].line : 0);
    // Written out rather than spread: this runs for every section below the edit.
    const moved = old.slice(after).map(({ text, offset, line, parsed }) => ({ text, offset: offset + delta, line: line + lines, parsed }));
    this.run = { from, to: from + middle.length, replaced: after - from };
    return [...old.slice(0, from), ...middle, ...moved];
  }

  /** Each chunk with its tree, in order, parsed as the caller comes to it. */
  private *withTrees(pool: Pool, chunks: Chunk[]): Generator<Section> {
    for (let i = 0; i < chunks.length; ) for (const parsed of this.takeNext(pool, chunks, i)) yield { ...chunks[i++], parsed };
  }

  /**
   * The trees of `chunks` from `from` on, at least one: from the pool, or a run of new short
   * chunks, no longer together than a long section, parsed in one call.
   */
  private takeNext(pool: Pool, chunks: Chunk[], from: number): Parsed[] {
    let to = from;
    for (let length = 0; to < chunks.length && !this.pooled(pool, chunks[to].text) && length + chunks[to].text.length < this.longSection; to++) length += chunks[to].text.length;
    if (to - from < 2) return [this.take(pool, chunks[from].text)];
    const run = chunks.slice(from, to);
    return parseJointly(run) ?? run.map((chunk) => this.take(pool, chunk.text));
  }

  /** Whether a tree for this text is kept, in the pool or made ahead by `prepare`. */
  private pooled(pool: Pool, text: string): boolean {
    return Boolean(pool.get(text)?.length || this.prepared.get(text)?.length);
  }

  /** A tree from the pool or from those made ahead for this text, or a new parse of it. */
  private take(pool: Pool, text: string): Parsed {
    const kept = pool.get(text)?.pop() ?? this.prepared.get(text)?.pop();
    if (kept) return kept;
    const tree = text.length >= this.longSection ? this.pieces.parse(text) : parseMarkdown(text);
    return { tree, offset: 0, line: 0, open: openAtEnd(tree, 0, text) };
  }
}

/** A chunk whose text is a copy: sections and the strings in their trees outlive many versions of the document. */
function owned(chunk: Chunk): Chunk {
  return { ...chunk, text: ownedCopy(chunk.text) };
}

/** Whether `piece` is in `text` at `at`. A slice compared whole is many times faster than startsWith. */
function holds(text: string, piece: string, at: number): boolean {
  return at >= 0 && text.slice(at, at + piece.length) === piece;
}

/**
 * Rare texts are parsed whole: a byte-order mark, link definitions, and lone "\r" line breaks
 * (chunks are cut and counted at "\n").
 */
function parsedWhole(text: string): boolean {
  return text.length === 0 || text.charCodeAt(0) === 0xfeff || DEFINITION.test(text) || /\r(?!\n)/.test(text);
}

function poolOf(sections: Section[]): Pool {
  const pool: Pool = new Map();
  for (const { text, parsed } of sections) {
    const same = pool.get(text);
    if (same) same.push(parsed);
    else pool.set(text, [parsed]);
  }
  return pool;
}

/**
 * `parseMarkdown` section by section: the same tree, but micromark closes every list by copying
 * all the events before it, which makes a whole parse quadratic in the number of lists.
 */
export function parseInChunks(text: string): Root {
  return new ChunkedParser().parse(text);
}
