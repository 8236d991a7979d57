import { csvRows } from './csv-rows';
import { handleOf, type MaintainerEntry, type MaintainersRead } from './entry';

/**
 * A maintainers table such as CNCF's `project-maintainers.csv`
 * (`,Project,Maintainer Name,Company,Github Name,OWNERS/MAINTAINERS`): its header names the
 * columns, case aside; a row per maintainer. As in CNCF's file, a project's name stands on its first
 * row only: a row with an empty project cell belongs to the project above it.
 */
export function readCsvList(text: string): MaintainersRead {
  const rows = csvRows(text);
  const header = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (header < 0) return { problem: 'is empty' };
  const columns = rows[header].map((cell) => cell.trim().toLowerCase());
  const project = columns.findIndex((column) => /\bproject\b/.test(column));
  const handle = columns.findIndex((column) => /github|handle|login/.test(column));
  const name = columns.findIndex((column, i) => i !== handle && /\bname\b/.test(column));
  if (project < 0 || handle < 0) {
    return { problem: `has no ${project < 0 ? '"Project"' : '"GitHub" or "Handle"'} column in its header (${rows[header].map((c) => c.trim()).join(', ')})` };
  }
  const entries: MaintainerEntry[] = [];
  let current = '';
  for (const row of rows.slice(header + 1)) {
    current = row[project]?.trim() || current;
    const login = handleOf(row[handle] ?? '');
    if (current === '' || login === undefined) continue;
    const entry: MaintainerEntry = { project: current, handle: login };
    const written = row[name]?.trim();
    if (written) entry.name = written;
    entries.push(entry);
  }
  return { entries };
}
