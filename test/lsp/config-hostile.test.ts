import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFixture } from '../support/fixtures';
import { LspClient } from '../support/lsp-client';

/** missing-fields.md lacks two fields of the default template: two error diagnostics. */
const list = readFixture('missing-fields.md');

describe('language server over stdio: a configuration that cannot stop linting', () => {
  it('publishes an open list\'s diagnostics beside a hostile .ideasrc.json, and the config\'s problems on it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ideas-hostile-config-'));
    // `values` of the wrong kind, the smallest config that ended the server's diagnostics.
    writeFileSync(join(dir, '.ideasrc.json'), '{"template":{"fields":[{"label":"Size","kind":"enum","values":[{}]},{"label":"Description"}]}}');
    writeFileSync(join(dir, 'ideas.md'), list);
    const client = new LspClient();
    try {
      await client.initialize(dir);
      const uri = pathToFileURL(join(dir, 'ideas.md')).href;
      await client.open(uri, list);
      // The config's template applies: Size is missing from every idea.
      const diagnostics = await client.diagnostics(uri, 1);
      assert.ok(diagnostics.some((d) => d.code === 'missing-field' && String(d.message).includes('"Size"')), JSON.stringify(diagnostics));
      const problems = await client.diagnostics(pathToFileURL(join(dir, '.ideasrc.json')).href);
      assert.deepEqual(problems.map((d) => [d.range.start.character, d.message]), [[63, 'template: field "Size": a value must be a string or a number']]);
    } finally {
      await client.shutdown();
    }
  });

  it('publishes an open list\'s diagnostics beside an 8,000-deep .ideasrc.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ideas-deep-config-'));
    writeFileSync(join(dir, '.ideasrc.json'), `{"rules": ${'['.repeat(8000)}${']'.repeat(8000)}}`);
    const client = new LspClient();
    try {
      await client.initialize(dir);
      const uri = pathToFileURL(join(dir, 'ideas.md')).href;
      await client.open(uri, list);
      assert.deepEqual((await client.diagnostics(uri, 1)).map((d) => d.code), ['missing-field', 'missing-field']);
      const problems = await client.diagnostics(pathToFileURL(join(dir, '.ideasrc.json')).href);
      assert.deepEqual(problems.map((d) => d.message), ['nested deeper than 32 levels; the configuration is not read']);
    } finally {
      await client.shutdown();
    }
  });

  it('publishes an open list\'s diagnostics whatever ideas.* settings workspace/configuration answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ideas-hostile-settings-'));
    // Deeper than about 4,000 levels, JSON cannot be sent over stdio at all.
    let deep: unknown = 'off';
    for (let i = 0; i < 1000; i++) deep = [deep];
    const client = new LspClient();
    try {
      client.settings = { enable: {}, files: [deep, '', '*a*a*a*a*b'], preset: 'constructor', rules: { 'missing-field': deep, 'field-alias': { x: deep } } };
      await client.initialize(dir, true);
      const uri = pathToFileURL(join(dir, 'ideas.md')).href;
      await client.open(uri, list);
      assert.deepEqual((await client.diagnostics(uri, 1)).map((d) => [d.code, d.severity]), [['missing-field', 1], ['missing-field', 1]]);
    } finally {
      await client.shutdown();
    }
  });
});
