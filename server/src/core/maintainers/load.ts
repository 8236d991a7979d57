import { isAbsolute, join } from 'node:path';
import picomatch from 'picomatch';
import { FileError } from '../fs/io-errors';
import { readTextFile } from '../fs/read';
import { walkFiles } from '../fs/walk';
import { readCodeowners } from './codeowners';
import { readCsvList } from './csv-list';
import type { MaintainerEntry, MaintainersRead } from './entry';
import { MaintainerLists } from './maintainer-lists';
import { readMaintainerLines } from './maintainers-lines';
import { readMaintainersYaml } from './maintainers-yaml';
import { readOwners } from './owners';
import { formatOf, type MaintainerSource } from './source';

/** CNCF's list of every project's maintainers is under 100 kB; a file far past it is no maintainers list. */
const MAX_MAINTAINERS_BYTES = 4 * 2 ** 20;

/** A problem with a maintainers file, at the place the configuration names it. */
export interface MaintainersProblem {
  offset: number;
  message: string;
}

/**
 * Reads the maintainers files a configuration in `dir` names, once per reading of the
 * configuration. A file that is missing, unreadable or not of its format is a problem at its
 * entry; the others still count. A glob names every file it matches below `dir`.
 */
export function loadMaintainers(
  sources: readonly MaintainerSource[],
  aliases: Readonly<Record<string, string>> | undefined,
  dir: string,
): { lists: MaintainerLists; problems: MaintainersProblem[] } {
  const lists: { file: string; entries: MaintainerEntry[] }[] = [];
  const problems: MaintainersProblem[] = [];
  for (const source of sources) {
    const paths = picomatch.scan(source.file).isGlob ? globbed(source.file, dir) : [source.file];
    if (paths.length === 0) problems.push({ offset: source.offset, message: `maintainers: no file matches "${source.file}"` });
    for (const path of paths) {
      const read = readOne(path, source, dir);
      if (read.problem !== undefined) problems.push({ offset: source.offset, message: `maintainers: "${path}" ${read.problem}` });
      else if (read.entries.length === 0) problems.push({ offset: source.offset, message: `maintainers: "${path}" lists no maintainer with a GitHub handle` });
      else lists.push({ file: path, entries: read.entries });
    }
  }
  return { lists: new MaintainerLists(lists, aliases), problems };
}

/** The files a glob matches below the config's folder, as paths relative to it. */
function globbed(glob: string, dir: string): string[] {
  // A folder that cannot be read holds no maintainers file: "no file matches" says as much.
  return [...walkFiles(dir, { match: picomatch(glob, { dot: true }), onError: () => {} })].map((path) => path.slice(dir.length + 1).split('\\').join('/'));
}

function readOne(path: string, source: MaintainerSource, dir: string): MaintainersRead {
  let text: string;
  try {
    text = readTextFile(isAbsolute(path) ? path : join(dir, path), { maxBytes: MAX_MAINTAINERS_BYTES }).text;
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    return { problem: `cannot be read: ${error.message}` };
  }
  const project = source.project ?? '';
  switch (formatOf(path)) {
    case 'csv':
      return readCsvList(text);
    case 'yaml':
      return readMaintainersYaml(text);
    case 'owners':
      return readOwners(text, project);
    case 'codeowners':
      return readCodeowners(text, project);
    case 'lines':
      return readMaintainerLines(text, project);
  }
}
