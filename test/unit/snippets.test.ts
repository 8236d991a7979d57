import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/core/lint';
import { rules } from '../../server/src/core/rules';
import { presets } from '../../server/src/core/template/presets';
import { ideaSnippet, projectSnippet } from '../../server/src/core/template/snippets';

/** What a snippet inserts when the author accepts every default: placeholders' text, first choices. */
function expand(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|((?:\\.|[^,|])*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:((?:\\.|[^}])*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\,|])/g, '$1');
}

const contributed = JSON.parse(readFileSync(join(__dirname, '..', '..', 'snippets', 'ideas.code-snippets'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;
const byPrefix = (prefix: string) => Object.values(contributed).find((snippet) => snippet.prefix === prefix)!.body.join('\n');

/**
 * The findings other than placeholders in two projects holding the idea (three times), so the text
 * is an ideas list by its content. Each copy shows its placeholders, one finding per value left as
 * inserted: a snippet just taken never looks clean.
 */
function listOf(idea: string, preset: string) {
  const text = `### Project A\n\n${expand(idea)}\n${expand(idea).replace('Idea title', 'Second idea')}\n### Project B\n\n${expand(idea)}\n`;
  const { findings } = lint(text, { preset });
  const placeholders = findings.filter((f) => f.rule === 'placeholder');
  // Every field line (but a size or difficulty, a choice among real values) and every title left as inserted.
  const lines = text.split('\n');
  const inserted = lines.flatMap((line, i) => (line === '#### Idea title' || (line.startsWith('- ') && !/^- (Expected project size|Difficulty):/.test(line)) ? [i] : []));
  const reported = [...new Set(placeholders.map((f) => f.range.start.line))].sort((a, b) => a - b);
  assert.deepEqual(reported, inserted, findings.map((f) => `${f.range.start.line}: ${f.rule}: ${f.message}`).join('\n'));
  return findings.filter((f) => f.rule !== 'placeholder').map((f) => `${f.rule}: ${f.message}`);
}

describe('snippets', () => {
  it('the contributed idea snippets, taken as they come, show a placeholder on every value they insert and nothing else', () => {
    assert.deepEqual(listOf(byPrefix('idea'), 'cncf-2020'), []);
    assert.deepEqual(listOf(byPrefix('idea-lfx'), 'lfx'), []);
    assert.deepEqual(listOf(byPrefix('idea-gsoc'), 'gsoc'), []);
    assert.deepEqual(listOf(byPrefix('idea-lfx-form'), 'lfx-form'), []);
  });

  it('ideas-disable offers every rule, and silences the one chosen', () => {
    const body = byPrefix('ideas-disable');
    const choices = /\|(.*)\|/.exec(body)![1].split(',');
    assert.deepEqual(choices, rules.map((rule) => rule.id));
    const idea = byPrefix('idea').replace('- Mentor(s): ${4:Name} (@${5:github-handle})\n', '');
    assert.equal(listOf(idea, 'cncf-2020').length, 3);
    assert.deepEqual(listOf(`${body.replace(/\$\{1\|[^|]*\|\}/, 'missing-field')}\n${idea}`, 'cncf-2020'), []);
    assert.equal(listOf(`${body.replace(/\$\{1\|[^|]*\|\}/, 'empty-field')}\n${idea}`, 'cncf-2020').length, 3);
  });

  it('the server builds idea and project snippets from any template, with choices for enums', () => {
    for (const template of Object.values(presets)) {
      const idea = ideaSnippet(template, 4);
      assert.deepEqual(listOf(expand(idea), template.name), [], template.name);
      const project = expand(projectSnippet(template, 3));
      assert.match(project, /^### Project name\n\n#### Idea title\n\n- Description: /);
    }
    assert.match(ideaSnippet(presets.gsoc, 4), /- Difficulty: \$\{\d+\|Easy,Medium,Hard\|\}/);
  });
});
