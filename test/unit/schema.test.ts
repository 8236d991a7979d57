import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { parse as parseJsonc } from 'jsonc-parser';
import { configSchema, configSchemaText } from '../../server/src/core/config/schema';
import { CONFIG_KEYS, parseConfig, SETTINGS } from '../../server/src/core/config/config';
import { KINDS } from '../../server/src/core/config/config-template';
import { rules } from '../../server/src/core/rules';
import { presets } from '../../server/src/core/template/presets';

const root = join(__dirname, '..', '..');
const SCHEMA_FILE = 'docs/ideasrc.schema.json';

/** ajv, told of the keywords VS Code reads that validate nothing (descriptions, snippets, messages). */
function compile() {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
  ajv.addVocabulary(['markdownDescription', 'enumDescriptions', 'defaultSnippets', 'patternErrorMessage', 'allowComments', 'allowTrailingCommas']);
  return ajv.compile(JSON.parse(readFileSync(join(root, SCHEMA_FILE), 'utf8')));
}
const validate = compile();
/** The value VS Code validates: JSON with comments and trailing commas (JSON.parse for deep nesting, which jsonc-parser recurses on). */
function schemaAccepts(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = parseJsonc(text, [], { allowTrailingComma: true });
  }
  return validate(value);
}
const loaderAccepts = (text: string) => parseConfig(text, '.ideasrc.json').problems.length === 0;

/** The markdown files of README.md and docs/. */
function markdownFiles(): string[] {
  const files = ['README.md'];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (name.endsWith('.md')) files.push(path);
    }
  };
  walk('docs');
  return files;
}

/**
 * Every configuration the docs show: each json or jsonc block that opens with a `// .ideasrc.json`
 * comment, stands right after a line that names `.ideasrc.json`, or under a heading that does.
 */
function documentedConfigs(): [string, string][] {
  const found: [string, string][] = [];
  for (const file of markdownFiles()) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    let heading = '';
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].startsWith('#')) heading = lines[i];
      if (!/^```jsonc?\s*$/.test(lines[i])) continue;
      const end = lines.indexOf('```', i + 1);
      const body = lines.slice(i + 1, end).join('\n');
      const before = lines.slice(Math.max(0, i - 3), i).join('\n');
      if (/\.ideasrc\.json/.test(`${heading}\n${before}`) || /^\/\/ \.ideasrc\.json/.test(body)) found.push([`${file}:${i + 1}`, body]);
      i = end;
    }
  }
  return found;
}

/** The configurations the tests write: `.ideasrc.json` files, and string literals written to one. */
function testConfigs(): [string, string][] {
  const found: [string, string][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'node_modules' || name === 'fixtures') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (name === '.ideasrc.json') found.push([relative(root, path), readFileSync(path, 'utf8')]);
      else if (name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/'\.ideasrc\.json'\), '(\{[^'\n]*\})'\)/g)) found.push([`${relative(root, path)}: ${m[1]}`, m[1]]);
      }
    }
  };
  walk(join(root, 'test'));
  return found;
}

