import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { rangeContains, sectionRange, type IdeasDocument, type TemplateField } from '../core';

/** On a field label: what the template expects. On a mentor's handle: the GitHub profile. */
export function hover(doc: IdeasDocument, position: Position): Hover | undefined {
  for (const idea of doc.ideas) {
    if (!rangeContains(sectionRange(doc, idea.heading), position)) continue;
    for (const field of idea.fields) {
      if (rangeContains(field.labelRange, position)) {
        const expected = field.template ?? field.nearMiss;
        if (!expected) return markdown(`**${field.label}** is not a field of ${templateOf(doc.template.name)}.`, field.labelRange);
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
  const lines = [`**${field.label}**: ${whoAsks(field.required, templateName)}`, '', field.description];
  if (field.aliases.length) lines.push('', `Also written: ${field.aliases.map((alias) => `\`${alias}\``).join(', ')}`);
  if (field.values?.length) lines.push('', `One of: ${field.values.map((value) => `\`${value}\``).join(', ')}`);
  if (field.example) lines.push('', 'Example:', '', '```markdown', `- ${field.label}: ${field.example}`, '```');
  return lines.join('\n');
}

/** Where the file's template comes from, in the reader's words: "this file's Template block". */
function templateSource(templateName: string): string {
  if (templateName === 'file') return "this file's Template block";
  if (templateName === 'config') return '.ideasrc.json';
  return `the ${templateName} preset`;
}

/** "required by this file's Template block", "optional in the gsoc preset", "required by .ideasrc.json". */
export function whoAsks(required: boolean, templateName: string): string {
  return `${required ? 'required by' : 'optional in'} ${templateSource(templateName)}`;
}

function templateOf(templateName: string): string {
  return templateName === 'config' ? 'the template of .ideasrc.json' : templateSource(templateName);
}

function markdown(value: string, range: Hover['range']): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}
