import type { Field, Idea, IdeasDocument, IssueRef, Mentor } from '../model/types';
import { vocabulary } from '../template/presets';
import { fieldForLabel, type TemplateField } from '../template/template';
import { programAndTerm } from './program-term';
import { firstFromLine } from '../text/sorted';

/** The version of the export's shape (docs/export.schema.json): raised only when a key changes meaning or goes. */
export const EXPORT_VERSION = 1;

/** What `ideas-lint --export json` prints: a contract, described by docs/export.schema.json. */
export interface IdeasExport {
  version: typeof EXPORT_VERSION;
  ideas: ExportedIdea[];
}

/** One idea as data. A scalar is null when the idea has no such field, '' when it has it empty. */
export interface ExportedIdea {
  program: string | null;
  term: string | null;
  project: string | null;
  title: string;
  description: string | null;
  outcome: string | null;
  /** null when the idea has no skills field. */
  skills: string[] | null;
  size: string | null;
  difficulty: string | null;
  /** null when the idea has no mentors field (or only one that names no one, which `fields` keeps). */
  mentors: ExportedMentor[] | null;
  /**
   * The URLs of the upstream issues (`org/repo#1` as its GitHub address); null when the idea has no
   * issues field, or only one that gives no URL (`TBD`), which `fields` keeps under its label.
   */
  issues: string[] | null;
  /** Every other field's value by its label as written, in the order of the list; a label written twice, its values a blank line apart. */
  fields: Record<string, string>;
  file: string;
  /** The 1-based line of the idea's heading. */
  line: number;
}

export interface ExportedMentor {
  name: string | null;
  handle: string | null;
  email: string | null;
  /** `primary`, `co-mentor`, `lead`, `backup`, `secondary`, as the list marks it. */
  role: string | null;
}

/** The typed keys of an exported idea, each one field of the templates. */
export type FieldKey = 'description' | 'outcome' | 'skills' | 'size' | 'difficulty' | 'mentors' | 'issues';
export const FIELD_KEYS: readonly FieldKey[] = ['description', 'outcome', 'skills', 'size', 'difficulty', 'mentors', 'issues'];

/**
 * The preset field's canonical label for each key: the label `fields` keys are compared with, and
 * what a preset's field is recognised by. A field's kind decides the key where it says enough
 * (`description`, `skills`, `mentors`, `issues`); `text` and `enum` fields are told apart by the
 * preset field they are (`Expected Outcome`, `Expected project size`, `Difficulty`).
 */
const KEY_OF_LABEL: Readonly<Record<string, FieldKey>> = {
  'Expected Outcome': 'outcome',
  'Expected project size': 'size',
  Difficulty: 'difficulty',
};

/** The typed key a template field is exported under, or undefined when it goes to `fields`. */
export function keyOfField(field: TemplateField): FieldKey | undefined {
  switch (field.kind) {
    case 'description':
    case 'skills':
    case 'mentors':
    case 'issues':
      return field.kind;
    default: {
      // A Template block's field keeps the label the block writes; its preset field is among its aliases.
      for (const label of [field.label, ...field.aliases]) {
        const known = fieldForLabel(vocabulary, label);
        if (known && known.kind === field.kind) return KEY_OF_LABEL[known.label];
      }
      return undefined;
    }
  }
}

/** Every idea of a linted list as data; `file` as it is to be reported. */
export function exportIdeas(doc: IdeasDocument, file: string): ExportedIdea[] {
  const { program, term } = programAndTerm(file);
  return doc.ideas.map((idea) => {
    const exported = exportIdea(idea, file, program, term);
    exported.description ??= proseOf(doc, idea);
    return exported;
  });
}

/**
 * The prose that opens an idea, which is its description when no label names one (missing-field
 * counts it so): the text between the heading and the first field or heading below it. Prose that
 * stands only after the fields is not taken: where it ends, nothing in the model says.
 */
