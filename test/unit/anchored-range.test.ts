import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core/text/line-index';

describe('anchored ranges', () => {
  const lines = new LineIndex('# P\n\n## I\n- Mentor(s): Zoë (@zoe)\n');
  const anchor = { line: 2 };
  const range = lines.rangeOf(23, 26, anchor);

  it('reads as the range the text gives', () => {
    assert.deepEqual(range.start, { line: 3, character: 13 });
    assert.deepEqual(range.end, { line: 3, character: 16 });
  });

  it('moves with its anchor, and only with it', () => {
    const moved = { line: 2 };
    const other = lines.rangeOf(23, 26, moved);
    moved.line = 5;
    assert.deepEqual(other.start, { line: 6, character: 13 });
    assert.deepEqual(other.end, { line: 6, character: 16 });
    other.start.line = 40;
    assert.equal(other.start.line, 6, 'a position read from it is a copy');
    assert.deepEqual(range.start, { line: 3, character: 13 });
  });

  it('goes into JSON as plain positions', () => {
    assert.deepEqual(JSON.parse(JSON.stringify({ range })), { range: { start: { line: 3, character: 13 }, end: { line: 3, character: 16 } } });
  });
});
