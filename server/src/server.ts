import { homedir } from 'node:os';
import { join } from 'node:path';
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
import { ConfigLookup, formatAll, lint, rules, type IdeasDocument } from './core';
import { Analyzer } from './host/analysis';
import { codeActions, FIX_ALL_KIND, SHOW_DOCS_COMMAND } from './features/code-actions';
import { disableCapabilities, disableContext } from './features/disable-actions';
import { completions } from './features/completion';
import { linkRuleDocs } from './features/diagnostics';
import { packageRoot, ruleDocsFile } from './features/rule-docs';
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
import { exportWorkspace } from './features/export-ideas';
import { defaultCacheFile } from './online/cache';
import { workspaceLists } from './features/workspace-lists';
import { AllIdeasRequest, ExportIdeasRequest, GitHubNotification, GitHubStatusNotification, RefreshGitHubRequest, InsertionRequest, LintFileRequest, LintWorkspaceRequest, WorkspaceListsRequest } from './protocol';
import { allIdeas } from './features/find-idea';

// Connection wiring only: every feature lives in features/ over the LSP-free core.
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);


let folders: string[] = [];
let pulledSettings = false;
let folderEvents = false;
let snippetEdits = false;
let disabling = disableCapabilities({});
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
  () => folders,
  (message) => log(message),
  (problem) => {
    if (problem) connection.console.info(`GitHub checks: ${problem}`);
    void connection.sendNotification(GitHubStatusNotification, problem ? { problem } : {});
  },
  () => githubCache,
);
/** How long after initialization the workspace index starts: the first documents' didOpen arrive meanwhile, and are linted first. */
const INDEX_AFTER_MS = 200;
/** Where GitHub's answers are kept between sessions: the editor's storage for the extension, else the CLI's cache. */
let githubCache: string | undefined;
const log = (message: string) => connection.console.error(message);
/** The folder that holds `docs/rules/`, the rule pages shipped beside the bundle. */
const docsRoot = packageRoot();

connection.onInitialize((params) => {
  pulledSettings = params.capabilities.workspace?.configuration === true;
  folderEvents = params.capabilities.workspace?.workspaceFolders === true;
  snippetEdits = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
  disabling = disableCapabilities(params.capabilities);
  const options = params.initializationOptions as { settings?: unknown; showsRuleDocs?: unknown; storage?: unknown } | undefined;
  githubCache = typeof options?.storage === 'string' ? join(options.storage, 'github.json') : defaultCacheFile(process.env, homedir());
  pushedSettings = options?.settings;
  // A client that opens rule pages itself (the VS Code extension: a markdown preview of the
  // bundled page) registers `ideas.showRuleDocs`; diagnostics link to it as a `command:` URI.
  const clientShowsDocs = options?.showsRuleDocs === true;
  linkRuleDocs({ root: docsRoot, clientCommand: clientShowsDocs ? SHOW_DOCS_COMMAND : undefined });
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
      // No trigger characters: after `-`, `:`, `,` or `@` most lines have nothing to complete, and
      // an empty answer leaves VS Code's word suggestions to pop up in prose. The VS Code client
      // asks for suggestions itself where there are some (client/src/suggest-at-line-start.ts).
      completionProvider: {},
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentFormattingProvider: true,
      ...(clientShowsDocs ? {} : { executeCommandProvider: { commands: [SHOW_DOCS_COMMAND] } }),
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'ideas-language-server', version: IDEAS_VERSION },
  };
});

connection.onInitialized(() => {
  if (pulledSettings) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'ideas' });
  // The documents the editor opens with the window come right after this: the index waits for them.
  setTimeout(() => void guard(log, 'indexing the workspace', () => workspace.scan(folders, false)), INDEX_AFTER_MS);
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
  // A maintainers file is read with its config (mentor-not-maintainer): its change is the config's.
  if (changes.some((change) => change.uri.endsWith('.ideasrc.json') || configs.namesMaintainersFile(URI.parse(change.uri).fsPath))) {
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
connection.onHover(({ textDocument, position }) => onIdeas('hover', textDocument.uri, (doc) => hover(doc, position, (key) => workspace.online.issue(key)) ?? null, null));
connection.onDocumentLinks(({ textDocument }) => onIdeas('links', textDocument.uri, (doc) => documentLinks(doc), []));
connection.onCompletion(({ textDocument, position }) => onIdeas('completion', textDocument.uri, (doc) => completions(doc, position, workspace.index), []));
connection.onDocumentFormatting(({ textDocument }) =>
  guard(log, `formatting ${textDocument.uri}`, async () => {
    const analysis = await workspace.analysisOf(textDocument.uri);
    if (!analysis?.result) return [];
    // Format applies the label fixes of what the document's own rules report, to a fixed point.
    return formatAll(analysis.result.doc.text, (text) => lint(text, analysis.options)).edits;
  }, true),
);
connection.onCodeAction((params) =>
  guard(log, `code actions for ${params.textDocument.uri}`, async () => {
    const analysis = await workspace.analysisOf(params.textDocument.uri);
    if (!analysis?.result) return [];
    const { doc, findings } = analysis.result;
    const lintText = (text: string) => lint(text, analysis.options).findings;
    return codeActions({ uri: analysis.uri, version: analysis.version, doc, findings, snippets: snippetEdits, lintText, ...disableContext(analysis.uri, folders, disabling) }, params);
  }, true),
);
connection.onExecuteCommand(async ({ command, arguments: args }) => {
  // Opens the rule's bundled page in the editor, in any client that supports window/showDocument.
  const id: unknown = args?.[0];
  if (command === SHOW_DOCS_COMMAND && typeof id === 'string' && rules.some((rule) => rule.id === id)) {
    await connection.window.showDocument({ uri: ruleDocsFile(id, docsRoot), takeFocus: true });
  }
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
connection.onRequest(LintWorkspaceRequest, () => guard(log, 'linting the workspace', () => workspace.lintAll(folders), true));
connection.onRequest(AllIdeasRequest, () => guard(log, 'listing the ideas', () => allIdeas(workspace.index), true));
connection.onNotification(GitHubNotification, (settings) => {
  const enabled = settings?.enabled === true;
  const apiUrl = typeof settings?.apiUrl === 'string' && /^https?:\/\//.test(settings.apiUrl) ? settings.apiUrl.replace(/\/+$/, '') : undefined;
  const token = typeof settings?.token === 'string' && settings.token !== '' ? settings.token : undefined;
  workspace.online.configure({ enabled, apiUrl, token }, workspace.openUris());
});
connection.onRequest(RefreshGitHubRequest, () =>
  guard(log, 'refreshing the GitHub checks', async () => {
    const uris = workspace.openUris();
    await workspace.online.refresh(uris);
    return uris.length;
  }, true),
);
connection.onRequest(WorkspaceListsRequest, () => guard(log, 'listing the lists', () => workspaceLists(workspace.index, workspace.acrossFiles, (uri) => workspace.nameOf(uri)), true));
connection.onRequest(ExportIdeasRequest, ({ format, bom }) => guard(log, 'exporting the ideas', () => exportWorkspace(workspace.index, (uri) => workspace.nameOf(uri), format === 'csv' ? 'csv' : 'json', bom !== false), true));

documents.listen(connection);
connection.listen();
