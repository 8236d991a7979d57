/**
 * What a field's value is, which decides how it is read and helped with; labels decide nothing, so
 * a template may call its fields what it likes. `text`: prose. `skills`: the skills a mentee needs,
 * comma-separated (completion offers those in use). `mentors`: names and GitHub handles, parsed and
 * checked. `issues`: issue links, parsed and checked. `url`: one address. `enum`: one of `values`.
 */
export type FieldKind = 'text' | 'skills' | 'mentors' | 'issues' | 'url' | 'enum';

export interface TemplateField {
  /** Canonical label, as the template writes it: `Mentor(s)`. */
  label: string;
  /** Other labels authors use for the same field: `Mentors`, `Issue`. */
  aliases: string[];
  required: boolean;
  kind: FieldKind;
  /** Allowed values of an `enum` field. */
  values?: string[];
  /** One line for hovers and docs. */
  description: string;
  /** A value a snippet may offer. */
  example: string;
}

export interface Template {
  name: string;
  fields: TemplateField[];
}

/** Labels compare without case, `**`, surrounding space or repeated inner space. */
export function normalizeLabel(label: string): string {
  return label.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The template field a label names, canonically or through an alias. */
export function fieldForLabel(template: Template, label: string): TemplateField | undefined {
  let byLabel = labelIndexes.get(template);
  if (!byLabel) {
    byLabel = new Map();
    for (const field of template.fields) {
      for (const name of [field.label, ...field.aliases]) {
        const key = normalizeLabel(name);
        if (!byLabel.has(key)) byLabel.set(key, field);
      }
    }
    labelIndexes.set(template, byLabel);
  }
  return byLabel.get(normalizeLabel(label));
}

/** Each template's fields by normalized label and alias, built on first use: labels are looked up for every line. */
const labelIndexes = new WeakMap<Template, Map<string, TemplateField>>();
