import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseConfig } from '../../server/src/core/config/config';
import { findConfig } from '../../server/src/core/config/files';
import { matchesConfigFiles } from '../../server/src/core/config/lookup';
import { lint } from '../../server/src/core/lint';
import { LineIndex } from '../../server/src/core/text/line-index';
import { readSettings } from '../../server/src/host/settings';

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
      '3:2 unknown setting "colour" (expected preset, template, rules, files, useFileTemplate, maxIdeasPerMentor, maxIdeasPerProject, maintainers or projectAliases)',
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
      '0:52 template: field "Pitch": kind must be one of text, description, skills, mentors, issues, url, enum',
      '0:62 template: unknown key "nolabel" in a field (expected label, aliases, kind, required, values, description, example)',
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

  describe('hostile input', () => {
    const list = '### P\n\n#### One\n\n- Description: d\n- Size: small\n\n#### Two\n\n- Description: d\n';
    /** Linting goes on with what was read: the list's ideas are judged, nothing throws. */
    const lintsWith = (text: string) => {
      const loaded = { file: '/w/.ideasrc.json', ...parseConfig(text, '/w/.ideasrc.json') };
      lint(list, loaded.config);
      matchesConfigFiles(loaded, '/w/ideas.md');
      return loaded;
    };

    it('takes "values":[{}] as a wrong value: one problem at it, the field kept, linting goes on', () => {
      const text = '{"template":{"fields":[{"label":"Size","kind":"enum","values":[{}]}]}}';
      const { config } = lintsWith(text);
      assert.deepEqual(problems(text), ['0:63 template: field "Size": a value must be a string or a number']);
      assert.deepEqual(config.template?.fields.map((f) => [f.label, f.kind, f.values]), [['Size', 'enum', []]]);
    });

    it('keeps values that are strings, takes numbers as their digits, and leaves out every other kind', () => {
      const text = '{"template":{"fields":[{"label":"Size","kind":"enum","values":["small",3,{},[],null,true,[{}]]}]}}';
      assert.deepEqual(lintsWith(text).config.template?.fields[0].values, ['small', '3']);
      assert.deepEqual(problems(text).map((p) => p.split(' ')[0]), ['0:73', '0:76', '0:79', '0:84', '0:89']);
    });

    it('checks every key by its kind, reports each wrong value where it stands, and applies the rest', () => {
      const text = JSON.stringify({
        preset: 'constructor',
        useFileTemplate: 'no',
        files: ['ok/*.md', 1, '', 'x'.repeat(1001), '*a*b*c*d.md'],
        rules: { 'missing-field': 1, 'field-alias': 'off', toString: 'off' },
        template: {
          name: 'mine',
          fields: [
            { label: 1 },
            { label: 'x'.repeat(201) },
            { label: 'Pitch', aliases: 'Idea', kind: 'poem', required: 'no', description: {}, example: [] },
            { label: 'Mentor(s)', aliases: ['Mentors', '', 2], kind: 'mentors', required: false, values: 'a', colour: 1 },
          ],
        },
      });
      const { config } = lintsWith(text);
      assert.deepEqual(
        parseConfig(text, 'cfg.json').problems.map((p) => p.message),
        [
          'preset: unknown preset "constructor" (expected cncf-2020, lfx, gsoc, lfx-form)',
          'useFileTemplate: must be true or false',
          'files: must be an array of glob strings',
          'files: a glob is empty',
          'files: a glob is longer than 1000 characters',
          'files: "*a*b*c*d.md" has more than 3 "*" in one path segment',
          'rules: "missing-field" must be "off", "info", "warning" or "error"',
          'rules: unknown rule "toString"',
          'template: unknown key "name" (expected fields)',
          'template: a label must be a string of a few words',
          'template: a label is longer than 200 characters',
          'template: field "Pitch": must be an array of aliases (strings)',
          'template: field "Pitch": kind must be one of text, description, skills, mentors, issues, url, enum',
          'template: field "Pitch": required must be true or false',
          'template: field "Pitch": description must be a string',
          'template: field "Pitch": example must be a string',
          'template: unknown key "colour" in a field (expected label, aliases, kind, required, values, description, example)',
          'template: field "Mentor(s)": a label must be a string of a few words',
          'template: field "Mentor(s)": a label must be a string of a few words',
          'template: field "Mentor(s)": must be an array of values (strings)',
        ],
      );
      assert.deepEqual(config.files, ['ok/*.md']);
      assert.deepEqual(config.rules, { 'field-alias': 'off' });
      assert.equal(config.preset, undefined);
      assert.deepEqual(
        config.template?.fields.map(({ label, aliases, kind, required, values }) => ({ label, aliases, kind, required, values })),
        [
          { label: 'Pitch', aliases: [], kind: 'text', required: true, values: undefined },
          { label: 'Mentor(s)', aliases: ['Mentors'], kind: 'mentors', required: false, values: undefined },
        ],
      );
    });

    for (const [shape, open, close] of [['arrays', '[', ']'], ['objects', '{"a":', '}']]) {
      it(`refuses 8,000-deep ${shape} with one problem where the depth passes 32, before parsing`, () => {
        const text = `{"files": ${open.repeat(8000)}1${close.repeat(8000)}}`;
        const { config, problems: found } = lintsWith(text);
        assert.deepEqual(config, {});
        assert.deepEqual(found.map((p) => `${p.line}:${p.character} ${p.message}`), [`0:${10 + 31 * open.length} nested deeper than 32 levels; the configuration is not read`]);
        // A bracket of a string or a comment nests nothing.
        const quoted = `{ // ${open[0].repeat(40)}\n"files": ["${open[0].repeat(40)}.md"] }`;
        assert.deepEqual(lintsWith(quoted).config, { files: [`${open[0].repeat(40)}.md`] });
      });
    }

    it('reports 20 problems of 130,000 keys and counts the rest, placing only those it reports', () => {
      const text = `{${'"x":0,'.repeat(130_000)}"preset":"gsoc"}`;
      const positionAt = LineIndex.prototype.positionAt;
      let placed = 0;
      LineIndex.prototype.positionAt = function (offset) {
        placed++;
        return positionAt.call(this, offset);
      };
      let found;
      try {
        found = parseConfig(text, 'cfg.json');
      } finally {
        LineIndex.prototype.positionAt = positionAt;
      }
      lint(list, found.config);
      assert.equal(found.config.preset, 'gsoc');
      assert.equal(found.problems.length, 21);
      assert.deepEqual(found.problems.slice(19).map((p) => `${p.line}:${p.character} ${p.message}`), [
        '0:115 unknown setting "x" (expected preset, template, rules, files, useFileTemplate, maxIdeasPerMentor, maxIdeasPerProject, maintainers or projectAliases)',
        '0:121 … and 129,980 more problems',
      ]);
      assert.ok(placed <= 21, `${placed} positions worked out`);
    });

    it('refuses a 2 MB config unread, with one problem', () => {
      const text = `{"files": ["${'a'.repeat(2_000_000)}"]}`;
      assert.deepEqual(lintsWith(text).config, {});
      assert.deepEqual(problems(text), ['0:0 the configuration is longer than 1,000,000 characters; it is not read']);
    });

    it('never throws, in parsing or in lint(), whatever JSON stands in any place of a field', () => {
      const anything = fc.jsonValue({ maxDepth: 3 });
      const field = fc.record(
        { label: fc.oneof(fc.string(), anything), aliases: anything, kind: fc.oneof(fc.constantFrom('enum', 'mentors', 'skills'), anything), required: anything, values: fc.array(anything), description: anything, example: anything },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(fc.array(field, { maxLength: 3 }), anything, anything, (fields, files, rules) => {
          lintsWith(JSON.stringify({ template: { fields }, files, rules }));
        }),
        { numRuns: 100 },
      );
    });
  });
});

