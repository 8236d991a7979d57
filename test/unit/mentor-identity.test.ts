import assert from 'node:assert/strict';
import { checkWorkspace, lint, type Finding } from '../../server/src/core';
import { nameWords } from '../../server/src/core/workspace/mentor-identity';

/** An idea of the default template with its mentors. */
const idea = (title: string, mentors: string) =>
  `#### ${title}\n\n- Description: d\n- Recommended Skills: Go\n- Mentor(s): ${mentors}\n- Upstream Issue (URL): https://github.com/stellar/mesh/issues/${title.length}\n`;
const list = (...ideas: string[]) => `### Stellar Mesh\n\n${ideas.join('\n')}`;

const TERM_1 = 'programs/lfx-mentorship/2025/01-Mar-May/README.md';
const TERM_2 = 'programs/lfx-mentorship/2025/02-Jun-Aug/README.md';
const TERM_3 = 'programs/lfx-mentorship/2025/03-Sep-Nov/README.md';

/** The mentor-identity findings of the files, by file. */
function run(files: Record<string, string>, rules?: Record<string, 'off' | 'info' | 'warning' | 'error'>): Map<string, Finding[]> {
  const results = checkWorkspace(Object.entries(files).map(([file, text]) => ({ file, doc: lint(text).doc, options: rules ? { rules } : undefined })));
  return new Map(results.map(({ file, findings }) => [file, findings.filter((f) => f.rule === 'mentor-identity')]));
}

const all = (found: Map<string, Finding[]>) => [...found.values()].flat();

