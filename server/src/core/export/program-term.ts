/**
 * The program and term a list belongs to, read from its path the way the CNCF mentoring
 * repository lays lists out: `programs/<program>/<term>…`. The term is the folders below the
 * program, and the file's own name when it starts with a year: `programs/summerofcode/2026.md` is
 * summerofcode 2026, `programs/lfx-mentorship/2025/03-Sep-Nov/README.md` is lfx-mentorship
 * 2025/03-Sep-Nov. A path that says neither gives null for both.
 */
export function programAndTerm(path: string): { program: string | null; term: string | null } {
  const parts = path.split(/[\\/]+/).filter((part) => part !== '' && part !== '.');
  const at = parts.lastIndexOf('programs');
  // The program is a folder: `programs/notes.md` names none.
  if (at === -1 || parts.length - at < 3) return { program: null, term: null };
  const program = parts[at + 1];
  const below = parts.slice(at + 2, -1);
  const stem = parts[parts.length - 1].replace(/\.[^.]*$/, '');
  if (YEAR.test(stem)) below.push(stem);
  return { program, term: below.length > 0 ? below.join('/') : null };
}

/** A name that starts with a year: `2026`, `2026-spring`. */
const YEAR = /^(?:19|20)\d\d(?!\d)/;
