import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '../support/fixtures';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

describe('ideas-lint', () => {
  it('prints the JSON contract and exits 1 on an error finding', () => {
    const result = run('--format', 'json', fixturePath('missing-fields.md'));
    assert.equal(result.status, 1);
    const rows = JSON.parse(result.stdout);
    assert.equal(rows.length, 2);
    assert.deepEqual(Object.keys(rows[0]), ['file', 'rule', 'severity', 'message', 'range', 'fixes']);
    assert.deepEqual(rows[0].range, { start: { line: 11, character: 0 }, end: { line: 11, character: 36 } });
    assert.equal(rows[0].rule, 'missing-field');
  });

  it('prints file:line:col findings and a summary in text format', () => {
    const result = run(fixturePath('missing-fields.md'));
    assert.match(result.stdout, /missing-fields\.md:12:1 {2}error {2}Idea "Idea without skills and mentors" has no "Recommended Skills" field\. {2}missing-field/);
    assert.match(result.stdout, /1 file checked: 2 errors, 0 warnings, 0 infos\n$/);
  });

  it('exits 0 when nothing is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ideas-'));
    const file = join(dir, 'ok.md');
    writeFileSync(file, '### P\n\n#### I\n\n- Description: d\n- Recommended Skills: s\n- Mentor(s): M (@m)\n- Issue: https://x/issues/1\n');
    assert.equal(run(file).status, 0);
  });

  const dir = mkdtempSync(join(tmpdir(), 'ideas-bad-'));
  const cases: [string, string[], RegExp][] = [
    ['a missing file', [join(dir, 'nope.md')], /nope\.md: no such file or directory/],
    ['an empty file', [(writeFileSync(join(dir, 'empty.md'), ''), join(dir, 'empty.md'))], /empty\.md: file is empty/],
    ['a binary file', [(writeFileSync(join(dir, 'bin.md'), Buffer.from([0x89, 0, 1, 2])), join(dir, 'bin.md'))], /bin\.md: binary file/],
    ['a directory without markdown', [mkdtempSync(join(tmpdir(), 'ideas-empty-'))], /directory holds no markdown files/],
    ['an unknown option', ['--bogus'], /Unknown option '--bogus'/],
    ['an unknown format', ['--format', 'xml', fixturePath('missing-fields.md')], /unknown format "xml"/],
    ['no paths', [], /no files given/],
  ];
  for (const [what, args, message] of cases) {
    it(`exits 2 with one line on stderr for ${what}`, () => {
      const result = run(...args);
      assert.equal(result.status, 2);
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      assert.equal(result.stdout, '');
    });
  }
});
