import { EXPORT_VERSION, exportIdeas, toCsv, type IdeasExport } from '../core';
import type { WorkspaceIndex } from '../host/workspace-index';

/**
 * "Export Ideas…" (`ideas/exportIdeas`): every idea of the workspace's lists, open or on disk, in
 * the JSON or CSV of `ideas-lint --export` (docs/export.schema.json), files by their path in the
 * workspace so that program and term are read from it, in path order.
 */
export function exportWorkspace(index: WorkspaceIndex, nameOf: (uri: string) => string, format: 'json' | 'csv', bom = true): { text: string; ideas: number } {
  const lists = index
    .files()
    .map(({ file, doc }) => ({ path: nameOf(file), doc }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const ideas = lists.flatMap(({ path, doc }) => exportIdeas(doc, path));
  const data: IdeasExport = { version: EXPORT_VERSION, ideas };
  return { text: format === 'csv' ? toCsv(ideas, { bom }) : `${JSON.stringify(data, null, 2)}\n`, ideas: ideas.length };
}
