import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
} from 'vscode-languageserver-protocol/node';

/** A peer's language server spawned over stdio (`command` is its node, so the pid is the server's). */
export class StdioServer {
  private readonly child: ChildProcess;
  readonly connection: ProtocolConnection;
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: (() => void)[] = [];
  stderr = '';

  constructor(command: string, args: string[], cwd: string) {
    this.child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    // What every client answers or takes: registrations, progress, logs.
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  get pid(): number {
    return this.child.pid!;
  }

  async open(uri: string, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  async change(uri: string, version: number, range: Range, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  /** How many diagnostics were published for `version` of `uri`; rejects after `timeoutMs`. */
  async pushed(uri: string, version: number, timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.published.findIndex((p) => p.uri === uri && p.version === version);
      if (index !== -1) {
        const found = this.published[index];
        this.published.splice(0, index + 1);
        return found.diagnostics.length;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Timeout(timeoutMs);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  rss(): number {
    return rssOf(this.pid);
  }

  /** Asks the server to exit, kills it if it does not within two seconds (a stalled server never answers). */
  async shutdown(): Promise<void> {
    try {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      await Promise.race([this.connection.sendRequest('shutdown').then(() => this.connection.sendNotification('exit')), exited, pause(2000)]);
      await Promise.race([exited, pause(2000)]);
    } finally {
      this.connection.dispose();
      this.child.kill('SIGKILL');
    }
  }
}

/** A keystroke or an open whose diagnostics did not come in time. */
export class Timeout extends Error {
  constructor(readonly ms: number) {
    super(`no diagnostics within ${ms} ms`);
  }
}

/** A process's resident memory, MB. */
export const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
