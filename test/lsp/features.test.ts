import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, CompletionList, DocumentLink, DocumentSymbol, FoldingRange, Hover, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client';
import { ideas, orbit as other } from '../support/lists';



/** One idea is not enough for a file to count as an ideas list by its content. */
const single = `#### Lonely idea

- Description: Only one.
`;

describe('language server over stdio: features', () => {
  let client: LspClient;
  let dir: string;
  const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
  const request = <T>(method: string, params: object) => client.connection.sendRequest(method, params) as Promise<T>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ideas-lsp-'));
    writeFileSync(join(dir, 'project-ideas.md'), ideas);
    writeFileSync(join(dir, 'orbit.md'), other);
    writeFileSync(join(dir, 'notes.md'), single);
    client = new LspClient();
    await client.initialize(dir, true);
    await client.open(uriOf('project-ideas.md'), ideas);
    await client.diagnostics(uriOf('project-ideas.md'), 1);
  });

  after(() => client.shutdown());

  it('links each diagnostic to its rule page', async () => {
    await client.open(uriOf('copy-ideas.md'), ideas);
    const [diagnostic] = await client.diagnostics(uriOf('copy-ideas.md'), 1);
    assert.equal(diagnostic.code, 'missing-field');
    assert.match(diagnostic.codeDescription!.href, /docs\/rules\/missing-field\.md$/);
  });

  it('publishes new diagnostics after an incremental edit, for that version', async () => {
    const uri = uriOf('edit-ideas.md');
    await client.open(uri, ideas);
    assert.equal((await client.diagnostics(uri, 1)).length, 1);
    await client.change(uri, 2, { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } }, '- Recommended Skills: React\n');
    assert.deepEqual(await client.diagnostics(uri, 2), []);
    await client.change(uri, 3, { start: { line: 7, character: 2 }, end: { line: 7, character: 20 } }, 'Skills');
    assert.deepEqual((await client.diagnostics(uri, 3)).map((d) => d.code), ['field-alias']);
  });

  it('turns a rule off when the ideas.rules setting changes, and back on', async () => {
    const uri = uriOf('project-ideas.md');
    client.settings = { rules: { 'missing-field': 'off' } };
    await client.configurationChanged();
    assert.deepEqual(await client.diagnostics(uri, 1), []);
    client.settings = { rules: { 'missing-field': 'warning' } };
    await client.configurationChanged();
    assert.deepEqual((await client.diagnostics(uri, 1)).map((d) => d.severity), [2]);
    client.settings = {};
    await client.configurationChanged();
    assert.deepEqual((await client.diagnostics(uri, 1)).map((d) => d.severity), [1]);
  });

  it('follows .ideasrc.json when it changes, and reports its problems on it', async () => {
    const uri = uriOf('project-ideas.md');
    const config = join(dir, '.ideasrc.json');
    const changed = (type: number) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type }] });
    writeFileSync(config, '{\n  // the project decides\n  "rules": { "missing-field": "off" },\n  "colour": true\n}\n');
    await changed(1);
    assert.deepEqual(await client.diagnostics(uri, 1), []);
    const problems = await client.diagnostics(pathToFileURL(config).href);
    assert.deepEqual(problems.map((d) => [d.range.start.line, d.message]), [[3, 'unknown setting "colour" (expected preset, template, rules, files, useFileTemplate, maxIdeasPerMentor, maxIdeasPerProject, maintainers or projectAliases)']]);
    rmSync(config);
    await changed(3);
    assert.equal((await client.diagnostics(uri, 1)).length, 1);
  });

  it('lints a file named by ideas.files, or asked for, whatever its content', async () => {
    const uri = uriOf('notes.md');
    await client.open(uri, single);
    assert.deepEqual(await client.diagnostics(uri, 1), []);
    client.settings = { files: ['notes.md'] };
    await client.configurationChanged();
    assert.ok((await client.diagnostics(uri, 1)).length > 0);
    client.settings = {};
    await client.configurationChanged();
    assert.deepEqual(await client.diagnostics(uri, 1), []);
    assert.equal(await request<number>('ideas/lintFile', { uri }), 3);
    assert.equal((await client.diagnostics(uri, 1)).length, 3);
  });

  it('answers document symbols: projects, ideas with their mentors, fields', async () => {
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf('project-ideas.md') } });
    const [section] = symbols;
    assert.equal(section.name, 'Ideas');
    const [project] = section.children!;
    assert.equal(project.name, 'Stellar Mesh');
    assert.deepEqual(project.children!.map((idea) => [idea.name, idea.detail]), [['Traffic replay', 'Ana Silva (@anasilva)'], ['Dashboard', 'Bo Li (@boli)']]);
    assert.deepEqual(project.children![0].children!.map((field) => field.name), ['Description', 'Recommended Skills', 'Mentor(s)', 'Upstream Issue (URL)']);
    assert.deepEqual(project.children![0].selectionRange, { start: { line: 4, character: 5 }, end: { line: 4, character: 19 } });
  });

  it('answers folding ranges for projects and ideas', async () => {
    const folds = await request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: uriOf('project-ideas.md') } });
    assert.deepEqual(folds.map((fold) => [fold.startLine, fold.endLine]), [[2, 16], [4, 9], [11, 16]]);
  });

  it('answers hover on a field label and on a mentor handle', async () => {
    const uri = uriOf('project-ideas.md');
    const label = await request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 5 } });
    assert.match((label.contents as { value: string }).value, /^\*\*Recommended Skills\*\*: required by the cncf-2020 preset/);
    const handle = await request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 27 } });
    assert.match((handle.contents as { value: string }).value, /\[@anasilva\]\(https:\/\/github\.com\/anasilva\)/);
    assert.equal(await request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 0 } }), null);
  });

  it('answers document links from each handle to its GitHub profile', async () => {
    const links = await request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: uriOf('project-ideas.md') } });
    assert.deepEqual(links.map((link) => [link.range.start.line, link.target]), [[8, 'https://github.com/anasilva'], [14, 'https://github.com/boli']]);
  });

  it('answers workspace symbols for ideas in files that are not open, by title, project or mentor', async () => {
    const find = (query: string) => request<WorkspaceSymbol[]>('workspace/symbol', { query });
    // The server indexes the folder in the background after initialization.
    await waitFor(async () => (await find('chidi')).length === 2);
    // Found by a project or a mentor, a symbol is named after them too: VS Code matches the query against the name.
    assert.deepEqual((await find('orbit snap')).map((s) => [s.name, (s.location as { uri: string }).uri]), [['Snapshots — Orbit', uriOf('orbit.md')]]);
    assert.deepEqual((await find('anasilva')).filter((s) => (s.location as { uri: string }).uri === uriOf('project-ideas.md')).map((s) => s.name), ['Traffic replay — Ana Silva (@anasilva)']);
    assert.deepEqual((await find('replay')).filter((s) => (s.location as { uri: string }).uri === uriOf('project-ideas.md')).map((s) => s.name), ['Traffic replay']);
  });

  it('completes the missing fields at a line start, mentors and skills from the workspace', async () => {
    const uri = uriOf('project-ideas.md');
    const complete = async (line: number, character: number) => {
      const result = await request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
      return Array.isArray(result) ? result : result.items;
    };
    await waitFor(async () => (await find(uri)).length > 0);
    const fields = await complete(15, 0);
    assert.deepEqual(fields.map((item) => item.label), ['Recommended Skills']);
    assert.equal(fields[0].textEdit && 'newText' in fields[0].textEdit ? fields[0].textEdit.newText : '', '- Recommended Skills: ${1:Go, Kubernetes}');
    assert.deepEqual(await complete(10, 0), [], 'an idea with every field needs none');
    assert.deepEqual(await complete(4, 0), [], 'no field is offered on the heading');
    const mentors = (await complete(8, 14)).map((item) => item.label);
    assert.ok(mentors.includes('Chidi Okafor (@chidi-okafor)') && mentors.includes('Bo Li (@boli)'), mentors.join());
    const skills = (await complete(7, 36)).map((item) => item.label);
    assert.deepEqual(skills.slice(0, 2), ['Rust', 'gRPC']);
    assert.ok(!skills.includes('Go'));

    async function find(uri: string) {
      return (await request<WorkspaceSymbol[]>('workspace/symbol', { query: 'chidi' })).filter((s) => (s.location as { uri: string }).uri !== uri);
    }
  });

  it('gives "New Idea" its place and snippet: the end of the project at the cursor', async () => {
    const insertion = await request<{ position: object; snippet: string }>('ideas/insertion', {
      textDocument: { uri: uriOf('project-ideas.md') },
      position: { line: 6, character: 0 },
      kind: 'idea',
    });
    assert.deepEqual(insertion.position, { line: 16, character: 64 });
    assert.match(insertion.snippet, /^\n\n#### \$\{1:Idea title\}\n\n- Description: \$\{2:[^}]+\}\n/);
  });

  it('publishes no diagnostics and answers nothing for an ordinary README', async () => {
    const uri = uriOf('README.md');
    await client.open(uri, '# My project\n\n- Description: a tool\n');
    assert.deepEqual(await client.diagnostics(uri, 1), []);
    assert.deepEqual(await request('textDocument/documentSymbol', { textDocument: { uri } }), []);
  });
});

