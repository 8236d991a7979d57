/**
 * Ideas Author's language server beside the ones users would pick instead (remark's, VS Code's
 * markdown one), over stdio, on the same files and keystrokes: a section of `npm run bench`
 * (`peersSection`), and alone as `npm run bench:peers`, which writes docs/benchmarks-peers.md. One
 * server at a time, each in a process of its own, measured by scripts/bench/peers/measure.ts.
 *
 *   npm run bench:peers [-- --timeout=MS]
 *
 * `--timeout` is how long one keystroke may wait for its diagnostics (10 s), after which it counts
 * as timed out. `IDEAS_BENCH_PEER_SIZES` lists the generated lists' sizes ("1000,3000,8000"); peers
 * take minutes on 8,000 ideas, so a smoke run passes smaller ones.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { generateIdeas } from './generate-ideas';
import { PEERS, type PeerFigures } from './peers/measure';

const root = join(__dirname, '..', '..');
const corpusDir = join(root, 'test', 'fixtures', 'corpus');
/** Under the repository, so that remark finds its plugins in node_modules from the workspace. */
const workDir = join(root, '.cache', 'bench-peers');

export interface PeersOptions {
  /** How long one keystroke may wait for its diagnostics, ms (10 s). */
  timeoutMs?: number;
  /** The heading level of each file's table: `##` alone, `###` inside docs/benchmarks.md. */
  heading?: string;
}

/** One measured file: `ideas` is the size of a generated list, undefined for the corpus files. */
export interface PeersFile {
  slug: 'largest' | 'seed' | `generated-${number}`;
  ideas?: number;
  /** Each server's figures, or why it failed, by its key in PEERS. */
  results: Record<string, Result>;
}

const sizes = () => (process.env.IDEAS_BENCH_PEER_SIZES ?? '1000,3000,8000').split(',').map(Number);

/** Each file to measure, copied alone into a folder of its own as `project-ideas.md` (every server's workspace). */
function files(): { name: string; slug: PeersFile['slug']; ideas?: number; path: string }[] {
  rmSync(workDir, { recursive: true, force: true });
  const corpus = readdirSync(corpusDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
  const largest = corpus.reduce((a, b) => (statSync(join(corpusDir, a)).size >= statSync(join(corpusDir, b)).size ? a : b));
  const sources: { name: string; slug: PeersFile['slug']; ideas?: number; copy: (to: string) => void }[] = [
    { name: `${largest} (largest corpus file)`, slug: 'largest', copy: (to) => copyFileSync(join(corpusDir, largest), to) },
    { name: 'seed-project-ideas.md', slug: 'seed', copy: (to) => copyFileSync(join(root, 'test', 'fixtures', 'seed-project-ideas.md'), to) },
    // Without a Template block: the server infers the template from the ideas, the harder case.
    ...sizes().map((n) => ({
      name: `generated, ${n.toLocaleString('en')} ideas, no Template block`,
      slug: `generated-${n}` as const,
      ideas: n,
      copy: (to: string) => writeFileSync(to, generateIdeas(n, 1, { template: false })),
    })),
  ];
  return sources.map(({ copy, ...source }) => {
    const folder = join(workDir, source.slug);
    mkdirSync(folder, { recursive: true });
    // What a remark user has: the recommended preset; the other servers ignore the file.
    writeFileSync(join(folder, '.remarkrc.json'), `${JSON.stringify({ plugins: ['remark-preset-lint-recommended'] })}\n`);
    const path = join(folder, 'project-ideas.md');
    copy(path);
    return { ...source, path };
  });
}

export type Result = PeerFigures | { error: string };

function run(peer: string, file: string, timeoutMs: number): Result {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'peers', 'measure.ts'), peer, file, String(timeoutMs)], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(out) as PeerFigures;
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    return { error: (stderr || String(error)).trim().split('\n')[0] };
  }
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
const ms = (value: number | undefined) => (value === undefined ? '–' : value < 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(0)} ms`);
/** Two significant digits below 0.1, so that a ratio of 1 to 400 does not read 0.00. */
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '–' : a / b < 0.1 ? (a / b).toPrecision(2) : (a / b).toFixed(2));

/** p50, p95 and worst of the keystrokes answered in time (undefined when none was). */
export function keystrokes({ times }: PeerFigures) {
  return {
    p50: times.length ? percentile(times, 50) : undefined,
    p95: times.length ? percentile(times, 95) : undefined,
    worst: times.length ? Math.max(...times) : undefined,
  };
}

/** The worst keystroke, as "> 10 s" when one timed out: the slowest answered is not the worst then. */
const worstText = (figures: PeerFigures, timeoutMs: number) => (figures.timeouts ? `> ${(timeoutMs / 1000).toFixed(0)} s` : ms(keystrokes(figures).worst));

/**
 * Measures every server on every file, writing the tables through `say`; returns the figures, for
 * the targets of `npm run bench`.
 */
export function peersSection(say: (line?: string) => void, { timeoutMs = 10_000, heading = '##' }: PeersOptions = {}): PeersFile[] {
  say('Each server runs in a process of its own over stdio, one after another, driven by a client written for the bench');
  say('(scripts/bench/peers/). Cold start: spawn → initialize → didOpen → first diagnostics. Keystrokes: 60 letters typed at');
  say('the ends of lines spread over the document (one line in 37), each timed until the diagnostics of its version arrive');
  say(`(pushed, or for VS Code's server the \`textDocument/diagnostic\` pull sent after the change); a keystroke waits at most ${(timeoutMs / 1000).toFixed(0)} s, and`);
  say('after 3 timeouts the server is taken as stalled. "Answered in time" counts the keystrokes typed, which stop at the third timeout. RSS: VmRSS of the server process after the keystrokes. Ratios: ours ÷ peer (below 1: ours is faster or leaner).');
  say('The generated lists have no Template block: the template is inferred from the ideas.');
  say();
  for (const [key, peer] of Object.entries(PEERS)) say(`- **${peer.name}** (\`${key}\`): ${peer.runs}.`);
  const measured = files().map(({ name, slug, ideas, path }) => {
    say();
    say(`${heading} ${name}, ${(statSync(path).size / 1024).toFixed(0)} KB`);
    say();
    const results = Object.fromEntries(
      Object.keys(PEERS).map((key) => {
        process.stderr.write(`${key} on ${relative(root, path)}…\n`);
        return [key, run(key, path, timeoutMs)];
      }),
    );
    table(say, results, timeoutMs);
    return { slug, ideas, results };
  });
  say();
  say('Diagnostics differ in kind: ours are the ideas template checks; remark-lint-recommended\'s are markdown style; VS Code\'s are');
  say('broken links only. The figures compare what each server costs the editor per keystroke, not what it finds.');
  return measured;
}

