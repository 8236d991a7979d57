import { dirname, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { findConfig, type LoadedConfig } from './files';

/**
 * The nearest `.ideasrc.json` of each file, read once per folder until cleared. `onRead` hears
 * of each config file once per reading, so its problems are reported once.
 */
export class ConfigLookup {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly seen = new Set<string>();

  constructor(private readonly onRead: (loaded: LoadedConfig) => void = () => {}) {}

  nearest(file: string): LoadedConfig {
    const dir = dirname(resolve(file));
    let loaded = this.byDir.get(dir);
    if (!loaded) {
      loaded = findConfig(file);
      this.byDir.set(dir, loaded);
      if (loaded.file && !this.seen.has(loaded.file)) {
        this.seen.add(loaded.file);
        this.onRead(loaded);
      }
    }
    return loaded;
  }

  /**
   * Whether `file` is, or could be, a maintainers file of a config read (one it names, or one its
   * glob matches, present or not): a change to it changes what mentor-not-maintainer knows, as a
   * change to the config would.
   */
  namesMaintainersFile(file: string): boolean {
    const path = resolve(file);
    for (const loaded of this.byDir.values()) {
      if (!loaded.file || !loaded.config.maintainers) continue;
      const below = relative(dirname(loaded.file), path).split('\\').join('/');
      if (picomatch(loaded.config.maintainers.map((source) => source.file), { dot: true })(below)) return true;
    }
    return false;
  }

  /** Forget every config read: one was created, changed or deleted. */
  clear(): void {
    this.byDir.clear();
    this.seen.clear();
  }
}

/** Whether a config's `files` globs (relative to its folder) name `file` as an ideas list. */
export function matchesConfigFiles(loaded: LoadedConfig, file: string): boolean {
  if (!loaded.config.files || !loaded.file) return false;
  return picomatch(loaded.config.files, { dot: true })(relative(dirname(loaded.file), resolve(file)).split('\\').join('/'));
}