/** What the loader refuses (test/unit/config.test.ts, test/lsp/cli-config*.test.ts, config-hostile): one fault each. */
const hostile: string[] = [
  '[]',
  '"lfx"',
  '{"preset": "constructor"}',
  '{"preset": "toString"}',
  '{"preset": 1}',
  '{"useFileTemplate": "no"}',
  '{"files": "*.md"}',
  '{"files": [1]}',
  '{"files": [""]}',
  '{"files": ["   "]}',
  `{"files": ["${'x'.repeat(1001)}"]}`,
  '{"files": ["*a*b*c*d.md"]}',
  '{"files": ["docs/*a*b*c*d*/x.md"]}',
  `{"files": [${Array(101).fill('"a.md"').join(',')}]}`,
  '{"maxIdeasPerMentor": 0}',
  '{"maxIdeasPerMentor": 2.5}',
  '{"maxIdeasPerMentor": null}',
  '{"maxIdeasPerProject": "3"}',
  '{"maxIdeasPerProject": -1}',
  '{"rules": {"missing-field": 1}}',
  '{"rules": {"missing-field": "warn"}}',
  '{"rules": {"toString": "off"}}',
  '{"rules": []}',
  '{"template": {"name": "mine", "fields": [{"label": "A"}]}}',
  '{"template": {}}',
  '{"template": {"fields": []}}',
  '{"template": {"fields": [1]}}',
  '{"template": {"fields": [{"kind": "text"}]}}',
  '{"template": {"fields": [{"label": 1}]}}',
  '{"template": {"fields": [{"label": ""}]}}',
  `{"template": {"fields": [{"label": "${'x'.repeat(201)}"}]}}`,
  '{"template": {"fields": [{"label": "Pitch", "aliases": "Idea"}]}}',
  '{"template": {"fields": [{"label": "Pitch", "aliases": ["Mentors", ""]}]}}',
  '{"template": {"fields": [{"label": "Pitch", "aliases": [2]}]}}',
  '{"template": {"fields": [{"label": "Pitch", "kind": "poem"}]}}',
  '{"template": {"fields": [{"label": "Pitch", "required": "no"}]}}',
  '{"template": {"fields": [{"label": "Pitch", "description": {}}]}}',
  '{"template": {"fields": [{"label": "Pitch", "example": []}]}}',
  '{"template": {"fields": [{"label": "Pitch", "colour": 1}]}}',
  '{"template": {"fields": [{"label": "Size", "kind": "enum", "values": "a"}]}}',
  '{"template":{"fields":[{"label":"Size","kind":"enum","values":[{}]},{"label":"Description"}]}}',
  `{"template": {"fields": [${Array(65).fill('{"label": "A"}').join(',')}]}}`,
  `{"template": {"fields": [{"label": "A", "aliases": [${Array(65).fill('"a"').join(',')}]}]}}`,
  `{"x": ${'{"a":'.repeat(8000)}1${'}'.repeat(8000)}}`,
  `{"rules": ${'['.repeat(8000)}${']'.repeat(8000)}}`,
  `{${'"x":0,'.repeat(130_000)}"rules":{"missing-field":"warning"}}`,
];

