import { handleOf, type MaintainerEntry, type MaintainersRead } from './entry';

/**
 * A `maintainers.yaml` that names its projects, in either of the shapes such files take:
 *
 *     - project: Gateway API          Gateway API:
 *       maintainers:                    - jdoe
 *         - jdoe                        - name: Ana Lima
 *         - name: Ana Lima                github: analima
 *           github: analima
 *
 * Read by hand, as OWNERS is: these two shapes are all that is needed, and the server's bundle
 * stays without a YAML library. A person is a bare handle, or a mapping whose `github`, `handle`
 * or `login` key holds it (`name` is the name). Comments and quotes are read; anchors, flow
 * mappings and multi-line strings are not.
 */
export function readMaintainersYaml(text: string): MaintainersRead {
  const entries: MaintainerEntry[] = [];
  let project = '';
  let person: MaintainerEntry | undefined;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/(?:^|\s)#.*$/, '');
    if (line.trim() === '') continue;
    const indent = line.length - line.trimStart().length;
    const item = /^\s*-\s*(.*)$/.exec(line);
    const body = item ? item[1] : line.trim();
    // A key is followed by `: ` or the line's end (YAML's rule): `https://…` is a value.
    const pair = /^([\w -]*[\w-]|"[^"]*"|'[^']*')\s*:(?:\s+(.*))?$/.exec(body);
    const key = pair && unquote(pair[1]).toLowerCase();
    const value = pair ? unquote((pair[2] ?? '').trim()) : unquote(body.trim());
    if (!item && indent === 0 && pair && value === '' && !LISTS.has(key!)) {
      // `Gateway API:` opening a list of its people.
      project = unquote(pair[1]);
      person = undefined;
    } else if (key === 'project') {
      project = value;
      person = undefined;
    } else if (item && !pair) {
      add(entries, project, { handle: value });
      person = undefined;
    } else if (key === 'github' || key === 'handle' || key === 'login') {
      if (item || !person) person = add(entries, project, {});
      const handle = handleOf(value);
      if (handle && person) person.handle = handle;
    } else if (key === 'name' && project !== '') {
      if (item || !person) person = add(entries, project, {});
      if (person && value) person.name = value;
    }
  }
  const found = entries.filter((entry) => entry.handle !== undefined);
  if (found.length === 0) return { problem: 'lists no maintainer with a GitHub handle under a project (see docs/rules/mentor-not-maintainer.md for the shapes read)' };
  return { entries: found };
}

/** A person of `project`, kept when it gets a handle; undefined outside any project. */
function add(entries: MaintainerEntry[], project: string, person: { handle?: string }): MaintainerEntry | undefined {
  if (project === '') return undefined;
  const entry: MaintainerEntry = { project };
  const handle = person.handle === undefined ? undefined : handleOf(person.handle);
  if (handle) entry.handle = handle;
  entries.push(entry);
  return entry;
}

/** Keys that open a list of people, not a project. */
const LISTS = new Set(['maintainers', 'approvers', 'reviewers', 'owners', 'people', 'members']);

const unquote = (text: string) => text.replace(/^(["'])(.*)\1$/, '$2');
