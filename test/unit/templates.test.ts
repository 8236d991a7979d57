import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { nearMissField } from '../../server/src/core/template/near-miss';
import { presets } from '../../server/src/core/template/presets';
import { templateFromBlock } from '../../server/src/core/template/from-block';
import { readFixture } from '../support/fixtures';

const labels = (text: string, options = {}) => lint(text, options).doc.template.fields.map((f) => f.label);

describe('templates', () => {
  it("reads a file's own Template block, keeping its labels and the presets' knowledge", () => {
    const template = templateFromBlock('### P\n#### T\n\n- Description:\n- Expected Outcome:\n- Mentor(s):\n  - Mentor Name (@mentor_github)\n- Upstream Issue:\n');
    assert.deepEqual(template?.fields.map((f) => [f.label, f.kind, f.required]), [
      ['Description', 'description', true],
      ['Expected Outcome', 'text', true],
      ['Mentor(s)', 'mentors', true],
      ['Upstream Issue', 'issues', true],
      ['LFX URL', 'url', false],
    ]);
    assert.equal(templateFromBlock('no fields here'), undefined);
  });

  it('honours the Template block of a 2024 LFX file', () => {
    assert.deepEqual(
      labels(readFixture('corpus/programs/lfx-mentorship/2024/01-Mar-May/project_ideas.md')).slice(0, 5),
      ['Description', 'Expected Outcome', 'Recommended Skills', 'Mentor(s)', 'Upstream Issue'],
    );
  });

  it('infers the preset from the labels ideas use when the file has no Template block', () => {
    assert.equal(lint(readFixture('corpus/programs/lfx-mentorship/2025/03-Sep-Nov/README.md')).doc.template.name, 'lfx');
    assert.equal(lint(readFixture('corpus/programs/summerofcode/2022.md')).doc.template.name, 'gsoc');
    assert.equal(lint(readFixture('missing-fields.md')).doc.template.name, 'cncf-2020');
  });

  it('infers lfx-form for a list made from the LFX proposal form: Technologies, no Expected Outcome', () => {
    const { doc, findings } = lint(readFixture('corpus/programs/lfx-mentorship/2026/03-Sep-Nov/README.md'));
    assert.equal(doc.template.name, 'lfx-form');
    assert.deepEqual(findings.filter((f) => ['missing-field', 'unknown-field', 'field-alias'].includes(f.rule)), []);
    assert.equal(lint(readFixture('corpus/programs/lfx-mentorship/2026/02-Jun-Aug/README.md')).doc.template.name, 'lfx');
  });

  it("gives every preset's skills field the skills kind, and a Template block's skills field whatever alias it uses", () => {
    for (const preset of Object.values(presets)) {
      assert.deepEqual(preset.fields.filter((f) => f.kind === 'skills').map((f) => f.label), ['Recommended Skills'], preset.name);
    }
    const template = templateFromBlock('- Description:\n- Skills Required:\n- Mentor(s):\n');
    assert.deepEqual(template?.fields.slice(0, 3).map((f) => [f.label, f.kind]), [['Description', 'description'], ['Skills Required', 'skills'], ['Mentor(s)', 'mentors']]);
  });

  it('takes a label cut short after a word for the one field whose name starts so', () => {
    assert.equal(nearMissField(presets.gsoc, 'Recommended')?.label, 'Recommended Skills');
    // `Expected Outcome` and `Expected project size`: no telling which.
    assert.equal(nearMissField(presets.gsoc, 'Expected'), undefined);
    assert.equal(nearMissField(presets.gsoc, 'Recommend'), undefined);
  });

  it('uses a configured preset or template when the file declares none', () => {
    const text = '### P\n\n#### I\n\n- Description: d\n';
    assert.equal(lint(text, { preset: 'gsoc' }).doc.template.name, 'gsoc');
    const template = { name: 'mine', fields: [{ label: 'Pitch', aliases: [], required: true, kind: 'text' as const, description: '', example: '' }] };
    assert.deepEqual(lint(text + '- Pitch: p\n', { template }).findings.map((f) => f.message), ['The template has no field "Description".']);
    assert.deepEqual(lint(text + '- Pitch:\n', { template }).findings.map((f) => f.message), ['The template has no field "Description".', '"Pitch" of idea "I" is empty.']);
  });

  it('ignores the file’s block when told to', () => {
    const text = '## Template\n\n```\n- Pitch:\n```\n\n### P\n\n#### I\n\n- Pitch: p\n';
    assert.equal(lint(text).doc.template.name, 'file');
    assert.equal(lint(text, { useFileTemplate: false }).doc.template.name, 'cncf-2020');
  });

  it('a preset named by an inherited property (constructor, toString) is no preset: the template is inferred', () => {
    const text = '### P\n\n#### I\n\n- Description: d\n- Mentor(s): @a\n';
    for (const preset of ['constructor', 'toString', '__proto__']) assert.equal(lint(text, { preset }).doc.template.name, lint(text).doc.template.name);
  });
});
