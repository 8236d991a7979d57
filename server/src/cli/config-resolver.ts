import { ConfigLookup, FileError, loadConfig, matchesConfigFiles, type Config, type ConfigProblem, type LoadedConfig } from '../core';
import { UsageError } from './inputs';

/**
 * The configuration of each linted file: the one named by --config, else the nearest
 * `.ideasrc.json`; --preset wins over either. Problems are collected once per config file, for
 * the CLI to print with their places; the files are linted with what of the config could be read.
 */
export class ConfigResolver {
  private readonly fixed?: LoadedConfig;
  private readonly lookup = new ConfigLookup((loaded) => this.problems.push(...loaded.problems));
  readonly problems: ConfigProblem[] = [];

  constructor(
    configFile: string | undefined,
    private readonly preset: string | undefined,
  ) {
    if (configFile !== undefined) {
      // Only a file that cannot be read stops the run; what is wrong inside it is a problem to print.
      try {
        this.fixed = loadConfig(configFile);
      } catch (error) {
        if (!(error instanceof FileError)) throw error;
        throw new UsageError(error.line);
      }
      this.problems.push(...this.fixed.problems);
    }
  }

  configFor(file: string): Config {
    const loaded = this.fixed ?? this.lookup.nearest(file);
    return this.preset ? { ...loaded.config, preset: this.preset, template: undefined } : loaded.config;
  }

  /** Whether the config's `files` globs name this file as an ideas list. */
  matchesFiles(file: string): boolean {
    return matchesConfigFiles(this.fixed ?? this.lookup.nearest(file), file);
  }
}
