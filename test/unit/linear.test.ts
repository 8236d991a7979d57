import fc from 'fast-check';
import { assertLinear } from '../support/work';

/** A two-idea list with `line` among the first idea's fields. */
const ideasWith = (line: string) =>
  `# Ideas\n\n## Project\n\n### First idea\n\n- Description: a\n- Mentor(s): Ana Silva (@ana)\n${line}\n\n### Second idea\n\n- Description: b\n- Mentor(s): Bo Li (@boli)\n- Upstream Issue: https://github.com/a/b/issues/1\n`;

/** Where hostile text is put: field values, a label, a heading, a plain line. */
const PLACES: ((hostile: string) => string)[] = [
  (hostile) => ideasWith(`- Upstream Issue: ${hostile}`),
  (hostile) => ideasWith(`- Mentor(s): ${hostile}`),
  (hostile) => ideasWith(`- Recommended Skills: ${hostile}`),
  (hostile) => ideasWith(`- ${hostile}: value`),
  (hostile) => ideasWith(hostile),
  (hostile) => `# Changelog\n\n## ${hostile}\n\n${hostile}\n`,
];
const PIECES = ['[a](', '*a_', ' ', '\t', '[', ']', '(', ')', '<', '>', '@a', 'a@b.', ' at ', ' dot ', '[at]', ':', ',', ';', ' and ', '.', '-', '- ', '# ', '\n', '**', '_', '`', 'https://a', 'a/b#1', 'a-', '<<<<<<<', '=======', 'a'];

describe('work grows linearly with hostile input (issue 24)', () => {
  it('for any run of markdown delimiters, blanks, brackets, handles, e-mails and bullets, anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }), fc.constantFrom(...PLACES), (unit, place) => {
        const text = unit.join('');
        assertLinear((n) => place(text.repeat(Math.ceil(n / text.length))), 3000);
      }),
      { numRuns: 25 },
    );
  });

  it('10: an issue value of `[a](` repeated', () => {
    assertLinear((n) => ideasWith(`- Upstream Issue: ${'[a]('.repeat(n / 4)}`), 2000);
  });

  it('11: a mentors value of many links, handles and e-mail-like words', () => {
    assertLinear((n) => ideasWith(`- Mentor(s): ${'[@a](b) @c, d.e@f (g [at] h'.repeat(n / 25)}`), 2500);
  });

  it('12: blanks between a label and what follows it', () => {
    assertLinear((n) => ideasWith(`- Skills${' '.repeat(n)}x:`), 2000);
  });

  it('13: a long bullet list in any markdown file', () => {
    assertLinear((n) => `# Changelog\n\n${Array.from({ length: n }, (_, i) => `- change ${i}`).join('\n')}\n`, 500);
  });

  it('14: many headings, and many lines of `-`', () => {
    assertLinear((n) => Array.from({ length: n }, (_, i) => `## Heading ${i}\n`).join('\n'), 500);
    assertLinear((n) => '-\n'.repeat(n), 2000);
  });
});
