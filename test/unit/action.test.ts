import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(__dirname, '..', '..');
const BUNDLE = join(root, 'scripts', 'action', 'index.js');

const SPRING = 'programs/lfx-mentorship/2025/01-Mar-May/README.md';
const SUMMER = 'programs/lfx-mentorship/2025/02-Jun-Aug/README.md';
const idea = (title: string, { mentor = 'Ana Lima (@analima)', issue = 'https://github.com/stellar/mesh/issues/1', skills = 'Go' } = {}) =>
  `#### ${title}\n\n- Description: d\n- Recommended Skills: ${skills}\n- Mentor(s): ${mentor}\n- Upstream Issue (URL): ${issue}\n`;
const list = (...ideas: string[]) => `### Stellar Mesh\n\n${ideas.join('\n')}`;

/** A repository of two terms' lists; the spring one has a warning of its own, which no run on a summer change may report. */
function repository(): { dir: string; git: (...args: string[]) => string; commit: (files: Record<string, string>) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'ideas-action-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim();
  const commit = (files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    git('add', '.');
    git('commit', '-q', '-m', 'lists');
    return git('rev-parse', 'HEAD');
  };
  git('init', '-q');
  return { dir, git, commit };
}

const BASE = {
  [SPRING]: list(idea('Traffic replay', { issue: 'https://github.com/stellar/mesh/issues/7', mentor: 'Ana Lima' }), idea('Mesh dashboard', { issue: 'https://github.com/stellar/mesh/issues/9' })),
  [SUMMER]: list(idea('Mesh dashboard v2', { issue: 'https://github.com/stellar/mesh/issues/10' }), idea('Policy engine', { issue: 'https://github.com/stellar/mesh/issues/11' })),
};

/** The action's bundle run as the runner runs it: from elsewhere, with the workspace, the event and the inputs in its environment. */
function runAction(dir: string, env: Record<string, string>) {
  const summary = join(dir, '..', `${dir.split(/[\\/]/).pop()}-summary.md`);
  const result = spawnSync(process.execPath, [BUNDLE], {
    cwd: tmpdir(),
    encoding: 'utf8',
    env: { PATH: process.env.PATH, GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: summary, INPUT_PATH: '', INPUT_CONFIG: '', INPUT_SARIF: '', 'INPUT_FAIL-ON': 'error', ...env },
  });
  const commands = result.stdout.split('\n').filter((line) => line.startsWith('::'));
  return { ...result, commands, summary: () => readFileSync(summary, 'utf8') };
}

function pullRequest(dir: string, base: string, head: string): Record<string, string> {
  const event = join(dir, '..', `${dir.split(/[\\/]/).pop()}-event.json`);
  writeFileSync(event, JSON.stringify({ action: 'synchronize', number: 1, pull_request: { base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'summer' } } }));
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event };
}

