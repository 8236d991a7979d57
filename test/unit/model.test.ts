import assert from 'node:assert/strict';
import { sectionRange } from '../../server/src/core/model/headings';
import { isIdeasDocument, lint } from '../../server/src/core/lint';
import { readFixture } from '../support/fixtures';
import { plain } from '../support/plain';

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

  it('places each idea under its project, group and section, and ends each heading\'s section at the next at its level', () => {
    const idea = (title: string) => `#### ${title}\n\n- Description: d\n- Mentor(s): @m\n\n`;
    const text = `# Ideas\n\n## Term 1\n\n### Alpha\n\n${idea('A1')}${idea('A2')}### Beta\n\n#### SIG\n\n##### B1\n\n- Description: d\n\n## Term 2\n\n### Gamma\n\n${idea('G1')}`;
    const { doc } = lint(text);
    const at = (title: string) => doc.ideas.find((each) => each.title === title)!;
    assert.deepEqual(doc.projects.map((p) => [p.title, p.section?.title, p.ideas.map((i) => i.title)]), [
      ['Alpha', 'Term 1', ['A1', 'A2']],
      ['Beta', 'Term 1', ['B1']],
      ['Gamma', 'Term 2', ['G1']],
    ]);
    assert.deepEqual([at('B1').parent?.title, at('B1').group?.title, at('A2').parent?.title, at('A2').group], ['SIG', 'SIG', 'Alpha', undefined]);
    const line = (title: string) => sectionRange(doc, doc.headings.find((h) => h.title === title)!).end.line;
    // Alpha's section ends before Beta, Term 1's before Term 2, the last idea's at the last text.
    assert.deepEqual([line('Alpha'), line('Term 1'), line('G1')], [14, 22, 31]);
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
    assert.deepEqual(plain(mentors.valueRange), { start: { line: 5, character: 13 }, end: { line: 5, character: 23 } });
  });

  it('does not take an ordinary README for an ideas list', () => {
    assert.equal(isIdeasDocument(lint(readFixture('plain-readme.md')).doc), false);
    assert.equal(isIdeasDocument(lint(readFixture('seed-project-ideas.md')).doc), true);
  });
});
