import { dirname, join, resolve } from 'node:path';
import { FileError } from '../fs/io-errors';
import { readTextFile } from '../fs/read';
import { loadMaintainers } from '../maintainers/load';
import { parseConfig, type Config, type ConfigProblem } from './config';
import { ProblemList } from './problems';

export const CONFIG_FILE = '.ideasrc.json';
/** A configuration is a few hundred bytes; a megabyte is no configuration, whatever its name. */
const MAX_CONFIG_BYTES = 2 ** 20;

export interface LoadedConfig {
  config: Config;
  /** The file it came from, if any. */
  file?: string;
  problems: ConfigProblem[];
}

/**
 * The nearest `.ideasrc.json` in the folder of `path` or above it; an empty config when none. One
 * that is there but cannot be read is an empty config with a problem saying why.
 */
export function findConfig(path: string, read: (file: string) => string | undefined = readIfPresent): LoadedConfig {
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    const file = join(dir, CONFIG_FILE);
    let text: string | undefined;
    try {
      text = read(file);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      return { file, config: {}, problems: [{ file, line: 0, character: 0, message: `cannot be read: ${error.message}` }] };
    }
    if (text !== undefined) return configOf(text, file);
    if (dirname(dir) === dir) return { config: {}, problems: [] };
  }
}

/** A config file named explicitly (`--config`): a missing one is an error (a FileError), not a default. */
export function loadConfig(file: string): LoadedConfig {
  return configOf(readTextFile(file, { maxBytes: MAX_CONFIG_BYTES }).text, file);
}

/**
 * A config file's text, read, with the maintainers files it names read too: once per reading of
 * the config, so that a lint never touches the disk. A maintainers file that cannot be used is a
 * problem at the entry that names it.
 */
function configOf(text: string, file: string): LoadedConfig {
  const { config, problems } = parseConfig(text, file);
  if (!config.maintainers) return { file, config, problems };
  const loaded = loadMaintainers(config.maintainers, config.projectAliases, dirname(resolve(file)));
  const found = new ProblemList();
  for (const { offset, message } of loaded.problems) found.add(offset, message);
  return { file, config: { ...config, maintainerLists: loaded.lists }, problems: [...problems, ...found.placed(file, text)] };
}

/** A file's text, or undefined when there is no such file. */
export function readIfPresent(file: string): string | undefined {
  try {
    return readTextFile(file, { maxBytes: MAX_CONFIG_BYTES }).text;
  } catch (error) {
    if (error instanceof FileError && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return undefined;
    throw error;
  }
}