describe('GitHub Action', () => {
  it('the committed bundle is a fresh build of server/src/action (else: npm run build:action)', async () => {
    // The script is JavaScript for node alone: its module is named at run time, beyond the type checker.
    const script: string = pathToFileURL(join(root, 'scripts', 'build-action.mjs')).href;
    const { buildAction } = (await import(script)) as { buildAction: () => Promise<string> };
    assert.ok((await buildAction()) === readFileSync(BUNDLE, 'utf8'), 'scripts/action/index.js is stale: run npm run build:action');
  });

  it('a pull request: annotates only the changed list, with the finding that needs the unchanged one, writes the summary and SARIF, and fails on an error', () => {
    const { dir, commit } = repository();
    const base = commit(BASE);
    const head = commit({ [SUMMER]: list(idea('Record and replay gRPC calls', { issue: 'https://github.com/stellar/mesh/issues/7' }), idea('Policy engine', { issue: 'https://github.com/stellar/mesh/issues/11', skills: '' })) });
    const run = runAction(dir, { ...pullRequest(dir, base, head), INPUT_SARIF: 'ideas.sarif' });
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1, run.stdout);
    assert.ok(run.commands.length >= 2 && run.commands.every((line) => line.includes(`file=${SUMMER},`)), run.stdout);
    assert.ok(run.commands.some((line) => /^::error file=[^:]*,line=13,col=\d+,.*title=empty-field::/.test(line)), run.stdout);
    const duplicate = run.commands.find((line) => line.includes('title=duplicate-issue'));
    assert.ok(duplicate?.startsWith(`::notice file=${SUMMER},line=8,`) && duplicate.includes(`%0A${SPRING}:3:1: the idea "Traffic replay"`), run.stdout);
    assert.doesNotMatch(run.stdout, /reporting every list/);

    const summary = run.summary();
    assert.match(summary, /^### ideas-lint\n\n2 ideas lists read; 1 ideas list of 2 changed\.\n/);
    assert.ok(summary.includes(`| \`${SUMMER}\` | 1 | 0 | 1 |`) && !summary.includes(SPRING), summary);

    // SARIF holds every list: code scanning closes the alerts an analysis leaves out.
    const sarif = JSON.parse(readFileSync(join(dir, 'ideas.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    const results = (sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]).map((r) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri]);
    for (const expected of [['empty-field', SUMMER], ['duplicate-issue', SUMMER], ['mentor-handle', SPRING]]) assert.ok(results.some((r) => r.join() === expected.join()), JSON.stringify(results));
  });

  it('a change with only warnings passes, unless fail-on is warning', () => {
    const { dir, commit } = repository();
    const base = commit(BASE);
    const head = commit({ [SUMMER]: list(idea('Mesh dashboard v2', { issue: 'https://github.com/stellar/mesh/issues/10', mentor: 'Bo Chen' }), idea('Policy engine', { issue: 'https://github.com/stellar/mesh/issues/11' })) });
    const run = runAction(dir, pullRequest(dir, base, head));
    assert.equal(run.status, 0, run.stdout);
    assert.deepEqual(
      run.commands.map((line) => line.split(' ')[0] + ' ' + /title=([^:]+)/.exec(line)?.[1]),
      ['::warning mentor-handle'],
    );
    assert.equal(runAction(dir, { ...pullRequest(dir, base, head), 'INPUT_FAIL-ON': 'warning' }).status, 1);
    assert.equal(runAction(dir, { ...pullRequest(dir, base, head), 'INPUT_FAIL-ON': 'never' }).status, 0);
  });

  it('a push: the lists changed from before to after; a push that creates the branch reports every list', () => {
    const { dir, commit } = repository();
    const before = commit(BASE);
    const after = commit({ [SUMMER]: list(idea('Mesh dashboard v2', { issue: 'https://github.com/stellar/mesh/issues/10' }), idea('Policy engine', { issue: '' })) });
    const push = (from: string) => {
      const event = join(dir, '..', `${dir.split(/[\\/]/).pop()}-push.json`);
      writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', before: from, after }));
      return runAction(dir, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event });
    };
    const run = push(before);
    assert.equal(run.status, 1);
    assert.ok(run.commands.length > 0 && run.commands.every((line) => line.includes(`file=${SUMMER},`)), run.stdout);
    assert.match(push('0'.repeat(40)).stdout, /^ideas-lint: reporting every list: the push created the branch: no earlier commit to compare with\n/);
  });

  it('without an event, or when the diff fails, reports every list and says why in one line', () => {
    const { dir, commit } = repository();
    const base = commit(BASE);
    const alone = runAction(dir, {});
    assert.match(alone.stdout, /^ideas-lint: reporting every list: no GitHub event \(GITHUB_EVENT_NAME, GITHUB_EVENT_PATH\)\n/);
    assert.ok(alone.commands.some((line) => line.includes(`file=${SPRING},`)), alone.stdout);
    const unknown = 'f'.repeat(40);
    const shallow = runAction(dir, pullRequest(dir, unknown, base));
    assert.match(shallow.stdout, /^ideas-lint: reporting every list: git diff fffffff\.\.\.[0-9a-f]{7} failed \(.+\); check out with fetch-depth: 0\n/);
    assert.match(shallow.summary(), /every list reported: git diff/);
  });

  it('an input it cannot use is one error line and exit 2', () => {
    const { dir } = repository();
    const run = runAction(dir, { 'INPUT_FAIL-ON': 'sometimes' });
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '::error::ideas-lint: fail-on must be error, warning, never (not "sometimes")\n');
  });
});
