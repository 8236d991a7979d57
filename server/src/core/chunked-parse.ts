import type { Nodes, Root, RootContent } from 'mdast';
import { openAtEnd, splitChunks } from './chunks';
import { ListPieceParser } from './list-pieces';
import { parseMarkdown, rootOf } from './parse';

/** A chunk's tree and where its positions currently put it. */
export interface Parsed {
  tree: Root;
  offset: number;
  line: number;
}

/**
 * A piece of the document and its tree. `parsed` stays the same object while the piece's text is
 * unchanged, wherever edits move it; its positions are those of its last placing, until `place`
 * moves them to `offset` and `line`. Work done on a section's tree can be kept by `parsed`.
 */
export interface Section {
  text: string;
  offset: number;
  /** 0-based line of its first character. */
  line: number;
  parsed: Parsed;
}

/** The tree of a section, its positions moved to where the section now is. */
export function place(section: Section): Root {
  move(section.parsed, section.offset, section.line);
  return section.parsed.tree;
}

/** A whole document's tree as one section. */
export function wholeSection(text: string, tree: Root): Section {
  return { text, offset: 0, line: 0, parsed: { tree, offset: 0, line: 0 } };
}

/** A link reference definition, in any container, may serve a link in another chunk: such texts are parsed whole. */
const DEFINITION = /^[ \t>*+\-\d.)]*\[[^\]]+\]:/m;

/** Sections longer than this are parsed list item by list item (a table of contents is one list). */
const LONG_SECTION = 4096;

/**
 * Parses a document that changes a little at a time: chunks whose text is unchanged keep their
 * tree (moved to their new place), so a keystroke reparses only the section it touched, and only
 * the list item it touched in a long section. The result equals `parseMarkdown(text)`; one
 * instance serves one document.
 */
export class ChunkedParser {
  private cache = new Map<string, Parsed[]>();
  private readonly pieces = new ListPieceParser();

  /** `longSection`: the length from which a section is parsed item by item (tests lower it). */
  constructor(private readonly longSection = LONG_SECTION) {}

  /** A cached tree for this text, or a new parse of it. */
  private take(text: string): Parsed {
    const cached = this.cache.get(text)?.pop();
    if (cached) return cached;
    return { tree: text.length >= this.longSection ? this.pieces.parse(text) : parseMarkdown(text), offset: 0, line: 0 };
  }

  /**
   * The document's sections, their trees unplaced: a keystroke's caller moves only the trees it
   * reads again, instead of every tree below the edit.
   */
  sections(text: string): Section[] {
    if (parsedWhole(text)) return [wholeSection(text, parseMarkdown(text))];
    const kept = new Map<string, Parsed[]>();
    const sections: Section[] = [];
    const chunks = splitChunks(text);
    for (let i = 0; i < chunks.length; i++) {
      let chunk = chunks[i];
      let parsed = this.take(chunk.text);
      if (openAtEnd(parsed.tree, parsed.offset, chunk.text) && i + 1 < chunks.length) {
        // A fence or HTML block runs on past the heading: the rest of the text is one chunk.
        keep(kept, chunk.text, parsed);
        chunk = { text: text.slice(chunk.offset), offset: chunk.offset, line: chunk.line };
        parsed = this.take(chunk.text);
        i = chunks.length;
      }
      keep(kept, chunk.text, parsed);
      sections.push({ ...chunk, parsed });
    }
    this.cache = kept;
    return sections;
  }

  parse(text: string): Root {
    if (parsedWhole(text)) return parseMarkdown(text);
    const children: RootContent[] = [];
    for (const section of this.sections(text)) for (const child of place(section).children) children.push(child);
    return rootOf(children, text);
  }
}

/**
 * Rare texts are parsed whole: a byte-order mark, link definitions, and lone "\r" line breaks
 * (chunks are cut and counted at "\n").
 */
function parsedWhole(text: string): boolean {
  return text.length === 0 || text.charCodeAt(0) === 0xfeff || DEFINITION.test(text) || /\r(?!\n)/.test(text);
}

function keep(kept: Map<string, Parsed[]>, text: string, parsed: Parsed): void {
  const same = kept.get(text);
  if (same) same.push(parsed);
  else kept.set(text, [parsed]);
}

/**
 * `parseMarkdown` section by section: the same tree, but micromark closes every list by copying
 * all the events before it, which makes a whole parse quadratic in the number of lists.
 */
export function parseInChunks(text: string): Root {
  return new ChunkedParser().parse(text);
}

/** Shifts every position in a chunk's tree to the chunk's new offset and line. */
function move(parsed: Parsed, offset: number, line: number): void {
  const byOffset = offset - parsed.offset;
  const byLine = line - parsed.line;
  if (byOffset === 0 && byLine === 0) return;
  const stack: Nodes[] = [parsed.tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      node.position.start.line += byLine;
      node.position.end.line += byLine;
      if (node.position.start.offset !== undefined) node.position.start.offset += byOffset;
      if (node.position.end.offset !== undefined) node.position.end.offset += byOffset;
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  parsed.offset = offset;
  parsed.line = line;
}
