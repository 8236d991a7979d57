import { parseConfig, type Config } from '../core';

/** The `ideas.*` settings of one resource, checked. */
export interface Settings {
  enable: boolean;
  /** Globs of the markdown files that are ideas lists, whatever their content. */
  files: string[];
  /** Preset and rule severities, as `.ideasrc.json` would give them. */
  lint: Omit<Config, 'files'>;
}

export const DEFAULT_FILES = ['**/*ideas*.md', '**/*Ideas*.md', '**/programs/**/*.md'];

export const defaultSettings: Settings = { enable: true, files: DEFAULT_FILES, lint: {} };

/**
 * Checks settings as the client sent them. A wrong part is reported and its default used: the
 * same checks as `.ideasrc.json`, since the settings say the same things.
 */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { settings: defaultSettings, problems: [] };
  const { enable, files, preset, rules } = raw as Record<string, unknown>;
  const problems: string[] = [];
  const settings: Settings = { ...defaultSettings, lint: {} };
  if (typeof enable === 'boolean') settings.enable = enable;
  else if (enable !== undefined && enable !== null) problems.push('ideas.enable: must be true or false');
  const checked = parseConfig(JSON.stringify({ files, preset: preset || undefined, rules }), 'settings');
  for (const problem of checked.problems) problems.push(`ideas.${problem.message}`);
  if (checked.config.files) settings.files = checked.config.files;
  if (checked.config.preset) settings.lint.preset = checked.config.preset;
  if (checked.config.rules) settings.lint.rules = checked.config.rules;
  return { settings, problems };
}

/** Settings per resource, asked for once and kept until the configuration changes. */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();

  constructor(
    private readonly ask: (uri: string) => Promise<unknown>,
    private readonly report: (message: string) => void,
  ) {}

  get(uri: string): Promise<Settings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.ask(uri).then(
        (raw) => {
          const { settings, problems } = readSettings(raw);
          for (const problem of problems) this.report(`${problem}; using the default`);
          return settings;
        },
        () => defaultSettings,
      );
      this.cache.set(uri, settings);
    }
    return settings;
  }

  clear(): void {
    this.cache.clear();
  }
}