/** Polls a condition the server reaches in the background, with a deadline instead of a fixed sleep. */
async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('language server over stdio: the workspace index while settings change', () => {
  it('keeps every file of the folder when the settings change during the scan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ideas-scan-'));
    const count = 40;
    for (let i = 0; i < count; i++) writeFileSync(join(dir, `list-${i}.md`), other.replace('Chidi Okafor', `Mentor ${i}`).replaceAll('chidi-okafor', `mentor-${i}`));
    const client = new LspClient();
    try {
      await client.initialize(dir, true);
      // Each change drops the analyses begun under the old settings, scan or not.
      for (let i = 0; i < 20; i++) {
        await client.configurationChanged();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const files = async () => {
        const symbols = (await client.connection.sendRequest('workspace/symbol', { query: 'snapshots' })) as WorkspaceSymbol[];
        return new Set(symbols.map((symbol) => (symbol.location as { uri: string }).uri)).size;
      };
      await waitFor(async () => (await files()) === count);
    } finally {
      await client.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('language server over stdio: a template of .ideasrc.json with labels of its own', () => {
  it('completes the skills in use in its skills field, known by its kind and not its label', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ideas-kinds-'));
    const fields = [{ label: 'Summary' }, { label: 'Skills required', kind: 'skills' }, { label: 'Who mentors', kind: 'mentors' }];
    writeFileSync(join(dir, '.ideasrc.json'), JSON.stringify({ template: { fields } }));
    const relabel = (text: string) => text.replaceAll('Description', 'Summary').replaceAll('Recommended Skills', 'Skills required').replaceAll('Mentor(s)', 'Who mentors');
    writeFileSync(join(dir, 'orbit.md'), relabel(other));
    const uri = pathToFileURL(join(dir, 'mesh.md')).href;
    const mesh = relabel(ideas).replace('- Skills required: Go, Kubernetes', '- Skills required: Go, ');
    const client = new LspClient();
    try {
      await client.initialize(dir, true);
      await client.open(uri, mesh);
      await waitFor(async () => ((await client.connection.sendRequest('workspace/symbol', { query: 'chidi' })) as WorkspaceSymbol[]).length === 2);
      const line = 7;
      assert.equal(mesh.split('\n')[line], '- Skills required: Go, ');
      const result = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character: 23 } })) as CompletionItem[] | CompletionList;
      const skills = (Array.isArray(result) ? result : result.items).map((item) => item.label);
      assert.deepEqual(skills.slice(0, 2), ['Rust', 'gRPC']);
      assert.ok(!skills.includes('Go'), skills.join());
    } finally {
      await client.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
