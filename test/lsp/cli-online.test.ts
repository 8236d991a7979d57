import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../support/fake-github';

const cli = join(__dirname, '..', '..', 'dist', 'cli.js');

/** The CLI run asynchronously: the fake GitHub answers from this process meanwhile. */
function run(env: Record<string, string>, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [cli, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env } }, (_error, stdout, stderr) =>
      resolve({ status: child.exitCode ?? -1, stdout, stderr }),
    );
  });
}

const idea = (title: string, mentors: string, issue: string) =>
  `#### ${title}\n\n- Description: d\n- Recommended Skills: Go\n- Mentor(s): ${mentors}\n- Upstream Issue (URL): ${issue}\n`;

describe('ideas-lint --online', function () {
  this.timeout(30_000);
  let github: FakeGitHub;
  let dir: string;
  let env: Record<string, string>;

  beforeEach(async () => {
    github = await FakeGitHub.start({
      issues: [
        { owner: 'stellar', repo: 'mesh', number: 1, kind: 'issue', state: 'open', title: 'Open' },
        { owner: 'stellar', repo: 'mesh', number: 2, kind: 'issue', state: 'closed', title: 'Closed' },
        { owner: 'stellar', repo: 'mesh', number: 3, kind: 'pull-request', state: 'open', title: 'A pull request' },
        { owner: 'stellar', repo: 'mesh', number: 4, kind: 'issue', state: 'open', title: 'Taken', assignees: ['octocat'] },
      ],
      users: ['analima', 'bo-li'],
    });
    dir = mkdtempSync(join(tmpdir(), 'ideas-online-'));
    writeFileSync(join(dir, 'a.md'), `### Stellar Mesh\n\n${idea('Open', 'Ana Lima (@analima)', 'https://github.com/stellar/mesh/issues/1')}\n${idea('Closed', 'Ana Lima (@analimma)', 'stellar/mesh#2')}`);
    writeFileSync(join(dir, 'b.md'), `### Stellar Mesh\n\n${idea('Pull', 'Bo Li (@bo-li)', 'https://github.com/stellar/mesh/pull/3')}\n${idea('Taken', 'Bo Li (@bo-li)', 'https://github.com/stellar/mesh/issues/4')}\n${idea('Gone', 'Bo Li (@bo-li)', 'https://github.com/stellar/mesh/issues/5')}`);
    env = { GITHUB_API_URL: github.url, GITHUB_GRAPHQL_URL: github.graphqlUrl, GITHUB_TOKEN: 'test-token', XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'ideas-cache-')) };
  });

  afterEach(() => github.close());

  it("adds GitHub's findings to every list's, asked in one GraphQL request for all the lists, then answered from the cache", async () => {
    const files = [join(dir, 'a.md'), join(dir, 'b.md')];
    const result = await run(env, '--online', '--format', 'json', '--no-workspace-rules', ...files);
    assert.equal(result.stderr, '');
    assert.equal(result.status, 0);
    const rows = (JSON.parse(result.stdout) as { file: string; rule: string; severity: string; message: string; range: { start: { line: number } } }[]).map(
      (row) => `${row.file.slice(dir.length + 1)}:${row.range.start.line + 1} ${row.rule} ${row.severity}: ${row.message}`,
    );
    assert.deepEqual(rows, [
      'a.md:14 mentor-account warning: @analimma is not a GitHub account. Did you mean @analima?',
      // The local findings stay, in position order with GitHub's.
      'a.md:15 issue-url warning: "stellar/mesh#2" is a shorthand that only GitHub expands: write the full URL.',
      'a.md:15 issue-state warning: The issue https://github.com/stellar/mesh/issues/2 is closed.',
      'b.md:8 issue-state info: The issue https://github.com/stellar/mesh/pull/3 is a pull request, not an issue.',
      'b.md:15 issue-state info: The issue https://github.com/stellar/mesh/issues/4 is assigned to @octocat, who is not a mentor of this idea.',
      'b.md:22 issue-state warning: The issue https://github.com/stellar/mesh/issues/5 was not found, or this token cannot see it.',
    ]);
    assert.equal(github.count(), 1);
    assert.equal(github.count('graphql'), 1);
    // The token went to the API, and only there.
    assert.equal(github.received[0].authorization, 'Bearer test-token');
    const again = await run(env, '--online', '--format', 'json', '--no-workspace-rules', ...files);
    assert.deepEqual(JSON.parse(again.stdout), JSON.parse(result.stdout));
    assert.equal(github.count(), 1, 'the second run is answered from the cache');
  });

  it('without --online, GitHub is not asked', async () => {
    const result = await run(env, '--format', 'json', join(dir, 'a.md'));
    assert.deepEqual((JSON.parse(result.stdout) as { rule: string }[]).map((row) => row.rule), ['issue-url']);
    assert.equal(github.count(), 0);
  });

  it('--online goes with findings, not with --export or --render', async () => {
    const result = await run(env, '--online', '--export', 'json', join(dir, 'a.md'));
    assert.equal(result.status, 2);
    assert.equal(result.stderr, 'ideas-lint: --export prints ideas, not findings; leave out --online\n');
    assert.equal(github.count(), 0);
  });

  it('GitHub down: one problem line on stderr, the local findings, the exit status of the local findings', async () => {
    const url = github.url;
    await github.close();
    writeFileSync(join(dir, 'c.md'), `### Stellar Mesh\n\n${idea('Open', 'Ana Lima (@analima)', 'https://github.com/stellar/mesh/issues/1')}\n#### No fields\n`);
    const result = await run({ ...env, GITHUB_API_URL: url, GITHUB_GRAPHQL_URL: `${url}/graphql` }, '--online', join(dir, 'c.md'), join(dir, 'a.md'));
    const problems = result.stderr.split('\n').filter((line) => line !== '');
    assert.equal(problems.length, 1, result.stderr);
    assert.match(problems[0], /^ideas-lint: \S/);
    assert.doesNotMatch(result.stderr, /test-token/);
    assert.match(result.stdout, /empty-idea/);
    assert.doesNotMatch(result.stdout, /issue-state|mentor-account/);
    assert.equal(result.status, 0);
    github = await FakeGitHub.start();
  });
});
