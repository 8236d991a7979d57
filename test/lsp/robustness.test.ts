import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/core/fix/fixes';
import { lint } from '../../server/src/core/lint';
import { LineIndex } from '../../server/src/core/text/line-index';
import { readFixture } from '../support/fixtures';
import { LspClient } from '../support/lsp-client';
import { plain } from '../support/plain';

const RUNS = Number(process.env.IDEAS_FUZZ_RUNS) || 15;
const severity = { error: 1, warning: 2, info: 3 } as const;
const pieces = ['\n', '#### ', '### Project\n', '- Description: x\n', '- Mentor(s): A @a\n', '```\n', '<!--', 'Mentors', '\r\n', 'x', '', '**', '：', '@'];

const scratch = (text: string) =>
  lint(text).findings.map((f) => ({ range: plain(f.range), severity: severity[f.severity], code: f.rule, message: f.message }));
const published = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => ({ range: d.range, severity: d.severity, code: d.code, message: d.message }));

describe('language server over stdio: robustness', () => {
  let client: LspClient;
  let dir: string;
  const logs: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ideas-robust-'));
    client = new LspClient();
    client.connection.onNotification('window/logMessage', ({ message }: { message: string }) => {
      logs.push(message);
    });
    await client.initialize(dir, true);
  });

  after(() => client.shutdown());

  it('after every edit of random sequences, publishes what a from-scratch lint finds, and answers', async function () {
    this.timeout(RUNS * 20000);
    const texts = [readFixture('seed-project-ideas.md').slice(0, 5000), readFixture('outline-oddities.md')];
    const edit = fc.record({ at: fc.nat(), remove: fc.nat(20), insert: fc.array(fc.constantFrom(...pieces), { maxLength: 3 }).map((p) => p.join('')) });
    let document = 0;
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 15 }), async (start, edits) => {
        const uri = pathToFileURL(join(dir, `edits-${document++}-ideas.md`)).href;
        let text = start;
        await client.open(uri, text);
        await client.diagnostics(uri, 1);
        let version = 1;
        for (const { at, remove, insert } of edits) {
          const lines = new LineIndex(text);
          const start = at % (text.length + 1);
          const range = lines.rangeOf(start, Math.min(text.length, start + remove));
          text = applyEdits(text, [{ range, newText: insert }]);
          await client.change(uri, ++version, range, insert);
          assert.deepEqual(published(await client.diagnostics(uri, version)), scratch(text));
          await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
          steps++;
        }
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }),
      { numRuns: RUNS },
    );
    console.log(`      ${RUNS} sequences, ${steps} edits`);
  });

  it('answers a request that fails with an error for that request only, and keeps serving', async () => {
    const uri = pathToFileURL(join(dir, 'project-ideas.md')).href;
    await client.open(uri, readFixture('missing-fields.md'));
    await client.diagnostics(uri, 1);
    // A malformed request makes the hover handler throw inside the server.
    await assert.rejects(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: null }));
    await assert.rejects(client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: null, context: null }));
    assert.ok(logs.some((line) => /hover for .* failed: TypeError/.test(line)), logs.join('\n'));
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 4 } });
    assert.ok(hover, 'the next request is answered');
    await client.change(uri, 2, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '\n');
    assert.equal((await client.diagnostics(uri, 2)).length, 2);
  });

  it('uses the defaults, with a message, for settings of the wrong types', async () => {
    const uri = pathToFileURL(join(dir, 'settings-ideas.md')).href;
    client.settings = { enable: 'yes', files: 5, preset: 'nope', rules: { 'missing-field': 'loud', nope: 'off' } };
    await client.configurationChanged();
    await client.open(uri, readFixture('missing-fields.md'));
    assert.equal((await client.diagnostics(uri, 1)).filter((d) => d.severity === 1).length, 2);
    for (const expected of ['ideas.enable: must be true or false', 'ideas.files: must be an array of glob strings', 'ideas.preset: unknown preset "nope"', 'ideas.rules: "missing-field" must be', 'ideas.rules: unknown rule "nope"']) {
      assert.ok(logs.some((line) => line.includes(expected)), `${expected} in ${logs.join('\n')}`);
    }
    client.settings = {};
    await client.configurationChanged();
  });

  it('skips a document over the size limit with one info diagnostic', async () => {
    const uri = pathToFileURL(join(dir, 'huge-ideas.md')).href;
    await client.open(uri, readFixture('missing-fields.md').repeat(Math.ceil(4_100_000 / readFixture('missing-fields.md').length)));
    const diagnostics = await client.diagnostics(uri, 1);
    assert.deepEqual(diagnostics.map((d) => [d.severity, d.message]), [[3, 'Not checked: the document is longer than 4,000,000 characters.']]);
  });
});
