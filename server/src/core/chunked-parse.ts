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

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks of kinds 1-5 run past blank lines, up to their own end marker. */
const HTML_OPENERS: [RegExp, RegExp][] = [
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** A link reference definition may serve a link in another chunk: such texts are parsed whole. */
const DEFINITION = /^ {0,3}\[[^\]]+\]:/m;

/**
 * Splits `text` before each ATX heading that surely starts a block at the top level: not inside
 * a fenced code block or an HTML block that runs past blank lines. A heading closes every other
 * open block, so the chunks parse to the same trees as the whole text, piece by piece. Where it
 * is unsure (a fence that may sit in a list item), it does not split: fewer chunks, same trees.
 */
export function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let startLine = 0;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let line = 0;
  for (let at = 0; at < text.length; line++) {
    const eol = text.indexOf('\n', at);
    const next = eol === -1 ? text.length : eol + 1;
    const content = text.slice(at, eol === -1 ? text.length : eol);
    if (fence) {
      const close = FENCE.exec(content);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && content.slice(close[0].length).trim() === '') fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(content)) htmlEnd = undefined;
    } else if (ATX_HEADING.test(content) && at > start) {
      chunks.push({ text: text.slice(start, at), offset: start, line: startLine });
      start = at;
      startLine = line;
    } else {
      const open = FENCE.exec(content);
      if (open && !(open[1][0] === '`' && content.slice(open[0].length).includes('`'))) fence = open[1];
      const html = HTML_OPENERS.find(([opener]) => opener.test(content));
      if (html && !html[1].test(content.slice(content.indexOf('<') + 2))) htmlEnd = html[1];
    }
    at = next;
  }
  chunks.push({ text: text.slice(start), offset: start, line: startLine });
  return chunks;
}

/**
 * Parses a document that changes a little at a time: chunks whose text is unchanged keep their
 * tree (moved to their new place), so a keystroke reparses only the section it touched. The
 * result equals `parseMarkdown(text)`; one instance serves one document.
 */
export class ChunkedParser {
  private cache = new Map<string, Parsed[]>();

  parse(text: string): Root {
    if (text.length === 0 || text.charCodeAt(0) === 0xfeff || DEFINITION.test(text)) return parseMarkdown(text);
    const kept = new Map<string, Parsed[]>();
    const children: RootContent[] = [];
    for (const chunk of splitChunks(text)) {
      const parsed = this.cache.get(chunk.text)?.pop() ?? { tree: parseMarkdown(chunk.text), offset: 0, line: 0 };
      move(parsed, chunk.offset, chunk.line);
      kept.set(chunk.text, [...(kept.get(chunk.text) ?? []), parsed]);
      children.push(...parsed.tree.children);
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
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  parsed.offset = offset;
  parsed.line = line;
}
