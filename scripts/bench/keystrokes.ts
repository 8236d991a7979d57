/**
 * One language-server measurement of `npm run bench`, in a process of its own: the client that
 * times the keystrokes must not add the pauses of a large heap (the bench's own, after parsing
 * the big inputs) to what it measures.
 *
 *   node --import tsx scripts/bench/keystrokes.ts FILE letters|Enter [--then-idle] [NODE_FLAG…]  → one line of JSON
 *
 * `--then-idle` also measures the server's RSS after a minute without edits. Node flags after the
 * keys go to the server's process, e.g. `--heap-growing-percent=20`. With `IDEAS_BENCH_WORKSPACE`
 * (a folder holding FILE and `IDEAS_BENCH_LISTS` lists), the server indexes that folder first and
 * runs the rules across files over it; `IDEAS_BENCH_NO_ACROSS=1` turns those rules off.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../../test/support/lsp-client';

export interface KeystrokeFigures {
  /** Spawn to first diagnostics, ms. */
  first: number;
  /** Server RSS once the first diagnostics arrived, MB. */
  openRss: number;
  p50: number;
  p95: number;
  /** Server RSS after the keystrokes, MB. */
  rss: number;
  /** Server RSS a minute later, MB (with `--then-idle`). */
  idleRss?: number;
}

/** How long `--then-idle` waits: V8 gives memory back to the system when the heap stays quiet. */
const IDLE_MS = 60_000;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

async function keystrokes(file: string, typed: string, thenIdle: boolean, nodeFlags: string[], count = 60): Promise<KeystrokeFigures> {
  const text = readFileSync(file, 'utf8');
  const client = new LspClient(nodeFlags);
  // Generated lists of thousands of ideas take longer to open than the default time budget allows,
  // as the setting's description says: the bench raises it, as their user would.
  client.settings = { lintBudget: 600_000, ...(process.env.IDEAS_BENCH_NO_ACROSS ? { rules: Object.fromEntries(ACROSS.map((id) => [id, 'off'])) } : {}) };
  const start = performance.now();
  // Without a workspace to measure: an empty folder, so that no scan of other files runs during the keystrokes.
  const workspace = process.env.IDEAS_BENCH_WORKSPACE;
  await client.initialize(workspace ?? mkdtempSync(join(tmpdir(), 'ideas-keys-')), true);
  const uri = pathToFileURL(file).href;
  await client.open(uri, text);
  await client.diagnostics(uri, 1, 120000);
  const first = performance.now() - start;
  if (workspace) await indexed(client, Number(process.env.IDEAS_BENCH_LISTS));
  const rssNow = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${client.pid}/status`, 'utf8'))![1]) / 1024;
  const openRss = rssNow();
  // Keystrokes spread over the document: typed at the end of a line, one line in 37.
  const lines = text.split('\n');
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const line = (i * 37) % lines.length;
    const character = lines[line].length;
    lines[line] += typed;
    const version = i + 2;
    const sent = performance.now();
    await client.change(uri, version, { start: { line, character }, end: { line, character } }, typed);
    await client.diagnostics(uri, version, 120000);
    times.push(performance.now() - sent);
  }
  const figures: KeystrokeFigures = { first, openRss, p50: percentile(times, 50), p95: percentile(times, 95), rss: rssNow() };
  if (thenIdle) {
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    figures.idleRss = rssNow();
  }
  await client.shutdown();
  return figures;
}

const ACROSS = ['duplicate-issue', 'reproposed-idea', 'mentor-identity'];

/** Waits until the server has indexed `lists` lists, then for the rules across files to have run over them. */
async function indexed(client: LspClient, lists: number): Promise<void> {
  while ((await client.connection.sendRequest<unknown[]>('ideas/workspaceLists')).length < lists) await new Promise((resolve) => setTimeout(resolve, 200));
  await new Promise((resolve) => setTimeout(resolve, 2000));
}

const [file, keys, ...rest] = process.argv.slice(2);
const thenIdle = rest[0] === '--then-idle';
keystrokes(file, keys === 'Enter' ? '\n' : 'x', thenIdle, thenIdle ? rest.slice(1) : rest).then(
  (figures) => process.stdout.write(`${JSON.stringify(figures)}\n`),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
