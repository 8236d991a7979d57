import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
const runIn = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' } });

const idea = (title: string, issue: string) =>
  `#### ${title}\n\n- Description: d\n- Recommended Skills: Go\n- Mentor(s): Ana Lima (@analima)\n- Upstream Issue (URL): ${issue}\n`;
const SPRING = 'programs/lfx-mentorship/2025/01-Mar-May/README.md';
const SUMMER = 'programs/lfx-mentorship/2025/02-Jun-Aug/README.md';

/** Two terms' lists: the later one links the earlier one's issue under another title, and proposes one of its titles again. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ideas-cli-workspace-'));
  for (const term of [SPRING, SUMMER]) mkdirSync(join(dir, term, '..'), { recursive: true });
  writeFileSync(join(dir, SPRING), `### Stellar Mesh\n\n${idea('Traffic replay', 'https://github.com/stellar/mesh/issues/7')}\n${idea('Mesh dashboard', 'https://github.com/stellar/mesh/issues/9')}`);
  writeFileSync(join(dir, SUMMER), `### Stellar Mesh\n\n${idea('Record and replay gRPC calls', 'https://github.com/stellar/mesh/issues/7')}\n${idea('Mesh Dashboard', 'https://github.com/stellar/mesh/issues/10')}`);
  return dir;
}

interface Row {
  file: string;
  rule: string;
  severity: string;
  message: string;
  range: { start: { line: number } };
  related?: { file: string; range: { start: { line: number } }; message: string }[];
}

const across = (rows: Row[]) => rows.filter((row) => row.rule === 'duplicate-issue' || row.rule === 'reproposed-idea');

describe('ideas-lint rules across files', () => {
  it('a directory: the cross-file findings in JSON, each with its related place in the other file', () => {
    const dir = workspace();
    const result = runIn(dir, '--format', 'json', 'programs');
    assert.equal(result.stderr, '');
    const rows = across(JSON.parse(result.stdout) as Row[]);
    assert.deepEqual(
      rows.map((row) => [row.file, row.rule, row.severity, row.range.start.line, row.related]),
      [
        [
          join('programs', SUMMER.slice('programs/'.length)),
          'duplicate-issue',
          'info',
          7,
          [{ file: join('programs', SPRING.slice('programs/'.length)), range: { start: { line: 2, character: 0 }, end: { line: 2, character: 19 } }, message: `the idea "Traffic replay" in ${join('programs', SPRING.slice('programs/'.length))}` }],
        ],
        [
          join('programs', SUMMER.slice('programs/'.length)),
          'reproposed-idea',
          'info',
          9,
          [{ file: join('programs', SPRING.slice('programs/'.length)), range: { start: { line: 9, character: 0 }, end: { line: 9, character: 19 } }, message: `the idea "Mesh dashboard" in ${join('programs', SPRING.slice('programs/'.length))}` }],
        ],
      ],
    );
    assert.equal(rows[0].message, 'The issue https://github.com/stellar/mesh/issues/7 is also the issue of the idea "Traffic replay" in an earlier list.');
    // An earlier list's idea: an information, which fails no run, not even with --max-warnings 0.
    assert.equal(result.status, 0);
    assert.equal(runIn(dir, '--max-warnings', '0', 'programs').status, 0);
  });

  it('several files named: the text output prints the related place in its file; --no-workspace-rules leaves the rules out', () => {
    const dir = workspace();
    const text = runIn(dir, SPRING, SUMMER).stdout;
    assert.ok(text.includes(`${SUMMER}:8:25  info  The issue https://github.com/stellar/mesh/issues/7 is also the issue of the idea "Traffic replay" in an earlier list.  duplicate-issue\n  ${SPRING}:3:1  the idea "Traffic replay" in ${SPRING}\n`), text);
    assert.ok(text.includes(`${SUMMER}:10:1  info  The idea "Mesh Dashboard" was proposed before, in lfx-mentorship 2025/01-Mar-May.  reproposed-idea\n`), text);
    assert.match(text, /2 files checked: 0 errors, 0 warnings, 2 infos/);
    const off = runIn(dir, '--no-workspace-rules', '--format', 'json', SPRING, SUMMER);
    assert.deepEqual(across(JSON.parse(off.stdout) as Row[]), []);
    assert.match(runIn(dir, '--help').stdout, /--no-workspace-rules/);
  });

  it('one file alone gets no cross-file finding; .ideasrc.json sets their severity; SARIF and GitHub name the other file', () => {
    const dir = workspace();
    assert.deepEqual(across(JSON.parse(runIn(dir, '--format', 'json', SUMMER).stdout) as Row[]), []);
    writeFileSync(join(dir, '.ideasrc.json'), '{ "rules": { "duplicate-issue": "error", "reproposed-idea": "off" } }');
    const configured = runIn(dir, '--format', 'json', SPRING, SUMMER);
    assert.deepEqual(across(JSON.parse(configured.stdout) as Row[]).map((row) => [row.rule, row.severity]), [['duplicate-issue', 'error']]);
    assert.equal(configured.status, 1);
    const sarif = JSON.parse(runIn(dir, '--format', 'sarif', SPRING, SUMMER).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'duplicate-issue');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, SUMMER);
    assert.equal(result.relatedLocations[0].physicalLocation.artifactLocation.uri, SPRING);
    assert.ok(sarif.runs[0].tool.driver.rules.some((rule: { id: string }) => rule.id === 'duplicate-issue'));
    const github = runIn(dir, '--format', 'github', SPRING, SUMMER).stdout;
    assert.ok(github.includes(`::error file=${SUMMER},line=8,col=25,endLine=8,endColumn=65,title=duplicate-issue::The issue https://github.com/stellar/mesh/issues/7 is also the issue of the idea "Traffic replay" in an earlier list.%0A${SPRING}:3:1: the idea "Traffic replay" in ${SPRING}\n`), github);
  });
});
