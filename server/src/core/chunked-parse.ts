import type { Nodes, Root, RootContent } from 'mdast';
import { parseMarkdown } from './parse';

/** A piece of the text that starts at a line where block structure starts afresh. */
interface Chunk {
  text: string;
  offset: number;
  /** 0-based line of its first character. */
  line: number;
}

/** A chunk's tree and where its positions currently put it. */
interface Parsed {
  tree: Root;
  offset: number;
  line: number;
}

/** Only at the margin: an indented heading may belong to the list item above it. */
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
/** A link reference definition, in any container, may serve a link in another chunk: such texts are parsed whole. */
const DEFINITION = /^[ \t>*+\-\d.)]*\[[^\]]+\]:/m;
/** List or quote markers and indentation before a line's own block. */
const CONTAINERS = String.raw`^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*`;
const FENCE = '(`{3,}|~{3,})';
const OPENING_FENCE = new RegExp(CONTAINERS + FENCE);
const CLOSING_FENCE = new RegExp(CONTAINERS + FENCE + String.raw`[ \t]*$`);
/** An HTML comment left open on its line: headings inside it are text. */
const OPENING_COMMENT = new RegExp(CONTAINERS + String.raw`<!--(?![\s\S]*-->)`);

/** Whether `line` closes a fence that opened with `marker` (the same character, at least as many). */
function closesFence(line: string, marker: string): boolean {
  const closing = CLOSING_FENCE.exec(line);
  return closing !== null && closing[1][0] === marker[0] && closing[1].length >= marker.length;
}

/**
 * Splits `text` before every unindented ATX heading line, except inside what looks like a
 * fenced code block or an HTML comment: ideas lists keep their Template in a fence, headings and
 * all. The look is a cheap guess; `ChunkedParser` checks every chunk's end against its tree.
 */
export function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let startLine = 0;
  let line = 0;
  let fence: string | undefined; // the opening fence's marker while one is open
  let comment = false;
  for (let at = 0; at < text.length; line++) {
    const eol = text.indexOf('\n', at);
    const next = eol === -1 ? text.length : eol + 1;
    const content = text.slice(at, next).replace(/\r?\n$/, '');
    if (fence !== undefined) {
      if (closesFence(content, fence)) fence = undefined;
    } else if (comment) {
      comment = !content.includes('-->');
    } else {
      if (at > start && ATX_HEADING.test(content.slice(0, 8))) {
        chunks.push({ text: text.slice(start, at), offset: start, line: startLine });
        start = at;
        startLine = line;
      }
      const opening = OPENING_FENCE.exec(content);
      // A backtick fence's info string holds no backtick; otherwise the line is inline code.
      if (opening && !(opening[1][0] === '`' && content.slice(opening[0].length).includes('`'))) fence = opening[1];
      else comment = OPENING_COMMENT.test(content);
    }
    at = next;
  }
  chunks.push({ text: text.slice(start), offset: start, line: startLine });
  return chunks;
}

/**
 * Whether a block that does not end at a heading is still open at the end of the chunk: a fenced
 * code block without its closing fence, or an HTML block other than a closed comment (which runs
 * to a blank line or its own end marker). Any other block is closed by the ATX heading that starts the next chunk, so the
 * chunk then parses to the same tree as the same lines inside the whole text.
 */
function openAtEnd({ tree, offset }: Parsed, text: string): boolean {
  // Positions in a cached tree are those of its last place in the document.
  const end = text.trimEnd().length + offset;
  for (let node: Nodes | undefined = tree; node; node = 'children' in node ? (node.children.at(-1) as Nodes | undefined) : undefined) {
    if ((node.position?.end.offset ?? 0) < end) return false;
    // A comment's block ends at its `-->`; any other HTML block may run on past the heading.
    if (node.type === 'html') return !/^<!--[\s\S]*-->/.test(node.value);
    if (node.type === 'code') {
      const source = text.slice(node.position!.start.offset! - offset, node.position!.end.offset! - offset);
      const opening = OPENING_FENCE.exec(source);
      if (!opening) return false; // indented code ends at a line with less indentation
      const lines = source.split(/\r\n|\r|\n/);
      return !(lines.length > 1 && closesFence(lines.at(-1)!, opening[1]));
    }
  }
  return false;
}

/**
 * Parses a document that changes a little at a time: chunks whose text is unchanged keep their
 * tree (moved to their new place), so a keystroke reparses only the section it touched. The
 * result equals `parseMarkdown(text)`; one instance serves one document.
 */
export class ChunkedParser {
  private cache = new Map<string, Parsed[]>();

  /** A cached tree for this text, or a new parse of it. */
  private take(text: string): Parsed {
    return this.cache.get(text)?.pop() ?? { tree: parseMarkdown(text), offset: 0, line: 0 };
  }

  parse(text: string): Root {
    // Rare texts are parsed whole: a byte-order mark, link definitions, and lone "\r" line breaks
    // (chunks are cut and counted at "\n").
    if (text.length === 0 || text.charCodeAt(0) === 0xfeff || DEFINITION.test(text) || /\r(?!\n)/.test(text)) return parseMarkdown(text);
    const kept = new Map<string, Parsed[]>();
    const children: RootContent[] = [];
    const chunks = splitChunks(text);
    for (let i = 0; i < chunks.length; i++) {
      let chunk = chunks[i];
      let parsed = this.take(chunk.text);
      if (openAtEnd(parsed, chunk.text) && i + 1 < chunks.length) {
        // A fence or HTML block runs on past the heading: the rest of the text is one chunk.
        keep(kept, chunk.text, parsed);
        chunk = { text: text.slice(chunk.offset), offset: chunk.offset, line: chunk.line };
        parsed = this.take(chunk.text);
        i = chunks.length;
      }
      move(parsed, chunk.offset, chunk.line);
      keep(kept, chunk.text, parsed);
      for (const child of parsed.tree.children) children.push(child);
    }
    this.cache = kept;
    const lines = text.split(/\r\n|\r|\n/);
    return {
      type: 'root',
      children,
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: lines.at(-1)!.length + 1, offset: text.length } },
    };
  }
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
