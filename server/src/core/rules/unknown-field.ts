import { ideaRule } from './rule';
import { replaceRange } from './text-edits';

export const unknownField = ideaRule({
  id: 'unknown-field',
  defaultSeverity: 'info',
  description: 'A field label the template does not know; a near miss of a known one is a warning.',
  checkIdea(_doc, idea) {
    return idea.fields
      .filter((field) => !field.template)
      .map((field) =>
        field.nearMiss
          ? {
              message: `Unknown field "${field.label}": did you mean "${field.nearMiss.label}"?`,
              severity: 'warning' as const,
              range: field.labelRange,
              fixes: [{ title: `Rename to "${field.nearMiss.label}"`, edits: [replaceRange(field.labelRange, field.nearMiss.label)] }],
            }
          : {
              message: `The template has no field "${field.label}".`,
              range: field.labelRange,
              fixes: [],
            },
      );
  },
});
