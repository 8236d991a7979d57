import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '../support/fixtures';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
const runIn = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' } });

/** A folder with missing-fields.md (two error findings) as ideas.md, and `config` as its .ideasrc.json. */
function folderWith(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ideas-cli-config-'));
  copyFileSync(fixturePath('missing-fields.md'), join(dir, 'ideas.md'));
  writeFileSync(join(dir, '.ideasrc.json'), config);
  return dir;
}

describe('ideas-lint with a hostile configuration', () => {
  it('prints the problem of "values":[{}] with its place, and the findings, and exits as they say', () => {
    const dir = folderWith('{"template":{"fields":[{"label":"Size","kind":"enum","values":[{}]},{"label":"Description"}]}}');
    const result = runIn(dir, 'ideas.md');
    assert.equal(result.stderr, `ideas-lint: ${join(dir, '.ideasrc.json')}:1:64: template: field "Size": a value must be a string or a number\n`);
    assert.match(result.stdout, /ideas\.md:\d+:\d+ {2}error {2}Idea "[^"]+" has no "Size" field\./);
    assert.equal(result.status, 1);
  });

  it('goes on past 8,000-deep nesting with one problem, and exits 0 when the findings are only warnings', () => {
    const dir = folderWith(`{"x": ${'{"a":'.repeat(8000)}1${'}'.repeat(8000)}}`);
    writeFileSync(join(dir, 'warnings.json'), '{ "rules": { "missing-field": "warning" } }');
    const result = runIn(dir, '--config', '.ideasrc.json', 'ideas.md');
    assert.equal(result.stderr, 'ideas-lint: .ideasrc.json:1:162: nested deeper than 32 levels; the configuration is not read\n');
    assert.match(result.stdout, /2 errors/);
    assert.equal(result.status, 1);
    const warned = runIn(dir, '--config', 'warnings.json', 'ideas.md');
    assert.equal(warned.status, 0);
  });

  it('prints 20 problems of 130,000 wrong keys and a count of the rest', () => {
    const dir = folderWith(`{${'"x":0,'.repeat(130_000)}"rules":{"missing-field":"warning"}}`);
    const result = runIn(dir, '--format', 'json', 'ideas.md');
    const lines = result.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 21);
    assert.match(lines[20], /\.ideasrc\.json:1:122: … and 129,980 more problems$/);
    assert.deepEqual(JSON.parse(result.stdout).map((f: { severity: string }) => f.severity), ['warning', 'warning']);
    assert.equal(result.status, 0);
  });

  it('exits 2 only when --config names a file that cannot be read', () => {
    const dir = folderWith('{}');
    const result = runIn(dir, '--config', 'none.json', 'ideas.md');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^ideas-lint: none\.json: no such file or directory\n$/);
  });
});
