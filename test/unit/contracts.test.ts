import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../server/src/core/rules';
import { importCircles, importGraph, importSpecifiers } from '../support/imports';

const root = join(__dirname, '..', '..');
const STARTS_GIT = 'server/src/action/git.ts';
const CALLS_GITHUB = 'server/src/online/http.ts';
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const ids = rules.map((rule) => rule.id);

/** The core's door: everything outside server/src/core takes the core from here (core/index.ts). */
const DOOR = 'server/src/core/index.ts';
/**
 * Internals of the core that a file outside it may import, and why. The bench times the parsers
 * alone, apart from the lint around them: they are no business of the server, the CLI or the
 * client, so the door does not offer them.
 */
const PAST_THE_DOOR: ReadonlyMap<string, readonly string[]> = new Map([
  ['scripts/bench/bench.ts', ['server/src/core/parse/chunked-parse.ts', 'server/src/core/parse/markdown.ts']],
]);
let sources: Map<string, string[]> | undefined;
/** The imports of server/src, client/src and scripts, read once. */
const sourceGraph = () => (sources ??= importGraph(['server/src', 'client/src', 'scripts']));

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

  it('declares untrusted and virtual workspace support, and the sources load no code and open no connection but the GitHub check', () => {
    const { capabilities } = JSON.parse(read('package.json'));
    // Configuration is data: nothing from the workspace runs. Untrusted, only the GitHub checks stop, and no workspace sets them.
    assert.equal(capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(capabilities.untrustedWorkspaces.restrictedConfigurations, ['ideas.github.check', 'ideas.github.apiUrl']);
    const settings = JSON.parse(read('package.json')).contributes.configuration.properties;
    for (const key of capabilities.untrustedWorkspaces.restrictedConfigurations) assert.equal(settings[key].scope, 'application', key);
    assert.equal(capabilities.virtualWorkspaces.supported, false);
    const sources = execFileSync('git', ['ls-files', 'server/src', 'client/src'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
    for (const file of sources) {
      // The one source that starts a process: the GitHub Action asks git what a pull request changed (never the server or the extension).
      // The one source that opens a connection: the opt-in GitHub check, with Node's own fetch, to the configured API only.
      const text =
        file === STARTS_GIT
          ? read(file).replace("import { execFileSync } from 'node:child_process';", '')
          : file === CALLS_GITHUB
            ? read(file).replace('await fetch(url, {', '')
            : read(file);
      assert.doesNotMatch(text, /\brequire\(|\bimport\(|\beval\(|new Function|\bfetch\(|node:https?|node:net|child_process/, file);
    }
  });

  it('the core imports nothing of LSP, VS Code or the layers above it (ARCHITECTURE.md)', () => {
    const core = execFileSync('git', ['ls-files', 'server/src/core'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
    assert.ok(core.length > 20, `${core.length} core files`);
    for (const file of core) {
      for (const [, from] of read(file).matchAll(/^(?:import|export)\b[^;]*?\bfrom '([^']+)'/gms)) {
        assert.doesNotMatch(from, /^vscode|^\.\.\/(?:\.\.\/)*(?:features|server|cli|protocol|client)\b/, `${file} imports ${from}`);
      }
    }
  });

  it('outside the core, sources import the core only through its door, core/index.ts (type imports and export … from too)', () => {
    const graph = sourceGraph();
    const outside = [...graph].filter(([file]) => !file.startsWith('server/src/core/'));
    for (const folder of ['server/src/features/', 'server/src/host/', 'server/src/cli/', 'client/src/', 'scripts/bench/']) {
      assert.ok(outside.some(([file]) => file.startsWith(folder)), `sources in ${folder}`);
    }
    const throughTheDoor = outside.filter(([, targets]) => targets.includes(DOOR)).map(([file]) => file);
    assert.ok(throughTheDoor.length >= 15 && throughTheDoor.includes('server/src/cli.ts'), `${throughTheDoor.length} files use the door`);
    const pastTheDoor = outside.flatMap(([file, targets]) =>
      targets.filter((target) => target.startsWith('server/src/core/') && target !== DOOR && !PAST_THE_DOOR.get(file)?.includes(target)).map((target) => `${file} imports ${target}`),
    );
    assert.deepEqual(pastTheDoor, []);
    for (const [file, allowed] of PAST_THE_DOOR) {
      for (const target of allowed) assert.ok(graph.get(file)?.includes(target), `${file} no longer imports ${target}: drop it from PAST_THE_DOOR`);
    }
  });

  it('no import circles in server/src, client/src and scripts, type-only imports included', () => {
    const graph = sourceGraph();
    assert.ok(graph.size > 80 && graph.has('scripts/build.mjs'), `${graph.size} files`);
    assert.deepEqual(importCircles(graph), []);
  });

  it('the import graph reads every form of import, and finds circles however they close', () => {
    const text = [
      "import type { A } from './a';",
      "import { type B } from './b';",
      "export type { C } from './c';",
      "export * as d from './d';",
      "export * from './e';",
      "import f = require('./f');",
      "type G = import('./g').G;",
      "import './h';",
      '/* import { x } from "./x"; */',
      "const y = \"import { y } from './y'\";",
    ].join('\n');
    assert.deepEqual(importSpecifiers('x.ts', text), ['./a', './b', './c', './d', './e', './f', './g', './h']);
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c', 'd']],
      ['c', ['a']],
      ['d', ['e']],
      ['e', []],
      ['f', ['f']],
    ]);
    assert.deepEqual(importCircles(graph), [['a', 'b', 'c'], ['f']]);
  });

  it('the grammar colours the labels of every preset', () => {
    const grammar = read('syntaxes/ideas.injection.tmLanguage.json');
    for (const label of ['Description', 'Recommended Skills', 'Mentor\\\\(s\\\\)', 'Expected Outcome', 'LFX URL', 'Expected project size', 'Difficulty']) assert.ok(grammar.includes(label), label);
  });
});
