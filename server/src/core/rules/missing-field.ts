import type { Fix } from '../finding';
import type { Idea, IdeasDocument } from '../model';
import type { TemplateField } from '../template';
import type { Rule } from './rule';
import { eolOf, ideaBullet } from './text-edits';

export const missingField: Rule = {
  id: 'missing-field',
  defaultSeverity: 'error',
  description: 'An idea lacks a field that the template requires.',
  check(doc) {
    return doc.ideas.flatMap((idea) =>
      doc.template.fields
        // A misspelt label (`Descrption`) is reported by unknown-field as the field it meant.
        .filter((field) => field.required && !idea.fields.some((f) => f.template === field || f.nearMiss === field))
        .map((field) => ({
          message: `Idea "${idea.title}" has no "${field.label}" field.`,
          range: idea.heading.range,
          fixes: [insertField(doc, idea, field)],
        })),
    );
  },
};

/** Inserts `- Label: ` after the fields that come before it in template order (or first). */
export function insertField(doc: IdeasDocument, idea: Idea, field: TemplateField): Fix {
  const order = doc.template.fields;
  const rank = order.indexOf(field);
  const present = idea.fields.filter((f) => f.template && !f.nestedIn);
  const before = present.filter((f) => order.indexOf(f.template!) < rank).pop();
  const after = present.find((f) => order.indexOf(f.template!) > rank);
  const eol = eolOf(doc);
  const line = `${ideaBullet(doc, idea.fields)}${field.label}: `;
  let at: number;
  let newText: string;
  if (before) {
    at = doc.lines.offsetAt(before.range.end);
    newText = `${eol}${line}`;
  } else if (after) {
    at = doc.lines.lineStart(after.headRange.start.line);
    newText = `${line}${eol}`;
  } else {
    at = doc.lines.offsetAt(idea.heading.range.end);
    newText = `${eol}${eol}${line}`;
  }
  return {
    title: `Add the "${field.label}" field`,
    edits: [{ range: doc.lines.rangeOf(at, at), newText }],
    needsInput: true,
  };
}
