import type { ExportedIdea, ExportedMentor } from './idea-export';

/** The columns of `ideas-lint --export csv`, in order: a contract, as the JSON keys are. */
export const CSV_COLUMNS = ['program', 'term', 'project', 'title', 'description', 'outcome', 'skills', 'size', 'difficulty', 'mentors', 'issues', 'fields', 'file', 'line'] as const;

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, so that spreadsheets read non-ASCII names right (default true). */
  bom?: boolean;
}

/**
 * The ideas as CSV (RFC 4180): a header row, one row per idea, records ended by CRLF, a value
 * quoted when it holds a comma, a quote, a line break or starts with a blank, its quotes doubled.
 * A list (skills, mentors, issues) is one cell, one item per line (items never hold a line break);
 * a mentor is written as a list writes one: `Jane Doe (@janedoe, jane@example.com) - primary`.
 * `fields` is a JSON object of label to value; an absent field is an empty cell.
 */
export function toCsv(ideas: readonly ExportedIdea[], { bom = true }: CsvOptions = {}): string {
  const rows = [CSV_COLUMNS.map(csvCell).join(','), ...ideas.map((idea) => CSV_COLUMNS.map((column) => csvCell(cellOf(idea, column))).join(','))];
  return (bom ? '\uFEFF' : '') + rows.map((row) => `${row}\r\n`).join('');
}

function cellOf(idea: ExportedIdea, column: (typeof CSV_COLUMNS)[number]): string {
  switch (column) {
    case 'skills':
    case 'issues':
      return (idea[column] ?? []).join('\n');
    case 'mentors':
      return (idea.mentors ?? []).map(mentorText).join('\n');
    case 'fields':
      return Object.keys(idea.fields).length > 0 ? JSON.stringify(idea.fields) : '';
    case 'line':
      return String(idea.line);
    default:
      return idea[column] ?? '';
  }
}

/** One value as a CSV field: quoted only when it must be. */
export function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A mentor as lists write one: `Name (@handle, e-mail) - role`, each part only when known. */
export function mentorText(mentor: ExportedMentor): string {
  const inParens = [mentor.handle && `@${mentor.handle}`, mentor.email].filter(Boolean).join(', ');
  const who = mentor.name ? (inParens ? `${mentor.name} (${inParens})` : mentor.name) : inParens;
  return mentor.role ? `${who} - ${mentor.role}` : who;
}