describe('mentor-identity', () => {
  it('one name with two handles: on the later mention\'s handle, naming the other, the earlier idea related', () => {
    const found = run({
      // Given later term first: the order of the files does not decide which is later.
      [TERM_2]: list(idea('Traffic shadowing', 'Florent Poinsard (@frouioui)')),
      [TERM_1]: list(idea('Traffic replay', 'Florent Poinsard (@fouioui)')),
    });
    assert.deepEqual(found.get(TERM_1), []);
    const [finding, ...rest] = found.get(TERM_2)!;
    assert.deepEqual(rest, []);
    assert.equal(finding.severity, 'info');
    assert.equal(finding.message, 'Mentor "Florent Poinsard" is @frouioui here but @fouioui in an earlier list: a typo, or a renamed account?');
    // On the handle, line 7 (0-based 6), after `- Mentor(s): Florent Poinsard (@`.
    assert.deepEqual(finding.range, { start: { line: 6, character: 32 }, end: { line: 6, character: 40 } });
    assert.deepEqual(finding.related, [{ file: TERM_1, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 19 } }, message: `the idea "Traffic replay" in ${TERM_1}` }]);
  });

  it('in one list, once for a pair of handles however often the mentor appears', () => {
    const found = run({
      [TERM_1]: list(
        idea('Traffic replay', 'Lee Calcote (@leecalcote), Otto van der Schaaf (@oschaaf)'),
        idea('Traffic shadowing', 'Lee Calcote (@leecalcote)'),
        idea('Mesh dashboard', 'Lee Calcote (@lcalcote)'),
        idea('Mesh CLI', 'Lee Calcote (@lcalcote)'),
        idea('Mesh docs', 'Lee Calcote (@leecalcote)'),
      ),
    });
    const findings = found.get(TERM_1)!;
    assert.equal(findings.length, 1);
    assert.equal(findings[0].message, 'Mentor "Lee Calcote" is @lcalcote here but @leecalcote earlier in this list: a typo, or a renamed account?');
    assert.equal(findings[0].range.start.line, 20);
    assert.deepEqual(findings[0].related!.map((place) => [place.file, place.message]), [[undefined, 'the idea "Traffic replay" in this list']]);
  });

  it('a renamed handle is reported where it changed, not in every later list that keeps the new one', () => {
    const found = run({
      [TERM_1]: list(idea('Traffic replay', 'Joe Kutner (@codefinger)')),
      [TERM_2]: list(idea('Traffic shadowing', 'Joe Kutner (@jkutner)')),
      [TERM_3]: list(idea('Mesh dashboard', 'Joe Kutner (@jkutner)'), idea('Mesh CLI', 'Joe Kutner (@jkutner)')),
    });
    assert.deepEqual([...found].map(([file, findings]) => [file, findings.length]), [[TERM_1, 0], [TERM_2, 1], [TERM_3, 0]]);
  });

  it('the first mention in a list is compared with the latest earlier list that names the mentor', () => {
    const found = run({
      [TERM_1]: list(idea('Traffic replay', 'Lee Calcote (@lcalcote)')),
      [TERM_2]: list(idea('Traffic shadowing', 'Lee Calcote (@lcalcote)'), idea('Mesh dashboard', 'Lee Calcote (@leecalcote)')),
      // Both handles were written in the latest earlier list: neither is news here.
      [TERM_3]: list(idea('Mesh CLI', 'Lee Calcote (@leecalcote)')),
    });
    assert.deepEqual([...found].map(([file, findings]) => [file, findings.length]), [[TERM_1, 0], [TERM_2, 1], [TERM_3, 0]]);
  });

  it('one handle with two names that share no word: on the later mention, naming the other name', () => {
    const found = run({ [TERM_1]: list(idea('Traffic replay', 'Jane Roe (@jroe)')), [TERM_2]: list(idea('Traffic shadowing', 'Kim Park (@JRoe)')) });
    const [finding, ...rest] = found.get(TERM_2)!;
    assert.deepEqual(rest, []);
    assert.equal(finding.message, 'The handle @JRoe is "Kim Park" here but "Jane Roe" in an earlier list: two people, or a handle under the wrong name?');
    // On the mentor's text.
    assert.deepEqual(finding.range, { start: { line: 6, character: 13 }, end: { line: 6, character: 29 } });
    assert.equal(finding.related![0].file, TERM_1);
  });

  it('names that may be one person are one, and handles differ in case only', () => {
    const harmless: [string, string][] = [
      ['José Núñez (@jnunez)', 'Jose Nunez (@JNunez)'],
      ['Jane M. Doe (@jmd)', 'Jane Doe (@jmd)'],
      ['Bartłomiej Płotka (@bwplotka)', 'Bartek Plotka (@bwplotka)'],
      ['Qiao Zhongpei (@chivalryq)', 'Zhongpei Qiao (@chivalryq)'],
      ['Dr. Stefan Schimanski (@sttts)', 'Stefan Schimanski (@sttts)'],
      ['Adjunct: Nate Waddington (@nate-double-u)', 'Nate Waddington (@nate-double-u)'],
      ['Alexander Chi (@skyzh)', 'Alex Zhang (@skyzh)'],
      // A first name only, a nickname, the handle written as the name: too little to compare.
      ['Kuldeep Singh (@de6p)', 'Kuldeep (@de6p)'],
      ['Tony Stark (@kavinjsir)', 'Tianyi (@kavinjsir)'],
      ['Michael Yuan (@juntao)', 'juntao (@juntao)'],
      ['Jane (@jane1)', 'Jane (@jane2)'],
      // No handle, nothing to compare.
      ['Jane Roe (@jroe)', 'Jane Roe, jane@example.com'],
      // Another name in parentheses says who the mentor is.
      ['Zicong Chen (@JesseStutler)', 'Zicong Chen (Jesse Stutler) (@JesseStutler)'],
    ];
    for (const [before, after] of harmless) {
      const found = run({ [TERM_1]: list(idea('Traffic replay', before)), [TERM_2]: list(idea('Traffic shadowing', after)) });
      assert.deepEqual(all(found), [], `${before} / ${after}`);
    }
  });

  it('two names joined by one mention in any list are one person everywhere', () => {
    const found = run({
      [TERM_1]: list(idea('Traffic replay', 'Zicong Chen (@JesseStutler)')),
      [TERM_2]: list(idea('Traffic shadowing', 'Jesse Stutler (@JesseStutler)')),
      [TERM_3]: list(idea('Mesh dashboard', 'Zicong Chen (Jesse Stutler) (@JesseStutler)')),
    });
    assert.deepEqual(all(found), []);
    const unjoined = run({ [TERM_1]: list(idea('Traffic replay', 'Zicong Chen (@JesseStutler)')), [TERM_2]: list(idea('Traffic shadowing', 'Jesse Stutler (@JesseStutler)')) });
    assert.equal(all(unjoined).length, 1);
  });

  it('placeholders are no one', () => {
    const found = run({
      [TERM_1]: list(idea('Traffic replay', 'Name (@github-handle)'), idea('Mesh CLI', 'Jane Doe (@janedoe)')),
      [TERM_2]: list(idea('Traffic shadowing', 'Name (@someone)'), idea('Mesh docs', 'Jane Doe (@github-handle)')),
    });
    assert.deepEqual(all(found), []);
  });

  it('severity from the file options; off drops it; one file linted alone has none', () => {
    const files = { [TERM_1]: list(idea('Traffic replay', 'Jane Roe (@jroe)')), [TERM_2]: list(idea('Traffic shadowing', 'Jane Roe (@janeroe)')) };
    assert.equal(run(files, { 'mentor-identity': 'warning' }).get(TERM_2)![0].severity, 'warning');
    assert.deepEqual(all(run(files, { 'mentor-identity': 'off' })), []);
    const alone = list(idea('Traffic replay', 'Jane Roe (@jroe)'), idea('Traffic shadowing', 'Jane Roe (@janeroe)'));
    assert.deepEqual(lint(alone).findings.filter((f) => f.rule === 'mentor-identity'), []);
  });

  it('compares the words of a name: case, accents, initials, titles and a role aside', () => {
    assert.deepEqual(nameWords('Dr. José M. Núñez-Ruiz'), ['jose', 'nunez', 'ruiz']);
    assert.deepEqual(nameWords('Adjunct: Nate W.'), ['nate']);
    assert.deepEqual(nameWords('Bartłomiej Płotka'), ['bartlomiej', 'plotka']);
  });
});