/** One file's rows: each server's figures, then ours ÷ each peer's. */
function table(say: (line?: string) => void, results: Record<string, Result>, timeoutMs: number): void {
  say('| server | cold start | keystroke p50 | p95 | worst | answered in time | RSS after | diagnostics at open |');
  say('|---|---|---|---|---|---|---|---|');
  for (const [key, result] of Object.entries(results)) {
    if ('error' in result) say(`| ${PEERS[key].name} | failed: ${result.error} | | | | | | |`);
    else {
      const k = keystrokes(result);
      say(`| ${PEERS[key].name} | ${ms(result.first)} | ${ms(k.p50)} | ${ms(k.p95)} | ${worstText(result, timeoutMs)} | ${result.times.length} of ${result.times.length + result.timeouts} | ${result.rss.toFixed(0)} MB | ${result.found} |`);
    }
  }
  const { ours, ...peers } = results;
  if ('error' in ours) return;
  const o = keystrokes(ours);
  for (const [key, result] of Object.entries(peers)) {
    if ('error' in result) continue;
    const p = keystrokes(result);
    say(`| ours ÷ ${PEERS[key].name} | ${ratio(ours.first, result.first)} | ${ratio(o.p50, p.p50)} | ${ratio(o.p95, p.p95)} | ${result.timeouts ? '–' : ratio(o.worst, p.worst)} | | ${ratio(ours.rss, result.rss)} | |`);
  }
}

function main(): void {
  const timeoutArg = process.argv.slice(2).find((arg) => arg.startsWith('--timeout='));
  const lines: string[] = [];
  const say = (line = '') => {
    lines.push(line);
    process.stdout.write(`${line}\n`);
  };
  say('# Ideas Author beside the language servers users would pick instead');
  say();
  say(`Generated by \`npm run bench:peers\` (scripts/bench/peers.ts) on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB.`);
  peersSection(say, { timeoutMs: timeoutArg ? Number(timeoutArg.slice('--timeout='.length)) : undefined });
  writeFileSync(join(root, 'docs', 'benchmarks-peers.md'), `${lines.join('\n')}\n`);
}

if (require.main === module) main();
