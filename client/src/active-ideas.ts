import * as vscode from 'vscode';
import { DocumentSymbolRequest, SymbolKind, type DocumentSymbol, type LanguageClient } from 'vscode-languageclient/node';
import { EMPTY_IDEA_DETAIL } from '../../server/src/protocol';

/** An idea of the active file, as the view and the status bar show it. */
export interface IdeaEntry {
  title: string;
  mentors: string;
  range: vscode.Range;
  problems: vscode.Diagnostic[];
  /** A heading with no fields (`#### TODO`), which the empty-idea rule reports. */
  empty?: boolean;
}

/** A project (or a group of ideas inside one) with its ideas. */
export interface ProjectEntry {
  title: string;
  range: vscode.Range;
  ideas: IdeaEntry[];
  groups: ProjectEntry[];
}

/** The rule that says a file looks like an ideas list whose ideas could not be read. */
const NOT_UNDERSTOOD = 'not-understood';

export interface IdeasSnapshot {
  uri: vscode.Uri;
  projects: ProjectEntry[];
  /** Ideas with no project heading above them. */
  loose: IdeaEntry[];
  ideaCount: number;
  problems: vscode.Diagnostic[];
  /** The file looks like a list of ideas, but the server could not read them (rule not-understood). */
  notUnderstood?: boolean;
}

/**
 * The structure of the active editor's ideas file, from the server's document symbols, with
 * each idea's problems. Refreshed when the editor changes and whenever the server publishes
 * diagnostics for it, which it does after every edit.
 */
export class ActiveIdeas implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<IdeasSnapshot | undefined>();
  readonly onDidChange = this.changed.event;
  private current: IdeasSnapshot | undefined;
  private readonly subscriptions: vscode.Disposable[];
  private generation = 0;

  constructor(private readonly client: LanguageClient) {
    this.subscriptions = [
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const uri = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((changed) => changed.toString() === uri)) void this.refresh();
      }),
    ];
  }

  get snapshot(): IdeasSnapshot | undefined {
    return this.current;
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    let snapshot: IdeasSnapshot | undefined;
    if (document?.languageId === 'markdown' && this.client.isRunning()) {
      try {
        const symbols = (await this.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: document.uri.toString() } })) as DocumentSymbol[] | null;
        snapshot = this.toSnapshot(document.uri, symbols ?? []);
      } catch {
        // The server restarted or the document closed meanwhile; the next event refreshes again.
      }
    }
    if (generation !== this.generation) return;
    this.current = snapshot;
    // The Ideas view's `when`: set before listeners hear of the snapshot, so that the view can reveal itself.
    await vscode.commands.executeCommand('setContext', 'ideas.activeIsIdeasFile', snapshot !== undefined);
    if (generation !== this.generation) return;
    this.changed.fire(snapshot);
  }

  private toSnapshot(uri: vscode.Uri, symbols: DocumentSymbol[]): IdeasSnapshot | undefined {
    const problems = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'ideas');
    const range = (symbol: DocumentSymbol) => this.client.protocol2CodeConverter.asRange(symbol.range);
    const idea = (symbol: DocumentSymbol): IdeaEntry => {
      const ideaRange = range(symbol);
      const entry: IdeaEntry = { title: symbol.name, mentors: symbol.detail ?? '', range: ideaRange, problems: problems.filter((d) => ideaRange.contains(d.range.start)) };
      if (symbol.detail === EMPTY_IDEA_DETAIL && !symbol.children?.length) Object.assign(entry, { mentors: '', empty: true });
      return entry;
    };
    const project = (symbol: DocumentSymbol): ProjectEntry => ({
      title: symbol.name,
      range: range(symbol),
      ideas: (symbol.children ?? []).filter((child) => child.kind === SymbolKind.Class).map(idea),
      groups: (symbol.children ?? []).filter((child) => child.kind === SymbolKind.Module).map(project),
    });
    const projects: ProjectEntry[] = [];
    const loose: IdeaEntry[] = [];
    for (const symbol of symbols) {
      if (symbol.kind === SymbolKind.Namespace) projects.push(...(symbol.children ?? []).map(project));
      else if (symbol.kind === SymbolKind.Package) projects.push(project(symbol));
      else if (symbol.kind === SymbolKind.Class) loose.push(idea(symbol));
    }
    const count = (entry: ProjectEntry): number => entry.ideas.length + entry.groups.reduce((sum, group) => sum + count(group), 0);
    const ideaCount = loose.length + projects.reduce((sum, entry) => sum + count(entry), 0);
    // A list the server could not read has no ideas, but says so: the status bar passes it on.
    if (ideaCount === 0) return problems.some((d) => d.code === NOT_UNDERSTOOD || (typeof d.code === 'object' && d.code.value === NOT_UNDERSTOOD)) ? { uri, projects, loose, ideaCount, problems, notUnderstood: true } : undefined;
    return { uri, projects, loose, ideaCount, problems };
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
