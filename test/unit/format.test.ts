import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { formatEdits, formatDocument } from '../../server/src/core/fix/format';
import { lint } from '../../server/src/core/lint';
import { corpusFiles, words } from '../support/corpus';
import { readFixture } from '../support/fixtures';

const read = (text: string) => lint(text).doc;
const format = (text: string) => formatDocument(text, read);

/** The words of each idea's field values, as a multiset: fields may move, their words may not change. */
function valueWords(text: string): string[] {
  return read(text).ideas.flatMap((idea) => idea.fields.flatMap((field) => words(field.value))).sort();
}

/** Headings, code and links are not the formatter's business: their lines stay byte-identical (a field's line may hold a link). */
function untouchable(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => /^#{1,6}\s|^\s*```|\]\(/.test(line) && !/^\s*(?:--|[-*+])?\s*\**[\w ()]+\**\s*[:：]/.test(line)).sort();
}

function checkFormat(text: string, name: string): void {
  const once = format(text);
  assert.equal(format(once), once, `${name}: formatting twice changed the text`);
  assert.deepEqual(valueWords(once), valueWords(text), `${name}: a field value changed`);
  assert.deepEqual(untouchable(once), untouchable(text), `${name}: a heading, fence or link line changed`);
  // A field nested under another is the malformed-field fix's business, not the formatter's.
  const { doc, findings } = lint(once);
  const nested = new Set(doc.ideas.flatMap((idea) => idea.fields.filter((f) => f.nestedIn).map((f) => f.headRange.start.line)));
  // A lost bullet over an indented body is left to the malformed-field fix too: a bullet would pull the body in.
  const left = findings.filter((f) => (f.rule === 'field-alias' || (f.rule === 'malformed-field' && /emphasis|stray|full-width|no colon/.test(f.message))) && !nested.has(f.range.start.line));
  assert.deepEqual(left.map((f) => `${f.range.start.line + 1} ${f.message}`), [], `${name}: formatting left labels to normalise`);
}

