import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core/fix/fixes';
import { formatDocument, formatEdits } from '../../server/src/core/fix/format';
import { lint, type LintOptions } from '../../server/src/core/lint';
import { checkFormat, format } from '../support/format-check';

/** Format as the CLI and the server do: with the findings of a lint under the file's options. */
const formatWith = (text: string, options: LintOptions = {}) => formatDocument(text, (t) => lint(t, options));

/** Every edit Format makes is an edit of a fix of a finding the user sees. */
function assertReported(text: string, options: LintOptions = {}): void {
  const { doc, findings } = lint(text, options);
  const fixEdits = new Set(findings.flatMap((f) => f.fixes.flatMap((fix) => fix.edits)).map((e) => JSON.stringify(e)));
  for (const edit of formatEdits(doc, findings)) assert.ok(fixEdits.has(JSON.stringify(edit)), `unreported edit ${JSON.stringify(edit)}`);
}

const idea = (name: string, fields: string[]) => ['', `#### ${name}`, '', ...fields].join('\n');

describe('formatter', () => {
  it('applies the fixes of the label findings (bullet, `**`, colon, spelling), nothing no rule reports', () => {
    const house = (n: number) => idea(`Idea ${n}`, ['- Description: D.', '- Recommended Skills: Go', `- Mentor(s): M${n} (@m${n})`, `- Upstream Issue (URL): https://github.com/o/r/issues/${n}`]);
    const text = [
      '### Project', house(1), house(2), house(3),
      idea('Odd one', [
        '*   **Mentors**: Ana Silva (@anasilva)',
        '-\tDescription:A *careful*   description, with  [a link](https://example.com).',
        'Upstream Issue：https://github.com/o/r/issues/9',
        '- Recommended SKILLS:   Go,  Rust',
      ]),
      '',
    ].join('\n');
    // `*   ` and `-\t` bullets, the spacing after a colon, the order of fields and a label that differs
    // from its convention only in case: no rule reports them, so Format leaves them.
    // The lost bullet is the idea's own; `Upstream Issue` is the house spelling (the instruction in parentheses aside).
    assert.equal(formatWith(text), text.replace('**Mentors**:', 'Mentor(s):').replace('Upstream Issue：', '*   Upstream Issue:'));
    assertReported(text);
    checkFormat(text, 'house');
  });

  it('leaves an alias when field-alias is off, and a label no rule reports', () => {
    const text = '### P\n\n#### I\n\n- Description: D\n- Recommended Skills: Go\n- Mentors: A (@a)\n- Upstream issue (url): https://github.com/o/r/issues/1\n';
    assert.equal(formatWith(text, { preset: 'cncf-2020' }), text.replace('Mentors:', 'Mentor(s):'));
    assert.equal(formatWith(text, { preset: 'cncf-2020', rules: { 'field-alias': 'off' } }), text);
    const { doc, findings } = lint(text, { preset: 'cncf-2020', rules: { 'field-alias': 'off' } });
    assert.deepEqual(formatEdits(doc, findings), []);
    assertReported(text, { preset: 'cncf-2020' });
  });

  it('leaves a mis-cased label that no rule reports', () => {
    const text = '### P\n\n#### I\n\n- Description: d\n- Expected OUtcome: o\n- Recommended Skills: go\n- Mentor(s): A (@a)\n- Upstream Issue: https://github.com/o/r/issues/1\n';
    assert.deepEqual(lint(text, { preset: 'lfx' }).findings, []);
    assert.equal(formatWith(text, { preset: 'lfx' }), text);
    assert.equal(format(text), text);
  });

  it("moves a label toward the list's own spelling, never toward a preset's unless the list names it", () => {
    const ideaWith = (n: number, mentors: string) => idea(`I${n}`, ['- Description: D', '- Recommended Skills: Go', `- ${mentors}: M (@m${n})`, `- Upstream Issue (URL): https://github.com/o/r/issues/${n}`]);
    const text = ['### P', ideaWith(1, 'Mentors'), ideaWith(2, 'Mentors'), ideaWith(3, 'Mentors'), ideaWith(4, 'Mentor(s)'), ''].join('\n');
    assert.equal(formatWith(text), text.replace('- Mentor(s): M (@m4)', '- Mentors: M (@m4)'));
    assertReported(text);
    // Two ideas make no convention: field-alias points at the preset's label, which Format leaves to Fix All.
    const short = ['### P', ideaWith(1, 'Mentors'), ideaWith(2, 'Mentors'), ''].join('\n');
    assert.deepEqual(lint(short).findings.map((f) => f.rule), ['field-alias', 'field-alias']);
    assert.equal(formatWith(short), short);
    // A configuration that names the template makes its labels the list's.
    assert.equal(formatWith(short, { preset: 'cncf-2020' }), short.replaceAll('- Mentors:', '- Mentor(s):'));
  });

  it('leaves the markup most of a list uses', () => {
    const bold = (n: number) => idea(`I${n}`, ['- **Description**: D', '- **Recommended Skills**: Go', `- **Mentor(s)**: M (@m${n})`, `- **Upstream Issue (URL)**: https://github.com/o/r/issues/${n}`]);
    const text = ['### P', bold(1), bold(2), bold(3), ''].join('\n');
    assert.equal(formatWith(text), text);
    assert.equal(formatWith(text, { preset: 'cncf-2020' }), text.replaceAll('**', ''), 'unless a configuration names the template');
  });

  it('gives a label its missing colon, above the list that holds its value', () => {
    const text = '### P\n\n#### I\n\n- Description: D\n- Skills\n  - Go\n- **Mentor(s)**\n  - A (@a)\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    assert.equal(format(text), text.replace('- Skills', '- Skills:').replace('**Mentor(s)**', 'Mentor(s):'));
    assert.equal(formatWith(text, { preset: 'cncf-2020' }), text.replace('- Skills', '- Recommended Skills:').replace('**Mentor(s)**', 'Mentor(s):'));
    assertReported(text);
  });

  it('keeps the order of fields, blank lines between them, CRLF line breaks, and a last line without a break', () => {
    const text = '### P\r\n\r\n#### I\r\n\r\n- Mentor(s): A (@a)\r\n\r\n- **Description**: D\r\n- Upstream Issue (URL): https://github.com/o/r/issues/1\r\n- Recommended Skills: Go\r\n\r\n#### J\r\n\r\n- Description: E\r\n- Recommended Skills: Go\r\n- Mentor(s): B (@b)\r\n- Upstream Issue (URL): https://github.com/o/r/issues/2';
    assert.equal(format(text), text.replace('**Description**:', 'Description:'));
    checkFormat(text, 'CRLF');
  });

  it('one pass of its edits, then another, reaches what formatDocument gives', () => {
    const text = '### P\n\n#### I\n\n**Description** D\n- Recommended Skills: Go\n- Mentor(s): A (@a)\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    const { doc, findings } = lint(text);
    const once = applyEdits(text, formatEdits(doc, findings));
    assert.equal(formatWith(text), formatWith(once));
    checkFormat(text, 'one pass');
  });

  it('leaves fields that prose or unknown labels sit between, and a value below its label, where they are', () => {
    const text = '### P\n\n#### I\n\n- Mentors:\n\nDescrption:Go, Rust\n\n- Description:Go, Rust\n\nDescrption:Go, Rust\n\n#### J\n';
    assert.equal(format(text), text);
    checkFormat(text, 'detached field');
    const empty = '### P\n\n#### I\n\n- Upstream Issue (URL):\n\n- Description:Go, Rust\n\nDescrption:Go, Rust\n\n#### J\n\n- Upstream Issue (URL):\n- Description: D\n';
    assert.equal(format(empty), empty);
    checkFormat(empty, 'empty field');
  });
});
