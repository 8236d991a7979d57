import { relative } from 'node:path';
import picomatch from 'picomatch';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { ConfigLookup, DocumentLinter, isIdeasDocument, lint, matchesConfigFiles, mayBeIdeasList, notCheckedFinding, type Finding, type LintOptions, type LintResult } from '../core';
import { within } from './budget';
import type { Settings, SettingsCache } from './settings';

/** Longer documents are not linted: one not-checked finding says so, instead of seconds per keystroke. */
export const MAX_DOCUMENT_LENGTH = 4_000_000;

/**
 * After a lint was stopped, its document is tried again only once its edits pause this long, so
 * that typing in it is not held for the whole budget on every keystroke.
 */
const RETRY_AFTER_MS = 1500;

/** What the server knows of one version of a document. */
export interface Analysis {
  uri: string;
  version: number;
  /** The lint result when the document is an ideas list; undefined for any other markdown. */
  result?: LintResult;
  /** A document left unchecked (too long, or over the time budget): its not-checked finding, if the rule is on. */
  notChecked?: Finding[];
}

/** A document as the analyzer needs it: open in the editor or read from disk. */
export type Source = Pick<TextDocument, 'uri' | 'version' | 'getText'>;

/**
 * Lints documents with the settings and `.ideasrc.json` of their place, and keeps the result of
 * each document's latest version, so every feature of one keystroke shares one lint.
 */
export class Analyzer {
  private readonly cache = new Map<string, Analysis>();
  /** One linter per document: a keystroke reparses only the section it touched, and mostly patches the last result. */
  private readonly linters = new Map<string, DocumentLinter>();
  /** Counts invalidations, so an analysis begun under older settings is not kept. */
  private generation = 0;
  /** Documents the user asked to lint as ideas lists, whatever their name or content. */
  readonly forced = new Set<string>();
  /** Documents whose last lint ran over the budget and was stopped. */
  private readonly overBudget = new Set<string>();

  constructor(
    private readonly settings: SettingsCache,
    readonly configs: ConfigLookup,
    private readonly folders: () => string[],
  ) {}

  /**
   * The analysis of `document`, or undefined when `isCurrent` says a newer version arrived while
   * the settings were fetched or the edits already received were applied: a stale version is
   * dropped, not computed.
   */
  async analyze(document: Source, isCurrent: () => boolean = () => true, incremental = true): Promise<Analysis | undefined> {
    // An open document is updated in place: remember which version was asked for.
    const version = document.version;
    const generation = this.generation;
    const cached = this.cache.get(document.uri);
    if (cached?.version === version) return cached;
    const settings = await this.settings.get(document.uri);
    // Let the edits already received land first (the connection handles one message per turn of
    // the event loop), so a burst of keystrokes is linted once, at its newest version.
    await new Promise((resolve) => setImmediate(resolve));
    if (this.overBudget.has(document.uri)) await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    // Settings that changed meanwhile make this analysis stale too; invalidate() lints again.
    if (!isCurrent() || document.version !== version || generation !== this.generation) return undefined;
    const analysis = this.analyzeWith(document, settings, incremental);
    this.cache.set(document.uri, analysis);
    return analysis;
  }

  /** The cached analysis of a document's current version, if it was made. */
  cached(uri: string, version: number): Analysis | undefined {
    const cached = this.cache.get(uri);
    return cached?.version === version ? cached : undefined;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.linters.delete(uri);
    this.overBudget.delete(uri);
  }

  /** Settings or configuration changed: every analysis must be made again. */
  invalidate(): void {
    this.generation++;
    this.cache.clear();
    this.configs.clear();
  }

  private analyzeWith(document: Source, settings: Settings, incremental: boolean): Analysis {
    const base = { uri: document.uri, version: document.version };
    if (!settings.enable) return base;
    const text = document.getText();
    const path = fsPath(document.uri);
    const loaded = path === undefined ? undefined : this.configs.nearest(path);
    const options = mergeOptions(settings.lint, loaded?.config ?? {});
    const named =
      this.forced.has(document.uri) ||
      (path !== undefined && (this.matchesSettings(path, settings.files) || (loaded !== undefined && matchesConfigFiles(loaded, path))));
    if (!named && !mayBeIdeasList(text)) return base;
    if (text.length > MAX_DOCUMENT_LENGTH) {
      return { ...base, notChecked: notCheckedFinding(`the document is longer than ${MAX_DOCUMENT_LENGTH.toLocaleString('en')} characters`, options) };
    }
    const budget = settings.lintBudget;
    const linted = within(budget, () => (incremental ? this.linterFor(document.uri).lint(text, options) : lint(text, options)));
    if (!linted) {
      // The stopped lint may have left the document's state half made: the next starts afresh.
      this.linters.delete(document.uri);
      this.overBudget.add(document.uri);
      return { ...base, notChecked: notCheckedFinding(`checking it took longer than ${budget} ms, the time budget that the ideas.lintBudget setting sets`, options) };
    }
    this.overBudget.delete(document.uri);
    return named || isIdeasDocument(linted.value.doc) ? { ...base, result: linted.value } : base;
  }

  private linterFor(uri: string): DocumentLinter {
    let linter = this.linters.get(uri);
    if (!linter) this.linters.set(uri, (linter = new DocumentLinter()));
    return linter;
  }

  /** `ideas.files` globs are relative to the workspace folder that holds the file. */
  private matchesSettings(path: string, globs: string[]): boolean {
    const folder = this.folders().find((dir) => !relative(dir, path).startsWith('..'));
    const relativePath = folder ? relative(folder, path) : path.replace(/^.*[\\/]/, '');
    return picomatch(globs, { dot: true })(relativePath.split('\\').join('/'));
  }
}

/** `.ideasrc.json` is the project's word: it wins over the user's settings, rule by rule. */
function mergeOptions(settings: LintOptions, config: LintOptions & { files?: string[] }): LintOptions {
  const fromConfig = { ...config };
  delete fromConfig.files;
  return { ...settings, ...fromConfig, rules: { ...settings.rules, ...fromConfig.rules } };
}

export function fsPath(uri: string): string | undefined {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : undefined;
}
