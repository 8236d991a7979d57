import type { Template, TemplateField } from './template';

/** Text inside a snippet placeholder: `$`, `}` and `\` would otherwise be syntax. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** Tab stops numbered in order of insertion. */
export class TabStops {
  private next = 1;

  placeholder(text: string): string {
    return `\${${this.next++}:${escapeSnippet(text)}}`;
  }

  choice(values: string[]): string {
    return `\${${this.next++}|${values.map((value) => value.replace(/[,|\\$}]/g, '\\$&')).join(',')}|}`;
  }
}

/** The value part of a field as a snippet: choices for an enum, name and handle for mentors. */
export function valueSnippet(field: TemplateField, stops: TabStops): string {
  if (field.kind === 'enum' && field.values?.length) return stops.choice(field.values);
  if (field.kind === 'mentors') return `${stops.placeholder('Name')} (@${stops.placeholder('github-handle')})`;
  return stops.placeholder(field.example || field.label);
}

/** `- Label: value` with tab stops. */
export function fieldSnippet(field: TemplateField, stops: TabStops): string {
  return `- ${escapeSnippet(field.label)}: ${valueSnippet(field, stops)}`;
}

/** A whole idea: heading at `depth`, then every template field in order. */
export function ideaSnippet(template: Template, depth: number, stops = new TabStops()): string {
  const heading = `${'#'.repeat(depth)} ${stops.placeholder('Idea title')}`;
  return [heading, '', ...template.fields.map((field) => fieldSnippet(field, stops)), ''].join('\n');
}

/** A project heading at `depth` with its first idea one level below. */
export function projectSnippet(template: Template, depth: number): string {
  const stops = new TabStops();
  const heading = `${'#'.repeat(depth)} ${stops.placeholder('Project name')}`;
  return [heading, '', ideaSnippet(template, depth + 1, stops)].join('\n');
}
