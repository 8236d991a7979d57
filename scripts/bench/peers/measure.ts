/**
 * One server on one file, in a process of its own (`npm run bench:peers` runs it once per pair):
 *
 *   node --import tsx scripts/bench/peers/measure.ts ours|remark|vscode-markdown FILE KEYSTROKE_TIMEOUT_MS  → one line of JSON
 *
 * FILE sits in the folder given to the server as its workspace. The keystrokes are those of
 * scripts/bench/keystrokes.ts: 60 letters typed at the ends of lines spread over the document (one
 * line in 37), each timed until that version's diagnostics arrive.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ours } from './ours';
import type { Peer } from './peer';
import { remark } from './remark';
import { Timeout } from './stdio-server';
import { vscodeMarkdown } from './vscode-markdown';

export const PEERS: Record<string, Peer> = { ours, remark, 'vscode-markdown': vscodeMarkdown };

export interface PeerFigures {
  /** Spawn → initialize → didOpen → first diagnostics, ms. */
  first: number;
  /** Diagnostics of the opened document. */
  found: number;
  /** Keystroke times of those answered in time, ms. */
  times: number[];
  /** Keystrokes whose diagnostics did not come within the timeout. */
  timeouts: number;
  /** Server RSS after the keystrokes, MB. */
  rss: number;
}

const KEYSTROKES = 60;
/** After this many timeouts a server is taken as stalled: the rest of its keystrokes are not typed. */
const STALLED = 3;
const OPEN_TIMEOUT_MS = 600_000;

async function measure(peer: Peer, file: string, timeoutMs: number): Promise<PeerFigures> {
  const text = readFileSync(file, 'utf8');
  const uri = pathToFileURL(file).href;
  const start = performance.now();
  const session = await peer.start(dirname(file));
  try {
    await session.open(uri, text);
    const found = await session.diagnostics(uri, 1, OPEN_TIMEOUT_MS);
    const first = performance.now() - start;
    const lines = text.split('\n');
    const times: number[] = [];
    let timeouts = 0;
    for (let i = 0; i < KEYSTROKES && timeouts < STALLED; i++) {
      const line = (i * 37) % lines.length;
      const character = lines[line].length;
      lines[line] += 'x';
      const version = i + 2;
      const sent = performance.now();
      await session.change(uri, version, { start: { line, character }, end: { line, character } }, 'x');
      try {
        await session.diagnostics(uri, version, timeoutMs);
        times.push(performance.now() - sent);
      } catch (error) {
        if (!(error instanceof Timeout)) throw error;
        timeouts++;
      }
    }
    return { first, found, times, timeouts, rss: session.rss() };
  } finally {
    await session.shutdown();
  }
}

if (require.main === module) {
  const [name, file, timeout] = process.argv.slice(2);
  const peer = PEERS[name];
  if (!peer || !file) {
    process.stderr.write(`usage: measure.ts ${Object.keys(PEERS).join('|')} FILE [KEYSTROKE_TIMEOUT_MS]\n`);
    process.exit(2);
  }
  measure(peer, file, Number(timeout ?? 10_000)).then(
    (figures) => process.stdout.write(`${JSON.stringify(figures)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
