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
  /** The options it was linted under (settings and `.ideasrc.json`): Fix All and Format lint their own output under them. */
  options?: LintOptions;
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
  /** The analysis being made of each document, shared by the callers that ask for its version meanwhile. */
  private readonly running = new Map<string, { version: number; generation: number; analysis: Promise<Analysis | undefined> }>();

  constructor(
    private readonly settings: SettingsCache,
    readonly configs: ConfigLookup,
    private readonly folders: () => string[],
  ) {}

  /**
   * The analysis of `document`, or undefined when `isCurrent` says a newer version arrived while
   * the settings were fetched, the edits already received were applied or the sections were
   * parsed: a stale version is dropped, not computed. Callers asking for the same version meanwhile
   * share one analysis.
   */
  analyze(document: Source, isCurrent: () => boolean = () => true, incremental = true): Promise<Analysis | undefined> {
    const version = document.version;
    const cached = this.cache.get(document.uri);
    if (cached?.version === version) return Promise.resolve(cached);
    const running = this.running.get(document.uri);
    if (running?.version === version && running.generation === this.generation) return running.analysis;
    const analysis = this.analyzeNow(document, isCurrent, incremental).finally(() => {
      if (this.running.get(document.uri)?.analysis === analysis) this.running.delete(document.uri);
    });
    this.running.set(document.uri, { version, generation: this.generation, analysis });
    return analysis;
  }

  private async analyzeNow(document: Source, isCurrent: () => boolean, incremental: boolean): Promise<Analysis | undefined> {
    // An open document is updated in place: remember which version was asked for.
    const version = document.version;
    const generation = this.generation;
    const current = () => isCurrent() && document.version === version && generation === this.generation;
    const settings = await this.settings.get(document.uri);
    // Let the edits already received land first (the connection handles one message per turn of
    // the event loop), so a burst of keystrokes is linted once, at its newest version.
    await nextTurn();
    if (this.overBudget.has(document.uri)) await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    // Settings that changed meanwhile make this analysis stale too; invalidate() lints again.
    if (!current()) return undefined;
    const analysis = await this.analyzeWith(document, settings, incremental, current);
    if (analysis) this.cache.set(document.uri, analysis);
    return analysis;
  }

  /** Resolves once no analysis is running: the workspace scan reads a file only then, so open documents come first. */
  async quiet(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()].map(({ analysis }) => analysis));
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
    this.running.delete(uri);
  }

  /** Settings or configuration changed: every analysis must be made again. */
  invalidate(): void {
    this.generation++;
    this.cache.clear();
    this.configs.clear();
  }

  private async analyzeWith(document: Source, settings: Settings, incremental: boolean, current: () => boolean): Promise<Analysis | undefined> {
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
    // A file read from disk is linted once, whole (the workspace scan gives the thread back between files).
    const linted = incremental ? await lintSharing(this.linterFor(document.uri), text, options, budget, current) : (within(budget, () => lint(text, options))?.value ?? OVER_BUDGET);
    if (linted === STALE) return undefined;
    if (linted === OVER_BUDGET) {
      // The stopped lint may have left the document's state half made: the next starts afresh.
      this.linters.delete(document.uri);
      this.overBudget.add(document.uri);
      return { ...base, notChecked: notCheckedFinding(`checking it took longer than ${budget} ms, the time budget that the ideas.lintBudget setting sets`, options) };
    }
    this.overBudget.delete(document.uri);
    return named || isIdeasDocument(linted.doc) ? { ...base, result: linted, options } : base;
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

const STALE = Symbol('stale');
const OVER_BUDGET = Symbol('over budget');

/**
 * How long the sections of a first lint are parsed before the thread is given back: other
 * documents' requests and diagnostics are answered between slices, at little cost to this one.
 */
const SLICE_MS = 20;

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * `linter.lint(text)` within `budget` ms of this document's own work. A first lint parses every
 * section: that is done ahead, a slice at a time, giving the thread back between slices and
 * stopping once `current` says the text is outdated (the trees made still serve the next text).
 * One slow section, or the model and rules, cannot be cut: V8's watchdog stops them at the budget.
 */
async function lintSharing(linter: DocumentLinter, text: string, options: LintOptions, budget: number, current: () => boolean): Promise<LintResult | typeof STALE | typeof OVER_BUDGET> {
  let spent = 0;
  if (linter.fresh) {
    const steps = linter.prepare(text);
    for (let parsed = false; !parsed; ) {
      const start = performance.now();
      const slice = within(budget - spent, () => {
        for (;;) {
          if (steps.next().done) return true;
          if (performance.now() - start >= SLICE_MS) return false;
        }
      });
      spent += performance.now() - start;
      if (!slice || spent >= budget) return OVER_BUDGET;
      parsed = slice.value;
      if (!parsed) {
        await nextTurn();
        if (!current()) return STALE;
      }
    }
  }
  const linted = within(budget - spent, () => linter.lint(text, options));
  return linted ? linted.value : OVER_BUDGET;
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
