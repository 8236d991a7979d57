import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ChunkedParser, splitChunks } from '../../server/src/core/chunked-parse';
import { lint } from '../../server/src/core/lint';
import { parseMarkdown } from '../../server/src/core/parse';
import { corpusFiles } from '../support/corpus';
import { readFixture } from '../support/fixtures';

/** What a keystroke or a paste may bring, the constructs that decide where chunks may split among them. */
const pieces = ['\n', '  ', '- ', '1. ', '  ```js\n', '<!-- x -->\n', '### ', '#### Idea\n', '- Description: x\n', '```\n', '~~~', '<!--', '-->', '<pre>\n', '</pre>', '> ', '  - ', '[ref]: https://e.com\n', '[ref]', 'text ', '\r\n', '    ### code\n', '#', '`'];

/** `npm run fuzz` raises the number of generated edit sequences. */
const RUNS = Number(process.env.IDEAS_FUZZ_RUNS) || 60;

describe('incremental parsing', () => {
  it('splits the seed at its headings', () => {
    const chunks = splitChunks(readFixture('seed-project-ideas.md'));
    assert.ok(chunks.length > 30, `${chunks.length} chunks`);
    assert.equal(chunks.map((c) => c.text).join(''), readFixture('seed-project-ideas.md'));
  });

  it('keeps a fenced Template and a comment whole, headings and all', () => {
    const text = '# Ideas\n\n```md\n### Project\n#### Idea\n```\n\n<!--\n#### Hidden\n-->\n\n### Project\n';
    assert.deepEqual(
      splitChunks(text).map((c) => c.text.split('\n')[0]),
      ['# Ideas', '### Project'],
    );
  });

  it('leaves an indented heading to the list item it may belong to', () => {
    for (const text of ['- item\n  # h\n', '- item\n\n  # h\n  text\n', '1. a\n   ## b\n', '> q\n# h\n']) {
      assert.deepEqual(new ChunkedParser().parse(text), parseMarkdown(text), JSON.stringify(text));
    }
  });

  it('gives the same tree as a whole parse on the seed and every corpus file', function () {
    this.timeout(120000);
    for (const file of [...corpusFiles()]) {
      const text = readFileSync(file, 'utf8');
      assert.deepEqual(new ChunkedParser().parse(text), parseMarkdown(text), file);
    }
  });

  it('after any sequence of edits, gives the tree and the findings of a from-scratch lint', function () {
    this.timeout(RUNS * 1000);
    const seed = readFixture('seed-project-ideas.md').slice(0, 6000);
    const edit = fc.record({ at: fc.nat(), remove: fc.nat(12), insert: fc.array(fc.constantFrom(...pieces), { maxLength: 4 }).map((p) => p.join('')) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const parser = new ChunkedParser();
        let text = seed;
        parser.parse(text);
        for (const { at, remove, insert } of edits) {
          const start = at % (text.length + 1);
          text = text.slice(0, start) + insert + text.slice(start + remove);
          const tree = parser.parse(text);
          assert.deepEqual(tree, parseMarkdown(text));
          assert.deepEqual(lint(text, {}, () => tree).findings, lint(text, {}, parseMarkdown).findings);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
