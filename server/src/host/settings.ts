import { parseConfig, type Config } from '../core';

/** The `ideas.*` settings of one resource, checked. */
export interface Settings {
  enable: boolean;
  /** Globs of the markdown files that are ideas lists, whatever their content. */
  files: string[];
  /** Preset and rule severities, as `.ideasrc.json` would give them. */
  lint: Omit<Config, 'files'>;
  /** How many milliseconds one lint may hold the server before it is stopped. */
  lintBudget: number;
}

export const DEFAULT_FILES = ['**/*ideas*.md', '**/*Ideas*.md', '**/programs/**/*.md'];

/** Long enough for the largest real list many times over; short enough that a hostile file cannot hold the editor. */
const DEFAULT_LINT_BUDGET_MS = 2000;

export const defaultSettings: Settings = { enable: true, files: DEFAULT_FILES, lint: {}, lintBudget: DEFAULT_LINT_BUDGET_MS };

/**
 * Checks settings as the client sent them. A wrong part is reported and its default used: the
 * same checks as `.ideasrc.json`, since the settings say the same things.
 */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { settings: defaultSettings, problems: [] };
  const { enable, files, preset, rules, lintBudget } = raw as Record<string, unknown>;
  const problems: string[] = [];
  const settings: Settings = { ...defaultSettings, lint: {} };
  if (typeof enable === 'boolean') settings.enable = enable;
  else if (enable !== undefined && enable !== null) problems.push('ideas.enable: must be true or false');
  if (typeof lintBudget === 'number' && Number.isFinite(lintBudget) && lintBudget >= 100) settings.lintBudget = Math.min(lintBudget, 600_000);
  else if (lintBudget !== undefined && lintBudget !== null) problems.push('ideas.lintBudget: must be a number of milliseconds, at least 100');
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
