import assert from 'node:assert/strict';
import { ChunkedParser } from '../../server/src/core/parse/chunked-parse';
import { dropTree, type Section } from '../../server/src/core/parse/section';
import { splitChunks } from '../../server/src/core/parse/chunks';
import { parseJointly } from '../../server/src/core/parse/joint-parse';
import { parseMarkdown, shiftPositions } from '../../server/src/core/parse/markdown';
import { readFixture } from '../support/fixtures';

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
});
