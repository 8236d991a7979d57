import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client';

/**
 * A document no lint can finish in time must not hold the server: its lint is stopped at the
 * budget, it says so with one not-checked information, and every other document is served.
 */
describe('language server over stdio: the time budget', () => {
  let client: LspClient;
  const dir = mkdtempSync(join(tmpdir(), 'ideas-budget-'));
  const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;

  before(async () => {
    client = new LspClient();
    client.settings = { lintBudget: 300 };
    await client.initialize(dir, true);
  });

  after(() => client.shutdown());

  it('stops a lint that runs past ideas.lintBudget, and serves the next document', async () => {
    const hostile = uriOf('hostile-ideas.md');
    const calm = uriOf('calm-ideas.md');
    // micromark takes seconds over a long run of `*a_`: the budget stops it.
    await client.open(hostile, `## Project\n\n### Idea\n\n- Mentor(s): @jane\n- Description: ${'*a_'.repeat(20_000)}\n`);
    await client.open(calm, '## Project\n\n### Dry run\n\n- Description: Add a dry-run mode.\n- Mentor(s): @jane\n');
    const stopped = await client.diagnostics(hostile, 1, 30_000);
    assert.deepEqual(stopped.map((d) => [d.code, d.severity, d.range.start.line]), [['not-checked', 3, 0]]);
    assert.match(String(stopped[0].message), /longer than 300 ms/);
    const calmFindings = await client.diagnostics(calm, 1, 30_000);
    assert.deepEqual([...new Set(calmFindings.map((d) => d.code))], ['missing-field']);
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: calm } });
    assert.deepEqual(symbols.map((s) => s.name), ['Project']);
  });

  it('checks the document again once it is mended', async () => {
    const hostile = uriOf('hostile-ideas.md');
    const end = { line: 5, character: 15 + 60_000 };
    await client.change(hostile, 2, { start: { line: 5, character: 15 }, end }, 'Add a dry-run mode.');
    const mended = await client.diagnostics(hostile, 2, 30_000);
    assert.deepEqual([...new Set(mended.map((d) => d.code))], ['missing-field']);
  });
});

/**
 * A first lint parses every section; the server parses them a slice at a time, answering the
 * other documents in between, so one long list does not hold the editor while it opens.
 */
describe('language server over stdio: a slow document shares the thread', () => {
  let client: LspClient;
  const dir = mkdtempSync(join(tmpdir(), 'ideas-sharing-'));
  const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;

  before(async () => {
    client = new LspClient();
    client.settings = { lintBudget: 100_000 };
    await client.initialize(dir, true);
  });

  after(() => client.shutdown());

  it('answers another document while a slow first lint parses, and its diagnostics arrive first', async function () {
    this.timeout(120_000);
    const slow = uriOf('slow-ideas.md');
    const calm = uriOf('calm-ideas.md');
    // Forty sections that micromark takes tens of milliseconds each to parse: seconds in all, on any machine.
    const ideas = Array.from({ length: 40 }, (_, i) => `### Idea ${i}\n\n- Mentor(s): @jane\n- Description: ${'*a_'.repeat(600)}\n\n`).join('');
    const arrived: string[] = [];
    await client.open(slow, `## Project\n\n${ideas}`);
    const slowDone = client.diagnostics(slow, 1, 100_000).then((found) => (arrived.push('slow'), found));
    await client.open(calm, '## Project\n\n### Dry run\n\n- Description: Add a dry-run mode.\n- Mentor(s): @jane\n');
    const calmFound = await client.diagnostics(calm, 1, 100_000);
    arrived.push('calm');
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: calm } });
    arrived.push('symbols');
    assert.deepEqual([...new Set(calmFound.map((d) => d.code))], ['missing-field']);
    assert.deepEqual(symbols.map((s) => s.name), ['Project']);
    // The slow document is linted all the same, within its budget.
    const slowFound = await slowDone;
    assert.ok(!slowFound.some((d) => d.code === 'not-checked'), JSON.stringify(slowFound.slice(0, 2)));
    assert.deepEqual(arrived, ['calm', 'symbols', 'slow']);
  });
});
