import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OnlineQuery } from '../../server/src/core';
import { defaultCacheFile } from '../../server/src/online/cache';
import { GitHubChecker, type CheckerOptions } from '../../server/src/online/checker';
import { FakeGitHub, type Recording } from '../support/fake-github';

const TOKEN = 'ghp_secret-test-token';

const recording: Recording = {
  issues: [
    { owner: 'acme', repo: 'rocket', number: 1, kind: 'issue', state: 'open', title: 'Faster launch', labels: ['gsoc', 'help wanted'], updatedAt: '2026-01-05T10:00:00Z' },
    { owner: 'acme', repo: 'rocket', number: 2, kind: 'issue', state: 'closed', title: 'Old idea' },
    { owner: 'acme', repo: 'rocket', number: 3, kind: 'pull-request', state: 'open', title: 'Implement the idea' },
    { owner: 'acme', repo: 'rocket', number: 4, kind: 'issue', state: 'open', title: 'Taken', assignees: ['someone'] },
    { owner: 'acme', repo: 'vault', number: 7, kind: 'issue', state: 'open', title: 'Secret', private: true },
  ],
  users: ['Jane-Doe', 'someone'],
};

/** Issues written `owner/repo#n`, keyed as `issueKey` keys them. */
function query(issues: string[], users: string[] = []): OnlineQuery {
  return {
    issues: issues.map((ref) => {
      const [, owner, repo, number] = /^([^/]+)\/([^#]+)#(\d+)$/.exec(ref)!;
      return { key: `github.com/${owner}/${repo}/issues/${number}`.toLowerCase(), owner, repo, number: Number(number) };
    }),
    users,
  };
}

const ALL = query(['acme/rocket#1', 'acme/rocket#2', 'acme/rocket#3', 'acme/rocket#4', 'acme/rocket#99', 'acme/gone#1', 'acme/vault#7'], ['jane-doe', 'nobody-here']);
const key = (ref: string) => query([ref]).issues[0].key;

describe('online checker', () => {
  let github: FakeGitHub;
  let folder: string;
  beforeEach(async () => {
    github = await FakeGitHub.start(recording, TOKEN);
    folder = mkdtempSync(join(tmpdir(), 'ideas-online-'));
  });
  afterEach(async () => {
    await github.close();
    rmSync(folder, { recursive: true, force: true });
  });
  const checker = (options: Partial<CheckerOptions> = {}) => new GitHubChecker({ apiUrl: github.url, cacheFile: join(folder, 'github.json'), ...options });

  for (const mode of ['REST without a token', 'GraphQL with a token'] as const) {
    it(`tells open, closed, missing, private, pull request, assigned, and accounts that exist or not (${mode})`, async () => {
      const token = mode.startsWith('GraphQL') ? TOKEN : undefined;
      const answer = await checker({ token }).check(ALL);
      assert.equal(answer.problem, undefined);
      const issue = (ref: string) => answer.issues.get(key(ref));
      assert.deepEqual(issue('acme/rocket#1'), {
        kind: 'issue',
        state: 'open',
        title: 'Faster launch',
        url: 'https://github.com/acme/rocket/issues/1',
        labels: ['gsoc', 'help wanted'],
        assignees: [],
        updatedAt: '2026-01-05T10:00:00Z',
      });
      assert.equal(issue('acme/rocket#2')?.state, 'closed');
      assert.deepEqual([issue('acme/rocket#3')?.kind, issue('acme/rocket#3')?.url], ['pull-request', 'https://github.com/acme/rocket/pull/3']);
      assert.deepEqual(issue('acme/rocket#4')?.assignees, ['someone']);
      assert.deepEqual(issue('acme/rocket#99'), { kind: 'missing' }, 'no such issue in the repository');
      assert.deepEqual(issue('acme/gone#1'), { kind: 'missing' }, 'no such repository');
      assert.deepEqual(issue('acme/vault#7'), { kind: 'missing' }, 'a private repository');
      assert.deepEqual(answer.users.get('jane-doe'), { login: 'Jane-Doe', exists: true });
      assert.deepEqual(answer.users.get('nobody-here'), { login: 'nobody-here', exists: false });
      if (token) {
        assert.deepEqual([answer.requests, github.count('graphql'), github.count()], [1, 1, 1]);
        assert.equal(github.received[0].authorization, `Bearer ${TOKEN}`);
      } else {
        assert.deepEqual([answer.requests, github.count('rest-issue'), github.count('rest-user')], [9, 7, 2]);
        assert.ok(github.received.every((request) => request.authorization === undefined));
      }
    });
  }

  it('sends GitHub headers, and quotes every name: a name GitHub could not have is never asked', async () => {
    const answer = await checker({ token: TOKEN }).check({
      issues: [...query(['acme/rocket#1']).issues, { key: 'evil', owner: 'a") { x } b: user(login: "c', repo: 'r', number: 1 }, { key: 'zero', owner: 'acme', repo: 'rocket', number: 0 }],
      users: ['@jane-doe', 'bad login', '-dash'],
    });
    assert.deepEqual([...answer.issues.keys()], [key('acme/rocket#1')]);
    assert.deepEqual([...answer.users.keys()], ['jane-doe']);
    const { body, headers } = github.received[0];
    assert.deepEqual([headers.accept, headers['x-github-api-version'], headers['user-agent']], ['application/vnd.github+json', '2022-11-28', 'ideas-author']);
    assert.ok(body && !body.includes('evil') && !body.includes('bad login') && !body.includes('-dash'), body);
  });

  it('follows a moved repository within the API, and never sends a request (or a token) elsewhere', async () => {
    const elsewhere = await FakeGitHub.start(recording, TOKEN);
    try {
      github.redirect('/repos/acme/old-name/issues/1', `${github.url}/repos/acme/rocket/issues/1`);
      github.redirect('/repos/acme/away/issues/1', `${elsewhere.url}/repos/acme/rocket/issues/1`);
      const answer = await checker().check(query(['acme/old-name#1', 'acme/away#1']));
      assert.equal(answer.issues.get(key('acme/old-name#1'))?.title, 'Faster launch');
      assert.equal(answer.issues.has(key('acme/away#1')), false);
      assert.match(answer.problem ?? '', /^GitHub redirected to http:\/\/127\.0\.0\.1:\d+, outside its API; not followed$/);
      assert.equal(elsewhere.count(), 0);
    } finally {
      await elsewhere.close();
    }
  });

  it('the fake holds its answers until released (for the protocol test), and the check waits for them', async () => {
    github.hold();
    let answered = false;
    const pending = checker().check(query(['acme/rocket#1'])).then((answer) => ((answered = true), answer));
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual([answered, github.count()], [false, 1]);
    github.release();
    assert.equal((await pending).issues.get(key('acme/rocket#1'))?.state, 'open');
  });

  it('asks GraphQL in batches of 50', async () => {
    const users = Array.from({ length: 120 }, (_, i) => `user${i}`);
    const answer = await checker({ token: TOKEN }).check(query([], users));
    assert.deepEqual([answer.requests, github.count('graphql'), answer.users.size, answer.problem], [3, 3, 120, undefined]);
  });

  it('a spent rate limit: says when checks resume, asks nothing until then, and keeps what it had', async () => {
    const reset = new Date(Date.now() + 30 * 60_000);
    github.rateLimit(2, reset);
    const first = checker().check(query(['acme/rocket#1', 'acme/rocket#2', 'acme/rocket#3']));
    const hhmm = `${String(reset.getHours()).padStart(2, '0')}:${String(reset.getMinutes()).padStart(2, '0')}`;
    const answer = await first;
    // The second answer said `x-ratelimit-remaining: 0`: the third is not even asked.
    assert.deepEqual([answer.requests, github.count(), answer.issues.size], [2, 2, 2]);
    assert.equal(answer.problem, `GitHub rate limit reached; checks resume at ${hhmm}`);
  });

  it('a 403 with the rate-limit headers is a rate limit, not a missing issue (GraphQL too)', async () => {
    github.rateLimit(0, new Date(Date.now() + 60_000));
    for (const token of [undefined, TOKEN]) {
      const answer = await checker({ token }).check(query(['acme/rocket#1'], ['jane-doe']));
      assert.match(answer.problem ?? '', /^GitHub rate limit reached; checks resume at \d\d:\d\d$/);
      assert.deepEqual([answer.requests, answer.issues.size, answer.users.size], [1, 0, 0]);
    }
  });

  it('honours Retry-After', async () => {
    github.retryAfterSeconds(120);
    const check = checker();
    const answer = await check.check(query(['acme/rocket#1']));
    assert.match(answer.problem ?? '', /^GitHub rate limit reached; checks resume at/);
    github.retryAfterSeconds(undefined);
    assert.equal((await check.check(query(['acme/rocket#1']))).requests, 0, 'nothing asked before the pause ends');
  });

  it('a 502 or a slow answer is one line, and the answers kept still stand', async () => {
    const check = checker({ timeoutMs: 200 });
    await check.check(ALL);
    github.answerWith(502);
    let answer = await check.check(ALL, { refresh: true });
    assert.deepEqual([answer.problem, answer.requests, answer.issues.get(key('acme/rocket#2'))?.state, answer.users.size], ['GitHub answered 502', 1, 'closed', 2]);
    github.answerWith(undefined);
    github.delay(1000);
    answer = await check.check(ALL, { refresh: true });
    assert.deepEqual([answer.problem, answer.requests, answer.issues.size], ['GitHub did not answer within 0.2 s', 1, 7]);
  });

  it('GitHub out of reach, or a token refused, is one line', async () => {
    await github.close();
    const answer = await checker().check(ALL);
    assert.match(answer.problem ?? '', /^GitHub could not be reached \(ECONNREFUSED\)$/);
    github = await FakeGitHub.start(recording, TOKEN);
    assert.equal((await checker({ token: 'wrong' }).check(ALL)).problem, 'GitHub refused the token (401 Bad credentials)');
  });

  it('REST sends the ETag kept: a 304 refreshes the answer and costs nothing', async () => {
    const check = checker();
    await check.check(ALL);
    github.rateLimit(5, new Date(Date.now() + 60_000));
    const answer = await check.check(ALL, { refresh: true });
    assert.deepEqual([answer.requests, github.count('notModified'), answer.problem], [9, 5, undefined], 'the five answered 200 had ETags; the four 404s, none, and spent four of five');
    assert.equal(answer.issues.get(key('acme/rocket#1'))?.title, 'Faster launch');
    const conditional = github.received.slice(9).filter((request) => request.ifNoneMatch !== undefined);
    assert.equal(conditional.length, 5);
  });

  it('reuses the cache while fresh, on disk across checkers, and bypasses it with refresh', async () => {
    assert.equal((await checker().check(ALL)).requests, 9);
    const again = await checker().check(ALL);
    assert.deepEqual([again.requests, again.issues.size, again.users.size, again.problem], [0, 7, 2, undefined]);
    assert.equal((await checker().check(ALL, { refresh: true })).requests, 9);
    assert.equal((await checker({ ttlMs: 0 }).check(ALL)).requests, 9, 'stale past its time to live');
  });

  it('a corrupt cache file starts the cache empty and is written anew', async () => {
    const file = join(folder, 'github.json');
    for (const text of ['{not json', 'null', '{"version":1,"entries":{"x":{"value":1}}}', '[]']) {
      writeFileSync(file, text);
      const answer = await checker().check(query(['acme/rocket#1']));
      assert.deepEqual([answer.problem, answer.issues.get(key('acme/rocket#1'))?.state], [undefined, 'open'], text);
      assert.equal(JSON.parse(readFileSync(file, 'utf8')).version, 1);
    }
  });

  it('creates the cache folder, and never writes the token in it', async () => {
    const file = join(folder, 'deep', 'er', 'github.json');
    await checker({ token: TOKEN, cacheFile: file }).check(ALL);
    const text = readFileSync(file, 'utf8');
    assert.ok(text.includes('Faster launch'));
    assert.ok(!text.includes(TOKEN) && !text.includes('secret'), 'no token in the cache');
  });

  it('a cache that cannot be written is said, once GitHub has answered', async () => {
    writeFileSync(join(folder, 'file'), '');
    const answer = await checker({ cacheFile: join(folder, 'file', 'github.json') }).check(query(['acme/rocket#1']));
    assert.equal(answer.issues.get(key('acme/rocket#1'))?.state, 'open');
    assert.match(answer.problem ?? '', /^the GitHub cache could not be written \((ENOTDIR|EEXIST)\)$/);
  });

  it('an address that is not a URL is a problem, not a throw', async () => {
    const answer = await new GitHubChecker({ apiUrl: 'api.github.com' }).check(ALL);
    assert.deepEqual([answer.problem, answer.requests], ['the GitHub API address is not an http(s) URL: api.github.com', 0]);
  });

  it('the CLI keeps its cache under XDG_CACHE_HOME, else ~/.cache', () => {
    assert.equal(defaultCacheFile({}, '/home/u'), join('/home/u', '.cache', 'ideas-author', 'github.json'));
    assert.equal(defaultCacheFile({ XDG_CACHE_HOME: '/tmp/c' }, '/home/u'), join('/tmp/c', 'ideas-author', 'github.json'));
    assert.equal(defaultCacheFile({ XDG_CACHE_HOME: 'relative' }, '/home/u'), join('/home/u', '.cache', 'ideas-author', 'github.json'));
  });
});
