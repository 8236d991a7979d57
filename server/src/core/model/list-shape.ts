import { fieldForLabel, normalizeLabel } from '../template/template';
import { vocabulary } from '../template/presets';
import type { FieldSite } from './field-sites';
import { looksLikeLabel, matchBareLabel, matchLabel } from './labels';
import type { Range } from '../text/range';
import type { IdeasDocument } from './types';

/** The label a paragraph opens with, normalized, when it reads like a field's: `Label:` or a short label in emphasis alone. */
export function labelAt(text: string, start: number, end: number): string | undefined {
  const newline = text.indexOf('\n', start);
  const lineEnd = newline === -1 || newline > end ? end : newline;
  const match = matchLabel(text, start, lineEnd) ?? emphasizedAlone(text, start, lineEnd);
  return match !== undefined && looksLikeLabel(match.label) ? normalizeLabel(match.label) : undefined;
}

const emphasizedAlone = (text: string, start: number, end: number) => {
  const match = matchBareLabel(text, start, end);
  return match?.bold || (match && fieldForLabel(vocabulary, match.label)) ? match : undefined;
};

/** A paragraph at the margin of a heading's blocks, not in a list. */
export const isProse = (site: FieldSite): boolean => !site.opens && site.up === -1 && !site.topLevel;

/** A markdown table (read as a paragraph: remark is used without GFM) whose header names a mentors column. */
export function isIdeasTable(paragraph: string): boolean {
  if (!paragraph.startsWith('|')) return false;
  const [header, rule] = paragraph.split('\n', 2);
  if (rule === undefined || !/^\|?[ \t]*:?-{3,}/.test(rule)) return false;
  return header.split('|').some((cell) => fieldForLabel(vocabulary, cell.replace(/[*_]/g, '').trim())?.kind === 'mentors');
}

/** How many headings of one level must repeat a label for a file to look like a list of ideas. */
const REPEATED = 3;

/**
 * What makes a file look like a list of ideas whose ideas could not be read: a table of ideas, or
 * one label repeated under several headings of one level (`**Responsible:**` under each idea),
 * and fewer than two ideas read. A document that merely uses labels here and there does not.
 */
export function unreadList(doc: IdeasDocument): { table?: Range; labelled: number } | undefined {
  if (doc.ideas.length >= 2 || doc.templateBlock) return undefined;
  const counts = new Map<string, number>();
  let table: Range | undefined;
  for (const reading of doc.readings) {
    table ??= reading.ideasTable;
    reading.headings.forEach((heading, i) => {
      for (const label of reading.labelled[i]) counts.set(`${heading.depth} ${label}`, (counts.get(`${heading.depth} ${label}`) ?? 0) + 1);
    });
  }
  const labelled = Math.max(0, ...counts.values());
  return table || labelled >= REPEATED ? { table, labelled } : undefined;
}
