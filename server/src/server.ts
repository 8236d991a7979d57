import {
  createConnection,
  CodeActionKind,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { ConfigLookup, formatEdits, type IdeasDocument } from './core';
import { Analyzer } from './host/analysis';
import { codeActions, FIX_ALL_KIND, SHOW_DOCS_COMMAND } from './features/code-actions';
import { completions } from './features/completion';
import { foldingRanges } from './features/folding';
import { guard } from './host/guard';
import { hover } from './features/hover';
import { insertionFor } from './features/insertion';
import { documentLinks } from './features/links';
import { SettingsCache } from './host/settings';
import { documentSymbols } from './features/symbols';
import { IdeasWorkspace } from './host/workspace';
import { WorkspaceIndex } from './host/workspace-index';
import { workspaceSymbols } from './features/workspace-symbols';
import { InsertionRequest, LintFileRequest, LintWorkspaceRequest } from './protocol';

// Connection wiring only: every feature lives in features/ over the LSP-free core.
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);


let folders: string[] = [];
let pulledSettings = false;
let folderEvents = false;
let snippetEdits = false;
/** Settings a client without workspace/configuration pushes with didChangeConfiguration. */
let pushedSettings: unknown;

const settings = new SettingsCache(
  async (uri) => (pulledSettings ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'ideas' }) : pushedSettings),
  (message) => connection.console.warn(message),
);
/** Config files whose problems are on show, to clear when configs are read again. */
const configsWithProblems = new Set<string>();
const configs = new ConfigLookup((loaded) => {
  const diagnostics: Diagnostic[] = loaded.problems.map((problem) => ({
    range: { start: problem, end: problem },
    severity: 2,
    source: 'ideas',
    message: problem.message,
  }));
  if (!loaded.file) return;
  const uri = URI.file(loaded.file).toString();
  configsWithProblems.add(uri);
  connection.sendDiagnostics({ uri, diagnostics });
});
const workspace = new IdeasWorkspace(
  new Analyzer(settings, configs, () => folders),
  new WorkspaceIndex(),
  documents,
  (uri, version, diagnostics) => connection.sendDiagnostics({ uri, version, diagnostics }),
);
const log = (message: string) => connection.console.error(message);

connection.onInitialize((params) => {
  pulledSettings = params.capabilities.workspace?.configuration === true;
  folderEvents = params.capabilities.workspace?.workspaceFolders === true;
  snippetEdits = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
  pushedSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
  folders = (params.workspaceFolders ?? []).map((folder) => URI.parse(folder.uri).fsPath);
  if (folders.length === 0 && params.rootUri) folders = [URI.parse(params.rootUri).fsPath];
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      hoverProvider: true,
      documentLinkProvider: { resolveProvider: false },
      workspaceSymbolProvider: true,
      completionProvider: { triggerCharacters: ['-', ':', ',', '@'] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentFormattingProvider: true,
      executeCommandProvider: { commands: [SHOW_DOCS_COMMAND] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'ideas-language-server', version: IDEAS_VERSION },
  };
});

connection.onInitialized(() => {
  if (pulledSettings) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'ideas' });
  void guard(log, 'indexing the workspace', () => workspace.scan(folders, false));
  if (!folderEvents) return;
  connection.workspace.onDidChangeWorkspaceFolders((event) => {
    const removed = new Set(event.removed.map((folder) => URI.parse(folder.uri).fsPath));
    folders = [...folders.filter((folder) => !removed.has(folder)), ...event.added.map((folder) => URI.parse(folder.uri).fsPath)];
    void guard(log, 'indexing the workspace', () => workspace.scan(event.added.map((folder) => URI.parse(folder.uri).fsPath), false));
  });
});

connection.onDidChangeConfiguration((change) => {
  if (!pulledSettings) pushedSettings = (change.settings as { ideas?: unknown } | undefined)?.ideas;
  settings.clear();
  workspace.analyzer.invalidate();
  void guard(log, 'applying new settings', () => workspace.validateOpen());
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  if (changes.some((change) => change.uri.endsWith('.ideasrc.json'))) {
    for (const uri of configsWithProblems) connection.sendDiagnostics({ uri, diagnostics: [] });
    configsWithProblems.clear();
    workspace.analyzer.invalidate();
    void guard(log, 'applying .ideasrc.json', async () => {
      await workspace.validateOpen();
      await workspace.scan(folders, false);
    });
    return;
  }
  for (const change of changes) void guard(log, `reading ${change.uri}`, () => workspace.changedOnDisk(change.uri));
});

documents.onDidChangeContent(({ document }) => void guard(log, `linting ${document.uri}`, () => workspace.validate(document)));
documents.onDidClose(({ document }) => void guard(log, `closing ${document.uri}`, () => workspace.closed(document.uri)));

/** Runs a request on the current analysis of a document; no answer for markdown that is not an ideas list. */
function onIdeas<T>(name: string, uri: string, answer: (doc: IdeasDocument) => T, none: T): Promise<T> {
  return guard(log, `${name} for ${uri}`, async () => {
    const analysis = await workspace.analysisOf(uri);
    return analysis?.result ? answer(analysis.result.doc) : none;
  }, true);
}

connection.onDocumentSymbol(({ textDocument }) => onIdeas('symbols', textDocument.uri, (doc) => documentSymbols(doc), []));
connection.onFoldingRanges(({ textDocument }) => onIdeas('folding', textDocument.uri, (doc) => foldingRanges(doc), []));
connection.onHover(({ textDocument, position }) => onIdeas('hover', textDocument.uri, (doc) => hover(doc, position) ?? null, null));
connection.onDocumentLinks(({ textDocument }) => onIdeas('links', textDocument.uri, (doc) => documentLinks(doc), []));
connection.onCompletion(({ textDocument, position }) => onIdeas('completion', textDocument.uri, (doc) => completions(doc, position, workspace.index), []));
connection.onDocumentFormatting(({ textDocument }) => onIdeas('formatting', textDocument.uri, formatEdits, []));
connection.onCodeAction((params) =>
  guard(log, `code actions for ${params.textDocument.uri}`, async () => {
    const analysis = await workspace.analysisOf(params.textDocument.uri);
    if (!analysis?.result) return [];
    const { doc, findings } = analysis.result;
    return codeActions({ uri: analysis.uri, version: analysis.version, doc, findings, snippets: snippetEdits }, params);
  }, true),
);
connection.onExecuteCommand(async ({ command, arguments: args }) => {
  // Opens the rule's page in the user's browser, in any client that supports window/showDocument.
  if (command === SHOW_DOCS_COMMAND && typeof args?.[0] === 'string') await connection.window.showDocument({ uri: args[0], external: true });
});
connection.onWorkspaceSymbol(({ query }) => workspaceSymbols(workspace.index, query));
connection.onRequest(InsertionRequest, ({ textDocument, position, kind }) => onIdeas('insertion', textDocument.uri, (doc) => insertionFor(doc, position, kind), null));

connection.onRequest(LintFileRequest, async ({ uri }) => {
  workspace.analyzer.forced.add(uri);
  workspace.analyzer.forget(uri);
  const document = documents.get(uri);
  if (document) await workspace.validate(document);
  return (await workspace.analysisOf(uri))?.result?.findings.length ?? 0;
});
connection.onRequest(LintWorkspaceRequest, () => guard(log, 'linting the workspace', () => workspace.scan(folders, true), true));

documents.listen(connection);
connection.listen();
