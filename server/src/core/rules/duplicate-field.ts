import type { Field } from '../model/types';
import { ideaRule } from './rule';
import { replaceOffsets } from './text-edits';

export const duplicateField = ideaRule({
  id: 'duplicate-field',
  defaultSeverity: 'warning',
  description: 'The same template field appears twice in one idea.',
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
          related: [{ range: first.headRange, message: `the first "${first.label}"` }],
          fixes: wholeLine ? [{ title: `Remove the empty repeated "${field.label}"`, edits: [replaceOffsets(doc, start, end, '')] }] : [],
        },
      ];
    });
  },
});

/**
 * The message for `field`, a repeat of `first`: under other labels (`Detailed description` after
 * `Description`), it says which is which. Where the first one is, `related` says.
 */
function repeatMessage(field: Field, first: Field, title: string): string {
  const canonical = field.template!.label;
  if (field.label === first.label) return `"${canonical}" appears again in idea "${title}".`;
  if (field.label !== canonical) return `"${field.label}" is another "${canonical}" field in idea "${title}".`;
  return `"${canonical}" appears again in idea "${title}", the first time as "${first.label}".`;
}
