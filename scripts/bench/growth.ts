/**
 * Growth tables: for each hostile input, lint time (ms) at doubling sizes. A linear scan about
 * doubles from one row to the next; a quadratic one quadruples. The parser cases time micromark
 * alone (no code of ours) for inputs it is super-linear on, to be reported upstream.
 * Run with `node --import tsx scripts/bench/growth.ts [case…]`.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { micromark } from 'micromark';
import { lint } from '../../server/src/core';

/** A two-idea list with `field` among the first idea's fields: the hostile text is read as a field's value. */
const ideasWith = (field: string) =>
  `# Ideas\n\n## Project\n\n### First idea\n\n- Description: a\n- Mentor(s): Ana Silva (@ana)\n${field}\n\n### Second idea\n\n- Description: b\n- Mentor(s): Bo Li (@boli)\n- Upstream Issue: https://github.com/a/b/issues/1\n`;

const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

interface Case {
  name: string;
  /** The input for size `n` (characters or lines, as `unit` says). */
  input: (n: number) => string;
  unit: string;
  from: number;
  run: (text: string) => unknown;
}

const lintIt = (text: string) => lint(text);
const cases: Case[] = [
  { name: '10 issue value [a]( repeated', unit: 'chars', from: 256, input: (n) => ideasWith(`- Upstream Issue: ${'[a]('.repeat(n / 4)}`), run: lintIt },
  { name: '10 issue value [a](b repeated', unit: 'chars', from: 256, input: (n) => ideasWith(`- Upstream Issue: ${'[a](b'.repeat(n / 5)}`), run: lintIt },
  { name: '10 issue value a/b# repeated', unit: 'chars', from: 256, input: (n) => ideasWith(`- Upstream Issue: ${'a/b#'.repeat(n / 4)}`), run: lintIt },
  { name: '11 mentors value a@b. repeated', unit: 'chars', from: 256, input: (n) => ideasWith(`- Mentor(s): ${'a@b.'.repeat(n / 4)}`).replace('- Mentor(s): Ana Silva (@ana)\n', ''), run: lintIt },
  { name: '11 mentors value a [at] b [dot] repeated', unit: 'chars', from: 256, input: (n) => ideasWith(`- Mentor(s): ${'a [at] b [dot] '.repeat(n / 15)}`).replace('- Mentor(s): Ana Silva (@ana)\n', ''), run: lintIt },
  { name: '11 mentors value ([@a]( repeated', unit: 'chars', from: 256, input: (n) => ideasWith(`- Mentor(s): ${'([@a]('.repeat(n / 6)}`).replace('- Mentor(s): Ana Silva (@ana)\n', ''), run: lintIt },
  { name: '11 mentors value @a, repeated', unit: 'chars', from: 256, input: (n) => ideasWith(`- Mentor(s): ${'(@a, '.repeat(n / 5)}`).replace('- Mentor(s): Ana Silva (@ana)\n', ''), run: lintIt },
  { name: '12 a line of blanks in an idea', unit: 'chars', from: 1024, input: (n) => ideasWith(' '.repeat(n)), run: lintIt },
  { name: '12 blanks then a colon in an idea', unit: 'chars', from: 1024, input: (n) => ideasWith(`- Skills${' '.repeat(n)}x:`), run: lintIt },
  { name: '12 a field label of blanks', unit: 'chars', from: 1024, input: (n) => ideasWith(`- a${' '.repeat(n)}a: b`), run: lintIt },
  { name: '13 changelog bullets', unit: 'lines', from: 625, input: (n) => `# Changelog\n\n${lines(n, (i) => `- change ${i}`)}\n`, run: lintIt },
  { name: '14 headings', unit: 'lines', from: 1563, input: (n) => lines(n, (i) => `## Heading ${i}\n`), run: lintIt },
  { name: '14 lines of -', unit: 'lines', from: 8192, input: (n) => lines(n, () => '-'), run: lintIt },
  { name: 'parser: *a_ repeated', unit: 'chars', from: 768, input: (n) => '*a_'.repeat(n / 3), run: (text) => micromark(text) },
  { name: 'parser (mdast): *a_ repeated', unit: 'chars', from: 768, input: (n) => '*a_'.repeat(n / 3), run: (text) => fromMarkdown(text) },
  { name: 'parser: [ repeated', unit: 'chars', from: 32768, input: (n) => '['.repeat(n), run: (text) => micromark(text) },
  { name: 'parser (mdast): [ repeated', unit: 'chars', from: 32768, input: (n) => '['.repeat(n), run: (text) => fromMarkdown(text) },
  { name: 'parser: merge-marker lines', unit: 'chars', from: 6144, input: (n) => '<<<<<<<\n=======\n>>>>>>>\n'.repeat(n / 24), run: (text) => micromark(text) },
  { name: 'parser (mdast): merge-marker lines', unit: 'chars', from: 6144, input: (n) => '<<<<<<<\n=======\n>>>>>>>\n'.repeat(n / 24), run: (text) => fromMarkdown(text) },
];

/** Stop doubling once one run takes this long, or after this many rows. */
const SLOW_MS = 4000;
const ROWS = 6;

const only = process.argv.slice(2);
for (const { name, unit, from, input, run } of cases.filter((c) => only.length === 0 || only.some((word) => c.name.includes(word)))) {
  console.log(`\n${name}\n  ${unit.padStart(9)}  ${'ms'.padStart(9)}  ×`);
  run(input(from)); // warm
  let last: number | undefined;
  for (let n = from, row = 0; row < ROWS; n *= 2, row++) {
    const text = input(n);
    const start = performance.now();
    run(text);
    const ms = performance.now() - start;
    console.log(`  ${String(n).padStart(9)}  ${ms.toFixed(1).padStart(9)}  ${last ? (ms / last).toFixed(1) : ''}`);
    last = ms;
    if (ms > SLOW_MS) break;
  }
}
