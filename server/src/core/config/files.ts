import { dirname, join, resolve } from 'node:path';
import { FileError } from '../fs/io-errors';
import { readTextFile } from '../fs/read';
import { parseConfig, type Config, type ConfigProblem } from './config';

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
    if (text !== undefined) return { file, ...parseConfig(text, file) };
    if (dirname(dir) === dir) return { config: {}, problems: [] };
  }
}

/** A config file named explicitly (`--config`): a missing one is an error (a FileError), not a default. */
export function loadConfig(file: string): LoadedConfig {
  return { file, ...parseConfig(readTextFile(file, { maxBytes: MAX_CONFIG_BYTES }).text, file) };
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
