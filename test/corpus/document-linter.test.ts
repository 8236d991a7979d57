import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocumentLinter } from '../../server/src/core/incremental/document-linter';
import { generateIdeas } from '../../scripts/bench/generate-ideas';
import { edit, lintOptions, pieces } from '../support/edits';
import { readFixture } from '../support/fixtures';
import { fromScratch } from '../support/from-scratch';
import { readOf } from '../support/model-read';
import { plain } from '../support/plain';
import { LineIndex } from '../../server/src/core/text/line-index';

const RUNS = Number(process.env.IDEAS_FUZZ_RUNS) || 60;

describe('document linter', () => {
  const seed = readFixture('seed-project-ideas.md');

  it('after any sequence of edits, mostly keystrokes in ideas, gives what a from-scratch lint gives', function () {
    this.timeout(RUNS * 1000);
    // Short texts where edits often land in directives and code blocks inside ideas, or in an
    // outline of setext headings, ideas outside projects or above their level, and a Sample
    // section (with "\r\n" line breaks too), or in groups under a Template block of the file's own.
    const oddities = readFixture('outline-oddities.md');
    const texts = [seed.slice(0, 8000), generateIdeas(12), readFixture('directives-and-code.md'), oddities, oddities.replace(/\n/g, '\r\n'), readFixture('groups-and-template.md')];
    // Letters weigh most, as in typing; the pieces change the outline, and with it the path taken.
    const keystroke = edit([...pieces, ...'xxxxxxxxyz'.split(''), ' ', 'ab ', 'Example ', '<<<<<<<', '=======']);
    // An edit keeps the options of the one before, or (one time in four) brings its own.
    const step = fc.record({ keystroke, switchOptions: fc.nat(3).map((n) => n === 0) });
    let patches = 0;
    let edits = 0;
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(step, { minLength: 1, maxLength: 16 }), lintOptions, fc.constantFrom(300, 4096), (start, steps, initial, longSection) => {
        const linter = new DocumentLinter(longSection);
        let text = start;
        let options = initial;
        let last = linter.lint(text, options);
        for (const { keystroke: { at, remove, insert, options: next }, switchOptions } of steps) {
          if (switchOptions) options = next;
          const from = at % (text.length + 1);
          text = text.slice(0, from) + insert + text.slice(from + remove);
          const result = linter.lint(text, options);
          const expected = fromScratch(text, options);
          assert.deepEqual(plain(result.findings), plain(expected.findings));
          assert.deepEqual(readOf(result.doc), readOf(expected.doc));
          edits++;
          // A patched result keeps the heading list, or the ideas the edit did not touch; a whole
          // lint makes both anew.
          const before = new Set(last.doc.ideas);
          if (result.doc.headings === last.doc.headings || result.doc.ideas.some((each) => before.has(each))) patches++;
          last = result;
        }
      }),
      { numRuns: RUNS },
    );
    console.log(`      ${edits} edits, ${patches} patched`);
    // Both paths ran: a property that never patched would prove nothing about patching.
    assert.ok(patches > 0 && patches < edits, `${patches} of ${edits} edits patched`);
  });
});

describe('line index after an edit', () => {
  it('gives the lines a fresh index gives, for any edit of any text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '\n', '\r', '\r\n', 'é', '😀'), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(8), text, (before, at, removed, inserted) => {
        const from = at % (before.length + 1);
        const to = Math.min(before.length, from + removed);
        const after = before.slice(0, from) + inserted + before.slice(to);
        const edited = LineIndex.edited(new LineIndex(before), after, from, to, inserted.length - (to - from));
        const fresh = new LineIndex(after);
        assert.equal(edited.lineCount, fresh.lineCount);
        for (let line = 0; line < fresh.lineCount; line++) assert.equal(edited.lineStart(line), fresh.lineStart(line));
      }),
      { numRuns: RUNS * 10 },
    );
  });
});