describe('ideas.* settings', () => {
  it('falls back to the default for a value of the wrong kind, however deep, and never throws', () => {
    let deep: unknown = 'off';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const { settings, problems: found } = readSettings({ enable: 1, files: deep, preset: { lfx: deep }, rules: { 'missing-field': deep, 'field-alias': 'off' }, lintBudget: 500 });
    assert.deepEqual(settings, { enable: true, files: ['**/*ideas*.md', '**/*Ideas*.md', '**/programs/**/*.md'], lint: { rules: { 'field-alias': 'off' } }, lintBudget: 500 });
    assert.deepEqual(found, [
      'ideas.enable: must be true or false',
      'ideas.files: must be an array of glob strings',
      'ideas.preset: must be a string',
      'ideas.rules: "missing-field" must be "off", "info", "warning" or "error"',
    ]);
  });

  it('keeps the default files when one glob is wrong, and reports 20 problems of 60,000 unknown rules', () => {
    const rules = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`r${i}`, 'off']));
    const { settings, problems: found } = readSettings({ files: ['mine/*.md', ''], rules });
    assert.deepEqual(settings.files, ['**/*ideas*.md', '**/*Ideas*.md', '**/programs/**/*.md']);
    assert.equal(found.length, 21);
    assert.deepEqual(found.slice(0, 2), ['ideas.files: a glob is empty', 'ideas.rules: unknown rule "r0"']);
    assert.equal(found[20], 'ideas: … and 59,981 more problems');
  });
});
