/**
 * Writes a recording for the fake GitHub of the online tests (test/support/fake-github.ts): the
 * github.com issues and mentor handles a list names (as the online check asks for them,
 * `onlineQuery`), each given the state assigned here, not fetched: the tests run offline.
 *
 *   npx tsx scripts/github-recording.ts <list.md> <name> [--closed-every 5] [--pull-request 2]
 *     [--missing 3] [--assigned 4] [--missing-user last]
 *
 * Issues are counted from 1 in the order the list names them: every `closed-every`th is closed,
 * the `pull-request`th a pull request, the `missing`th absent, the `assigned`th assigned to
 * someone who mentors nothing; the rest open. Handles exist but the `missing-user`th (a number or
 * `last`). Writes test/fixtures/github/<name>.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { lint, onlineQuery, type OnlineQuery } from '../server/src/core';
import type { RecordedIssue, Recording } from '../test/support/fake-github';

interface Assignment {
  closedEvery: number;
  pullRequest: number;
  missing: number;
  assigned: number;
  /** 1-based, or 0 for none; `last` is given as the count of users. */
  missingUser: number;
}

/** The login no list names, that the `assigned` issue is assigned to. */
const OUTSIDER = 'someone-not-mentoring';

function recordingOf(query: OnlineQuery, assignment: Assignment): Recording {
  const issues: RecordedIssue[] = [];
  query.issues.forEach(({ owner, repo, number }, i) => {
    const n = i + 1;
    if (n === assignment.missing) return;
    issues.push({
      owner,
      repo,
      number,
      kind: n === assignment.pullRequest ? 'pull-request' : 'issue',
      state: n % assignment.closedEvery === 0 ? 'closed' : 'open',
      title: `Recorded ${owner}/${repo}#${number}`,
      labels: ['gsoc'],
      assignees: n === assignment.assigned ? [OUTSIDER] : [],
      updatedAt: '2026-01-15T12:00:00Z',
    });
  });
  const users = query.users.filter((_, i) => i + 1 !== assignment.missingUser);
  return { issues, users: [...users, OUTSIDER] };
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'closed-every': { type: 'string', default: '5' },
      'pull-request': { type: 'string', default: '2' },
      missing: { type: 'string', default: '3' },
      assigned: { type: 'string', default: '4' },
      'missing-user': { type: 'string', default: 'last' },
    },
  });
  const [list, name] = positionals;
  if (list === undefined || name === undefined || !/^[\w.-]+$/.test(name)) {
    console.error('usage: npx tsx scripts/github-recording.ts <list.md> <name> [--closed-every N] [--pull-request N] [--missing N] [--assigned N] [--missing-user N|last]');
    process.exit(2);
  }
  const query = onlineQuery(lint(readFileSync(list, 'utf8')).doc);
  const count = (option: string) => {
    const n = Number(option);
    if (Number.isInteger(n) && n >= 0) return n;
    console.error(`not a count: ${option}`);
    return process.exit(2);
  };
  const recording = recordingOf(query, {
    closedEvery: count(values['closed-every']) || Infinity,
    pullRequest: count(values['pull-request']),
    missing: count(values.missing),
    assigned: count(values.assigned),
    missingUser: values['missing-user'] === 'last' ? query.users.length : count(values['missing-user']),
  });
  const folder = new URL('../test/fixtures/github/', import.meta.url);
  mkdirSync(folder, { recursive: true });
  const file = new URL(`${name}.json`, folder);
  writeFileSync(file, `${JSON.stringify(recording, null, 2)}\n`);
  console.log(`wrote ${file.pathname}: ${query.issues.length} issues (${recording.issues.length} there), ${query.users.length} handles (${recording.users.length - 1} accounts)`);
}

main();
