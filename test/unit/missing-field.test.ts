import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { readFixture } from '../support/fixtures';
import { plain } from '../support/plain';

describe('missing-field', () => {
  it('reports each required field an idea lacks, on the idea heading', () => {
    const { findings } = lint(readFixture('missing-fields.md'));
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity, f.range.start.line, f.message]),
      [
        ['missing-field', 'error', 11, 'Idea "Idea without skills and mentors" has no "Recommended Skills" field.'],
        ['missing-field', 'error', 11, 'Idea "Idea without skills and mentors" has no "Mentor(s)" field.'],
      ],
    );
    assert.deepEqual(plain(findings[0].range), { start: { line: 11, character: 0 }, end: { line: 11, character: 36 } });
  });

  it('accepts aliases such as "Issue" for the issue field', () => {
    const text = '### P\n\n#### I\n\n- Description: d\n- Recommended Skills: s\n- Mentors: M (@m)\n- Issue: https://x/issues/1\n';
    assert.deepEqual(lint(text).findings.filter((f) => f.rule === 'missing-field'), []);
  });

});
