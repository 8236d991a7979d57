import assert from 'node:assert/strict';
import { CSV_COLUMNS, exportIdeas, lint, presets, programAndTerm, readExport, renderIdeas, toCsv, type ExportedIdea } from '../../server/src/core';
import { csvCell, mentorText } from '../../server/src/core/export/csv';
import { splitSkills } from '../../server/src/core/export/idea-export';

const list = [
  '# Ideas',
  '',
  '### Harbor',
  '',
  '#### Satellite, "edge" cache',
  '',
  '- Description: Cache images at the edge.',
  '  A second line.',
  '- Expected Outcome: A merged PR.',
  '- Recommended Skills: Go (or Rust, ideally), Kubernetes; Docker',
  '- Mentor(s): Zoë Müller (@zoem, zoe@example.com) - primary, Bob (@bob)',
  '- Upstream Issue (URL): https://github.com/goharbor/harbor/issues/1, goharbor/harbor#2',
  '- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/1',
  '- Chat: #harbor on Slack',
  '',
  '#### Empty issue',
  '',
  '- Description: d',
  '- Recommended Skills: s',
  '- Mentor(s): Co-Mentor: Ann Lee (@ann)',
  '- Upstream Issue (URL): TBD',
  '',
].join('\n');

describe('export: program and term from the path', () => {
  const cases: [string, string | null, string | null][] = [
    ['programs/summerofcode/2026.md', 'summerofcode', '2026'],
    ['programs/lfx-mentorship/2025/03-Sep-Nov/README.md', 'lfx-mentorship', '2025/03-Sep-Nov'],
    ['programs/lfx-mentorship/2020/q2/selected_projects.md', 'lfx-mentorship', '2020/q2'],
    ['/home/me/mentoring/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md', 'lfx-mentorship', '2026/01-Mar-May'],
    ['C:\\repo\\programs\\summerofcode\\2024.md', 'summerofcode', '2024'],
    ['./programs/gsoc/ideas.md', 'gsoc', null],
    ['programs/notes.md', null, null],
    ['other-orgs/kotlin-gsoc-2025.md', null, null],
    ['project-ideas.md', null, null],
  ];
  for (const [path, program, term] of cases) {
    it(`${path} → ${program} ${term}`, () => assert.deepEqual(programAndTerm(path), { program, term }));
  }
});

describe('export: what an idea exports', () => {
  const ideas = exportIdeas(lint(list).doc, 'programs/lfx-mentorship/2025/03-Sep-Nov/README.md');

  it('gives every key of the contract, in order', () => {
    assert.deepEqual(Object.keys(ideas[0]), ['program', 'term', 'project', 'title', 'description', 'outcome', 'skills', 'size', 'difficulty', 'mentors', 'issues', 'fields', 'file', 'line']);
  });

  it('maps fields by kind, splits skills, parses mentors and issues, keeps other fields by label', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(ideas[0])), {
      program: 'lfx-mentorship',
      term: '2025/03-Sep-Nov',
      project: 'Harbor',
      title: 'Satellite, "edge" cache',
      description: 'Cache images at the edge.\n  A second line.',
      outcome: 'A merged PR.',
      skills: ['Go (or Rust, ideally)', 'Kubernetes', 'Docker'],
      size: null,
      difficulty: null,
      mentors: [
        { name: 'Zoë Müller', handle: 'zoem', email: 'zoe@example.com', role: 'primary' },
        { name: 'Bob', handle: 'bob', email: null, role: null },
      ],
      issues: ['https://github.com/goharbor/harbor/issues/1', 'https://github.com/goharbor/harbor/issues/2'],
      fields: { 'LFX URL': 'https://mentorship.lfx.linuxfoundation.org/project/1', Chat: '#harbor on Slack' },
      file: 'programs/lfx-mentorship/2025/03-Sep-Nov/README.md',
      line: 5,
    });
  });

  it('keeps an issue field without a URL under its label, and reads a role before the name', () => {
    assert.equal(ideas[1].issues, null);
    assert.equal(ideas[1].fields['Upstream Issue (URL)'], 'TBD');
    assert.deepEqual(ideas[1].mentors, [{ name: 'Ann Lee', handle: 'ann', email: null, role: 'co-mentor' }]);
  });

  it('takes the prose under the heading as the description when no field names one', () => {
    const [idea] = exportIdeas(lint('### P\n\n#### I\n\nProse that describes.\n\n- Recommended Skills: Go\n- Mentor(s): A (@a)\n- Upstream Issue (URL): https://x/issues/1\n').doc, 'f.md');
    assert.equal(idea.description, 'Prose that describes.');
  });

  it('tells an empty field ("") from a missing one (null)', () => {
    const [idea] = exportIdeas(lint('### P\n\n#### I\n\n- Description:\n- Mentor(s): A (@a)\n').doc, 'f.md');
    assert.equal(idea.description, '');
    assert.equal(idea.outcome, null);
    assert.equal(idea.skills, null);
  });

  it('splits skills outside parentheses, at line breaks, without bullets', () => {
    assert.deepEqual(splitSkills('- Go\n- Rust (async, tokio)\n- SQL.'), ['Go', 'Rust (async, tokio)', 'SQL']);
  });
});

