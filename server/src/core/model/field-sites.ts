import type { List, RootContent } from 'mdast';
import { endOf, startOf } from '../text/offsets';

/**
 * A paragraph where a field's label may stand, as `fieldsOf` reads it: all a heading's blocks
 * tell about its fields whatever the template. A section keeps its sites instead of its tree (for
 * 10,000 ideas, 3 MB against 50), and a new template reads them without parsing again.
 * Offsets are relative to the section's first character, so they hold wherever edits move it.
 */
export interface FieldSite {
  start: number;
  end: number;
  /** A value cannot run past this: the end of the list item or paragraph holding it. */
  limit: number;
  /** The paragraph opens a list item (it is the item's first block). */
  opens: boolean;
  /**
   * The item's first block is an indented code block, not a paragraph: five spaces or more after
   * the bullet (`-     Description: …`). Only a known label counts there.
   */
  code?: boolean;
  /** The item is in a list at the margin of the heading's blocks, not nested in another item. */
  topLevel: boolean;
  /**
   * For an opening paragraph, the opening site of the nearest enclosing item that has one, -1 for
   * none. A known field here is nested in the field that site opens, or, when it opens none, in
   * the one its own `up` leads to.
   */
  up: number;
}

/** Fields live in the first levels of lists; deeper ones are prose, and bounding depth bounds recursion. */
const MAX_LIST_DEPTH = 8;

/** The sites of a heading's blocks in document order, their offsets made relative to `base`. */
export function fieldSitesOf(blocks: RootContent[], base: number, text: string): FieldSite[] {
  const sites: FieldSite[] = [];
  const visitList = (list: List, up: number, depth: number): void => {
    if (depth >= MAX_LIST_DEPTH) return;
    for (const item of list.children) {
      const limit = endOf(item) - base;
      // Lists nested in the item hang from its opening paragraph, or, without one, from what it hangs from.
      let opening = up;
      item.children.forEach((child, index) => {
        if (child.type === 'paragraph' || (index === 0 && isIndentedCode(child, text))) {
          if (index === 0) opening = sites.length;
          const site: FieldSite = { start: startOf(child) - base, end: endOf(child) - base, limit, opens: index === 0, topLevel: depth === 0, up: index === 0 ? up : -1 };
          if (child.type === 'code') site.code = true;
          sites.push(site);
        } else if (child.type === 'list') {
          visitList(child, opening, depth + 1);
        }
      });
    }
  };
  for (const block of blocks) {
    if (block.type === 'list') visitList(block, -1, 0);
    else if (block.type === 'paragraph') {
      const end = endOf(block) - base;
      sites.push({ start: startOf(block) - base, end, limit: end, opens: false, topLevel: false, up: -1 });
    }
  }
  return sites;
}

/** A code block written by indenting, not between fences. */
const isIndentedCode = (block: RootContent, text: string): boolean => block.type === 'code' && !/^[ \t]*(?:```|~~~)/.test(text.slice(startOf(block), endOf(block)));
