import { dirname, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { Config, ConfigProblem } from '../core/config';
import { findConfig, loadConfig, type LoadedConfig } from '../core/config-files';
import { UsageError } from './inputs';

/**
 * The configuration of each linted file: the one named by --config, else the nearest
 * `.ideasrc.json` (read once per folder); --preset wins over either. Problems are collected
 * once per config file, for the CLI to print.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly fixed?: LoadedConfig;
  readonly problems: ConfigProblem[] = [];

  constructor(
    configFile: string | undefined,
    private readonly preset: string | undefined,
  ) {
    if (configFile !== undefined) {
      try {
        this.fixed = loadConfig(configFile);
      } catch (error) {
        throw new UsageError(`${configFile}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
      }
      this.problems.push(...this.fixed.problems);
    }
  }

  configFor(file: string): Config {
    const loaded = this.fixed ?? this.nearest(file);
    return this.preset ? { ...loaded.config, preset: this.preset, template: undefined } : loaded.config;
  }

  /** Whether the config's `files` globs name this file as an ideas list. */
  matchesFiles(file: string): boolean {
    const loaded = this.fixed ?? this.nearest(file);
    if (!loaded.config.files || !loaded.file) return false;
    return picomatch(loaded.config.files, { dot: true })(relative(dirname(loaded.file), resolve(file)).split('\\').join('/'));
  }

  private nearest(file: string): LoadedConfig {
    const dir = dirname(resolve(file));
    let loaded = this.byDir.get(dir);
    if (!loaded) {
      loaded = findConfig(file);
      this.byDir.set(dir, loaded);
      if (loaded.file && ![...this.byDir.values()].some((other) => other !== loaded && other.file === loaded!.file)) {
        this.problems.push(...loaded.problems);
      }
    }
    return loaded;
  }
}
