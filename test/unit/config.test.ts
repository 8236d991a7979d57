import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../server/src/core/config/config';
import { findConfig } from '../../server/src/core/config/files';
import { lint } from '../../server/src/core/lint';

const problems = (text: string) => parseConfig(text, 'cfg.json').problems.map((p) => `${p.line}:${p.character} ${p.message}`);

describe('.ideasrc.json', () => {
  it('reads a preset, rule severities, files and a template, with comments and trailing commas', () => {
    const { config, problems: found } = parseConfig(
      `{
        // LFX terms
        "preset": "lfx",
        "rules": { "field-alias": "off", "mentor-handle": "error", },
        "files": ["programs/**/*.md"],
        "useFileTemplate": false,
      }`,
      'cfg.json',
    );
    assert.deepEqual(found, []);
    assert.deepEqual(config, { preset: 'lfx', rules: { 'field-alias': 'off', 'mentor-handle': 'error' }, files: ['programs/**/*.md'], useFileTemplate: false });
  });

  it('says what is wrong and where, and keeps the parts that are right', () => {
    const text = '{\n  "preset": "foo",\n  "rules": { "missing-fild": "off", "missing-field": "loud", "empty-field": "off" },\n  "colour": 1,\n  "template": { "fields": [] }\n}';
    assert.deepEqual(problems(text), [
      '1:12 preset: unknown preset "foo" (expected cncf-2020, lfx, gsoc, lfx-form)',
      '2:13 rules: unknown rule "missing-fild"',
      '2:53 rules: "missing-field" must be "off", "info", "warning" or "error"',
      '3:2 unknown setting "colour" (expected preset, template, rules, files or useFileTemplate)',
      '4:14 template: has no usable fields; the preset applies instead',
    ]);
    assert.deepEqual(parseConfig(text, 'cfg.json').config, { rules: { 'empty-field': 'off' } });
  });

  it('reports broken JSON and wrong types without throwing', () => {
    assert.deepEqual(problems('{ "preset": '), ['0:12 invalid JSON: value expected', '0:12 invalid JSON: close brace expected']);
    assert.deepEqual(problems('[1, 2]'), ['0:0 the configuration must be a JSON object']);
    assert.deepEqual(problems('{"files": "*.md", "useFileTemplate": "yes", "rules": []}'), [
      '0:10 files: must be an array of glob strings',
      '0:37 useFileTemplate: must be true or false',
      '0:53 rules: must be an object of rule ids to "off", "info", "warning" or "error"',
    ]);
    assert.deepEqual(problems('{"template": {"fields": [{"label": "Pitch", "kind": "poem"}, {"nolabel": 1}, {"label": "Ask"}]}}'), [
      '0:25 template: field "Pitch": kind must be one of text, description, skills, mentors, issues, url, enum',
      '0:61 template: every field needs a "label" string',
    ]);
    assert.deepEqual(parseConfig('', 'cfg.json').config, {});
  });

  it('takes every field kind, skills included, and a field without one as text', () => {
    const kinds = ['text', 'skills', 'mentors', 'issues', 'url', 'enum'];
    const fields = [...kinds.map((kind) => ({ label: `A ${kind}`, kind })), { label: 'No kind' }];
    const { config, problems: found } = parseConfig(JSON.stringify({ template: { fields } }), 'cfg.json');
    assert.deepEqual(found, []);
    assert.deepEqual(config.template?.fields.map((f) => [f.label, f.kind]), [...kinds.map((kind) => [`A ${kind}`, kind]), ['No kind', 'text']]);
  });

  it('is found by walking up from the linted file', () => {
    const root = mkdtempSync(join(tmpdir(), 'ideasrc-'));
    mkdirSync(join(root, 'programs', 'lfx'), { recursive: true });
    writeFileSync(join(root, '.ideasrc.json'), '{ "preset": "gsoc" }');
    const found = findConfig(join(root, 'programs', 'lfx', 'ideas.md'));
    assert.equal(found.file, join(root, '.ideasrc.json'));
    assert.equal(found.config.preset, 'gsoc');
    assert.deepEqual(findConfig(join(tmpdir(), 'nowhere', 'x.md'), () => undefined), { config: {}, problems: [] });
  });

  it('sets rule severities and turns rules off in lint()', () => {
    const text = '### P\n\n#### I\n\n- Description: d\n- Recommended Skills: s\n- Mentors: M @m\n- Issue: https://github.com/o/r/issues/1\n';
    // A preset that the configuration names is the list's template: its labels are the convention.
    const rulesOf = (options = {}) => lint(text, { preset: 'cncf-2020', ...options }).findings.map((f) => `${f.rule}:${f.severity}`);
    assert.deepEqual(rulesOf(), ['field-alias:info', 'mentor-handle:warning', 'field-alias:info']);
    assert.deepEqual(rulesOf({ rules: { 'field-alias': 'off', 'mentor-handle': 'error' } }), ['mentor-handle:error']);
  });
});
