import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../server/src/core/lint';
import { boundNesting } from '../../server/src/core/parse';
import type { Range } from '../../server/src/core/range';

/** Lines built from the constructs real ideas lists contain, and the ways they break. */
const line = fc.oneof(
  fc.constantFrom(
    '### Project', '#### Idea', '##### Deep idea', '## Section', '# Title', '####', '### Template', '### Sample:',
    '- Description: text', '-\tRecommended Skills: Go', '* Mentor(s): Jane (@jane)', '- Upstream Issue (URL): https://github.com/o/r/issues/1',
    'Recommended Skills: lazy', '- **Description**: bold', '- Description： wide', '  - Mentor(s): nested', '- Mentor(s):',
    '  - Name (@h, a@b.co) - primary', '- Issue: o/r#1.', '- Issue: (https://x.y/z)', '- Mentors: [@a](https://github.com/b)',
    '```', '~~~', '> #### quoted', '> - Description: quoted', '| a | b |', '|---|---|', '<!-- ideas-disable -->', '<div>', '',
    '<<<<<<< HEAD', '=======', '>>>>>>> branch', '    indented code', '1. numbered', '- [ ] task', '\u0000', '\uFEFF', '\uD800',
    '👩‍💻 emoji ZWJ', 'e\u0301 combining', '漢字：値', '\t\t- deep tab',
  ),
  fc.string({ maxLength: 40 }),
);
const eol = fc.constantFrom('\n', '\r\n', '\r');
const documentText = fc.array(fc.tuple(line, eol), { maxLength: 60 }).map((parts) => parts.map(([l, e]) => l + e).join(''));

function isInside(text: string, range: Range): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const ok = (p: Range['start']) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  const before = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  return ok(range.start) && ok(range.end) && before;
}

/** A position must not split a surrogate pair. */
function onBoundary(text: string, range: Range): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  return [range.start, range.end].every((p) => {
    const l = lines[p.line];
    const code = l.charCodeAt(p.character - 1);
    const next = l.charCodeAt(p.character);
    return !(code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff);
  });
}

describe('the core on any text', () => {
  it('never throws, and every finding and edit lies inside the document on UTF-16 boundaries', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        for (const f of lint(text).findings) {
          assert.ok(isInside(text, f.range), `${f.rule} ${JSON.stringify(f.range)}`);
          assert.ok(onBoundary(text, f.range), `${f.rule} splits a surrogate pair`);
          for (const edit of f.fixes.flatMap((fix) => fix.edits)) assert.ok(isInside(text, edit.range), `${f.rule} fix edit outside`);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('bounds nesting without moving a character', () => {
    fc.assert(
      fc.property(documentText, fc.nat(40), (text, depth) => {
        const deep = text + '- '.repeat(depth) + '> '.repeat(depth) + 'x\n';
        const bounded = boundNesting(deep);
        assert.equal(bounded.length, deep.length);
        assert.deepEqual(bounded.split(/\r\n|\r|\n/).map((l) => l.length), deep.split(/\r\n|\r|\n/).map((l) => l.length));
      }),
    );
    assert.equal(boundNesting('- '.repeat(40) + 'x'), '- '.repeat(32) + 'x '.repeat(8) + 'x');
  });

  it('copes with a 1 MB line and 5,000 levels of quote or list nesting', () => {
    assert.equal(lint('### P\n#### I\n- Description: ' + 'x'.repeat(1_000_000) + '\n').doc.ideas[0].fields[0].value.length, 1_000_000);
    assert.doesNotThrow(() => lint('> '.repeat(5000) + '#### deep\n'));
    assert.doesNotThrow(() => lint('#### I\n' + '- '.repeat(5000) + 'Description: x\n'));
    assert.doesNotThrow(() => lint('#### I\n' + '> - '.repeat(5000) + 'Description: x\n'));
    assert.doesNotThrow(() => lint(Array.from({ length: 400 }, (_, i) => ' '.repeat(i * 2) + '- Description: x').join('\n')));
  });
});
