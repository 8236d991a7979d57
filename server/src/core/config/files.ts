import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseConfig, type Config, type ConfigProblem } from './config';

export const CONFIG_FILE = '.ideasrc.json';

export interface LoadedConfig {
  config: Config;
  /** The file it came from, if any. */
  file?: string;
  problems: ConfigProblem[];
}

/** The nearest `.ideasrc.json` in the folder of `path` or above it; an empty config when none. */
export function findConfig(path: string, read: (file: string) => string | undefined = readIfPresent): LoadedConfig {
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    const file = join(dir, CONFIG_FILE);
    const text = read(file);
    if (text !== undefined) return { file, ...parseConfig(text, file) };
    if (dirname(dir) === dir) return { config: {}, problems: [] };
  }
}

/** A config file named explicitly (`--config`): a missing one is an error, not a default. */
export function loadConfig(file: string): LoadedConfig {
  return { file, ...parseConfig(readFileSync(file, 'utf8'), file) };
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
