import type { List, Root, RootContent } from 'mdast';
import { openAtEnd, splitChunks } from './chunks';
import { copyTree, parseMarkdown, rootOf, shiftPositions } from './markdown';
import { work } from '../text/work';

/**
 * An unindented bullet item that opens with text, a link or bold: it ends any open block but a
 * fence or HTML block. Content that could open another block (a nested list, code, HTML) is
 * read differently after a paragraph, so such an item is never a place to cut.
 */
const BULLET_ITEM = /^[-*+] {1,4}(?:[\p{L}[(!"']|\*\*|__|\d(?!\d{0,8}[.)]))/u;
/** `* **` is a thematic break, not an item. */
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

const isBulletItem = (line: string) => BULLET_ITEM.test(line) && !THEMATIC_BREAK.test(line);

/**
 * Parses one long section list item by item. micromark closes each list by copying every event
 * before it, so a table of contents of a hundred nested links costs the square of its lists; cut
 * before each top-level bullet item, the section reparses only the piece a keystroke touched.
 * The pieces' lists are joined back into the list a whole parse gives, so the tree is the same.
 */
export class ListPieceParser {
  /** Each piece's tree, in its own positions, and whether it leaves a block open; copies are shifted into the section. */
  private cache = new Map<string, { tree: Root; open: boolean }>();

  parse(text: string): Root {
    const pieces = splitChunks(text, isBulletItem);
    if (pieces.length < 2) return parseMarkdown(text);
    const kept = new Map<string, { tree: Root; open: boolean }>();
    const children: RootContent[] = [];
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i];
      const parsed = this.cache.get(piece.text) ?? kept.get(piece.text) ?? parsedPiece(piece.text);
      kept.set(piece.text, parsed);
      // A fence or HTML block that runs on past the item: the section is parsed whole.
      if (i + 1 < pieces.length && parsed.open) return parseMarkdown(text);
      const copy = copyTree(parsed.tree);
      shiftPositions(copy, piece.offset, piece.line);
      const [first, ...rest] = copy.children;
      const last = children.at(-1);
      if (first?.type === 'list' && last?.type === 'list' && continues(last, first, text)) join(last, first, text);
      else if (first) children.push(first);
      children.push(...rest);
    }
    this.cache = kept;
    return rootOf(children, text);
  }
}

function parsedPiece(text: string): { tree: Root; open: boolean } {
  const tree = parseMarkdown(text);
  return { tree, open: openAtEnd(tree, 0, text) };
}

/** An item at the margin continues the list before it when both are bullet lists of the same marker. */
function continues(list: List, next: List, text: string): boolean {
  if (list.ordered || next.ordered) return false;
  const marker = (node: List) => {
    let at = node.position!.start.offset!;
    while (text[at] === ' ' || text[at] === '\t') at++;
    return text[at];
  };
  return marker(list) === marker(next);
}

/**
 * Appends `next`'s items to `list`, a copy made for this parse: blank lines between their items
 * make it loose, as they would in one parse. In place, for a list of thousands of pieces would
 * otherwise be copied once for each.
 */
function join(list: List, next: List, text: string): void {
  const between = text.slice(list.children.at(-1)!.position!.end.offset, next.children[0].position!.start.offset);
  work(between.length + next.children.length);
  list.spread = list.spread || next.spread || /\n[ \t]*(?:\r?\n|\r)/.test(between);
  for (const item of next.children) list.children.push(item);
  list.position = { start: list.position!.start, end: next.position!.end };
}
