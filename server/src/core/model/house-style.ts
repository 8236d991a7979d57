import { spellingOf, type TemplateField } from '../template/template';
import type { Field, FieldStyle, HouseStyle, Idea, Share } from './types';

/** How lists mark the primary mentor: `- primary`, `(primary)`, `Primary mentor:`, `[primary]`. */
export const PRIMARY = /\bprimary\b/i;

/**
 * The spelling most labels use, spellings that differ only in case, spacing or an instruction
 * counting as one, shown as its most written label. Ties go to the first in sort order, so the
 * answer does not hang on which idea was read first.
 */
function mostUsed(labels: Map<string, number>): { label: string; count: number } | undefined {
  const groups = new Map<string, { count: number; labels: [string, number][] }>();
  for (const [label, count] of labels) {
    if (count <= 0) continue;
    const key = spellingOf(label);
    const group = groups.get(key) ?? { count: 0, labels: [] };
    group.count += count;
    group.labels.push([label, count]);
    groups.set(key, group);
  }
  let best: { key: string; count: number; labels: [string, number][] } | undefined;
  for (const [key, group] of groups) if (!best || group.count > best.count || (group.count === best.count && key < best.key)) best = { key, ...group };
  if (!best) return undefined;
  const [label] = best.labels.sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))[0];
  return { label, count: best.count };
}

/**
 * Up to this many ideas (real lists have a few hundred at most), messages count ("by 15 other
 * ideas"), so a keystroke that changes a count judges every idea again, a whole lint through the
 * memos. A longer list's messages say "most", and only a change of what the list's convention is
 * judges every idea again: a keystroke on 10,000 ideas must not take a whole lint for a count.
 */
const EXACT_UP_TO = 500;

const MARKUPS = ['unbulleted', 'emphasized', 'noColon', 'detached'] as const;

/** What the style rules decide from the counts, without the counts. */
function decisionsKey(fields: Map<TemplateField, FieldStyle>, all: Omit<FieldStyle, 'spelling'>, handles: Share, primaries: Share): string {
  const decide = (style: Omit<FieldStyle, 'spelling'>) => MARKUPS.map((markup) => (isConvention(style[markup], style.total) ? 1 : 0)).join('');
  const perField = [...fields.values()].map((style) => `${style.spelling.label}:${isConvention(style.spelling.count, style.total) ? 1 : 0}:${style.total >= 3 ? decide(style) : '-'}`);
  return `many;${perField.sort().join(',')};${decide(all)};${handles.count * 4 < handles.total * 3 ? 1 : 0};${primaries.count > 0 ? 1 : 0}`;
}

/** Three or more, and more than half, do it: one or two occurrences make no convention. */
export const isConvention = (count: number, total: number): boolean => count >= 3 && count * 2 > total;

interface FieldTally {
  /** By label as written. */
  spellings: Map<string, number>;
  total: number;
  unbulleted: number;
  emphasized: number;
  noColon: number;
  detached: number;
}

/**
 * The counts behind a document's `HouseStyle`, kept by the document (`DocumentState`) from one lint
 * to the next: a patch takes out the fields of the ideas it read again and adds their new ones, so
 * a keystroke never counts the whole list again.
 */
export class HouseStyleTally {
  private readonly fields = new Map<TemplateField, FieldTally>();
  private readonly handles: Share = { count: 0, total: 0 };
  private readonly primaries: Share = { count: 0, total: 0 };
  private ideas = 0;

  /** Counts every idea of a document anew. */
  reset(ideas: Idea[]): void {
    this.ideas = ideas.length;
    this.fields.clear();
    this.handles.count = this.handles.total = 0;
    this.primaries.count = this.primaries.total = 0;
    for (const idea of ideas) this.count(idea.fields, 1);
  }

  /** An idea's fields read again: `was` out, `now` in. */
  replace(was: Field[], now: Field[]): void {
    this.count(was, -1);
    this.count(now, 1);
  }

  style(): HouseStyle {
    const fields = new Map<TemplateField, FieldStyle>();
    const all = { total: 0, unbulleted: 0, emphasized: 0, noColon: 0, detached: 0 };
    const keys: string[] = [];
    for (const [field, { spellings, ...counts }] of this.fields) {
      for (const name of Object.keys(all) as (keyof typeof all)[]) all[name] += counts[name];
      const spelling = mostUsed(spellings);
      if (!spelling) continue;
      fields.set(field, { spelling, ...counts });
      keys.push(`${spelling.label}=${spelling.count}/${Object.values(counts).join('/')}`);
    }
    const handles = { ...this.handles };
    const primaries = { ...this.primaries };
    const exact = this.ideas <= EXACT_UP_TO;
    const key = exact
      ? `${this.ideas};${keys.sort().join(',')};${handles.count}/${handles.total};${primaries.count}/${primaries.total}`
      : decisionsKey(fields, all, handles, primaries);
    return { fields, all, handles, primaries, exact, key };
  }

  private count(fields: Field[], by: 1 | -1): void {
    for (const field of fields) {
      // A field nested under another is a mistake of its own, not a style.
      if (!field.template || field.nestedIn) continue;
      let tally = this.fields.get(field.template);
      if (!tally) this.fields.set(field.template, (tally = { spellings: new Map(), total: 0, unbulleted: 0, emphasized: 0, noColon: 0, detached: 0 }));
      tally.spellings.set(field.label, (tally.spellings.get(field.label) ?? 0) + by);
      tally.total += by;
      if (!field.bulleted) tally.unbulleted += by;
      if (field.bold) tally.emphasized += by;
      if (field.colon === '') tally.noColon += by;
      if (field.detached) tally.detached += by;
      if (field.mentors?.length) {
        this.primaries.total += by;
        if (PRIMARY.test(field.value)) this.primaries.count += by;
      }
      for (const mentor of field.mentors ?? []) {
        this.handles.total += by;
        if (mentor.handle) this.handles.count += by;
      }
    }
  }
}
