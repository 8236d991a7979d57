import type { Fix, TextEdit } from './finding';
import { escapeSnippet } from '../template/snippets';
import type { Idea, IdeasDocument } from '../model/types';
import type { TemplateField } from '../template/template';
import { ideaRule } from './rule';
import { ideaBullet } from './text-edits';

export const missingField = ideaRule({
  id: 'missing-field',
  defaultSeverity: 'error',
  description: 'An idea lacks a field that the template requires.',
  checkIdea(doc, idea) {
    return doc.template.fields
      // A misspelt label (`Descrption`) is reported by unknown-field as the field it meant.
      .filter((field) => field.required && !idea.fields.some((f) => f.template === field || f.nearMiss === field))
      .map((field) => ({
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

/**
 * Inserts the fields where template order puts them: after the present field that precedes each,
 * else before the first that follows it, else under the heading. Fields sharing a place go in
 * one edit, in template order, so the edits never meet.
 */
export function insertFields(doc: IdeasDocument, idea: Idea, fields: TemplateField[]): TextEdit[] {
  const order = doc.template.fields;
  const present = idea.fields.filter((f) => f.template && !f.nestedIn);
  const eol = doc.eol;
  const bullet = ideaBullet(doc, idea.fields);
  const groups = new Map<number, { after: boolean; lines: string[] }>();
  for (const field of [...fields].sort((a, b) => order.indexOf(a) - order.indexOf(b))) {
    const rank = order.indexOf(field);
    const before = present.filter((f) => order.indexOf(f.template!) < rank).pop();
    const next = present.find((f) => order.indexOf(f.template!) > rank);
    const at = before
      ? doc.lines.offsetAt(before.range.end)
      : next
        ? doc.lines.lineStart(next.headRange.start.line)
        : doc.lines.offsetAt(idea.heading.range.end);
    const group = groups.get(at) ?? { after: !before && next !== undefined, lines: [] };
    group.lines.push(`${bullet}${field.label}: `);
    groups.set(at, group);
  }
  return [...groups].map(([at, { after, lines }]) => {
    const under = !after && !present.length;
    const newText = after ? lines.map((line) => `${line}${eol}`).join('') : (under ? eol : '') + lines.map((line) => `${eol}${line}`).join('');
    return { range: doc.lines.rangeOf(at, at), newText };
  });
}
