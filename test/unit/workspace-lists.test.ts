import assert from 'node:assert/strict';
import type { ListIdea, ListSummary } from '../../server/src/protocol';
import { filtered, summaryMarkdown, termGroups } from '../../client/src/workspace-lists';

const range = { start: { line: 0, character: 4 }, end: { line: 0, character: 9 } };
const idea = (title: string, project: string | undefined, mentors: ListIdea['mentors'], problems = 0): ListIdea => ({ title, ...(project ? { project } : {}), range, mentors, problems });
const list = (path: string, program: string | null, term: string | null, ideas: ListIdea[], problems = 0): ListSummary => ({ uri: `file:///ws/${path}`, path, program, term, problems, ideas });

const ana = { name: 'Ana Lima', handle: 'analima' };
const bo = { name: 'Bo Li', handle: 'boli' };
const lists = [
  list('programs/lfx-mentorship/2025/01-Mar-May/README.md', 'lfx-mentorship', '2025/01-Mar-May', [idea('Traffic replay', 'Stellar Mesh', [ana]), idea('Dashboard', 'Stellar Mesh', [bo], 2)], 2),
  list('notes/ideas.md', null, null, [idea('Loose idea', undefined, [{ name: 'Chidi' }])]),
  list('programs/lfx-mentorship/2025/02-Jun-Aug/README.md', 'lfx-mentorship', '2025/02-Jun-Aug', [idea('Replay | gRPC', 'Stellar Mesh', [ana, { name: 'ANA LIMA', handle: 'AnaLima' }]), idea('Orbit restore', 'Orbit', [ana, bo], 1)], 1),
  list('programs/summerofcode/2026.md', 'summerofcode', '2026', [idea('Snapshots', 'Orbit', [bo])]),
];

describe('the workspace view and summary (client/src/workspace-lists.ts)', () => {
  it('groups lists by program and term, programs by name, the newest term first, lists of no term last', () => {
    assert.deepEqual(
      termGroups(lists).map((group) => [group.label, group.lists.map((each) => each.path)]),
      [
        ['lfx-mentorship 2025/02-Jun-Aug', ['programs/lfx-mentorship/2025/02-Jun-Aug/README.md']],
        ['lfx-mentorship 2025/01-Mar-May', ['programs/lfx-mentorship/2025/01-Mar-May/README.md']],
        ['summerofcode 2026', ['programs/summerofcode/2026.md']],
        ['Other lists', ['notes/ideas.md']],
      ],
    );
  });

  it('filters by a mentor’s handle or name, a project or a title, any case, and drops lists with no idea left', () => {
    const titles = (filter: string) => filtered(lists, filter).flatMap((each) => each.ideas.map((one) => one.title));
    assert.deepEqual(titles('@BOLI'), ['Dashboard', 'Orbit restore', 'Snapshots']);
    assert.deepEqual(titles('chidi'), ['Loose idea']);
    assert.deepEqual(titles('orbit'), ['Orbit restore', 'Snapshots']);
    assert.deepEqual(titles('replay'), ['Traffic replay', 'Replay | gRPC']);
    assert.deepEqual(termGroups(lists, 'chidi').map((group) => group.label), ['Other lists']);
    assert.equal(filtered(lists, '  ').length, 4);
  });

  it('summarises each list: ideas, projects, mentors (one per handle, any case), problems, ideas per project and the busiest mentor', () => {
    const rows = summaryMarkdown(lists).split('\n');
    assert.equal(rows[2], '4 lists, 6 ideas, 3 problems.');
    assert.equal(rows.find((row) => row.includes('02-Jun-Aug/README.md')), '| programs/lfx-mentorship/2025/02-Jun-Aug/README.md | lfx-mentorship | 2025/02-Jun-Aug | 2 | 2 | 2 | 1 | Stellar Mesh 1, Orbit 1 | Ana Lima (@analima) (2) |');
    assert.equal(rows.find((row) => row.includes('notes/ideas.md')), '| notes/ideas.md |  |  | 1 | 0 | 1 | 0 | (no project) 1 |  |');
  });
});
