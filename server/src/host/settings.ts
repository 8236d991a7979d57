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
 * Checks settings as the client sent them: arbitrary JSON. A wrong part is reported and its
 * default used; never throws. The checks are those of `.ideasrc.json`, since the settings say the
 * same things: only flat values are passed on to them (anything nested deeper than a setting's
 * kind allows becomes null, which they report), so the text they read is as long as the settings.
 */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  if (!isObject(raw)) return { settings: defaultSettings, problems: [] };
  const { enable, files, preset, rules, lintBudget } = raw;
  const problems: string[] = [];
  const settings: Settings = { ...defaultSettings, lint: {} };
  if (typeof enable === 'boolean') settings.enable = enable;
  else if (enable !== undefined && enable !== null) problems.push('ideas.enable: must be true or false');
  if (typeof lintBudget === 'number' && Number.isFinite(lintBudget) && lintBudget >= 100) settings.lintBudget = Math.min(lintBudget, 600_000);
  else if (lintBudget !== undefined && lintBudget !== null) problems.push('ideas.lintBudget: must be a number of milliseconds, at least 100');
  // Unset is undefined or null, and for the preset "" (the setting's "none").
  const given: Record<string, unknown> = {};
  if (files !== undefined && files !== null) given.files = flat(files, 1);
  if (preset !== undefined && preset !== null && preset !== '') given.preset = flat(preset, 0);
  if (rules !== undefined && rules !== null) given.rules = flat(rules, 1);
  const checked = parseConfig(JSON.stringify(given), 'settings');
  const messages = checked.problems.map(({ message }) => (/^(files|preset|rules):/.test(message) ? `ideas.${message}` : `ideas: ${message}`));
  problems.push(...messages);
  // A glob left out would leave fewer files named than the default does: a wrong list is all default.
  if (checked.config.files && !messages.some((message) => message.startsWith('ideas.files:'))) settings.files = checked.config.files;
  if (checked.config.preset) settings.lint.preset = checked.config.preset;
  if (checked.config.rules) settings.lint.rules = checked.config.rules;
  return { settings, problems };
}

/** `value` down to `levels` levels of arrays and objects; what is deeper is null. */
function flat(value: unknown, levels: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (levels === 0) return null;
  if (Array.isArray(value)) return value.map((item) => flat(item, levels - 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, flat(item, levels - 1)]));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
