import type { Field } from '../model/types';
import { ideaRule } from './rule';
import { replaceRange } from './text-edits';

export const unknownField = ideaRule({
  id: 'unknown-field',
  defaultSeverity: 'info',
  description: "A field label the list's Template block or configuration does not know; a near miss of a field the idea lacks is a warning, whatever the template.",
  checkIdea(doc, idea) {
    // A near miss of a field the idea has is another field of the list's own, not a typo.
    const isTypo = (field: Field) => field.nearMiss !== undefined && !idea.fields.some((other) => other.template === field.nearMiss);
    // Under a preset, the list's other labels are its own fields: only its Template block or
    // configuration says which fields there are.
    return idea.fields
      .filter((field) => !field.template && (isTypo(field) || doc.template.named))
      .map((field) =>
        isTypo(field)
          ? {
              message: `Unknown field "${field.label}": did you mean "${field.nearMiss!.label}"?`,
              severity: 'warning' as const,
              range: field.labelRange,
              fixes: [{ title: `Rename to "${field.nearMiss!.label}"`, edits: [replaceRange(field.labelRange, field.nearMiss!.label)] }],
            }
          : {
              message: `The template has no field "${field.label}".`,
              range: field.labelRange,
              fixes: [],
            },
      );
  },
});
