import { ideaRule } from './rule';

export const emptyField = ideaRule({
  id: 'empty-field',
  defaultSeverity: 'error',
  description: 'A template field has a label but no value.',
  checkIdea(_doc, idea) {
    return idea.fields
      .filter((field) => field.template?.required && field.value === '')
      .map((field) => ({
        message: `"${field.template!.label}" of idea "${idea.title}" is empty.`,
        range: field.headRange,
        fixes: [],
      }));
  },
});
