import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '../support/fixtures';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '' } });
const list = '### Harbor\n\n#### Edge cache\n\n- Description: d\n- Recommended Skills: Go, Rust\n- Mentor(s): Zoë Müller (@zoem), Bob (@bob)\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n\n#### Second\n\n- Description: e\n- Recommended Skills: Go\n- Mentor(s): Ann (@ann)\n- Upstream Issue (URL): https://github.com/o/r/issues/2\n';

/** A folder laid out as cncf/mentoring is: programs/<program>/<term>/README.md, with a README that is no list beside it. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ideas-export-'));
  mkdirSync(join(dir, 'programs', 'lfx-mentorship', '2025', '03-Sep-Nov'), { recursive: true });
  writeFileSync(join(dir, 'programs', 'lfx-mentorship', '2025', '03-Sep-Nov', 'README.md'), list);
  writeFileSync(join(dir, 'programs', 'README.md'), '# Programs\n\nNothing to see.\n');
  return dir;
}

describe('ideas-lint --export and --render', () => {
  it('--export json prints {version, ideas} of the ideas lists in a walked folder, exit 0 whatever the findings', () => {
    const dir = workspace();
    const result = run(['--export', 'json', join(dir, 'programs')]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    const data = JSON.parse(result.stdout);
    assert.equal(data.version, 1);
    assert.deepEqual(
      data.ideas.map((idea: { program: string; term: string; title: string; line: number }) => [idea.program, idea.term, idea.title, idea.line]),
      [
        ['lfx-mentorship', '2025/03-Sep-Nov', 'Edge cache', 3],
        ['lfx-mentorship', '2025/03-Sep-Nov', 'Second', 10],
      ],
    );
    // A list with error findings exports all the same.
    assert.equal(run(['--export', 'json', fixturePath('missing-fields.md')]).status, 0);
  });

  it('--export csv prints a byte-order mark, a header and a row per idea; --no-bom leaves the mark out', () => {
    const dir = workspace();
    const withBom = run(['--export', 'csv', join(dir, 'programs')]);
    assert.equal(withBom.status, 0, withBom.stderr);
    assert.ok(withBom.stdout.startsWith('\uFEFFprogram,term,project,title,description,outcome,skills,size,difficulty,mentors,issues,fields,file,line\r\n'));
    assert.match(withBom.stdout, /,"Go\nRust",/);
    assert.match(withBom.stdout, /,"Zoë Müller \(@zoem\)\nBob \(@bob\)",/);
    assert.equal(withBom.stdout.split('\r\n').length, 4);
    const without = run(['--export', 'csv', '--no-bom', join(dir, 'programs')]);
    assert.equal(without.stdout, withBom.stdout.slice(1));
  });

  it('--export reads standard input, named by --stdin-filename', () => {
    const result = run(['--export', 'json', '--stdin', '--stdin-filename', 'programs/summerofcode/2026.md'], list);
    assert.equal(result.status, 0, result.stderr);
    const [idea] = JSON.parse(result.stdout).ideas;
    assert.deepEqual([idea.program, idea.term, idea.file], ['summerofcode', '2026', 'programs/summerofcode/2026.md']);
  });

  it('--output writes the file (UTF-8, the mark kept), says so on stderr, prints nothing', () => {
    const dir = workspace();
    const out = join(dir, 'ideas.csv');
    writeFileSync(out, 'old');
    const result = run(['--export', 'csv', '--output', out, join(dir, 'programs')]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, `ideas-lint: wrote ${out}\n`);
    assert.equal(readFileSync(out).subarray(0, 3).toString('hex'), 'efbbbf');
    assert.match(readFileSync(out, 'utf8'), /Zoë Müller/);
  });

  it('--render turns an export back into a list in the labels of --preset, which lints as clean as its source', () => {
    const dir = workspace();
    const exported = join(dir, 'export.json');
    assert.equal(run(['--export', 'json', '--output', exported, join(dir, 'programs')]).status, 0);
    const rendered = run(['--render', exported, '--preset', 'lfx']);
    assert.equal(rendered.status, 0, rendered.stderr);
    assert.match(rendered.stdout, /^# Project ideas\n\n## Harbor\n\n### Edge cache\n\n- Description: d\n- Recommended Skills: Go, Rust\n- Mentor\(s\): Zoë Müller \(@zoem\), Bob \(@bob\)\n- Upstream Issue: https:\/\/github\.com\/o\/r\/issues\/1\n/);
    const back = run(['--stdin', '--format', 'json'], rendered.stdout);
    assert.deepEqual(JSON.parse(back.stdout).filter((f: { rule: string }) => f.rule !== 'missing-field'), []);
    // Without --preset, the preset the ideas fit: no outcome, no size, so the seed's four fields.
    assert.match(run(['--render', exported]).stdout, /- Upstream Issue \(URL\): /);
  });

  const dir = mkdtempSync(join(tmpdir(), 'ideas-export-bad-'));
  const write = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
  const cases: [string, string[], RegExp][] = [
    ['an unknown export format', ['--export', 'xml', fixturePath('missing-fields.md')], /^ideas-lint: unknown export format "xml" \(expected json, csv\)\n$/],
    ['--export with --fix', ['--export', 'json', '--fix', fixturePath('missing-fields.md')], /^ideas-lint: --export rewrites no list; leave out --fix and --format-write\n$/],
    ['--export with --format', ['--export', 'json', '--format', 'json', fixturePath('missing-fields.md')], /^ideas-lint: --export prints ideas, not findings; leave out --format\n$/],
    ['--no-bom without csv', ['--export', 'json', '--no-bom', fixturePath('missing-fields.md')], /^ideas-lint: --no-bom goes with --export csv\n$/],
    ['--output alone', ['--output', join(dir, 'x'), fixturePath('missing-fields.md')], /^ideas-lint: --output goes with --export or --render\n$/],
    ['--export and --render', ['--export', 'json', '--render', 'x.json'], /^ideas-lint: give either --export or --render, not both\n$/],
    ['--render with paths', ['--render', 'x.json', fixturePath('missing-fields.md')], /^ideas-lint: --render reads the one export it names; give no other paths\n$/],
    ['a missing export', ['--render', join(dir, 'none.json')], /^ideas-lint: .*none\.json: no such file or directory\n$/],
    ['an export that is not JSON', ['--render', write('bad.json', '{"version": 1,\n "ideas": [')], /^ideas-lint: .*bad\.json: not JSON \([^\n]*\)\n$/],
    ['JSON that is no export', ['--render', write('lint.json', '[{"file": "a.md", "rule": "missing-field"}]')], /^ideas-lint: .*lint\.json: not an ideas export \(expected \{"version": 1, "ideas": \[…\]\}, as ideas-lint --export json writes\)\n$/],
    ['an export with a wrong value', ['--render', write('wrong.json', '{"version": 1, "ideas": [{"title": "t", "mentors": "Ann"}]}')], /^ideas-lint: .*wrong\.json: ideas\[0\]\.mentors must be an array or null\n$/],
    ['an export of another version', ['--render', write('v9.json', '{"version": 9, "ideas": []}')], /^ideas-lint: .*v9\.json: export version 9 is not one this ideas-lint reads \(1\)\n$/],
    ['a missing list', ['--export', 'json', join(dir, 'nope.md')], /^ideas-lint: .*nope\.md: no such file or directory\n$/],
    ['an --output folder', ['--export', 'json', '--output', dir, fixturePath('missing-fields.md')], /^ideas-lint: .*: is a directory\n$/],
  ];
  for (const [what, args, message] of cases) {
    it(`exits 2 with one line on stderr for ${what}`, () => {
      const result = run(args);
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /internal error|\n {4}at /);
    });
  }

  it('exports the lists it can read and exits 2 for the one it cannot', () => {
    const result = run(['--export', 'json', fixturePath('missing-fields.md'), join(dir, 'gone.md')]);
    assert.equal(result.status, 2);
    assert.ok(JSON.parse(result.stdout).ideas.length > 0);
    assert.match(result.stderr, /gone\.md: no such file or directory\n$/);
  });
});
