import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { comparePositions, fieldSnippet, missingFields, rangeContains, sectionRange, TabStops, type Field, type Idea, type IdeasDocument } from '../core';
import { describeField } from './hover';
import { mentorLabel } from './symbols';
import { splitSkills, type WorkspaceIndex } from '../host/workspace-index';

/** What is typed at a line's start before a field label: indentation, a bullet, part of the label. */
const LABEL_START = /^(\s*)(?:[-*+][ \t]*)?([A-Za-z][A-Za-z ()]{0,30})?$/;
/** The value being typed after a label's colon or after a comma in a list of values. */
const VALUE_PART = /(?:^\s*[-*+]|[:：,;])\s*([^,;:：]*)$/;

/**
 * At a line's start inside an idea: the fields it still lacks, in template order, as snippets.
 * In a mentors value: mentors known from the workspace. In the skills value: skills in use.
 */
export function completions(doc: IdeasDocument, position: Position, index: WorkspaceIndex): CompletionItem[] {
  const idea = doc.ideas.find((candidate) => rangeContains(sectionRange(doc, candidate.heading), position) && position.line > candidate.heading.range.start.line);
  if (!idea) return [];
  const before = doc.lines.lineText(position.line).slice(0, position.character);
  const field = fieldAt(idea, position);
  if (field?.template) {
    const part = VALUE_PART.exec(before);
    if (!part) return [];
    const start = { line: position.line, character: position.character - part[1].length };
    if (field.template.kind === 'mentors') {
      const present = new Set((field.mentors ?? []).flatMap((mentor) => mentor.handle?.toLowerCase() ?? []));
      return index.mentors()
        .filter((mentor) => !present.has(mentor.handle.toLowerCase()))
        .map((mentor, rank) => valueItem(mentorLabel(mentor), CompletionItemKind.Reference, rank, start, position));
    }
    if (field.template.kind === 'skills') {
      const present = new Set(splitSkills(field.value).map((skill) => skill.toLowerCase()));
      return index.skills()
        .filter((skill) => !present.has(skill.toLowerCase()))
        .map((skill, rank) => valueItem(skill, CompletionItemKind.Value, rank, start, position));
    }
    return [];
  }
  const typed = LABEL_START.exec(before);
  if (!typed) return [];
  const start = { line: position.line, character: typed[1].length };
  return missingFields(idea, doc.template, { optional: true }).map((templateField, order) => ({
    label: templateField.label,
    kind: CompletionItemKind.Field,
    detail: templateField.required ? 'required field' : 'optional field',
    documentation: { kind: MarkupKind.Markdown, value: describeField(templateField, doc.template.name) },
    insertTextFormat: InsertTextFormat.Snippet,
    filterText: before.slice(typed[1].length).replace(/[^-*+ \t].*$/, '') + templateField.label,
    sortText: String(order).padStart(3, '0'),
    textEdit: { range: { start, end: position }, newText: fieldSnippet(templateField, new TabStops()) },
  }));
}

/** The field whose value the position is in: after its label, before the next field. */
function fieldAt(idea: Idea, position: Position): Field | undefined {
  let found: Field | undefined;
  for (const field of idea.fields) {
    if (comparePositions(field.headRange.end, position) <= 0 && position.line <= Math.max(field.range.end.line, field.headRange.end.line)) found = field;
  }
  return found;
}

function valueItem(text: string, kind: CompletionItemKind, rank: number, start: Position, end: Position): CompletionItem {
  return { label: text, kind, sortText: String(rank).padStart(5, '0'), filterText: text, textEdit: { range: { start, end }, newText: text } };
}
