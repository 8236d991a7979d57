import type { Idea } from '../model/types';
import type { Template, TemplateField } from './template';

/**
 * The fields of `template` that `idea` lacks, in template order: the required ones, or every one
 * with `optional`. A field is there when a label names it, canonically or by an alias, or misspells
 * it (`Descrption`): unknown-field reports that label as the field it meant, so nothing asks for
 * the field again. A description is there, too, as prose under the heading with no label. The one definition behind missing-field, "Add all missing fields" and the
 * fields completion offers.
 */
export function missingFields(idea: Idea, template: Template, { optional = false } = {}): TemplateField[] {
  return template.fields.filter(
    (field) => (optional || field.required) && !idea.fields.some((f) => f.template === field || f.nearMiss === field) && !(field.kind === 'description' && idea.heading.prose),
  );
}
