import type { Root } from 'mdast';
import { parseMarkdown, shiftPositions } from './markdown';

/** A chunk's tree and where its positions currently put it. */
export interface Parsed {
  /** Undefined once what was needed of it is read (`dropTree`). */
  tree?: Root;
  offset: number;
  line: number;
  /** A fence or HTML block is still open at the end of the chunk's text (`openAtEnd`). */
  open: boolean;
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

/** The tree of a section, its positions moved to where the section now is; parsed again if it was dropped. */
export function place(section: Section): Root {
  const { parsed } = section;
  let tree = parsed.tree;
  if (!tree) {
    // The same tree as the first parse's: a section parses the same alone as in its document.
    tree = parsed.tree = parseMarkdown(section.text);
    parsed.offset = 0;
    parsed.line = 0;
  }
  move(parsed, tree, section.offset, section.line);
  return tree;
}

/**
 * Lets a section's tree go once what is needed of it is read: the trees of a long document are
 * most of the memory its lint holds. `parsed` stays, and with it what was kept by it.
 */
export function dropTree(section: Section): void {
  section.parsed.tree = undefined;
}

/** A whole document's tree as one section. */
export function wholeSection(text: string, tree: Root): Section {
  return { text, offset: 0, line: 0, parsed: { tree, offset: 0, line: 0, open: false } };
}

/**
 * The sections `[from, to)` were split anew in place of `replaced` sections of the call before; the
 * sections before them are that call's, those after are its own, moved.
 */
export interface Run {
  from: number;
  to: number;
  replaced: number;
}

/** Moves a chunk's tree to the chunk's new offset and line. */
function move(parsed: Parsed, tree: Root, offset: number, line: number): void {
  if (offset === parsed.offset && line === parsed.line) return;
  shiftPositions(tree, offset - parsed.offset, line - parsed.line);
  parsed.offset = offset;
  parsed.line = line;
}
