import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkspaceSymbol } from 'vscode-languageserver-protocol';
import type { IdeaSummary, LintWorkspaceResult } from '../../server/src/protocol';
import { LspClient } from '../support/lsp-client';
import { ideas, orbit } from '../support/lists';

/** The shared list with an empty idea heading, which the empty-idea rule reports. */
const withTodo = ideas.replace('#### Dashboard', '#### TODO\n\n#### Dashboard');

/** Polls a condition the server reaches in the background, with a deadline instead of a fixed sleep. */
async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('language server over stdio: Find Idea, workspace symbols by mentor and project, Lint Workspace', () => {
  let client: LspClient;
  let dir: string;
  /** The problems published for the open list. */
  let openProblems: number;
  const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
  const request = <T>(method: string, params?: object) => client.connection.sendRequest(method, params) as Promise<T>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ideas-find-'));
    writeFileSync(join(dir, 'mesh-ideas.md'), withTodo);
    writeFileSync(join(dir, 'orbit.md'), orbit);
    writeFileSync(join(dir, 'README.md'), '# Not a list\n');
    client = new LspClient();
    await client.initialize(dir, true);
    await client.open(uriOf('mesh-ideas.md'), withTodo);
    openProblems = (await client.diagnostics(uriOf('mesh-ideas.md'), 1)).length;
  });

  after(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers ideas/allIdeas with every idea of the open document and of the files on disk, the empty one included', async () => {
    await waitFor(async () => (await request<IdeaSummary[]>('ideas/allIdeas')).some((idea) => idea.uri === uriOf('orbit.md')));
    const all = await request<IdeaSummary[]>('ideas/allIdeas');
    const byFile = (name: string) => all.filter((idea) => idea.uri === uriOf(name)).map((idea) => [idea.title, idea.project, idea.range.start.line, idea.mentors.map((m) => m.handle).join(), idea.empty ?? false]);
    assert.deepEqual(byFile('mesh-ideas.md'), [
      ['Traffic replay', 'Stellar Mesh', 4, 'anasilva', false],
      ['TODO', 'Stellar Mesh', 11, '', true],
      ['Dashboard', 'Stellar Mesh', 13, 'boli', false],
    ]);
    assert.deepEqual(byFile('orbit.md'), [
      ['Snapshots', 'Orbit', 2, 'chidi-okafor', false],
      ['Restore', 'Orbit', 9, 'chidi-okafor', false],
    ]);
    assert.equal(all.length, 5);
  });

  it('names a workspace symbol found by a mentor or a project after them, so that VS Code, which matches the name, keeps it', async () => {
    const find = (query: string) => request<WorkspaceSymbol[]>('workspace/symbol', { query });
    await waitFor(async () => (await find('chidi')).length === 2);
    assert.deepEqual((await find('chidi')).map((s) => [s.name, s.containerName]), [
      ['Snapshots — Chidi Okafor (@chidi-okafor)', 'Orbit · Chidi Okafor (@chidi-okafor)'],
      ['Restore — Chidi Okafor (@chidi-okafor)', 'Orbit · Chidi Okafor (@chidi-okafor)'],
    ]);
    assert.deepEqual((await find('@boli')).map((s) => s.name), ['Dashboard — Bo Li (@boli)']);
    assert.deepEqual((await find('orbit')).map((s) => s.name), ['Snapshots — Orbit', 'Restore — Orbit']);
    assert.deepEqual((await find('snapshots')).map((s) => s.name), ['Snapshots']);
  });

  it('says what Lint Workspace linted: the lists on disk and the open ones', async () => {
    await waitFor(async () => (await request<IdeaSummary[]>('ideas/allIdeas')).some((idea) => idea.uri === uriOf('orbit.md')));
    // mesh-ideas.md is open with 2 problems (Dashboard lacks its skills, TODO is empty); orbit.md on disk has none.
    assert.equal(openProblems, 2);
    assert.deepEqual(await request<LintWorkspaceResult>('ideas/lintWorkspace'), { files: 2, findings: 2, open: 1, openFindings: 2 });
    await client.open(uriOf('orbit.md'), orbit);
    await client.diagnostics(uriOf('orbit.md'), 1);
    assert.deepEqual(await request<LintWorkspaceResult>('ideas/lintWorkspace'), { files: 2, findings: 2, open: 2, openFindings: 2 }, 'every list open: still two lists');
  });
});
