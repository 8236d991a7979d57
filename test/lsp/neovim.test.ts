import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../../server/src/core/lint';
import { readFixture } from '../support/fixtures';
import { serverPath } from '../support/lsp-client';

const script = join(__dirname, '..', 'neovim', 'diagnostics.lua');

describe('a plain LSP client with none of our code: Neovim', () => {
  before(function () {
    // scripts/test-tools.sh installs Neovim (Debian's package) before `npm test` runs this.
    if (spawnSync('nvim', ['--version']).status !== 0) throw new Error('nvim is not installed: run `bash scripts/test-tools.sh`');
  });

  it('gets the diagnostics a from-scratch lint gives, before and after an edit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ideas-nvim-'));
    const text = readFixture('seed-project-ideas.md');
    writeFileSync(join(dir, 'project-ideas.md'), text);
    const out = join(dir, 'out.json');
    execFileSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${script}`], {
      cwd: dir,
      env: { ...process.env, IDEAS_SERVER: serverPath, IDEAS_FILE: 'project-ideas.md', IDEAS_OUT: out, HOME: dir, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir },
      timeout: 60000,
      stdio: 'ignore',
    });
    const result = JSON.parse(readFileSync(out, 'utf8')) as { opened: Row[]; edited: Row[]; error?: string };
    assert.equal(result.error, undefined);
    const expected = (source: string): Row[] =>
      lint(source).findings.map((f) => ({ line: f.range.start.line, col: f.range.start.character, code: f.rule, source: 'ideas', severity: { error: 1, warning: 2, info: 3 }[f.severity] }));
    const deleted = result.opened[0].line;
    assert.deepEqual(sortRows(result.opened), sortRows(expected(text)));
    const lines = text.split('\n');
    lines.splice(deleted, 1);
    assert.deepEqual(sortRows(result.edited), sortRows(expected(lines.join('\n'))));
  });
});

interface Row {
  line: number;
  col: number;
  code: string;
  source: string;
  severity: number;
}

function sortRows(rows: Row[]): Row[] {
  return rows.sort((a, b) => a.line - b.line || a.col - b.col || a.code.localeCompare(b.code));
}
