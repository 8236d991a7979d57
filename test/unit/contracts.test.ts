import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../server/src/core/rules';

const root = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const ids = rules.map((rule) => rule.id);

describe('contracts', () => {
  it('every rule has its docs page, listed in the index with its default severity', () => {
    const index = read('docs/rules/README.md');
    for (const rule of rules) {
      assert.ok(existsSync(join(root, 'docs', 'rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md`);
      assert.match(read(`docs/rules/${rule.id}.md`), new RegExp(`^# ${rule.id}\\n\\n\\*\\*Default severity:\\*\\* ${rule.defaultSeverity}`));
      assert.match(index, new RegExp(`\\| \\[${rule.id}\\]\\(${rule.id}\\.md\\) \\| ${rule.defaultSeverity}`));
    }
  });

  it('the ideas.rules setting, the ideas-disable snippet and the README know exactly the rules there are', () => {
    const manifest = JSON.parse(read('package.json'));
    assert.deepEqual(Object.keys(manifest.contributes.configuration.properties['ideas.rules'].properties), ids);
    const snippet = JSON.parse(read('snippets/ideas.code-snippets'))['Disable an Ideas rule'].body[0] as string;
    assert.deepEqual(/\|(.*)\|/.exec(snippet)![1].split(','), ids);
    const readme = read('README.md');
    for (const id of ids) assert.ok(readme.includes(`[${id}](docs/rules/${id}.md)`), id);
  });

  it('declares untrusted and virtual workspace support, and the sources load no code and open no connection', () => {
    const { capabilities } = JSON.parse(read('package.json'));
    assert.equal(capabilities.untrustedWorkspaces.supported, true, 'configuration is data: nothing from the workspace runs');
    assert.equal(capabilities.virtualWorkspaces.supported, false);
    const sources = execFileSync('git', ['ls-files', 'server/src', 'client/src'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
    for (const file of sources) {
      const text = read(file);
      assert.doesNotMatch(text, /\brequire\(|\bimport\(|\beval\(|new Function|\bfetch\(|node:https?|node:net|child_process/, file);
    }
  });

  it('the core imports nothing of LSP, VS Code or the layers above it (DESIGN.md)', () => {
    const core = execFileSync('git', ['ls-files', 'server/src/core'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
    assert.ok(core.length > 20, `${core.length} core files`);
    for (const file of core) {
      for (const [, from] of read(file).matchAll(/^(?:import|export)\b[^;]*?\bfrom '([^']+)'/gms)) {
        assert.doesNotMatch(from, /^vscode|^\.\.\/(?:\.\.\/)*(?:features|server|cli|protocol|client)\b/, `${file} imports ${from}`);
      }
    }
  });

  it('the grammar colours the labels of every preset', () => {
    const grammar = read('syntaxes/ideas.injection.tmLanguage.json');
    for (const label of ['Description', 'Recommended Skills', 'Mentor\\\\(s\\\\)', 'Expected Outcome', 'LFX URL', 'Expected project size', 'Difficulty']) assert.ok(grammar.includes(label), label);
  });
});
