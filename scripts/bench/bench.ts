/**
 * `npm run bench`: every figure of docs/benchmarks.md, measured in one run on this machine.
 * Medians over repeated runs; ratios where two tools do the same work. No assertions: the
 * targets are compared in the report, not enforced.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint } from '../../server/src/core/lint';
import { parseMarkdown } from '../../server/src/core/parse';
import { LspClient } from '../../test/support/lsp-client';
import { generateIdeas } from './generate-ideas';

const root = join(__dirname, '..', '..');
const corpusDir = join(root, '..', 'shared', 'corpus');
const RUNS = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

function timeMedian(work: () => unknown, runs = RUNS): number {
  work(); // warm
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

function wallMedian(command: string, args: string[], runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(command, args, { cwd: root, stdio: 'ignore' });
    times.push(performance.now() - start);
  }
  return median(times);
}

const report: string[] = [];
const say = (line = '') => {
  report.push(line);
  console.log(line);
};

async function main(): Promise<void> {
  // Inputs
  const corpusFiles = execFileSync('find', [corpusDir, '-name', '*.md'], { encoding: 'utf8' }).trim().split('\n').sort();
  const largest = corpusFiles.reduce((a, b) => (statSync(a).size >= statSync(b).size ? a : b));
  const scratch = mkdtempSync(join(tmpdir(), 'ideas-bench-'));
  const generated = [100, 1000, 10000].map((n) => {
    const path = join(scratch, `generated-${n}.md`);
    writeFileSync(path, generateIdeas(n));
    return { n, path };
  });

  say('# Benchmarks');
  say();
  say(`Measured by \`npm run bench\` (scripts/bench/bench.ts) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}.`);
  say(`Medians of ${RUNS} warm runs unless said otherwise; every figure comes from the same run.`);
  say();

  // 1. Parse alone vs full lint, in process
  say('## Full lint against remark-parse alone (in process)');
  say();
  say('| input | size | remark-parse | lint (parse + model + rules) | lint ÷ parse |');
  say('|---|---|---|---|---|');
  let corpusParse = 0;
  let corpusLint = 0;
  for (const file of corpusFiles) {
    const text = readFileSync(file, 'utf8');
    const parse = timeMedian(() => parseMarkdown(text));
    const full = timeMedian(() => lint(text));
    corpusParse += parse;
    corpusLint += full;
    if (file === largest || file.endsWith('seed/project-ideas.md')) {
      say(`| ${relative(corpusDir, file)} | ${(text.length / 1024).toFixed(0)} KB | ${ms(parse)} | ${ms(full)} | ${(full / parse).toFixed(2)} |`);
    }
  }
  say(`| all ${corpusFiles.length} corpus files (sum of medians) | | ${ms(corpusParse)} | ${ms(corpusLint)} | ${(corpusLint / corpusParse).toFixed(2)} |`);
  for (const { n, path } of generated) {
    const text = readFileSync(path, 'utf8');
    const runs = n >= 10000 ? 3 : RUNS;
    const parse = timeMedian(() => parseMarkdown(text), runs);
    const full = timeMedian(() => lint(text), runs);
    say(`| generated, ${n} ideas | ${(text.length / 1024).toFixed(0)} KB | ${ms(parse)} | ${ms(full)} | ${(full / parse).toFixed(2)} |`);
  }
  say();

  // 2. The language server: keystroke to diagnostics, cold start, memory
  say('## Language server over stdio');
  say();
  async function keystrokes(file: string, count: number): Promise<{ first: number; p50: number; p95: number; rss: number }> {
    const text = readFileSync(file, 'utf8');
    const client = new LspClient();
    const start = performance.now();
    await client.initialize(scratch);
    const uri = pathToFileURL(file).href;
    await client.open(uri, text);
    await client.diagnostics(uri, 1, 120000);
    const first = performance.now() - start;
    // Keystrokes spread over the document: a letter typed at the end of a line, one line in 37.
    const lines = text.split('\n');
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const line = (i * 37) % lines.length;
      const character = lines[line].length;
      lines[line] += 'x';
      const version = i + 2;
      const sent = performance.now();
      await client.change(uri, version, { start: { line, character }, end: { line, character } }, 'x');
      await client.diagnostics(uri, version, 120000);
      times.push(performance.now() - sent);
    }
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${client.pid}/status`, 'utf8'))![1]) / 1024;
    await client.shutdown();
    return { first, p50: percentile(times, 50), p95: percentile(times, 95), rss };
  }
  say('| document | open to first diagnostics (cold start) | keystroke → diagnostics p50 | p95 | server RSS |');
  say('|---|---|---|---|---|');
  for (const [name, file] of [[`${relative(corpusDir, largest)} (largest corpus file)`, largest], ['generated, 10,000 ideas', generated[2].path]] as const) {
    const result = await keystrokes(file, 60);
    say(`| ${name} | ${ms(result.first)} | ${ms(result.p50)} | ${ms(result.p95)} | ${result.rss.toFixed(0)} MB |`);
  }
  say();
  say('Cold start: spawning `node dist/server.js --stdio`, initialize, didOpen, first publishDiagnostics. Keystrokes: 60 single-letter');
  say('didChange notifications spread over the document, each timed until the diagnostics of its version arrive.');
  say();

  // 3. The CLI over the corpus against the tools people use
  say('## ideas-lint over the whole corpus, against markdownlint-cli2 and remark-cli (wall time, median of 3)');
  say();
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  const cli = wallMedian(process.execPath, [join(root, 'dist', 'cli.js'), '--format', 'json', ...corpusFiles]);
  const markdownlint = wallMedian(bin('markdownlint-cli2'), corpusFiles);
  const remark = wallMedian(bin('remark'), ['--quiet', '--no-config', '--no-ignore', ...corpusFiles]);
  say('| tool | wall time | ideas-lint ÷ tool |');
  say('|---|---|---|');
  say(`| ideas-lint (dist/cli.js) | ${ms(cli)} | 1.00 |`);
  say(`| markdownlint-cli2 | ${ms(markdownlint)} | ${(cli / markdownlint).toFixed(2)} |`);
  say(`| remark-cli (parse and stringify, no plugins) | ${ms(remark)} | ${(cli / remark).toFixed(2)} |`);
  say();

  // 4. Bundles
  execFileSync('node', [join(root, 'scripts', 'build.mjs'), '--production'], { cwd: root, stdio: 'ignore' });
  const kb = (file: string) => `${(statSync(join(root, 'dist', file)).size / 1024).toFixed(0)} KB`;
  const load = timeMedian(() => {
    spawnSync(process.execPath, ['-e', `require('module').prototype.require = new Proxy(require('module').prototype.require, { apply: (t, self, [id]) => id === 'vscode' ? {} : Reflect.apply(t, self, [id]) }); require(${JSON.stringify(join(root, 'dist', 'extension.js'))})`]);
  }, 5);
  const bare = timeMedian(() => spawnSync(process.execPath, ['-e', '0']), 5);
  say('## Bundles (minified, `npm run build:prod`)');
  say();
  say(`| bundle | size |`);
  say('|---|---|');
  say(`| client, dist/extension.js | ${kb('extension.js')} |`);
  say(`| server, dist/server.js | ${kb('server.js')} |`);
  say(`| CLI, dist/cli.js | ${kb('cli.js')} |`);
  say();
  say(`Loading the client bundle (the part of activation before the server starts): ${ms(load - bare)} (node with the bundle ${ms(load)}, bare node ${ms(bare)}).`);
  execFileSync('node', [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'ignore' });

  writeFileSync(join(root, 'docs', 'benchmarks.md'), report.join('\n') + '\n');
}

void main();
