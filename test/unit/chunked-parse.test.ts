import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ChunkedParser } from '../../server/src/core/parse/chunked-parse';
import { dropTree, wholeSection, type Section } from '../../server/src/core/parse/section';
import { splitChunks } from '../../server/src/core/parse/chunks';
import { lint } from '../../server/src/core/lint';
import { parseJointly } from '../../server/src/core/parse/joint-parse';
import { parseMarkdown, shiftPositions } from '../../server/src/core/parse/markdown';
import { corpusFiles } from '../support/corpus';
import { edit, pieces } from '../support/edits';
import { readFixture } from '../support/fixtures';
import { readOf } from '../support/model-read';
import { plain } from '../support/plain';


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
      // Every section list item by item, not only the long ones.
      assert.deepEqual(new ChunkedParser(0).parse(text), parseMarkdown(text), `${file}, item by item`);
    }
  });

  it('hands each section of a first parse to its reader as soon as it is made, so a tree can go before the next is made', () => {
    const text = readFixture('seed-project-ideas.md');
    const handed: Section[] = [];
    const withTrees: number[] = [];
    const parser = new ChunkedParser();
    const sections = parser.sections(text, (section) => {
      withTrees.push(handed.filter((each) => each.parsed.tree).length);
      handed.push(section);
      dropTree(section);
    });
    assert.ok(sections.length > 30);
    assert.deepEqual(handed, sections);
    assert.ok(handed.every((section, i) => section === sections[i]));
    assert.ok(withTrees.every((count) => count === 0));
    // Dropped trees are parsed again when asked for: the same as a whole parse.
    assert.deepEqual(parser.parse(text), parseMarkdown(text));
  });

  it('parses short sections in one call, each tree the one it has alone', () => {
    const chunks = splitChunks(readFixture('seed-project-ideas.md')).slice(0, 12);
    const trees = parseJointly(chunks)!;
    assert.equal(trees.length, chunks.length);
    for (const [i, { tree, offset, line }] of trees.entries()) {
      shiftPositions(tree!, -offset, -line);
      assert.deepEqual(tree, parseMarkdown(chunks[i].text), chunks[i].text.split('\n')[0]);
    }
  });

  it('parses sections one by one when a block runs across their boundary', () => {
    const chunks = [
      { text: '# A\n\n<!--\n', offset: 0, line: 0 },
      { text: '# B\n-->\n', offset: 10, line: 3 },
    ];
    assert.equal(parseJointly(chunks), undefined);
  });

  it('parses a long table of contents item by item into the one list a whole parse gives', () => {
    const toc = Array.from({ length: 300 }, (_, i) => `- [Project ${i}](#p${i})\n  - [Idea ${i}](#i${i})\n${i % 7 === 0 ? '\n' : ''}`).join('');
    const text = `# Ideas\n\n## Contents\n\n${toc}* [Other list](#o)\n\n## Next\n`;
    const tree = new ChunkedParser().parse(text);
    assert.deepEqual(tree, parseMarkdown(text));
    assert.deepEqual(tree.children.map((node) => node.type), ['heading', 'heading', 'list', 'list', 'heading']);
  });

  it('after any sequence of edits, gives the tree and the findings of a from-scratch lint', function () {
    this.timeout(RUNS * 1000);
    const texts = [readFixture('seed-project-ideas.md').slice(0, 6000), readFixture('outline-oddities.md')];
    fc.assert(
      // Sections from these lengths on are parsed list item by item.
      fc.property(fc.constantFrom(...texts), fc.array(edit(pieces), { minLength: 1, maxLength: 12 }), fc.constantFrom(0, 300, 4096), (initial, edits, longSection) => {
        const parser = new ChunkedParser(longSection);
        let text = initial;
        parser.parse(text);
        for (const { at, remove, insert, options } of edits) {
          const start = at % (text.length + 1);
          text = text.slice(0, start) + insert + text.slice(start + remove);
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
