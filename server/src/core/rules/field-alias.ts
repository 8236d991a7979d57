import { normalizeLabel } from '../template/template';
import { ideaRule } from './rule';
import { replaceRange } from './text-edits';

export const fieldAlias = ideaRule({
  id: 'field-alias',
  defaultSeverity: 'info',
  description: 'A field uses a known alias instead of the label the template asks for.',
  checkIdea(_doc, idea) {
    return idea.fields
      .filter((field) => field.template && normalizeLabel(field.label) !== normalizeLabel(field.template.label))
      .map((field) => ({
        message: `"${field.label}" is an alias: the template calls this field "${field.template!.label}".`,
        range: field.labelRange,
        fixes: [{ title: `Rename to "${field.template!.label}"`, edits: [replaceRange(field.labelRange, field.template!.label)] }],
      }));
  },
});