describe('export: CSV', () => {
  const ideas = exportIdeas(lint(list).doc, 'programs/summerofcode/2026.md');
  const csv = toCsv(ideas);

  it('starts with a byte-order mark, and none with bom: false', () => {
    assert.ok(csv.startsWith('\uFEFFprogram,term,'));
    assert.ok(toCsv(ideas, { bom: false }).startsWith('program,term,'));
    assert.equal(Buffer.from(csv, 'utf8').subarray(0, 3).toString('hex'), 'efbbbf');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 asks, records ended by CRLF', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a, b'), '"a, b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('one\ntwo'), '"one\ntwo"');
    assert.equal(csvCell(' lead'), '" lead"');
    assert.equal(csv.split('\r\n').length, 4); // header, two ideas, the empty rest after the last CRLF
    assert.ok(csv.includes(',"Satellite, ""edge"" cache",'));
  });

  it('joins lists one item a line in one cell, mentors as lists write them, fields as JSON', () => {
    const rows = parseCsv(csv.slice(1));
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    const row = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, rows[1][i]]));
    assert.equal(row.skills, 'Go (or Rust, ideally)\nKubernetes\nDocker');
    assert.equal(row.mentors, 'Zoë Müller (@zoem, zoe@example.com) - primary\nBob (@bob)');
    assert.equal(row.issues, 'https://github.com/goharbor/harbor/issues/1\nhttps://github.com/goharbor/harbor/issues/2');
    assert.deepEqual(JSON.parse(row.fields), { ...ideas[0].fields });
    assert.equal(row.size, '');
    assert.equal(row.line, '5');
    assert.equal(rows.length, 3);
  });

  it('writes a mentor with only a handle or an e-mail', () => {
    assert.equal(mentorText({ name: null, handle: 'jd', email: null, role: null }), '@jd');
    assert.equal(mentorText({ name: null, handle: null, email: 'a@b.c', role: 'lead' }), 'a@b.c - lead');
  });
});

describe('export: reading an export back and rendering it', () => {
  const ideas = exportIdeas(lint(list).doc, 'f.md');

  it('reads what it wrote', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(readExport(JSON.stringify({ version: 1, ideas })).ideas)), JSON.parse(JSON.stringify(ideas)));
  });

  const bad: [string, RegExp][] = [
    ['{', /^not JSON \(/],
    ['[]', /^not an ideas export/],
    ['{"version": 2, "ideas": []}', /^export version 2 is not one/],
    ['{"version": 1, "ideas": {}}', /"ideas" must be an array/],
    ['{"version": 1, "ideas": [{"title": 3}]}', /^ideas\[0\]\.title must be a string$/],
    ['{"version": 1, "ideas": [{"title": "t", "skills": "Go"}]}', /^ideas\[0\]\.skills must be an array of strings or null$/],
    ['{"version": 1, "ideas": [{"title": "t", "mentors": [{"name": 1}]}]}', /^ideas\[0\]\.mentors\[0\]\.name must be one line/],
  ];
  for (const [text, message] of bad) it(`refuses ${text} in one line`, () => assert.throws(() => readExport(text), (error: Error) => message.test(error.message) && !error.message.includes('\n')));

  it('renders the ideas in the preset’s labels and order, an empty field empty, the rest under its label', () => {
    const md = renderIdeas(ideas, presets.gsoc);
    assert.match(md, /^# Project ideas\n\n## Harbor\n\n### Satellite, "edge" cache\n\n- Description: Cache images at the edge\.\n {2}A second line\.\n- Expected Outcome: A merged PR\.\n- Recommended Skills: Go \(or Rust, ideally\), Kubernetes, Docker\n- Mentor\(s\): Zoë Müller \(@zoem, zoe@example\.com\) - primary, Bob \(@bob\)\n- Upstream Issue \(URL\): https:\/\/github\.com\/goharbor\/harbor\/issues\/1, https:\/\/github\.com\/goharbor\/harbor\/issues\/2\n- LFX URL: /);
    assert.match(md, /- Upstream Issue \(URL\): TBD\n/);
    assert.match(md, /- Chat: #harbor on Slack\n/);
    assert.match(renderIdeas(ideas, presets.lfx), /- Upstream Issue: https/);
  });

  it('chooses the preset the ideas fit when none is asked for', () => {
    const idea = (over: Partial<ExportedIdea>): ExportedIdea => ({ ...ideas[1], outcome: null, size: null, difficulty: null, issues: ['https://github.com/o/r/issues/1'], fields: {}, ...over });
    assert.match(renderIdeas([idea({})]), /Upstream Issue \(URL\)/);
    assert.match(renderIdeas([idea({ outcome: 'o' })]), /- Upstream Issue:/);
    assert.match(renderIdeas([idea({ difficulty: 'Hard' })]), /- Difficulty: Hard/);
  });

  it('round-trips: the render reads back as the same ideas', () => {
    const again = exportIdeas(lint(renderIdeas(ideas)).doc, 'f.md');
    assert.deepEqual(
      again.map(({ title, mentors, issues, skills }) => ({ title, mentors, issues, skills })),
      ideas.map(({ title, mentors, issues, skills }) => ({ title, mentors, issues, skills })),
    );
  });
});

/** An RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        cell += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') {
          cell += '"';
          i++;
        } else break;
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      cell = text.slice(i, end === -1 ? text.length : i + end);
      i += cell.length;
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    }
  }
  return rows;
}
