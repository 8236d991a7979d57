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
  checkIdea(doc, idea) {
    return missingFields(idea, doc.template).map((field) => ({
      message: `Idea "${idea.title}" has no "${field.label}" field.`,
      range: idea.heading.range,
      fixes: [insertField(doc, idea, field)],
    }));
  },
});

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
