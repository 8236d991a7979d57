import picomatch from 'picomatch';
import type { Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { FileError, readTextFile, walkFiles, type IdeasDocument } from '../core';
import type { Analysis, Analyzer } from './analysis';
import { diagnosticsOf, toDiagnostic } from '../features/diagnostics';
import type { LintWorkspaceResult } from '../protocol';
import { OnlineChecks } from './online-checks';
import { WorkspaceFindings } from './workspace-findings';
import { pathInFolders } from './workspace-paths';
import type { WorkspaceIndex } from './workspace-index';

/** Files on disk have no editor version; their analysis is forgotten when the file changes. */
const DISK_VERSION = -1;
const MAX_FILES = 10_000;
const MARKDOWN = picomatch('**/*.md');
/** How many times an analysis of a file on disk is made again when changing settings drop it. */
const STALE_TRIES = 5;

export type Publish = (uri: string, version: number | undefined, diagnostics: Diagnostic[]) => void;

/**
 * The ideas files of the workspace: open documents, linted on every change, and files on disk,
 * read for the workspace index and for "Lint Workspace".
 */
export class IdeasWorkspace {
  /** Files on disk whose diagnostics "Lint Workspace" published (their own findings'), to clear them when they open. */
  private readonly publishedFromDisk = new Map<string, Diagnostic[]>();
  /** The findings of the rules across files, made again a moment after the lists change. */
  readonly acrossFiles: WorkspaceFindings;
  /** The findings of the online rules, once the client turns them on. */
  readonly online: OnlineChecks;

  constructor(
    readonly analyzer: Analyzer,
    readonly index: WorkspaceIndex,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly publish: Publish,
    private readonly folders: () => string[] = () => [],
    log: (message: string) => void = () => {},
    githubStatus: (problem: string | undefined) => void = () => {},
    githubCache: () => string | undefined = () => undefined,
  ) {
    const republish = (uris: string[]) => void this.republish(uris).catch((error: unknown) => log(`publishing findings made apart from a keystroke failed: ${String(error)}`));
    this.acrossFiles = new WorkspaceFindings(index, republish, (uri) => this.nameOf(uri));
    const handles = () => index.mentors().map((mentor) => mentor.handle);
    this.online = new OnlineChecks((uri) => index.list(uri), (uri) => republish([uri]), githubStatus, handles, githubCache);
  }

  /** How the user reads a list's uri: its path in the workspace folder. */
  nameOf(uri: string): string {
    return pathInFolders(uri, this.folders());
  }

  /** The analysis of an open document's current version, or undefined once it is outdated. */
  analysisOf(uri: string): Promise<Analysis | undefined> {
    const document = this.documents.get(uri);
    if (!document) return Promise.resolve(undefined);
    return this.analyzer.analyze(document, () => this.documents.get(uri)?.version === document.version);
  }

  /** Lints an open document and publishes, unless a newer version arrived meanwhile. */
  async validate(document: TextDocument): Promise<void> {
    const analysis = await this.analysisOf(document.uri);
    if (!analysis || this.documents.get(document.uri)?.version !== analysis.version) return;
    this.publishedFromDisk.delete(document.uri);
    this.indexAnalysis(analysis);
    this.publish(document.uri, analysis.version, this.withApart(analysis.uri, analysis.result?.doc, diagnosticsOf(analysis)));
    this.acrossFiles.schedule();
    if (analysis.result) this.online.schedule(document.uri);
  }

  /** A list's own diagnostics with its findings made apart from the keystroke (across files, from GitHub), which follow its ideas until they are made again. */
  private withApart(uri: string, doc: IdeasDocument | undefined, own: Diagnostic[]): Diagnostic[] {
    const apart = [...this.acrossFiles.of(uri, doc), ...this.online.of(uri, doc)];
    return apart.length === 0 ? own : [...own, ...apart.map((finding) => toDiagnostic(finding, uri))];
  }

  /** The uris of the open documents: the lists the online check looks at. */
  openUris(): string[] {
    return this.documents.all().map((document) => document.uri);
  }

  private indexAnalysis(analysis: Analysis): void {
    if (analysis.result) this.index.set(analysis.uri, analysis.result.doc, { options: analysis.options, findings: analysis.result.findings });
    else this.index.delete(analysis.uri);
  }

  /** Publishes again the documents whose findings across files changed: open ones, and those "Lint Workspace" published. */
  private async republish(uris: string[]): Promise<void> {
    for (const uri of uris) {
      if (this.documents.get(uri)) {
        const analysis = await this.analysisOf(uri);
        if (analysis && this.documents.get(uri)?.version === analysis.version) this.publish(uri, analysis.version, this.withApart(uri, analysis.result?.doc, diagnosticsOf(analysis)));
        continue;
      }
      const own = this.publishedFromDisk.get(uri);
      if (own) this.publish(uri, undefined, this.withApart(uri, this.index.doc(uri), own));
    }
  }

  async validateOpen(): Promise<void> {
    for (const document of this.documents.all()) await this.validate(document);
  }

  /** A closed document: its diagnostics go, its index entry comes from the file on disk. */
  async closed(uri: string): Promise<void> {
    this.analyzer.forget(uri);
    this.online.forget(uri);
    this.publish(uri, undefined, []);
    await this.readFromDisk(uri, false);
    this.acrossFiles.schedule();
  }

  /**
   * Reads every markdown file of the folders that is not open: indexes the ideas files and, when
   * `publish` is set, publishes their diagnostics. Returns how many ideas files and findings. The
   * walk stays in each folder (`walkFiles`): nothing from outside the workspace is indexed.
   */
  async scan(folders: string[], publish: boolean): Promise<{ files: number; findings: number }> {
    let files = 0;
    let findings = 0;
    for (const folder of folders) {
      let walked = 0;
      for (const path of walkFiles(folder, { match: MARKDOWN, onError: () => {} })) {
        if (++walked > MAX_FILES) break;
        const uri = URI.file(path).toString();
        // Open documents first: their diagnostics wait for no file of the index.
        await this.analyzer.quiet();
        if (this.documents.get(uri)) continue;
        const analysis = await this.readFromDisk(uri, publish);
        if (analysis?.result) {
          files++;
          findings += analysis.result.findings.length;
        }
        // Let requests and keystrokes through between files.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    this.acrossFiles.schedule();
    return { files, findings };
  }

  /**
   * "Lint Workspace": lints and publishes every ideas list of the folders that is not open, and
   * counts the open ones with their problems, so that the answer says what was linted even when
   * every list is open (their diagnostics are current already).
   */
  async lintAll(folders: string[]): Promise<LintWorkspaceResult> {
    const disk = await this.scan(folders, true);
    let open = 0;
    let openFindings = 0;
    for (const document of this.documents.all()) {
      const analysis = await this.analysisOf(document.uri);
      if (!analysis?.result) continue;
      open++;
      openFindings += diagnosticsOf(analysis).length;
    }
    return { files: disk.files + open, findings: disk.findings + openFindings, open, openFindings };
  }

  /** A file changed on disk: open documents follow the editor, closed ones are read again. */
  async changedOnDisk(uri: string): Promise<void> {
    if (this.documents.get(uri)) return;
    await this.readFromDisk(uri, this.publishedFromDisk.has(uri));
    this.acrossFiles.schedule();
  }

  private async readFromDisk(uri: string, publish: boolean): Promise<Analysis | undefined> {
    this.analyzer.forget(uri);
    const text = readText(URI.parse(uri).fsPath);
    if (text === undefined) {
      this.index.delete(uri);
      if (this.publishedFromDisk.delete(uri)) this.publish(uri, undefined, []);
      return undefined;
    }
    // Files on disk are read once, not edited: no incremental parser to keep for them. An analysis
    // is dropped when the settings change while it is made: it is made again under the new ones,
    // and if they keep changing, the index keeps what it had rather than lose the file.
    let analysis: Analysis | undefined;
    for (let tries = 0; tries < STALE_TRIES && !analysis; tries++) {
      analysis = await this.analyzer.analyze({ uri, version: DISK_VERSION, getText: () => text }, () => true, false);
    }
    if (!analysis) return undefined;
    this.indexAnalysis(analysis);
    if (publish || this.publishedFromDisk.has(uri)) {
      const own = diagnosticsOf(analysis);
      this.publishedFromDisk.set(uri, own);
      this.publish(uri, undefined, this.withApart(uri, analysis.result?.doc, own));
    }
    return analysis;
  }
}

/**
 * A markdown file's text, or undefined when it is gone, unreadable, not a regular file, not text
 * or larger than `MAX_FILE_BYTES` (which holds any document of MAX_DOCUMENT_LENGTH).
 */
function readText(path: string): string | undefined {
  try {
    return readTextFile(path).text;
  } catch (error) {
    if (error instanceof FileError) return undefined;
    throw error;
  }
}
