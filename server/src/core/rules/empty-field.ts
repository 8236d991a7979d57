import type { Rule } from './rule';

export const emptyField: Rule = {
  id: 'empty-field',
  defaultSeverity: 'error',
  description: 'A template field has a label but no value.',
  check(doc) {
    return doc.ideas.flatMap((idea) =>
      idea.fields
        .filter((field) => field.template?.required && field.value === '')
        .map((field) => ({
          message: `"${field.template!.label}" of idea "${idea.title}" is empty.`,
          range: field.headRange,
          fixes: [],
        })),
    );
  },
};
