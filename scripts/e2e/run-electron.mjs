// Runs the end-to-end suite with @vscode/test-electron, for machines that can download VS Code
// or that name one in VSCODE_EXECUTABLE_PATH. Same suite as scripts/e2e/run.mjs (code-server).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const workspace = join(mkdtempSync(join(tmpdir(), 'ideas-e2e-')), 'workspace');
cpSync(join(root, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'dist', 'test', 'e2e', 'index.js'),
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`e2e (test-electron): ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
