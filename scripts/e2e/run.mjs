// Runs the end-to-end suite (test/e2e) inside code-server, a real VS Code, driven by Debian's
// Chromium through playwright-core. Installs what it needs first (scripts/e2e/setup.sh).
//   npm run test:e2e                builds, then runs this script
//   node scripts/e2e/run.mjs        after `npm run build`
// Writes screenshots and logs to a run folder it names on stdout; exits with the suite's result.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { freePort, startCodeServer, stopGroup } from './code-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const started = Date.now();
const cache = execFileSync('bash', [join(root, 'scripts', 'e2e', 'setup.sh')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' }).trim();
const suite = join(root, 'dist', 'test', 'e2e', 'index.js');
if (!existsSync(suite) || !existsSync(join(root, 'dist', 'extension.js'))) throw new Error('run `npm run build` first');

const run = join(root, '.cache', 'e2e-runs', new Date().toISOString().replace(/[:.]/g, '-'));
const screenshots = join(run, 'screenshots');
mkdirSync(screenshots, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'ideas-e2e-'));
const workspace = join(scratch, 'workspace');
cpSync(join(root, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
const testLog = join(run, 'tests.log');
writeFileSync(testLog, '');
process.env.IDEAS_E2E_SCREENSHOTS = screenshots;
process.env.IDEAS_E2E_LOG = testLog;
console.log(`e2e: run folder ${run}`);

// The payload keeps one extensionDevelopmentPath (a Map): the fake sign-in is installed instead.
cpSync(join(root, 'test', 'e2e', 'fake-github-auth'), join(scratch, 'home', 'extensions', 'ideas-e2e.fake-github-auth-0.0.1'), { recursive: true });
const port = await freePort();
const server = await startCodeServer({
  cache,
  port,
  home: join(scratch, 'home'),
  extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
  // VS Code's own GitHub sign-in cannot run offline: test/e2e/fake-github-auth stands in for it.
  // (`--disable-extension` is not enough: the browser decides which extensions the server runs.)
  env: { VSCODE_SKIP_BUILTIN_EXTENSIONS: 'vscode.github-authentication' },
  log: openSync(join(run, 'code-server.log'), 'a'),
});
let browser;
let code = 1;
try {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const exited = new Promise((resolveExit) => context.exposeBinding('codeAutomationExit', (_source, exitCode) => resolveExit(exitCode)));
  // VS Code refuses every dialog while extension tests run, the sign-in consent among them: the
  // workbench is told that our extension may use the (fake) GitHub accounts, as product.json
  // tells it for GitHub's own extensions, before its script reads its configuration.
  await context.addInitScript((trusted) => {
    /* global document, MutationObserver -- this function runs in the page */
    new MutationObserver((_records, observer) => {
      const meta = document.getElementById('vscode-workbench-web-configuration');
      if (!meta) return;
      observer.disconnect();
      const configuration = JSON.parse(meta.getAttribute('data-settings'));
      configuration.productConfiguration = { ...configuration.productConfiguration, trustedExtensionAuthAccess: { github: trusted, 'github-enterprise': trusted } };
      meta.setAttribute('data-settings', JSON.stringify(configuration));
    }).observe(document, { childList: true, subtree: true });
  }, ['ideas-author.ideas-author']);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/\[Extension Host\]|Error/.test(message.text())) writeFileSync(join(run, 'console.log'), `${message.text()}\n`, { flag: 'a' });
  });
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [['extensionDevelopmentPath', remote(root)], ['extensionTestsPath', remote(suite)]];
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  // Screenshots the suite asks for: NAME.request in the folder, answered with NAME.png.
  let stopped = false;
  const shoot = (async () => {
    while (!stopped) {
      for (const request of readdirSync(screenshots).filter((name) => name.endsWith('.request'))) {
        const name = request.replace(/\.request$/, '');
        await page.waitForTimeout(500); // let the workbench paint what the last command opened
        await page.screenshot({ path: join(screenshots, `${name}.png`) });
        rmSync(join(screenshots, request));
      }
      await page.waitForTimeout(100);
    }
  })();
  const timeout = new Promise((resolveTimeout) => setTimeout(() => resolveTimeout('timeout'), 10 * 60 * 1000).unref());
  const result = await Promise.race([exited, timeout]);
  stopped = true;
  await shoot.catch(() => {});
  if (result === 'timeout') {
    await page.screenshot({ path: join(screenshots, 'timeout.png') }).catch(() => {});
    console.error('e2e: the suite did not finish within 10 minutes');
  } else {
    code = Number(result);
  }
} finally {
  await browser?.close().catch(() => {});
  server.stop();
  stopGroup(server.child.pid);
  rmSync(scratch, { recursive: true, force: true });
}
process.stdout.write(readFileSync(testLog, 'utf8'));
console.log(`e2e: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots and logs in ${run}`);
process.exit(code);
