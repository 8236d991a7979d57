import { handleOf, type MaintainerEntry, type MaintainersRead } from './entry';

/** The lists of a Kubernetes-style OWNERS file whose people may approve or review for the project. */
const LISTS = new Set(['approvers', 'reviewers']);

/**
 * A Kubernetes-style `OWNERS` file: YAML whose `approvers:` and `reviewers:` keys, at the top or
 * under `filters:`, hold lists of handles, block (`- jdoe`) or flow (`[jdoe, ana]`). Read by hand
 * rather than with a YAML parser: this one shape is all Ideas Author needs of it, and the core's
 * bundle stays without one. An entry of OWNERS_ALIASES (`sig-foo-leads`) is no handle to match;
 * `emeritus_approvers` are not current maintainers.
 */
export function readOwners(text: string, project: string): MaintainersRead {
  const entries: MaintainerEntry[] = [];
  let listIndent = -1;
  let keys = 0;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = withoutComment(raw);
    if (line.trim() === '') continue;
    const indent = line.length - line.trimStart().length;
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item && listIndent >= 0 && indent >= listIndent) {
      add(entries, project, item[1]);
      continue;
    }
    const key = /^\s*([\w.-]+|"[^"]*"|'[^']*')\s*:\s*(.*)$/.exec(line);
    listIndent = -1;
    if (!key) continue;
    keys++;
    if (!LISTS.has(key[1])) continue;
    const flow = /^\[(.*)\]$/.exec(key[2].trim());
    if (flow) for (const each of flow[1].split(',')) add(entries, project, each);
    else listIndent = indent;
  }
  if (keys === 0) return { problem: 'is not an OWNERS file: it has no "approvers:" or "reviewers:" list' };
  return { entries };
}

function add(entries: MaintainerEntry[], project: string, value: string): void {
  const handle = handleOf(value.trim().replace(/^(["'])(.*)\1$/, '$2'));
  if (handle) entries.push({ project, handle });
}

/** A YAML line without its comment: `#` at the start or after a blank, outside quotes (handles hold neither). */
function withoutComment(line: string): string {
  const at = line.search(/(?:^|\s)#/);
  return at < 0 ? line : line.slice(0, at);
}
