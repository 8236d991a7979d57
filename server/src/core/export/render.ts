import { presets } from '../template/presets';
import { fieldForLabel, type Template, type TemplateField } from '../template/template';
import { mentorText } from './csv';
import { FIELD_KEYS, keyOfField, type ExportedIdea, type ExportedMentor, type FieldKey } from './idea-export';

/** The label a typed key is written with when the template has no field for it: the preset field's. */
const LABEL_OF_KEY: Readonly<Record<FieldKey, string>> = {
  description: 'Description',
  outcome: 'Expected Outcome',
  skills: 'Recommended Skills',
  size: 'Expected project size',
  difficulty: 'Difficulty',
  mentors: 'Mentor(s)',
  issues: 'Upstream Issue (URL)',
};

/**
 * Exported ideas as a markdown ideas list in `template`'s labels and field order: a title, a `##`
 * heading per project (in the order projects first appear), a `###` heading per idea, a bulleted
 * field per value the idea holds. A key the template has no field for is written with the preset
 * field's label; `fields` follow under their own labels. A field the idea has empty is written
 * empty, one it lacks is left out: the list says what the exported one said.
 */
export function renderIdeas(ideas: readonly ExportedIdea[], template: Template = presetFor(ideas)): string {
  const out: string[] = ['# Project ideas', ''];
  const alone = ideas.filter((idea) => idea.project === null);
  const projects = new Map<string, ExportedIdea[]>();
  for (const idea of ideas) if (idea.project !== null) projects.set(idea.project, [...(projects.get(idea.project) ?? []), idea]);
  // Ideas of no project stand at the projects' level when there is no project; before them otherwise.
  for (const idea of alone) out.push(...renderIdea(idea, projects.size === 0 ? '##' : '###', template));
  for (const [project, its] of projects) {
    out.push(`## ${project}`, '');
    for (const idea of its) out.push(...renderIdea(idea, '###', template));
  }
  return out.join('\n');
}

function renderIdea(idea: ExportedIdea, marks: string, template: Template): string[] {
  const lines = [`${marks} ${idea.title}`, ''];
  const written = new Set<FieldKey>();
  const writtenLabels = new Set<string>();
  const field = (label: string, value: string) => lines.push(...fieldLines(label, value));
  for (const templateField of template.fields) {
    const key = keyOfField(templateField);
    if (key !== undefined && !written.has(key)) {
      written.add(key);
      const value = valueOf(idea, key);
      if (value !== null) field(templateField.label, value);
    }
    // What `fields` holds under a label of this field (Technologies, an issue field's `TBD`) stands in its place.
    for (const label of labelsNaming(idea, template, templateField)) {
      writtenLabels.add(label);
      field(label, idea.fields[label]);
    }
  }
  for (const key of FIELD_KEYS) {
    const value = written.has(key) ? null : valueOf(idea, key);
    if (value !== null) field(LABEL_OF_KEY[key], value);
  }
  for (const label of Object.keys(idea.fields)) if (!writtenLabels.has(label)) field(label, idea.fields[label]);
  lines.push('');
  return lines;
}

const labelsNaming = (idea: ExportedIdea, template: Template, field: TemplateField): string[] =>
  Object.keys(idea.fields).filter((label) => fieldForLabel(template, label) === field);

/** A key's value as a field's text; null when the idea has no such field. */
function valueOf(idea: ExportedIdea, key: FieldKey): string | null {
  switch (key) {
    case 'skills':
    case 'issues':
      return idea[key]?.join(', ') ?? null;
    case 'mentors':
      return idea.mentors ? mentorsText(idea.mentors) : null;
    default:
      return idea[key];
  }
}

/**
 * Mentors a comma apart; a semicolon apart when one has no name, since `(@jd, jd@example.com)`
 * after a comma would read as more of the mentor before it.
 */
function mentorsText(mentors: readonly ExportedMentor[]): string {
  const texts = mentors.map(mentorText).filter((text) => text !== '');
  return texts.join(mentors.some((mentor) => mentor.name === null) ? '; ' : ', ');
}

/** A line that opens a block of its own: a list item, a fence, a quote, a table row. */
const BLOCK_START = /^(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|```|~~~|>|\|)/;

/**
 * `- Label: value`, the value's further lines indented under the bullet, their own indentation
 * kept relative to each other. A value that starts with a list of its own starts below the label.
 */
function fieldLines(label: string, value: string): string[] {
  const [first, ...rest] = value.split(/\r?\n/);
  const indents = rest.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  const below = rest.map((line) => (line.trim() === '' ? '' : `  ${line.slice(cut)}`));
  if (BLOCK_START.test(first)) return [`- ${label}:`, `  ${first}`, ...below];
  return [first === '' ? `- ${label}:` : `- ${label}: ${first}`, ...below];
}

/**
 * The preset the ideas fit when none is asked for: gsoc when any has a size or a difficulty,
 * lfx-form when any has Technologies and none an outcome, lfx when any has an outcome, else cncf-2020.
 */
export function presetFor(ideas: readonly ExportedIdea[]): Template {
  if (ideas.some((idea) => idea.size !== null || idea.difficulty !== null)) return presets.gsoc;
  const outcome = ideas.some((idea) => idea.outcome !== null);
  const technologies = ideas.some((idea) => Object.keys(idea.fields).some((label) => fieldForLabel(presets['lfx-form'], label)?.label === 'Technologies'));
  if (technologies && !outcome) return presets['lfx-form'];
  return outcome ? presets.lfx : presets['cncf-2020'];
}
