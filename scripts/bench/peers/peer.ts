import type { Range } from 'vscode-languageserver-protocol/node';

/** One language server under measurement, driven over stdio from the bench's own client. */
export interface Peer {
  name: string;
  /** Which node runs the server, and how it is started, for the report. */
  runs: string;
  /** Spawns the server and initializes it with `workspace` as its folder. */
  start(workspace: string): Promise<PeerSession>;
}

export interface PeerSession {
  open(uri: string, text: string): Promise<void>;
  /** Replaces `range` with `text` in document version `version` (incremental sync). */
  change(uri: string, version: number, range: Range, text: string): Promise<void>;
  /** The number of diagnostics of `version` of `uri`, once they arrive; rejects with a Timeout. */
  diagnostics(uri: string, version: number, timeoutMs: number): Promise<number>;
  /** The server process's resident memory, MB. */
  rss(): number;
  shutdown(): Promise<void>;
}
