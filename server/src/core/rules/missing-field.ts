import type { Fix } from './finding';
import type { Idea, IdeasDocument } from '../model/types';
import { missingFields } from '../template/missing-fields';
import { escapeSnippet } from '../template/snippets';
import type { TemplateField } from '../template/template';
import { ideaRule } from './rule';
import { ideaBullet, insertFields } from './text-edits';

export const missingField = ideaRule({
  id: 'missing-field',
  defaultSeverity: 'error',
  description: 'An idea lacks a field that the template requires.',
  judgesStyle: true,
  checkIdea(doc, idea) {
    return missingFields(idea, doc.template).map((field) => ({
      message: missingMessage(doc, idea, field),
      range: idea.heading.range,
      fixes: [insertField(doc, idea, field)],
    }));
  },
});

/** What is missing, and, when the list's own ideas set the norm, how many of them have it. */
function missingMessage(doc: IdeasDocument, idea: Idea, field: TemplateField): string {
  const style = doc.template.named ? undefined : doc.style.fields.get(field);
  // The label as this list writes it, when the list has its own template only by its ideas.
  const label = style?.spelling.label ?? field.label;
  // Two ideas make no norm worth counting.
  if (!style || doc.ideas.length < 3) return `Idea "${idea.title}" has no "${label}" field.`;
  const how = doc.style.exact ? `${style.total} of the list's ${doc.ideas.length}` : "most of the list's";
  return `Idea "${idea.title}" has no "${label}" field, which ${how} ideas have.`;
}

/**
 * Inserts `- Label: ` after the fields that come before it in template order (or first), with
 * the template's example as a snippet placeholder for editors that take one.
 */
export function insertField(doc: IdeasDocument, idea: Idea, field: TemplateField): Fix {
  const [edit] = insertFields(doc, idea, [field]);
  const line = `${ideaBullet(doc, idea.fields)}${field.label}: `;
  const at = edit.newText.lastIndexOf(line) + line.length;
  const placeholder = `\${1:${escapeSnippet(field.example || field.label)}}`;
  return {
    title: `Add the "${field.label}" field`,
    edits: [edit],
    needsInput: true,
    snippet: escapeSnippet(edit.newText.slice(0, at)) + placeholder + escapeSnippet(edit.newText.slice(at)),
  };
}
