import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/core/lint';
import { presets } from '../../server/src/core/template/presets';
import { ideaSnippet } from '../../server/src/core/template/snippets';

/** What a snippet inserts when the author accepts every default: placeholders' text, first choices. */
const expand = (snippet: string): string =>
  snippet
    .replace(/\$\{\d+\|((?:\\.|[^,|])*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:((?:\\.|[^}])*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\,|])/g, '$1');

const real = ['- Description: Add a dry-run mode.', '- Recommended Skills: Go', '- Mentor(s): Ana Silva (@anasilva)', '- Upstream Issue (URL): https://github.com/cncf/mentoring/issues/1'];
const withField = (index: number, line: string) => real.map((l, i) => (i === index ? line : l)).join('\n');
const list = (...ideas: string[]) => `### Project\n\n${ideas.map((idea, i) => (idea.startsWith('#') ? idea : `#### Idea ${i + 1}\n\n${idea}`)).join('\n\n')}\n`;

/** `line rule: the text the finding covers`, 1-based lines. */
function found(text: string, preset = 'cncf-2020'): string[] {
  const lines = text.split('\n');
  return lint(text, { preset }).findings.map((f) => `${f.range.start.line + 1} ${f.rule}: ${lines[f.range.start.line].slice(f.range.start.character, f.range.end.line === f.range.start.line ? f.range.end.character : undefined)}`);
}
const placeholders = (text: string, preset?: string) => found(text, preset).filter((f) => f.includes(' placeholder: '));

