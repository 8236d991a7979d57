import { unreadList } from '../model/list-shape';
import type { Rule } from './rule';

/** Where a list that was not understood learns how to be. */
const HOW = 'docs/any-list.md says how to name its fields (a preset, a Template block, .ideasrc.json)';

export const notUnderstood: Rule = {
  id: 'not-understood',
  defaultSeverity: 'info',
  description: 'A file that looks like a list of ideas, but whose ideas Ideas Author cannot read: nothing in it is checked.',
  check(doc) {
    const unread = unreadList(doc);
    if (!unread) return [];
    const first = doc.headings[0]?.range ?? unread.table ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const message = unread.table
      ? `This file lists its ideas in a table, which Ideas Author does not read: no idea in it is checked. ${HOW}.`
      : `${unread.labelled} headings of this file repeat the same label-like lines, but Ideas Author could not read them as ideas: nothing in them is checked. ${HOW}.`;
    return [{ message, range: first, fixes: [] }];
  },
};
