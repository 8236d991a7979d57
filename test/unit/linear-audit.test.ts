import { assertLinear } from '../support/work';

/*
 * The audit of issue 24 beyond issue-refs, mentors, labels and list pieces: each hostile input
 * below made a pattern backtrack, or a loop search again, by the square (or cube) of its size.
 * The counter sees the hand scans; a regular expression's own steps are not counted, so for the
 * rewritten patterns these cases pin the work around them and scripts/bench/growth.ts the time.
 */

/** A list with a table of contents, then `body`. */
const withToc = (body: string, entries = '- [Project](#project)\n') =>
  `# Ideas\n\n<!-- TOC -->\n${entries}<!-- /TOC -->\n\n## Project\n\n### First idea\n\n- Description: a\n- Mentor(s): Ana Silva (@ana)\n\n${body}\n`;
/** A list whose Template block holds `line`. */
const withTemplate = (line: string) =>
  `# Ideas\n\n## Template\n\n\`\`\`markdown\n### Title\n\n- Description: x\n- Mentor(s): x\n${line}\n\`\`\`\n\n## Project\n\n### First idea\n\n- Description: a\n- Mentor(s): Ana Silva (@ana)\n`;
/** A two-idea list with `line` among the first idea's fields. */
const ideasWith = (line: string) =>
  `# Ideas\n\n## Project\n\n### First idea\n\n- Description: a\n- Mentor(s): Ana Silva (@ana)\n${line}\n\n### Second idea\n\n- Description: b\n- Mentor(s): Bo Li (@boli)\n`;
const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length));

describe('work grows linearly with hostile input: the audit (issue 24)', () => {
  it('a heading of many code, link, image, tag or emphasis openers, under a table of contents', () => {
    for (const unit of ['`', '`a', '![a', '[a](', '[', '<http:', '<a', ' _a', '_', '` a ']) {
      assertLinear((n) => withToc(`## ${repeat(unit, n)}a`), 2000);
    }
    assertLinear((n) => withToc(`## ${'`'.repeat(n / 2)}${'a'.repeat(n / 2)}`), 2000);
    assertLinear((n) => withToc(`## a ${'_'.repeat(n / 2)}${'a'.repeat(n / 2)}`), 2000);
  });

  it('many code blocks with TOC in them, and a table of many entries of one title', () => {
    assertLinear((n) => withToc(repeat('```\nTOC\n```\n\n', n)), 2000);
    assertLinear((n) => withToc(repeat('#### a\n\n', n), repeat('- [a](#a)\n', n)), 2000);
  });

  it('many code blocks and merge-conflict markers', () => {
    assertLinear((n) => repeat('```\n```\n<<<<<<<\n', n), 2000);
  });

  it('a Template block line of blanks, parentheses, repeated `one of`, or many fields', () => {
    assertLinear((n) => withTemplate(`- a${' '.repeat(n)}x`), 2000);
    assertLinear((n) => withTemplate(`-${' '.repeat(n)}`), 2000);
    assertLinear((n) => withTemplate(`- Size: # one of a, b ${'('.repeat(n)}`), 2000);
    assertLinear((n) => withTemplate(`- Size: # ${repeat('one of ', n)}\u2028`), 2000);
    assertLinear((n) => withTemplate(Array.from({ length: n / 10 }, (_, i) => `- Label ${i}:`).join('\n')), 2000);
  });

  it('a directive of many blanks, and many directives never closed', () => {
    assertLinear((n) => ideasWith(`<!-- ideas-disable${' '.repeat(n)}x -->`), 2000);
    assertLinear((n) => ideasWith(`<!--\n${repeat('<!-- ideas-disable ', n)}`), 2000);
  });

  it('a mentor role of many blanks before no colon', () => {
    assertLinear((n) => ideasWith(`- Mentor(s):\n  - Mentor${' '.repeat(n)}x: Ana Silva (@ana)`), 2000);
  });
});
