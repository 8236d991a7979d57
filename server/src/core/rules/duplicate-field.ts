import type { Field } from '../model/types';
import { ideaRule } from './rule';
import { replaceOffsets } from './text-edits';

export const duplicateField = ideaRule({
  id: 'duplicate-field',
  defaultSeverity: 'warning',
  description: 'The same template field appears twice in one idea.',
  namesLines: true,
  checkIdea(doc, idea) {
    const seen = new Map<unknown, Field>();
    return idea.fields.flatMap((field) => {
      if (!field.template) return [];
      const first = seen.get(field.template);
      if (!first) {
        seen.set(field.template, field);
        return [];
      }
      // Only an empty repeat can go without losing what someone wrote.
      const start = doc.lines.lineStart(field.headRange.start.line);
      const next = field.range.end.line + 1;
      const end = next < doc.lines.lineCount ? doc.lines.lineStart(next) : doc.text.length;
      const wholeLine = field.bulleted && field.value === '' && field.range.start.line === field.range.end.line;
      return [
        {
          message: repeatMessage(field, first, idea.title),
          range: field.headRange,
          fixes: wholeLine ? [{ title: `Remove the empty repeated "${field.label}"`, edits: [replaceOffsets(doc, start, end, '')] }] : [],
        },
      ];
    });
  },
});

/** The message for `field`, a repeat of `first`: under other labels (`Detailed description` after `Description`), it says which is which. */
function repeatMessage(field: Field, first: Field, title: string): string {
  const canonical = field.template!.label;
  const line = first.headRange.start.line + 1;
  if (field.label === first.label) return `"${canonical}" appears again in idea "${title}" (first on line ${line}).`;
  if (field.label !== canonical) return `"${field.label}" is another "${canonical}" field in idea "${title}" (the first is on line ${line}).`;
  return `"${canonical}" appears again in idea "${title}" (first as "${first.label}" on line ${line}).`;
}
