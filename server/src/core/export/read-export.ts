import { EXPORT_VERSION, type ExportedIdea, type ExportedMentor, type IdeasExport } from './idea-export';

/** What is wrong with a text given as an export: one line, for the user to act on. */
export class ExportError extends Error {}

/**
 * An export read back and checked, every value by its kind, before anything is made of it: the
 * shape of docs/export.schema.json, by hand (the schema is the contract's description; the core
 * runs no schema validator). Throws an ExportError naming the first value that is wrong.
 */
export function readExport(text: string): IdeasExport {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ExportError(`not JSON (${(error as Error).message.replace(/\s+/g, ' ').slice(0, 200)})`);
  }
  if (!isObject(data) || !('ideas' in data)) throw new ExportError('not an ideas export (expected {"version": 1, "ideas": […]}, as ideas-lint --export json writes)');
  if (data.version !== EXPORT_VERSION) throw new ExportError(`export version ${JSON.stringify(data.version)} is not one this ideas-lint reads (${EXPORT_VERSION})`);
  if (!Array.isArray(data.ideas)) throw new ExportError('"ideas" must be an array');
  return { version: EXPORT_VERSION, ideas: data.ideas.map((idea, i) => readIdea(idea, `ideas[${i}]`)) };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readIdea(value: unknown, at: string): ExportedIdea {
  if (!isObject(value)) throw new ExportError(`${at} must be an object`);
  const text = (key: string, nullable = true): string | null => {
    const v = value[key] ?? null;
    if (typeof v === 'string' || (nullable && v === null)) return v;
    throw new ExportError(`${at}.${key} must be a string${nullable ? ' or null' : ''}`);
  };
  const strings = (key: string): string[] | null => {
    const v = value[key] ?? null;
    if (v === null) return null;
    if (Array.isArray(v) && v.every((item) => typeof item === 'string')) return v as string[];
    throw new ExportError(`${at}.${key} must be an array of strings or null`);
  };
  const fields = value.fields ?? {};
  if (!isObject(fields) || !Object.values(fields).every((v) => typeof v === 'string')) throw new ExportError(`${at}.fields must be an object of strings`);
  const mentors = value.mentors ?? null;
  if (mentors !== null && !Array.isArray(mentors)) throw new ExportError(`${at}.mentors must be an array or null`);
  const line = value.line ?? 1;
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) throw new ExportError(`${at}.line must be a whole number, 1 or more`);
  const title = text('title', false)!;
  if (title.trim() === '' || /[\r\n]/.test(title)) throw new ExportError(`${at}.title must be one line of text`);
  const project = text('project');
  if (project !== null && (project.trim() === '' || /[\r\n]/.test(project))) throw new ExportError(`${at}.project must be one line of text or null`);
  return {
    program: text('program'),
    term: text('term'),
    project,
    title,
    description: text('description'),
    outcome: text('outcome'),
    skills: strings('skills'),
    size: text('size'),
    difficulty: text('difficulty'),
    mentors: mentors === null ? null : mentors.map((mentor, j) => readMentor(mentor, `${at}.mentors[${j}]`)),
    issues: strings('issues'),
    fields: Object.assign(Object.create(null) as Record<string, string>, fields as Record<string, string>),
    file: text('file') ?? '',
    line,
  };
}

function readMentor(value: unknown, at: string): ExportedMentor {
  if (!isObject(value)) throw new ExportError(`${at} must be an object`);
  const part = (key: keyof ExportedMentor): string | null => {
    const v = value[key] ?? null;
    if (v === null || (typeof v === 'string' && !/[\r\n]/.test(v))) return v;
    throw new ExportError(`${at}.${key} must be one line of text or null`);
  };
  return { name: part('name'), handle: part('handle'), email: part('email'), role: part('role') };
}
