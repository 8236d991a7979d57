import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, onlineQuery } from '../../server/src/core';
import { GitHubChecker } from '../../server/src/online/checker';
import { FakeGitHub, type Recording } from '../support/fake-github';

const root = join(__dirname, '..', '..');
const TOKEN = 'test-token';

/**
 * The CNCF GSoC 2026 list checked against the fake GitHub loaded with a recording of its issues
 * and mentors (scripts/github-recording.ts, its default states): what one list costs.
 */
describe('online check of a real list (CNCF GSoC 2026, recorded)', () => {
  const query = onlineQuery(lint(readFileSync(join(root, 'test/fixtures/corpus/programs/summerofcode/2026.md'), 'utf8')).doc);
  const recording = JSON.parse(readFileSync(join(root, 'test/fixtures/github/cncf-gsoc-2026.json'), 'utf8')) as Recording;
  let github: FakeGitHub;
  beforeEach(async () => (github = await FakeGitHub.start(recording, TOKEN)));
  afterEach(() => github.close());

  it('with a token: every issue and mentor in ONE batched GraphQL request', async () => {
    assert.deepEqual([query.issues.length, query.users.length], [14, 28]);
    const answer = await new GitHubChecker({ apiUrl: github.url, token: TOKEN }).check(query);
    assert.deepEqual([answer.requests, github.count('graphql'), github.count(), answer.problem], [1, 1, 1, undefined]);
    const states = [...answer.issues.values()];
    const tally = (test: (state: (typeof states)[number]) => boolean) => states.filter(test).length;
    assert.deepEqual(
      {
        answered: answer.issues.size,
        closed: tally((s) => s.state === 'closed'),
        pullRequests: tally((s) => s.kind === 'pull-request'),
        missing: tally((s) => s.kind === 'missing'),
        assigned: tally((s) => (s.assignees ?? []).length > 0),
        users: answer.users.size,
        noAccount: [...answer.users.values()].filter((user) => !user.exists).length,
      },
      { answered: 14, closed: 2, pullRequests: 1, missing: 1, assigned: 1, users: 28, noAccount: 1 },
    );
  });

  it('without a token: one REST request an item, within the 60 an hour', async () => {
    const answer = await new GitHubChecker({ apiUrl: github.url }).check(query);
    assert.deepEqual([answer.requests, github.count('rest-issue'), github.count('rest-user'), answer.problem], [42, 14, 28, undefined]);
  });
});
