import type { Rule } from './rule';

export const missingField: Rule = {
  id: 'missing-field',
  defaultSeverity: 'error',
  description: 'An idea lacks a field that the template requires.',
  check(doc) {
    return doc.ideas.flatMap((idea) =>
      doc.template.fields
        .filter((field) => field.required && !idea.fields.some((f) => f.template === field))
        .map((field) => ({
          message: `Idea "${idea.title}" has no "${field.label}" field.`,
          range: idea.heading.range,
          fixes: [],
        })),
    );
  },
};