describe('formatter', () => {
  it('normalises bullets, labels, the space after the colon and the order of fields, nothing else', () => {
    const text = [
      '### Project', '', '#### Idea one', '',
      '*   **Mentors**: Ana Silva (@anasilva)',
      '-\tDescription:A *careful*   description, with  [a link](https://example.com).',
      '+ Upstream Issue：https://github.com/o/r/issues/1',
      '- Skills:   Go,  Rust',
      '', '#### Idea two', '', '- Description: Two.', 'Recommended Skills: Go', '- Mentor(s): Bo (@bo)', '- Upstream Issue (URL): https://github.com/o/r/issues/2', '',
    ].join('\n');
    assert.equal(format(text), [
      '### Project', '', '#### Idea one', '',
      '- Description: A *careful*   description, with  [a link](https://example.com).',
      '- Recommended Skills: Go,  Rust',
      '- Mentor(s): Ana Silva (@anasilva)',
      '- Upstream Issue (URL): https://github.com/o/r/issues/1',
      '', '#### Idea two', '', '- Description: Two.', '- Recommended Skills: Go', '- Mentor(s): Bo (@bo)', '- Upstream Issue (URL): https://github.com/o/r/issues/2', '',
    ].join('\n'));
  });

  it('gives a label its missing colon, above the list that holds its value', () => {
    const text = '### P\n\n#### I\n\n- Description: D\n- Skills\n  - Go\n- **Mentor(s)**\n  - A (@a)\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    assert.equal(format(text), text.replace('- Skills', '- Recommended Skills:').replace('**Mentor(s)**', 'Mentor(s):'));
  });

  it('keeps blank lines between fields in place, CRLF line breaks, and a last line without a break', () => {
    const text = '### P\r\n\r\n#### I\r\n\r\n- Mentor(s): A (@a)\r\n\r\n- Description: D\r\n- Upstream Issue (URL): https://github.com/o/r/issues/1\r\n- Recommended Skills: Go\r\n\r\n#### J\r\n\r\n- Description: E\r\n- Recommended Skills: Go\r\n- Mentor(s): B (@b)\r\n- Upstream Issue (URL): https://github.com/o/r/issues/2';
    assert.equal(format(text), '### P\r\n\r\n#### I\r\n\r\n- Description: D\r\n\r\n- Recommended Skills: Go\r\n- Mentor(s): A (@a)\r\n- Upstream Issue (URL): https://github.com/o/r/issues/1\r\n\r\n#### J\r\n\r\n- Description: E\r\n- Recommended Skills: Go\r\n- Mentor(s): B (@b)\r\n- Upstream Issue (URL): https://github.com/o/r/issues/2');
  });

  it('does not move fields that prose or unknown labels sit between', () => {
    const text = '### P\n\n#### I\n\n- Mentor(s): A (@a)\n- Note: keep me here\n- Description: D\n\n#### J\n\n- Description: E\n- Mentor(s): B (@b)\n';
    assert.equal(format(text), text);
  });

  it('does not move a field whose value stands below it to the end, above prose it would take too', () => {
    const text = '### P\n\n#### I\n\n- Mentors:\n\nDescrption:Go, Rust\n\n- Description:Go, Rust\n\nDescrption:Go, Rust\n\n#### J\n';
    assert.equal(format(text), text.replace('- Mentors:', '- Mentor(s):').replace('- Description:Go', '- Description: Go'));
    checkFormat(text, 'detached field');
  });

  it('does not move an empty field to the end, above prose it would take for its value', () => {
    const text = '### P\n\n#### I\n\n- Upstream Issue (URL):\n\n- Description:Go, Rust\n\nDescrption:Go, Rust\n\n#### J\n\n- Upstream Issue (URL):\n- Description: D\n';
    assert.equal(format(text), '### P\n\n#### I\n\n- Upstream Issue (URL):\n\n- Description: Go, Rust\n\nDescrption:Go, Rust\n\n#### J\n\n- Description: D\n- Upstream Issue (URL):\n');
    checkFormat(text, 'empty field');
  });

  it('holds on the seed and every corpus file: idempotent, values and headings, fences and links untouched', function () {
    this.timeout(120000);
    checkFormat(readFixture('seed-project-ideas.md'), 'seed');
    for (const file of corpusFiles()) checkFormat(readFileSync(file, 'utf8'), file);
  });

  it('holds on generated ideas lists, and its edits never overlap', () => {
    const label = fc.constantFrom('Description', '**Description**', 'Mentors', 'Mentor(s)', 'Skills', 'Recommended Skills', 'Issue', 'Upstream Issue (URL)', 'Descrption');
    const field = fc.tuple(fc.constantFrom('- ', '* ', '-\t', '-   ', '+ ', ''), label, fc.constantFrom(':', '：', ': ', ':   '), fc.constantFrom('Go, Rust', 'Ana (@ana)', 'https://github.com/o/r/issues/1', 'Some *prose* here.', ''))
      .map(([bullet, l, colon, value]) => `${bullet}${l}${colon}${value}`);
    const idea = fc.tuple(fc.constantFrom('#### ', '### ', '##### '), fc.array(field, { maxLength: 6 }), fc.constantFrom('\n', '\n\n'))
      .map(([marks, fields, sep]) => `${marks}Idea\n\n${fields.join(sep)}\n`);
    fc.assert(
      fc.property(fc.array(idea, { minLength: 2, maxLength: 5 }), fc.constantFrom('\n', '\r\n'), (ideas, eol) => {
        const text = `### Project\n\n${ideas.join('\n')}`.replace(/\n/g, eol);
        const edits = formatEdits(read(text));
        const doc = read(text);
        const spans = edits.map((e) => [doc.lines.offsetAt(e.range.start), doc.lines.offsetAt(e.range.end)]).sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1][1] <= spans[i][0], 'edits overlap');
        checkFormat(text, 'generated');
      }),
      { numRuns: 300 },
    );
  });
});
