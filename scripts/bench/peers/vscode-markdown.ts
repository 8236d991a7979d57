import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { applyEdit } from './edit';
import type { Peer } from './peer';
import { StdioServer, Timeout } from './stdio-server';

const root = join(__dirname, '..', '..', '..');
/** It declares Node ≥ 22: the Node 24 that scripts/e2e/setup.sh downloads runs it. */
export const node24 = join(root, '.cache', 'e2e', 'node24', 'node_modules', 'node', 'bin', 'node');
const entry = join(root, 'node_modules', 'vscode-markdown-languageserver', 'dist', 'node', 'workerMain.js');

/** VS Code's defaults for the settings the server reads, with validation turned on. */
const settings = {
  markdown: {
    server: { log: 'off' },
    preferredMdPathExtensionStyle: 'auto',
    suggest: { paths: { enabled: true, includeWorkspaceHeaderCompletions: 'onDoubleHash' } },
    occurrencesHighlight: { enabled: false },
    validate: {
      enabled: true,
      referenceLinks: { enabled: 'warning' },
      fragmentLinks: { enabled: 'warning' },
      fileLinks: { enabled: 'warning', markdownFragmentLinks: 'inherit' },
      ignoredLinks: [],
      unusedLinkDefinitions: { enabled: 'hint' },
      duplicateLinkDefinitions: { enabled: 'warning' },
    },
  },
};

/**
 * VS Code's markdown language server, answered as VS Code's markdown extension answers it: the
 * client parses with markdown-it (VS Code's options, tokens cached per document version), serves
 * the workspace's files and takes watchers; diagnostics are pulled after each change.
 */
export const vscodeMarkdown: Peer = {
  name: 'vscode-markdown-languageserver',
  runs: `\`node node_modules/vscode-markdown-languageserver/dist/node/workerMain.js --stdio\` on Node ${existsSync(node24) ? readNodeVersion() : '24 (missing)'} (.cache/e2e/node24)`,
  async start(workspace) {
    if (!existsSync(node24)) throw new Error(`${node24} is missing: run scripts/e2e/setup.sh, which downloads it`);
    const server = new StdioServer(node24, [entry, '--stdio'], workspace);
    const open = new Map<string, { text: string; version: number }>();
    answerAsVsCode(server, workspace, open);
    const folder = pathToFileURL(workspace).href;
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder,
      workspaceFolders: [{ uri: folder, name: 'bench' }],
      initializationOptions: { markdownFileExtensions: ['md', 'mkd', 'mdwn', 'mdown', 'markdown', 'markdn', 'mdtxt', 'mdtext', 'workbook'] },
      capabilities: {
        workspace: { workspaceFolders: true, configuration: true, diagnostics: { refreshSupport: true } },
        textDocument: { diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false } },
      },
    });
    await server.connection.sendNotification('initialized', {});
    // VS Code's client sends the `markdown` section as soon as it starts.
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings });
    return {
      async open(uri, text) {
        open.set(uri, { text, version: 1 });
        await server.open(uri, text);
      },
      async change(uri, version, range, insert) {
        const document = open.get(uri)!;
        open.set(uri, { text: applyEdit(document.text, range, insert), version });
        await server.change(uri, version, range, insert);
      },
      async diagnostics(uri, _version, timeoutMs) {
        const cancel = new CancellationTokenSource();
        const timer = setTimeout(() => cancel.cancel(), timeoutMs);
        try {
          const report = await server.connection.sendRequest<{ items?: unknown[] }>('textDocument/diagnostic', { textDocument: { uri }, identifier: 'markdown' }, cancel.token);
          return report.items?.length ?? 0;
        } catch (error) {
          if (cancel.token.isCancellationRequested) throw new Timeout(timeoutMs);
          throw error;
        } finally {
          clearTimeout(timer);
        }
      },
      rss: () => server.rss(),
      shutdown: () => server.shutdown(),
    };
  },
};

function readNodeVersion(): string {
  return JSON.parse(readFileSync(join(node24, '..', '..', 'package.json'), 'utf8')).version as string;
}

/** The requests VS Code's markdown extension answers for its server (extensions/markdown-language-features/src/client). */
function answerAsVsCode(server: StdioServer, workspace: string, open: Map<string, { text: string; version: number }>): void {
  const engine = new MarkdownIt({ html: true, linkify: true });
  engine.linkify.set({ fuzzyLink: false });
  const tokens = new Map<string, { version: number; tokens: ReturnType<MarkdownIt['parse']> }>();
  const { connection } = server;
  connection.onRequest('markdown/parse', ({ uri, text }: { uri: string; text?: string }) => {
    if (text !== undefined) return engine.parse(text, {});
    const document = open.get(uri);
    if (!document) return engine.parse(readFileSync(fileURLToPath(uri), 'utf8'), {});
    const cached = tokens.get(uri);
    if (cached?.version === document.version) return cached.tokens;
    const parsed = engine.parse(document.text, {});
    tokens.set(uri, { version: document.version, tokens: parsed });
    return parsed;
  });
  connection.onRequest('markdown/fs/readFile', ({ uri }: { uri: string }) => [...readFileSync(fileURLToPath(uri))]);
  connection.onRequest('markdown/fs/stat', ({ uri }: { uri: string }) => {
    const path = fileURLToPath(uri);
    return existsSync(path) ? { isDirectory: statSync(path).isDirectory() } : null;
  });
  connection.onRequest('markdown/fs/readDirectory', ({ uri }: { uri: string }) =>
    readdirSync(fileURLToPath(uri), { withFileTypes: true }).map((entry) => [entry.name, { isDirectory: entry.isDirectory() }]),
  );
  connection.onRequest('markdown/fs/watcher/create', () => null);
  connection.onRequest('markdown/fs/watcher/delete', () => null);
  connection.onRequest('markdown/findMarkdownFilesInWorkspace', () =>
    readdirSync(workspace, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md') && !name.split('/').includes('node_modules'))
      .map((name) => pathToFileURL(join(workspace, name)).href),
  );
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('workspace/configuration', ({ items }: { items: unknown[] }) => items.map(() => settings.markdown));
}
