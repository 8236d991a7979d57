import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '../support/fixtures';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
const runIn = (cwd: string, input: string | undefined, ...args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd, input });
const complete = '### P\n\n#### I\n\n- Description: d\n- Recommended Skills: s\n- Mentor(s): M (@m)\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ideas-cli-'));
  copyFileSync(fixturePath('missing-fields.md'), join(dir, 'project-ideas.md'));
  writeFileSync(join(dir, 'README.md'), '# Not ideas\n\n- Description: one stray bullet\n');
  return dir;
}

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
    ['an unknown format', ['--format', 'xml', fixturePath('missing-fields.md')], /unknown format "xml" \(expected text, json, sarif, github\)/],
    ['an unknown preset', ['--preset', 'gsco', fixturePath('missing-fields.md')], /unknown preset "gsco"/],
    ['a missing --config file', ['--config', join(dir, 'none.json'), fixturePath('missing-fields.md')], /none\.json: no such file/],
    ['a glob that matches nothing', [join(dir, 'nothing-*.md')], /no file matches this pattern/],
    ['a bad --max-warnings', ['--max-warnings', 'many', fixturePath('missing-fields.md')], /--max-warnings takes a whole number/],
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

  it('walks directories, reporting only ideas lists, and expands globs', () => {
    const dir = workspace();
    const walked = runIn(dir, undefined, '--format', 'json', '.');
    assert.deepEqual([...new Set(JSON.parse(walked.stdout).map((r: { file: string }) => r.file))], ['project-ideas.md']);
    const globbed = runIn(dir, undefined, '--format', 'json', '*.md');
    assert.equal(globbed.status, 1);
    assert.ok(JSON.parse(globbed.stdout).some((r: { file: string }) => r.file === 'project-ideas.md'));
  });

  it('writes SARIF 2.1.0 that code scanning accepts', () => {
    const dir = workspace();
    const sarif = JSON.parse(runIn(dir, undefined, '--format', 'sarif', 'project-ideas.md').stdout);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'ideas-lint');
    assert.match(run0.tool.driver.version, /^\d+\.\d+\.\d+/);
    const ruleIds = run0.tool.driver.rules.map((r: { id: string }) => r.id);
    assert.ok(ruleIds.includes('missing-field') && ruleIds.includes('markdown-structure'));
    const first = run0.results[0];
    assert.equal(first.ruleId, 'missing-field');
    assert.equal(run0.tool.driver.rules[first.ruleIndex].id, 'missing-field');
    assert.equal(first.level, 'error');
    assert.deepEqual(first.locations[0].physicalLocation, {
      artifactLocation: { uri: 'project-ideas.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 1, endLine: 12, endColumn: 37 },
    });
  });

  describe('a finding that points at another place', () => {
    const twice = complete + '- Description: again\n';
    const first = { start: { line: 4, character: 2 }, end: { line: 4, character: 14 } };

    it('carries related: [{file, range, message}] in JSON, and no related key on other findings', () => {
      const rows = JSON.parse(runIn(tmpdir(), twice.replace('(@m)', '@m'), '--stdin', '--stdin-filename', 'ideas.md', '--format', 'json').stdout);
      const duplicate = rows.find((r: { rule: string }) => r.rule === 'duplicate-field');
      assert.deepEqual(Object.keys(duplicate), ['file', 'rule', 'severity', 'message', 'range', 'fixes', 'related']);
      assert.equal(duplicate.message, '"Description" appears again in idea "I".');
      assert.deepEqual(duplicate.related, [{ file: 'ideas.md', range: first, message: 'the first "Description"' }]);
      const other = rows.find((r: { rule: string }) => r.rule === 'mentor-handle');
      assert.deepEqual(Object.keys(other), ['file', 'rule', 'severity', 'message', 'range', 'fixes']);
    });

    it('prints each related place on an indented line below it in text format', () => {
      const out = runIn(tmpdir(), twice, '--stdin', '--stdin-filename', 'ideas.md').stdout;
      assert.equal(
        out,
        'ideas.md:9:3  warning  "Description" appears again in idea "I".  duplicate-field\n' +
          '  ideas.md:5:3  the first "Description"\n' +
          '1 file checked: 0 errors, 1 warning, 0 infos\n',
      );
    });

    it('gives SARIF results relatedLocations, and none to other results', () => {
      const dir = workspace();
      writeFileSync(join(dir, 'twice.md'), twice.replace('(@m)', '@m'));
      const results = JSON.parse(runIn(dir, undefined, '--format', 'sarif', 'twice.md').stdout).runs[0].results;
      const duplicate = results.find((r: { ruleId: string }) => r.ruleId === 'duplicate-field');
      assert.deepEqual(duplicate.relatedLocations, [
        {
          id: 1,
          physicalLocation: { artifactLocation: { uri: 'twice.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 3, endLine: 5, endColumn: 15 } },
          message: { text: 'the first "Description"' },
        },
      ]);
      assert.ok(!('relatedLocations' in results.find((r: { ruleId: string }) => r.ruleId === 'mentor-handle')));
    });
  });

  it('prints GitHub workflow annotations with escaped data', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'a,b.md'), complete.replace('(@m)', '@m'));
    const out = runIn(dir, undefined, '--format', 'github', 'a,b.md').stdout;
    assert.equal(out, '::warning file=a%2Cb.md,line=7,col=17,endLine=7,endColumn=18,title=mentor-handle::Write the handle in parentheses: "M (@m)".\n');
  });

  it('--format-write applies in place the label fixes it reports, nothing else; --stdin refuses it', () => {
    const dir = workspace();
    const file = join(dir, 'format.md');
    const messy = complete.replace('- Description: d\n', '').replace('- Mentor(s): M (@m)\n', '*   **Mentors**:M (@m)\n') + '- Description: d\n';
    writeFileSync(file, messy);
    const result = runIn(dir, undefined, '--format-write', 'format.md');
    // The `**` go (malformed-field); the bullet, the order and the preset's "Mentor(s)" are no finding Format acts on.
    assert.equal(readFileSync(file, 'utf8'), messy.replace('**Mentors**:', 'Mentors:'));
    runIn(dir, undefined, '--format-write', '--preset', 'cncf-2020', 'format.md');
    assert.equal(readFileSync(file, 'utf8'), messy.replace('**Mentors**:', 'Mentor(s):'), 'a named template\'s label');
    writeFileSync(join(dir, '.ideasrc.json'), '{ "preset": "cncf-2020", "rules": { "field-alias": "off" } }');
    writeFileSync(file, messy);
    runIn(dir, undefined, '--format-write', 'format.md');
    assert.equal(readFileSync(file, 'utf8'), messy.replace('**Mentors**:', 'Mentors:'), 'field-alias off: the alias stays');
    assert.equal(result.status, 0);
    const refused = runIn(dir, '', '--stdin', '--format-write');
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /with --stdin there is none to rewrite/);
  });

  it('--fix rewrites only what the fixes name and reports what is left', () => {
    const dir = workspace();
    const file = join(dir, 'fix.md');
    writeFileSync(file, complete.replace('- Recommended', 'Recommended').replace('(@m)', '@m') + 'Trailing prose stays.\n');
    const result = runIn(dir, undefined, '--fix', '--format', 'json', 'fix.md');
    assert.equal(readFileSync(file, 'utf8'), complete + 'Trailing prose stays.\n');
    assert.deepEqual(JSON.parse(result.stdout), []);
    assert.equal(result.status, 0);
  });

  it('--fix reaches a fixed point in one run: a fix whose result another fix mends', () => {
    const dir = workspace();
    const file = join(dir, 'chain.md');
    writeFileSync(file, complete.replace('- Mentor(s): M (@m)', '- Metor(s): M(@m)').replace('https://github.com/o/r/issues/1', 'cncf/mentoring#1.'));
    const result = runIn(dir, undefined, '--fix', '--format', 'json', 'chain.md');
    assert.equal(readFileSync(file, 'utf8'), complete.replace('o/r', 'cncf/mentoring'));
    assert.deepEqual(JSON.parse(result.stdout), []);
    assert.equal(result.status, 0);
  });

  it('lints standard input under the name --stdin-filename gives', () => {
    const result = runIn(tmpdir(), complete.replace('- Recommended Skills: s\n', ''), '--stdin', '--stdin-filename', 'ideas.md', '--format', 'json');
    const rows = JSON.parse(result.stdout);
    assert.deepEqual(rows.map((r: { file: string; rule: string }) => [r.file, r.rule]), [['ideas.md', 'missing-field']]);
  });

  it('follows .ideasrc.json, --config and --preset, and reports a broken config on stderr', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, '.ideasrc.json'), '{ "rules": { "missing-field": "warning" } }');
    writeFileSync(join(dir, 'sub', 'ideas.md'), complete.replace('- Mentor(s): M (@m)\n', ''));
    assert.equal(runIn(dir, undefined, 'sub/ideas.md').status, 0);
    writeFileSync(join(dir, 'strict.json'), '{ "rules": { "missing-field": "error", "nope": "off" } }');
    const strict = runIn(dir, undefined, '--config', 'strict.json', 'sub/ideas.md');
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /strict\.json:1:40: rules: unknown rule "nope"/);
    const gsoc = runIn(dir, undefined, '--preset', 'gsoc', '--format', 'json', 'sub/ideas.md');
    assert.ok(JSON.parse(gsoc.stdout).some((r: { message: string }) => r.message.includes('"Expected project size"')));
  });

  it('--max-warnings and --quiet', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'w.md'), complete.replace('(@m)', '@m'));
    assert.equal(runIn(dir, undefined, '--max-warnings', '0', 'w.md').status, 1);
    assert.equal(runIn(dir, undefined, '--max-warnings', '1', 'w.md').status, 0);
    assert.match(runIn(dir, undefined, '--quiet', 'w.md').stdout, /^1 file checked/);
  });

  it('prints its version and help', () => {
    assert.match(run('--version').stdout, /^\d+\.\d+\.\d+\n$/);
    assert.match(run('--help').stdout, /--format text\|json\|sarif\|github/);
  });

  describe('nothing the user wrote is lost', () => {
    const fixable = complete.replace('(@m)', '@m');
    const json = (stdout: string) => [...new Set(JSON.parse(stdout).map((r: { file: string }) => r.file))];

    describe('on a full or read-only disk (a real tmpfs)', () => {
      const disk = mkdtempSync(join(tmpdir(), 'ideas-disk-'));
      before(() => {
        const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk], { encoding: 'utf8' });
        if (mounted.status !== 0) throw new Error(`these tests need root to mount a 64k tmpfs on ${disk}: ${mounted.stderr || mounted.error}`);
      });
      afterEach(() => {
        for (const name of readdirSync(disk)) rmSync(join(disk, name));
      });
      after(() => execFileSync('umount', [disk]));

      it('--fix on a full disk leaves the file whole and says so in one line (items 1, 9)', () => {
        // 4,095 bytes, fixed to 4,097: the fixed text needs a second page, which a full disk refuses.
        const text = fixable + 'x'.repeat(4095 - fixable.length - 1) + '\n';
        writeFileSync(join(disk, 'ideas.md'), text);
        try {
          writeFileSync(join(disk, 'filler'), Buffer.alloc(64 * 1024));
          assert.fail('the disk did not fill');
        } catch (error) {
          assert.equal((error as NodeJS.ErrnoException).code, 'ENOSPC');
        }
        const result = runIn(disk, undefined, '--fix', 'ideas.md');
        assert.equal(result.stderr, 'ideas-lint: ideas.md: no space left on device\n');
        assert.equal(result.status, 2);
        assert.equal(readFileSync(join(disk, 'ideas.md'), 'utf8'), text);
        assert.deepEqual(readdirSync(disk).sort(), ['filler', 'ideas.md']);
      });

      it('--fix on a read-only disk says so, not "internal error" (item 9)', () => {
        writeFileSync(join(disk, 'ro.md'), fixable);
        execFileSync('mount', ['-o', 'remount,ro', disk]);
        try {
          const result = runIn(disk, undefined, '--fix', 'ro.md');
          assert.equal(result.stderr, 'ideas-lint: ro.md: read-only file system\n');
          assert.equal(result.status, 2);
        } finally {
          execFileSync('mount', ['-o', 'remount,rw', disk]);
        }
      });
    });

    it('--fix and --format-write keep a byte-order mark (item 4)', () => {
      const dir = workspace();
      writeFileSync(join(dir, 'fix.md'), '\uFEFF' + fixable);
      writeFileSync(join(dir, 'format.md'), '\uFEFF' + complete.replace('- Mentor(s):', '- **Mentor(s)**:'));
      assert.equal(runIn(dir, undefined, '--fix', 'fix.md').status, 0);
      assert.equal(runIn(dir, undefined, '--format-write', 'format.md').status, 0);
      assert.equal(readFileSync(join(dir, 'fix.md'), 'utf8'), '\uFEFF' + complete);
      assert.equal(readFileSync(join(dir, 'format.md'), 'utf8'), '\uFEFF' + complete);
    });

    it('a multi-file --fix whose later file fails still writes and reports the earlier ones (item 3)', () => {
      const dir = workspace();
      writeFileSync(join(dir, 'a.md'), fixable);
      writeFileSync(join(dir, 'b.md'), Buffer.from('caf\xe9\n', 'latin1'));
      const result = runIn(dir, undefined, '--fix', '--format', 'json', 'a.md', 'b.md', 'project-ideas.md');
      assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), complete);
      assert.equal(result.stderr, 'ideas-lint: wrote a.md\nideas-lint: b.md: not valid UTF-8 text\n');
      assert.deepEqual(json(result.stdout), ['project-ideas.md']);
      assert.equal(result.status, 2);
    });

    it('a walked directory passes over empty and latin-1 files; a named one is one line and the rest go on (item 8)', () => {
      const dir = workspace();
      writeFileSync(join(dir, 'empty.md'), '');
      writeFileSync(join(dir, 'latin.md'), Buffer.from('caf\xe9\n', 'latin1'));
      const walked = runIn(dir, undefined, '--format', 'json', '.');
      assert.deepEqual([walked.status, walked.stderr, json(walked.stdout)], [1, '', ['project-ideas.md']]);
      const named = runIn(dir, undefined, 'empty.md', 'project-ideas.md');
      assert.equal(named.stderr, 'ideas-lint: empty.md: file is empty\n');
      assert.match(named.stdout, /1 file checked: 2 errors/);
      assert.equal(named.status, 2);
    });

    it('globs and walks follow no link out of the tree and --fix writes nothing outside; a link inside is written through (item 5)', () => {
      const outside = mkdtempSync(join(tmpdir(), 'ideas-outside-'));
      writeFileSync(join(outside, 'elsewhere.md'), fixable);
      const dir = workspace();
      symlinkSync(join(outside, 'elsewhere.md'), join(dir, 'out.md'));
      symlinkSync(outside, join(dir, 'linked'));
      symlinkSync('/', join(dir, 'root'));
      mkdirSync(join(dir, 'lists'));
      writeFileSync(join(dir, 'lists', 'real.txt'), fixable);
      symlinkSync('lists/real.txt', join(dir, 'in.md'));
      const reported = (arg: string) => json(runIn(dir, undefined, '--fix', '--format', 'json', arg).stdout).sort();
      assert.deepEqual(reported('**/*.md'), ['README.md', 'project-ideas.md']);
      assert.deepEqual(reported('.'), ['project-ideas.md']);
      assert.equal(readFileSync(join(outside, 'elsewhere.md'), 'utf8'), fixable);
      assert.equal(readFileSync(join(dir, 'lists', 'real.txt'), 'utf8'), complete);
      assert.ok(lstatSync(join(dir, 'in.md')).isSymbolicLink());
    });

    it('never reads /dev/zero: a glob passes over a link to it, a named one is not a regular file (item 6)', () => {
      const dir = workspace();
      symlinkSync('/dev/zero', join(dir, 'zero.md'));
      const globbed = runIn(dir, undefined, '--format', 'json', '*.md');
      assert.deepEqual([globbed.status, globbed.stderr, json(globbed.stdout).sort()], [1, '', ['README.md', 'project-ideas.md']]);
      const named = runIn(dir, undefined, 'zero.md');
      assert.equal(named.stderr, 'ideas-lint: zero.md: not a regular file\n');
      assert.equal(named.status, 2);
    });
  });
});
