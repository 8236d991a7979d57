// `npm run try`: code-server on 127.0.0.1 with the freshly packaged extension installed and the
// example ideas list open. Open the printed address in a browser; Ctrl+C stops everything.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer } from './e2e/code-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const cache = execFileSync('bash', [join(root, 'scripts', 'e2e', 'setup.sh')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' }).trim();
const scratch = mkdtempSync(join(tmpdir(), 'ideas-try-'));
const workspace = join(scratch, 'example');
cpSync(join(root, 'docs', 'example'), workspace, { recursive: true });
const port = Number(process.env.PORT) || 8080;
const home = join(scratch, 'home');
const node24 = join(cache, 'node24', 'node_modules', 'node', 'bin', 'node');
const entry = join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
execFileSync(node24, [entry, '--extensions-dir', join(home, 'extensions'), '--user-data-dir', join(home, 'user'), '--install-extension', join(root, `ideas-author-${version}.vsix`)], {
  stdio: 'inherit',
  env: { ...process.env, HOME: home },
});
const server = await startCodeServer({ cache, home, port });
console.log(`\nIdeas Author in code-server: http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}\nCtrl+C to stop.`);
const stop = () => {
  server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
