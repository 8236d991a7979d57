import type { Nodes, Root } from 'mdast';
import { trimEndOffset } from '../text/offsets';

/** A piece of the text that starts at a line where block structure starts afresh. */
export interface Chunk {
  text: string;
  offset: number;
  /** 0-based line of its first character. */
  line: number;
}

/** Only at the margin: an indented heading may belong to the list item above it. */
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
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

const isHeadingLine = (line: string) => ATX_HEADING.test(line.slice(0, 8));

/**
 * Splits `text` before every line that `startsChunk` accepts (by default an unindented ATX
 * heading), except inside what looks like a fenced code block or an HTML comment: ideas lists keep
 * their Template in a fence, headings and all. The look is a cheap guess; the parsers check every
 * chunk's end against its tree (`openAtEnd`).
 */
export function splitChunks(text: string, startsChunk: (line: string) => boolean = isHeadingLine): Chunk[] {
  return splitRegion(text, 0, text.length, 0, startsChunk).chunks;
}

/**
 * `splitChunks` of `text[from, to)`, a run of whole lines whose first is line `line` and starts a
 * chunk; `closed` says no fence or comment is left open at `to`, `endLine` is the line of `to`.
 */
export function splitRegion(
  text: string,
  from: number,
  to: number,
  line: number,
  startsChunk: (line: string) => boolean = isHeadingLine,
): { chunks: Chunk[]; closed: boolean; endLine: number } {
  const chunks: Chunk[] = [];
  let start = from;
  let startLine = line;
  let fence: string | undefined; // the opening fence's marker while one is open
  let comment = false;
  for (let at = from; at < to; line++) {
    const eol = text.indexOf('\n', at);
    const next = eol === -1 || eol >= to ? to : eol + 1;
    const content = text.slice(at, next).replace(/\r?\n$/, '');
    if (fence !== undefined) {
      if (closesFence(content, fence)) fence = undefined;
    } else if (comment) {
      comment = !content.includes('-->');
    } else {
      if (at > start && startsChunk(content)) {
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
  if (to > start || chunks.length === 0) chunks.push({ text: text.slice(start, to), offset: start, line: startLine });
  return { chunks, closed: fence === undefined && !comment, endLine: line };
}

/**
 * Whether a block that does not end at a heading is still open at the end of the chunk: a fenced
 * code block without its closing fence, or an HTML block other than a closed comment (which runs
 * to a blank line or its own end marker). Any other block is closed by the ATX heading that starts the next chunk, so the
 * chunk then parses to the same tree as the same lines inside the whole text.
 */
export function openAtEnd(tree: Root, offset: number, text: string): boolean {
  // Positions in a cached tree are those of its last place in the document.
  const end = trimEndOffset(text, text.length) + offset;
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
