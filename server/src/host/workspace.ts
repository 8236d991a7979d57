import picomatch from 'picomatch';
import type { Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { FileError, readTextFile, walkFiles } from '../core';
import type { Analysis, Analyzer } from './analysis';
import { diagnosticsOf } from '../features/diagnostics';
import type { LintWorkspaceResult } from '../protocol';
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
  /** Files on disk whose diagnostics "Lint Workspace" published, to clear them when they open. */
  private readonly publishedFromDisk = new Set<string>();

  constructor(
    readonly analyzer: Analyzer,
    readonly index: WorkspaceIndex,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly publish: Publish,
  ) {}

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
    this.publish(document.uri, analysis.version, diagnosticsOf(analysis));
    if (analysis.result) this.index.set(document.uri, analysis.result.doc);
    else this.index.delete(document.uri);
  }

  async validateOpen(): Promise<void> {
    for (const document of this.documents.all()) await this.validate(document);
  }

  /** A closed document: its diagnostics go, its index entry comes from the file on disk. */
  async closed(uri: string): Promise<void> {
    this.analyzer.forget(uri);
    this.publish(uri, undefined, []);
    await this.readFromDisk(uri, false);
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
    if (analysis.result) this.index.set(uri, analysis.result.doc);
    else this.index.delete(uri);
    if (publish || this.publishedFromDisk.has(uri)) {
      this.publishedFromDisk.add(uri);
      this.publish(uri, undefined, diagnosticsOf(analysis));
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
