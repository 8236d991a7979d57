import assert from 'node:assert/strict';
import { isIdeasDocument, lint } from '../../server/src/core/lint';
import { readFixture } from '../support/fixtures';

describe('ideas model', () => {
  it('finds the projects and ideas of the seed, at the level most ideas use', () => {
    const { doc } = lint(readFixture('seed-project-ideas.md'));
    assert.equal(doc.ideaDepth, 4);
    assert.equal(doc.templateBlock?.closed, true);
    assert.equal(doc.templateBlock?.range.start.line, 6);
    const prometheus = doc.projects.find((p) => p.title === 'Prometheus' && p.heading.depth === 3);
    assert.deepEqual(
      prometheus?.ideas.map((i) => i.title),
      ['Persist Retroactive Rule Reevaluations', 'Remote Write WAL Pointer + Other Improvements'],
    );
  });

  it('reads a label that lost its bullet as a field of its own', () => {
    const { doc } = lint(readFixture('seed-project-ideas.md'));
    const idea = doc.ideas.find((i) => i.title === 'Per Request Query Tracking and Limiting');
    const skills = idea?.fields.find((f) => f.label === 'Recommended Skills');
    assert.equal(skills?.bulleted, false);
    assert.equal(skills?.value, 'go, distributed systems, Linux');
    assert.deepEqual(skills?.labelRange.start, { line: 100, character: 0 });
  });

  it('keeps UTF-16 columns and CRLF line ends', () => {
    const text = '### P 🚀\r\n\r\n#### Idée 🎉\r\n\r\n- Description: d\r\n- Mentor(s): Zoë (@zoe)\r\n';
    const { doc } = lint(text);
    const mentors = doc.ideas[0].fields[1];
    assert.equal(doc.ideas[0].title, 'Idée 🎉');
    assert.deepEqual(mentors.valueRange, { start: { line: 5, character: 13 }, end: { line: 5, character: 23 } });
  });

  it('does not take an ordinary README for an ideas list', () => {
    assert.equal(isIdeasDocument(lint(readFixture('plain-readme.md')).doc), false);
    assert.equal(isIdeasDocument(lint(readFixture('seed-project-ideas.md')).doc), true);
  });
});
