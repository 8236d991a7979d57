import type { Node } from 'jsonc-parser';
import { globProblem, MAX_GLOBS } from '../config/globs';
import { propertiesOf, type Report } from '../config/json-node';
import { formatOf, type MaintainerSource } from './source';

/** `projectAliases` maps a few names; more are left out. */
export const MAX_ALIASES = 1000;

/**
 * `maintainers`: an array of paths or globs (a string), or `{ "file", "project" }` for a file
 * that covers one project and does not name it. A CSV names its projects on its rows, so it takes
 * no `project`; the others need one.
 */
export function readMaintainerSources(value: Node, at: Report): MaintainerSource[] | undefined {
  if (value.type !== 'array') {
    at(value, 'must be an array of file paths or { "file", "project" } objects');
    return undefined;
  }
  const sources: MaintainerSource[] = [];
  for (const item of value.children ?? []) {
    if (sources.length === MAX_GLOBS) {
      at(item, `holds more than ${MAX_GLOBS} files; the rest are left out`);
      break;
    }
    const source = readSource(item, at);
    if (source) sources.push(source);
  }
  return sources;
}

function readSource(item: Node, at: Report): MaintainerSource | undefined {
  let file: string | undefined;
  let project: string | undefined;
  if (item.type === 'string') file = item.value;
  else if (item.type === 'object') {
    for (const [key, keyNode, value] of propertiesOf(item)) {
      if (key !== 'file' && key !== 'project') at(keyNode, `unknown key "${key}" (expected file or project)`);
      else if (value.type !== 'string' || value.value.trim() === '') at(value, `"${key}" must be a non-empty string`);
      else if (key === 'file') file = value.value;
      else project = value.value.trim();
    }
    if (file === undefined) at(item, 'an entry must name its "file"');
  } else at(item, 'must be an array of file paths or { "file", "project" } objects');
  if (file === undefined) return undefined;
  const problem = globProblem(file);
  if (problem) {
    at(item, problem);
    return undefined;
  }
  const format = formatOf(file);
  if (project === undefined && format !== 'csv' && format !== 'yaml') {
    at(item, `"${file}" names no project: write { "file": "${file}", "project": "…" } with the project's heading in the list`);
    return undefined;
  }
  if (project !== undefined && (format === 'csv' || format === 'yaml')) {
    at(item, `"${file}" names its projects on its rows: leave out "project" (map a name that differs with "projectAliases")`);
    return undefined;
  }
  return project === undefined ? { file, offset: item.offset } : { file, project, offset: item.offset };
}

/** `projectAliases`: the project's heading in the list → its name in the maintainers files. */
export function readProjectAliases(value: Node, at: Report): Record<string, string> | undefined {
  if (value.type !== 'object') {
    at(value, 'must be an object of project names (as the list writes them) to names (as the maintainers files write them)');
    return undefined;
  }
  // Pairs, then fromEntries: a key `__proto__` is a name like any other.
  const aliases: [string, string][] = [];
  for (const [from, fromNode, to] of propertiesOf(value)) {
    if (aliases.length === MAX_ALIASES) {
      at(fromNode, `holds more than ${MAX_ALIASES} names; the rest are left out`);
      break;
    }
    if (from.trim() === '') at(fromNode, 'a project name is empty');
    else if (to.type !== 'string' || to.value.trim() === '') at(to, `"${from}" must map to a non-empty project name`);
    else aliases.push([from, to.value]);
  }
  return Object.fromEntries(aliases);
}
