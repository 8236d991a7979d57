import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../../server/src/core';
import { describeField, whoAsks } from '../../server/src/features/hover';
import { packageRoot, ruleDocsFile, ruleDocsHref } from '../../server/src/features/rule-docs';

const root = join(__dirname, '..', '..');

describe('rule pages: bundled, linked offline, named in the reader\'s words', () => {
  it('finds the folder with docs/rules from the source as from the bundle in dist/', () => {
    assert.equal(packageRoot(join(root, 'server', 'src', 'features')), root);
    assert.equal(packageRoot(join(root, 'dist')), root);
  });

  it('links every rule to its bundled page, a file that exists', () => {
    for (const rule of rules) {
      const href = ruleDocsHref(rule.id, { root });
      assert.match(href, /^file:\/\//);
      assert.ok(existsSync(fileURLToPath(href)), href);
      assert.equal(href, ruleDocsFile(rule.id, root));
    }
  });

  it('links to the client\'s command, with the rule id, when the client opens pages itself', () => {
    const href = ruleDocsHref('missing-field', { root, clientCommand: 'ideas.showRuleDocs' });
    assert.equal(href, 'command:ideas.showRuleDocs?%5B%22missing-field%22%5D');
    const query = new URL(href).search.slice(1);
    assert.deepEqual(JSON.parse(decodeURIComponent(query)), ['missing-field']);
  });

  it('the hover says who asks for a field: the Template block, .ideasrc.json or a preset', () => {
    assert.equal(whoAsks(true, 'file'), "required by this file's Template block");
    assert.equal(whoAsks(false, 'file'), "optional in this file's Template block");
    assert.equal(whoAsks(true, 'config'), 'required by .ideasrc.json');
    assert.equal(whoAsks(true, 'cncf-2020'), 'required by the cncf-2020 preset');
    assert.equal(whoAsks(false, 'gsoc'), 'optional in the gsoc preset');
    const field = { label: 'Difficulty', aliases: [], required: true, kind: 'enum' as const, description: 'How hard.', example: 'Easy' };
    assert.equal(describeField(field, 'file').split('\n')[0], "**Difficulty**: required by this file's Template block");
    assert.doesNotMatch(describeField(field, 'gsoc'), /template "/);
  });

  it('the .vsix holds every rule page (vsce ls, as npm run package lists the files)', function () {
    this.timeout(60000);
    const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    const listed = new Set(execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' }).split('\n').map((line) => line.trim()));
    for (const rule of rules) assert.ok(listed.has(`docs/rules/${rule.id}.md`), `docs/rules/${rule.id}.md is not packaged`);
    assert.ok(listed.has('docs/any-list.md'), 'the pages link to docs/any-list.md');
    assert.match(readFileSync(join(root, '.vscodeignore'), 'utf8'), /^!docs\/rules\/\*\*$/m);
  });
});
