import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixAll } from '../../server/src/core/fix/fixes';
import { lint } from '../../server/src/core/lint';
import { boundNesting } from '../../server/src/core/parse/markdown';
import type { Range } from '../../server/src/core/text/range';

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
  // A field label with any value: the mentor and issue parsers see text nobody planned for.
  fc.tuple(fc.constantFrom('- Mentor(s): ', '- Upstream Issue (URL): ', '- Description: ', '  - ', '- Mentors: [@x]('), fc.string({ maxLength: 30 }))
    .map(([label, value]) => label + value),
  fc.constantFrom('- Mentor(s): Jo [@jo](jo)', '- Mentor(s): [@x](http://[bad)', '- Mentor(s): A (@a, a AT b DOT c), [B](https://github.com/b)', '- Issue: <https://github.com/o/r/issues/1>, o/r#2;'),
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

/** `npm run fuzz` raises the number of generated cases; `npm test` keeps a bounded budget. */
const RUNS = Number(process.env.IDEAS_FUZZ_RUNS) || 400;
/** Not a speed target (see npm run bench): a document this small taking longer has hung. */
const HANG_MS = 5000;

describe('the core on any text', () => {
  it('never throws or hangs, and every finding and edit lies inside the document on UTF-16 boundaries', function () {
    this.timeout(RUNS * 200);
    fc.assert(
      fc.property(documentText, (text) => {
        const started = performance.now();
        const { findings } = lint(text);
        assert.ok(performance.now() - started < HANG_MS, 'lint hung');
        for (const f of findings) {
          assert.ok(isInside(text, f.range), `${f.rule} ${JSON.stringify(f.range)}`);
          assert.ok(onBoundary(text, f.range), `${f.rule} splits a surrogate pair`);
          for (const edit of f.fixes.flatMap((fix) => fix.edits)) assert.ok(isInside(text, edit.range), `${f.rule} fix edit outside`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('fix-all never loses a word of a field value, and a second fix-all changes nothing', function () {
    this.timeout(RUNS * 200);
    const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
    // A URL in a value may become a handle (a profile URL): its words are not prose.
    const proseWords = (text: string) => words(text.replace(/https?:\/\/\S+/g, ' '));
    fc.assert(
      fc.property(documentText, (text) => {
        const before = lint(text).doc.ideas.flatMap((idea) => idea.fields.flatMap((field) => proseWords(field.value)));
        const once = fixAll(text, (t) => lint(t).findings).text;
        const after = words(once);
        let i = 0;
        for (const word of after) if (i < before.length && word === before[i]) i++;
        assert.equal(i, before.length, 'a word of a field value is gone');
        assert.equal(fixAll(once, (t) => lint(t).findings).text, once);
      }),
      { numRuns: RUNS },
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
