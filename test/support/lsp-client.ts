import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
} from 'vscode-languageserver-protocol/node';

export const serverPath = join(__dirname, '..', '..', 'dist', 'server.js');

/** The bundled server spawned over stdio, driven by the protocol library's client side. */
export class LspClient {
  private readonly child: ChildProcess;
  readonly connection: ProtocolConnection;
  private readonly published: PublishDiagnosticsParams[] = [];
  /** The version of every publication, by document, kept for the whole session. */
  readonly publishedVersions = new Map<string, (number | undefined)[]>();
  private readonly waiters: (() => void)[] = [];
  stderr = '';

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** `nodeFlags` go to the server's node before its script (the bench tries V8's heap settings). */
  constructor(nodeFlags: string[] = []) {
    this.child = spawn(process.execPath, [...nodeFlags, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.child.stdout!),
      new StreamMessageWriter(this.child.stdin!),
    );
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.publishedVersions.set(params.uri, [...(this.publishedVersions.get(params.uri) ?? []), params.version]);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.connection.listen();
  }

  /** What the client answers to workspace/configuration for section `ideas`; change it, then `configurationChanged()`. */
  settings: Record<string, unknown> = {};

  /**
   * Initializes with `rootDir` as the workspace folder. With `pullSettings`, the client declares
   * workspace/configuration and answers it from `settings`, as VS Code does; with `snippetEdits`,
   * it accepts snippet text edits.
   */
  async initialize(rootDir: string, pullSettings = false, snippetEdits = false): Promise<void> {
    this.connection.onRequest('workspace/configuration', ({ items }: { items: unknown[] }) => items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).href,
      workspaceFolders: [{ uri: pathToFileURL(rootDir).href, name: 'fixtures' }],
      capabilities: {
        workspace: {
          ...(pullSettings ? { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } : {}),
          ...(snippetEdits ? { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } : {}),
        },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  async configurationChanged(): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  /** Replaces `range` with `text` in version `version` of the document (incremental sync). */
  async change(uri: string, version: number, range: Range, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version, text },
    });
  }

  /** The next diagnostics published for `uri` (and, when given, for that document version). */
  async diagnostics(uri: string, version?: number, timeoutMs = 10000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.published.findIndex((p) => p.uri === uri && (version === undefined || p.version === version));
      if (index !== -1) {
        // Earlier publications for the same document are outdated; other documents' stay for their own waits.
        const found = this.published[index];
        for (let i = index; i >= 0; i--) if (this.published[i].uri === uri) this.published.splice(i, 1);
        return found.diagnostics;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  /** Asks the server to exit and waits a moment for it (a `--cpu-prof` server writes its profile then), else kills it. */
  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      await this.connection.sendNotification('exit');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    } finally {
      this.connection.dispose();
      this.child.kill();
    }
  }
}
