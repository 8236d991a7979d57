import { appendFileSync } from 'node:fs';
import Mocha from 'mocha';

/**
 * The entry point @vscode/test-electron and the code-server runner load inside the extension
 * host. Results go to the console and, when IDEAS_E2E_LOG names a file, one line per test there.
 */
export async function run(): Promise<void> {
  // IDEAS_E2E_GREP runs only the tests whose title holds it, while one is being worked on.
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec', grep: process.env.IDEAS_E2E_GREP });
  mocha.suite.emit('pre-require', globalThis, 'suite.test.js', mocha);
  await import('./suite.test');
  const log = process.env.IDEAS_E2E_LOG;
  const write = (line: string) => log && appendFileSync(log, `${line}\n`);
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => (failures ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve()));
    runner.on('pass', (test) => write(`ok ${test.fullTitle()} (${test.duration} ms)`));
    runner.on('fail', (test, error: Error) => write(`FAILED ${test.fullTitle()}: ${error.stack ?? error.message}`));
  });
}
