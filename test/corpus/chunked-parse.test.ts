import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ChunkedParser } from '../../server/src/core/parse/chunked-parse';
import { wholeSection } from '../../server/src/core/parse/section';
import { lint } from '../../server/src/core/lint';
import { parseMarkdown } from '../../server/src/core/parse/markdown';
import { corpusFiles } from '../support/corpus';
import { edit, pieces } from '../support/edits';
import { readFixture } from '../support/fixtures';
import { readOf } from '../support/model-read';
import { plain } from '../support/plain';

/** `npm run fuzz` raises the number of generated edit sequences. */
const RUNS = Number(process.env.IDEAS_FUZZ_RUNS) || 60;

describe('incremental parsing', () => {
  it('gives the same tree as a whole parse on the seed and every corpus file', function () {
    this.timeout(120000);
    for (const file of [...corpusFiles()]) {
      const text = readFileSync(file, 'utf8');
      assert.deepEqual(new ChunkedParser().parse(text), parseMarkdown(text), file);
      // Every section list item by item, not only the long ones.
      assert.deepEqual(new ChunkedParser(0).parse(text), parseMarkdown(text), `${file}, item by item`);
    }
  });

  it('after any sequence of edits, gives the tree and the findings of a from-scratch lint', function () {
    this.timeout(RUNS * 1000);
    const texts = [readFixture('seed-project-ideas.md').slice(0, 6000), readFixture('outline-oddities.md')];
    // Before some edits, sections are prepared ahead (some steps, or all), of the text before the
    // edit (a preparation stopped as outdated) or after it.
    const preparing = fc.array(fc.record({ steps: fc.constantFrom(0, 1, 3, 1000), ofNewText: fc.boolean() }), { minLength: 12, maxLength: 12 });
    fc.assert(
      // Sections from these lengths on are parsed list item by item.
      fc.property(fc.constantFrom(...texts), fc.array(edit(pieces), { minLength: 1, maxLength: 12 }), fc.constantFrom(0, 300, 4096), preparing, (initial, edits, longSection, prepared) => {
        const parser = new ChunkedParser(longSection);
        let text = initial;
        parser.parse(text);
        for (const [i, { at, remove, insert, options }] of edits.entries()) {
          const start = at % (text.length + 1);
          const before = text;
          text = text.slice(0, start) + insert + text.slice(start + remove);
          const steps = parser.prepare(prepared[i].ofNewText ? text : before);
          for (let step = 0; step < prepared[i].steps && !steps.next().done; step++);
          // Lint first, so it reads sections whose trees are not yet placed.
          const incremental = lint(text, options, (t) => parser.sections(t));
          const fromScratch = lint(text, options, (t) => [wholeSection(t, parseMarkdown(t))]);
          assert.deepEqual(plain(incremental.findings), plain(fromScratch.findings));
          assert.deepEqual(readOf(incremental.doc), readOf(fromScratch.doc));
          assert.deepEqual(parser.parse(text), parseMarkdown(text));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