function proseOf(doc: IdeasDocument, idea: Idea): string | null {
  if (!idea.heading.prose) return null;
  const start = doc.lines.offsetAt(idea.heading.range.end);
  let end = doc.text.length;
  const next = doc.headings[firstFromLine(doc.headings, idea.heading.range.start.line + 1, (heading) => heading.range.start.line)];
  if (next) end = doc.lines.offsetAt(next.range.start);
  for (const field of idea.fields) end = Math.min(end, doc.lines.offsetAt(field.range.start));
  // A bulleted field's range starts at its label: its bullet stays behind.
  const prose = doc.text.slice(start, end).replace(/(?:^|\n)[ \t]*[-*+][ \t]*$/, '').trim();
  return prose === '' ? null : prose;
}

function exportIdea(idea: Idea, file: string, program: string | null, term: string | null): ExportedIdea {
  const out: ExportedIdea = {
    program,
    term,
    project: idea.project?.title ?? null,
    title: idea.title,
    description: null,
    outcome: null,
    skills: null,
    size: null,
    difficulty: null,
    mentors: null,
    issues: null,
    // No prototype: a label such as `__proto__` is a key like any other.
    fields: Object.create(null) as Record<string, string>,
    file,
    line: idea.heading.range.start.line + 1,
  };
  for (const field of idea.fields) {
    const key = field.template ? keyOfField(field.template) : undefined;
    switch (key) {
      case undefined:
        out.fields[field.label] = joined(out.fields[field.label], field.value);
        break;
      case 'skills':
        out.skills = [...(out.skills ?? []), ...splitSkills(field.value)];
        break;
      case 'mentors':
      case 'issues': {
        const items = key === 'mentors' ? (field.mentors ?? []).map(exportMentor) : issueUrls(field);
        // A value that names no one or gives no URL (`TBD`, `none yet`) is kept as written, under its label.
        if (items.length === 0 && field.value !== '') out.fields[field.label] = joined(out.fields[field.label], field.value);
        else (out[key] as unknown[] | null) = [...(out[key] ?? []), ...items];
        break;
      }
      default:
        out[key] = joined(out[key] ?? undefined, field.value);
    }
  }
  return out;
}

/** A field written twice (duplicate-field reports it) keeps both values, a blank line apart. */
const joined = (before: string | undefined, value: string): string => (before ? (value ? `${before}\n\n${value}` : before) : value);

/**
 * A skills value's items: split at commas, semicolons and line breaks outside parentheses, list
 * bullets dropped. `Go (or Rust, ideally), Kubernetes` is two skills.
 */
export function splitSkills(value: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const item = value.slice(start, end).replace(/^[\s*+-]+/, '').replace(/[\s.]+$/, '').replace(/\s+/g, ' ');
    if (item) items.push(item);
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === '\n' || (depth === 0 && (c === ',' || c === ';'))) {
      push(i);
      start = i + 1;
      // A line break closes what it could not: a parenthesis is never open across items on lines of their own.
      if (c === '\n') depth = 0;
    }
  }
  push(value.length);
  return items;
}

/** The issue field's URLs; `org/repo#123` stands for its GitHub address. */
function issueUrls(field: Field): string[] {
  return (field.issues ?? []).flatMap((ref) => {
    const url = issueRefUrl(ref);
    return url === undefined ? [] : [url];
  });
}

/** An issue reference's URL, `org/repo#123` as its GitHub address; undefined for one that gives none. */
export function issueRefUrl(ref: IssueRef): string | undefined {
  if (ref.url) return ref.url;
  if (ref.shorthand) {
    const [repo, number] = ref.shorthand.split('#');
    return `https://github.com/${repo}/issues/${number}`;
  }
  return undefined;
}

/** Words that say a mentor's part rather than who they are: `Jane Doe (@jd) - primary`, `Co-Mentor: Jane Doe`. */
const ROLE = /(?<![\p{L}\p{N}_-])(primary|secondary|co-?mentor|lead|main|backup)(?![\p{L}\p{N}_-])/iu;

function exportMentor(mentor: Mentor): ExportedMentor {
  // The name holds no role (the model takes `Primary Mentor:` off it): a role word is looked for in the rest.
  const rest = (mentor.name ? mentor.text.replace(mentor.name, ' ') : mentor.text).replace(/https?:\/\/\S+|\S*@\S+/g, ' ');
  const role = ROLE.exec(rest)?.[1].toLowerCase().replace(/^co-?mentor$/, 'co-mentor') ?? null;
  return { name: mentor.name ?? null, handle: mentor.handle ?? null, email: mentor.email ?? null, role };
}
