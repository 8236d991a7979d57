import { isConvention } from '../model/house-style';
import type { IdeasDocument, Markup } from '../model/types';
import { MIN_IDEAS_FOR_NORM } from '../template/choice';
import type { TemplateField } from '../template/template';

/**
 * The spelling this list gives `field`, with how many of its occurrences use it, when most of them
 * agree and no Template block or configuration names the label: then the list's own spelling is
 * the one asked for, not the preset's.
 */
export function houseSpelling(doc: IdeasDocument, field: TemplateField): { label: string; count: number } | undefined {
  const style = doc.template.named ? undefined : doc.style.fields.get(field);
  return style && isConvention(style.spelling.count, style.total) ? style.spelling : undefined;
}

/**
 * Most occurrences of `field` in the list are written so, or, for a field too rare to have a
 * convention of its own, most labels of the list; and no Template block or configuration says otherwise.
 */
export function isHouseMarkup(doc: IdeasDocument, field: TemplateField, markup: Markup): boolean {
  if (doc.template.named) return false;
  const own = doc.style.fields.get(field);
  const style = own && own.total >= MIN_IDEAS_FOR_NORM ? own : doc.style.all;
  return isConvention(style[markup], style.total);
}

/**
 * The list does not ask for GitHub handles: its template is a preset's, not its own, and fewer than
 * three in four of the mentors of its ideas (three or more) have one (GSoC's guidance asks for none).
 */
export const isHandleless = (doc: IdeasDocument): boolean =>
  !doc.template.named && doc.ideas.length >= MIN_IDEAS_FOR_NORM && doc.style.handles.count * 4 < doc.style.handles.total * 3;