describe('.ideasrc.json schema', () => {
  it(`${SCHEMA_FILE} is the core's description as written by npm run schema`, () => {
    assert.equal(readFileSync(join(root, SCHEMA_FILE), 'utf8'), configSchemaText(), `out of date: run npm run schema`);
  });

  it('is contributed to VS Code for .ideasrc.json and packaged in the extension', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.ideasrc.json', url: `./${SCHEMA_FILE}` }]);
    assert.ok(readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').includes(`!${SCHEMA_FILE}`));
  });

  it('names what the loader knows: its keys, presets, rules, severities and kinds', () => {
    const schema = configSchema() as { properties: Record<string, { enum?: string[]; properties?: Record<string, unknown> }> };
    assert.deepEqual(Object.keys(schema.properties), [...CONFIG_KEYS]);
    assert.deepEqual(schema.properties.preset.enum, Object.keys(presets));
    assert.deepEqual(Object.keys(schema.properties.rules.properties!), rules.map((rule) => rule.id));
    for (const key of CONFIG_KEYS) assert.ok(!parseConfig(`{"${key}": null}`, 'c').problems.some((p) => p.message.startsWith('unknown setting')), key);
    assert.ok(schemaAccepts(`{"rules": {${rules.map((r, i) => `"${r.id}": "${SETTINGS[i % SETTINGS.length]}"`).join(',')}}}`));
    assert.ok(schemaAccepts(`{"template": {"fields": [${KINDS.map((kind) => `{"label": "${kind}", "kind": "${kind}"}`).join(',')}]}}`));
  });

  it('accepts every configuration of the docs, as the loader does', () => {
    const documented = documentedConfigs();
    assert.ok(documented.length >= 15, `${documented.length} found`);
    assert.ok(documented.some(([where]) => where.startsWith('README.md:')), 'the README\'s');
    for (const [where, text] of documented) {
      assert.ok(loaderAccepts(text), `the loader refuses ${where}`);
      assert.ok(schemaAccepts(text), `the schema refuses ${where}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('accepts every configuration the tests write that the loader accepts, and refuses the others', () => {
    const written = testConfigs();
    assert.ok(written.length >= 3, `${written.length} found`);
    for (const [where, text] of written) assert.equal(schemaAccepts(text), loaderAccepts(text), where);
  });

  it('refuses every hostile configuration the loader refuses', () => {
    for (const text of hostile) {
      const shown = text.length > 100 ? `${text.slice(0, 100)}…` : text;
      assert.ok(!loaderAccepts(text), `the loader accepts ${shown}`);
      assert.ok(!schemaAccepts(text), `the schema accepts ${shown}`);
    }
  });

  it('accepts what the loader accepts at each bound', () => {
    const atBounds = [
      `{"files": [${Array(100).fill('"a.md"').join(',')}]}`,
      `{"files": ["${'x'.repeat(1000)}", "*a*b*c.md", "**/x/**/*a*b*c.md"]}`,
      `{"template": {"fields": [${Array(64).fill('{"label": "A"}').join(',')}]}}`,
      `{"template": {"fields": [{"label": "${'x'.repeat(200)}", "aliases": [${Array(64).fill('"a"').join(',')}], "values": [1, 2.5, "x"]}]}}`,
      // 101 code points in 202 UTF-16 units: JSON Schema counts code points, and so does the loader.
      `{"template": {"fields": [{"label": "${'🙂'.repeat(101)}"}]}}`,
      '{ // comments and trailing commas\n "preset": "gsoc", }',
      '{"maxIdeasPerMentor": 1, "maxIdeasPerProject": 1}',
    ];
    for (const text of atBounds) {
      assert.ok(loaderAccepts(text), `the loader refuses ${text.slice(0, 80)}`);
      assert.ok(schemaAccepts(text), `the schema refuses ${text.slice(0, 80)}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('and the loader agree on any configuration (property)', () => {
    // Mostly what a configuration holds, now and then anything: a fault at a time is what is judged.
    const mostly = <T, U>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<U>): fc.Arbitrary<T | U> => fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: other, weight: 1 });
    const any = fc.jsonValue({ maxDepth: 2 });
    const text = fc.oneof(
      { arbitrary: fc.constantFrom('x', 'Mentor(s)', '**/*.md', '*a*b*c.md', 'a/**/b', 'x'.repeat(200), '🙂'.repeat(200)), weight: 12 },
      { arbitrary: fc.constantFrom('', ' ', 'docs/*a*b*c*d.md', '🙂'.repeat(201), 'x'.repeat(201), 'x'.repeat(1001)), weight: 1 },
      { arbitrary: fc.string({ maxLength: 8 }), weight: 2 },
    );
    const field = fc.record(
      {
        label: mostly(text, any),
        aliases: mostly(fc.array(text, { maxLength: 3 }), any),
        kind: mostly(fc.constantFrom(...KINDS), fc.oneof(fc.constant('poem'), any)),
        required: mostly(fc.boolean(), any),
        values: mostly(fc.array(fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), { maxLength: 3 }), fc.oneof(any, fc.array(any, { maxLength: 2 }))),
        description: mostly(text, any),
        example: mostly(text, any),
        colour: any,
      },
      { requiredKeys: ['label'] },
    ).map((f) => {
      // A field with a key the loader does not know, now and then.
      return JSON.stringify(f).length % 7 === 0 ? f : Object.fromEntries(Object.entries(f).filter(([key]) => key !== 'colour'));
    });
    const config = fc.record(
      {
        preset: mostly(fc.constantFrom(...Object.keys(presets)), fc.oneof(fc.constantFrom('constructor', 'toString'), any)),
        useFileTemplate: mostly(fc.boolean(), any),
        maxIdeasPerMentor: mostly(fc.integer({ min: 1, max: 9 }), fc.oneof(fc.integer({ min: -1, max: 0 }), fc.constant(1.5), any)),
        maxIdeasPerProject: mostly(fc.integer({ min: 1, max: 9 }), fc.oneof(fc.integer({ min: -1, max: 0 }), fc.constant(1.5), any)),
        files: mostly(fc.array(text, { maxLength: 3 }), any),
        rules: mostly(fc.dictionary(mostly(fc.constantFrom(...rules.map((r) => r.id)), fc.oneof(fc.constant('toString'), fc.string({ maxLength: 4 }))), mostly(fc.constantFrom(...SETTINGS), fc.oneof(fc.constant('warn'), any)), { maxKeys: 3 }), any),
        template: mostly(fc.record({ fields: mostly(fc.array(mostly(field, any), { maxLength: 3 }), any), name: any }, { requiredKeys: ['fields'] }).map((t) => (JSON.stringify(t).length % 5 === 0 ? t : { fields: t.fields })), any),
        extra: any,
      },
      { requiredKeys: [] },
    ).map((c) => {
      return JSON.stringify(c).length % 6 === 0 ? c : Object.fromEntries(Object.entries(c).filter(([key]) => key !== 'extra'));
    });
    let accepted = 0;
    fc.assert(
      fc.property(mostly(config, any), (value) => {
        const json = JSON.stringify(value);
        const loader = loaderAccepts(json);
        if (loader) accepted++;
        assert.equal(schemaAccepts(json), loader, `${json}: ${JSON.stringify(validate.errors)} / ${JSON.stringify(parseConfig(json, 'c').problems)}`);
      }),
      { numRuns: 2000 },
    );
    // Both kinds are judged, often.
    assert.ok(accepted > 200 && accepted < 1800, `${accepted} of 2,000 accepted`);
  });
});
