import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { formatEdits } from '../../server/src/core/fix/format';
import { corpusFiles } from '../support/corpus';
import { readFixture } from '../support/fixtures';
import { checkFormat, read } from '../support/format-check';

describe('formatter', () => {
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
