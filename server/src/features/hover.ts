import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { rangeContains, sectionRange, type IdeasDocument, type TemplateField } from '../core';

/** On a field label: what the template expects. On a mentor's handle: the GitHub profile. */
export function hover(doc: IdeasDocument, position: Position): Hover | undefined {
  for (const idea of doc.ideas) {
    if (!rangeContains(sectionRange(doc, idea.heading), position)) continue;
    for (const field of idea.fields) {
      if (rangeContains(field.labelRange, position)) {
        const expected = field.template ?? field.nearMiss;
        if (!expected) return markdown(`**${field.label}** is not a field of the template "${doc.template.name}".`, field.labelRange);
        return markdown(describeField(expected, doc.template.name), field.labelRange);
      }
      for (const mentor of field.mentors ?? []) {
        if (mentor.handle && mentor.handleRange && rangeContains(mentor.handleRange, position)) {
          const who = mentor.name ? `${mentor.name}, ` : '';
          return markdown(`${who}[@${mentor.handle}](https://github.com/${mentor.handle}) on GitHub`, mentor.handleRange);
        }
      }
    }
  }
  return undefined;
}

export function describeField(field: TemplateField, templateName: string): string {
  const lines = [`**${field.label}** (${field.required ? 'required' : 'optional'}, template "${templateName}")`, '', field.description];
  if (field.aliases.length) lines.push('', `Also written: ${field.aliases.map((alias) => `\`${alias}\``).join(', ')}`);
  if (field.values?.length) lines.push('', `One of: ${field.values.map((value) => `\`${value}\``).join(', ')}`);
  if (field.example) lines.push('', 'Example:', '', '```markdown', `- ${field.label}: ${field.example}`, '```');
  return lines.join('\n');
}

function markdown(value: string, range: Hover['range']): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}