describe('placeholder', () => {
  it('finds each kind: a title, a leftover, a mentor, a handle, an issue, an LFX URL of zeros, a label for a value', () => {
    assert.deepEqual(placeholders(list(real.join('\n'), `#### Idea title\n\n${real.join('\n')}`)), ['10 placeholder: Idea title']);
    assert.deepEqual(placeholders(list(withField(0, '- Description: **TBD**'))), ['5 placeholder: **TBD**']);
    assert.deepEqual(placeholders(list(withField(0, '- Description: TODO: describe the idea'))), ['5 placeholder: TODO: describe the idea']);
    assert.deepEqual(placeholders(list(withField(2, '- Mentor(s): Ana Silva (@anasilva), (Add yourself here!)'))), ['7 placeholder: (Add yourself here!)']);
    assert.deepEqual(placeholders(list(withField(2, '- Mentor(s):\n  - Jane Doe (@jane-github, jane@email.address) - primary'))), ['8 placeholder: Jane Doe (@jane-github, jane@email.address) - primary']);
    assert.deepEqual(placeholders(list(withField(2, '- Mentor(s): Ana Silva (@github-handle)'))), ['7 placeholder: github-handle']);
    assert.deepEqual(placeholders(list(withField(3, '- Upstream Issue (URL): org/repo#12, https://github.com/cncf/mentoring/issues/2'))), ['8 placeholder: org/repo#12']);
    assert.deepEqual(placeholders(list(withField(3, '- Upstream Issue (URL): TBD'))), ['8 placeholder: TBD']);
    const lfx = `${real.join('\n')}\n- Expected Outcome: A merged pull request.\n- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/00000000-0000-0000-0000-000000000000`;
    assert.deepEqual(placeholders(list(lfx), 'lfx'), ['10 placeholder: https://mentorship.lfx.linuxfoundation.org/project/00000000-0000-0000-0000-000000000000']);
    assert.deepEqual(placeholders(list(withField(1, '- Recommended Skills: Recommended Skills'))), ['6 placeholder: Recommended Skills']);
  });

  it('leaves real prose, real values and choices alone', () => {
    const prose = withField(0, '- Description: Add a title bar; its layout is TBD with the maintainers, see the TODO list.');
    assert.deepEqual(placeholders(list(prose, `#### Compactor: Display TODO plan in UI\n\n${real.join('\n')}`)), []);
    // A short example is what real ideas write too: alone, it is a value.
    assert.deepEqual(placeholders(list(withField(1, '- Recommended Skills: Go, Kubernetes'))), []);
    assert.deepEqual(placeholders(list(`${real.join('\n')}\n- Expected Outcome: Done.\n- Expected project size: medium (~175 hours)\n- Difficulty: Medium`), 'gsoc'), []);
  });

  it('owns the value: no other rule reports it', () => {
    const text = list(
      `#### Idea title\n\n${withField(2, '- Mentor(s):\n  - TBD\n  - Ana Silva (@github-handle)')}`,
      `#### Idea title\n\n${withField(3, '- Upstream Issue (URL): org/repo#12.')}`,
      withField(3, '- Upstream Issue (URL): TBD'),
    );
    assert.deepEqual(found(text), [
      '3 placeholder: Idea title',
      '8 placeholder: TBD',
      '9 placeholder: github-handle',
      '12 placeholder: Idea title',
      '17 placeholder: org/repo#12',
      '24 placeholder: TBD',
    ]);
    // What the others say of the same values, with the placeholder rule off.
    const others = lint(text, { preset: 'cncf-2020', rules: { placeholder: 'off' } }).findings.map((f) => f.rule);
    assert.deepEqual(others, ['mentor-handle', 'duplicate-idea', 'issue-url', 'issue-url']);
  });

  it('gives an idea of placeholders only a finding per value, and nothing else', () => {
    const idea = '#### TBD\n\n- Description: TBD\n- Recommended Skills: TBD\n- Mentor(s): TBD\n- Upstream Issue (URL): TBD';
    assert.deepEqual(found(list(real.join('\n'), idea, real.join('\n'))), ['10 placeholder: TBD', '12 placeholder: TBD', '13 placeholder: TBD', '14 placeholder: TBD', '15 placeholder: TBD']);
  });

  it('finds what Ideas Author inserts: the contributed snippets, "New Idea", the missing-field fix', () => {
    const contributed = JSON.parse(readFileSync(join(__dirname, '..', '..', 'snippets', 'ideas.code-snippets'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;
    const ideas = Object.values(contributed).filter((snippet) => snippet.prefix.startsWith('idea') && snippet.prefix !== 'ideas-disable');
    assert.ok(ideas.length >= 4);
    const stops = (snippet: string) => [...snippet.matchAll(/\$\{\d+:((?:\\.|[^}])*)\}/g)].length;
    const presetOf: Record<string, string> = { idea: 'cncf-2020', 'idea-lfx': 'lfx', 'idea-lfx-form': 'lfx-form', 'idea-gsoc': 'gsoc' };
    for (const snippet of ideas) {
      const body = snippet.body.join('\n');
      // The title, every value, and the mentor's name and handle as one: each tab stop's text is a placeholder.
      assert.equal(placeholders(list(real.join('\n'), expand(body)), presetOf[snippet.prefix]).length, stops(body) - 1, snippet.prefix);
    }
    const mentor = Object.values(contributed).find((snippet) => snippet.prefix === 'mentor')!;
    assert.equal(placeholders(list(withField(2, `- Mentor(s): ${expand(mentor.body.join('\n'))}`))).length, 1);
    for (const template of Object.values(presets)) {
      const newIdea = expand(ideaSnippet(template, 4));
      const valued = template.fields.filter((field) => field.kind !== 'enum').length;
      assert.equal(placeholders(list(real.join('\n'), newIdea), template.name).length, 1 + valued, `New Idea, ${template.name}`);
    }
  });

  it("finds each value the missing-field fix offers (its snippet's text), choices excepted", () => {
    for (const template of Object.values(presets)) {
      const text = list(real.join('\n'), '#### Bare idea\n\nSome prose.', real.join('\n'));
      const { findings } = lint(text, { preset: template.name });
      const fixes = findings.filter((f) => f.rule === 'missing-field' && f.range.start.line === 8).map((f) => f.fixes[0]);
      for (const fix of fixes) {
        const [edit] = fix.edits;
        const start = offsetOf(text, edit.range.start);
        const inserted = expand(fix.snippet!);
        const fixed = text.slice(0, start) + inserted + text.slice(offsetOf(text, edit.range.end));
        const kind = template.fields.find((field) => fix.title.includes(`"${field.label}"`))!.kind;
        const label = fix.title.replace(/^Add the "|" field$/g, '');
        const got = placeholders(fixed, template.name);
        // A short example (skills) is a placeholder beside another the product inserted; alone, a real value.
        const expected = kind === 'enum' || /^Go, Kubernetes/.test(inserted.split(': ')[1] ?? '') ? 0 : 1;
        assert.equal(got.length, expected, `${template.name}: ${label}\n${got.join('\n')}`);
      }
    }
  });
});

function offsetOf(text: string, position: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + position.character;
}
