import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ChunkedParser, wholeSection } from '../../server/src/core/chunked-parse';
import { splitChunks } from '../../server/src/core/chunks';
import { sectionRange } from '../../server/src/core/headings';
import { lint, type LintOptions } from '../../server/src/core/lint';
import type { IdeasDocument } from '../../server/src/core/model';
import { parseMarkdown } from '../../server/src/core/parse';
import { corpusFiles } from '../support/corpus';
import { readFixture } from '../support/fixtures';

/** What a keystroke or a paste may bring, the constructs that decide where chunks may split among them. */
const pieces = ['\n', '  ', '- ', '1. ', '* ', '+ ', '- [x](#x)\n', '* * *\n', '* **\n', '-\n', '2) ', '- 2. ', '* <b>', '**', '  ```js\n', '<!-- x -->\n', '### ', '#### Idea\n', '- Description: x\n', '```\n', '~~~', '<!--', '-->', '<pre>\n', '</pre>', '> ', '  - ', '[ref]: https://e.com\n', '[ref]', 'text ', '\r\n', '    ### code\n', '#', '`'];

/** What the model read from the text, for comparing an incremental lint with a fresh one. */
const readOf = (doc: IdeasDocument) => ({
  headings: doc.headings,
  sectionRanges: doc.headings.map((heading) => sectionRange(doc, heading)),
  codeBlocks: doc.codeBlocks,
  directives: doc.directives,
  templateBlock: doc.templateBlock,
  ideas: doc.ideas.map((idea) => [idea.title, idea.fields, idea.parent, idea.group, idea.project?.heading]),
  projects: doc.projects.map((project) => [project.heading, project.section, project.ideas.map((idea) => idea.heading)]),
});

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

  it('parses a long table of contents item by item into the one list a whole parse gives', () => {
    const toc = Array.from({ length: 300 }, (_, i) => `- [Project ${i}](#p${i})\n  - [Idea ${i}](#i${i})\n${i % 7 === 0 ? '\n' : ''}`).join('');
    const text = `# Ideas\n\n## Contents\n\n${toc}* [Other list](#o)\n\n## Next\n`;
    const tree = new ChunkedParser().parse(text);
    assert.deepEqual(tree, parseMarkdown(text));
    assert.deepEqual(tree.children.map((node) => node.type), ['heading', 'heading', 'list', 'list', 'heading']);
  });

  it('after any sequence of edits, gives the tree and the findings of a from-scratch lint', function () {
    this.timeout(RUNS * 1000);
    const seed = readFixture('seed-project-ideas.md').slice(0, 6000);
    // Lints between edits may change the template or the rules: what lint remembers must follow.
    const options = fc.constantFrom<LintOptions>({}, { preset: 'lfx' }, { rules: { 'field-alias': 'off', 'missing-field': 'warning' } }, { useFileTemplate: false });
    const edit = fc.record({ at: fc.nat(), remove: fc.nat(12), insert: fc.array(fc.constantFrom(...pieces), { maxLength: 4 }).map((p) => p.join('')), options });
    fc.assert(
      // Sections from these lengths on are parsed list item by item.
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), fc.constantFrom(0, 300, 4096), (edits, longSection) => {
        const parser = new ChunkedParser(longSection);
        let text = seed;
        parser.parse(text);
        for (const { at, remove, insert, options } of edits) {
          const start = at % (text.length + 1);
          text = text.slice(0, start) + insert + text.slice(start + remove);
          // Lint first, so it reads sections whose trees are not yet placed.
          const incremental = lint(text, options, (t) => parser.sections(t));
          const fromScratch = lint(text, options, (t) => [wholeSection(t, parseMarkdown(t))]);
          assert.deepEqual(incremental.findings, fromScratch.findings);
          assert.deepEqual(readOf(incremental.doc), readOf(fromScratch.doc));
          assert.deepEqual(parser.parse(text), parseMarkdown(text));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
