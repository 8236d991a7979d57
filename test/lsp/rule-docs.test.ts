import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { InitializeRequest, InitializedNotification, type CompletionItem, type CompletionList, type InitializeResult } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client';
import { ideas } from '../support/lists';

// Rule pages open offline (the page bundled beside dist/, or the VS Code client's command), and
// the server asks for completion on no character: a client opens suggestions where there are some.

const root = join(__dirname, '..', '..');

/** A server initialized with `initializationOptions`, as the VS Code client does. */
async function start(dir: string, initializationOptions?: object): Promise<{ client: LspClient; result: InitializeResult }> {
  const client = new LspClient();
  client.connection.onRequest('client/registerCapability', () => null);
  const result = await client.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'fixtures' }],
    capabilities: {},
    initializationOptions,
  });
  await client.connection.sendNotification(InitializedNotification.type, {});
  return { client, result };
}

describe('language server over stdio: rule pages offline, completion without trigger characters', () => {
  let dir: string;
  const uri = () => pathToFileURL(join(dir, 'project-ideas.md')).href;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ideas-docs-'));
    writeFileSync(join(dir, 'project-ideas.md'), ideas);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('any client: codeDescription.href is the bundled page, a file beside dist/, and "Show documentation" runs on the server', async () => {
    const { client, result } = await start(dir);
    try {
      assert.deepEqual(result.capabilities.executeCommandProvider, { commands: ['ideas.showRuleDocs'] });
      await client.open(uri(), ideas);
      const [diagnostic] = await client.diagnostics(uri(), 1);
      assert.equal(diagnostic.code, 'missing-field');
      const href = diagnostic.codeDescription!.href;
      assert.equal(href, pathToFileURL(join(root, 'docs', 'rules', 'missing-field.md')).href);
      assert.ok(existsSync(fileURLToPath(href)));
    } finally {
      await client.shutdown();
    }
  });

  it('the VS Code client (showsRuleDocs): codeDescription.href is its command with the rule id, and the server leaves the command to it', async () => {
    const { client, result } = await start(dir, { showsRuleDocs: true });
    try {
      // vscode-languageclient registers every command the server names: the client's own would clash.
      assert.equal(result.capabilities.executeCommandProvider, undefined);
      await client.open(uri(), ideas);
      const [diagnostic] = await client.diagnostics(uri(), 1);
      assert.equal(diagnostic.codeDescription!.href, 'command:ideas.showRuleDocs?%5B%22missing-field%22%5D');
    } finally {
      await client.shutdown();
    }
  });

  it('names no trigger character, and answers nothing, not an error, where it has nothing to offer', async () => {
    const { client, result } = await start(dir);
    try {
      assert.deepEqual(result.capabilities.completionProvider?.triggerCharacters ?? [], []);
      await client.open(uri(), ideas);
      await client.diagnostics(uri(), 1);
      const lines = ideas.split('\n');
      const complete = async (line: number, character: number) => {
        const answer = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: uri() }, position: { line, character } })) as CompletionItem[] | CompletionList | null;
        return Array.isArray(answer) ? answer : (answer?.items ?? []);
      };
      const description = lines.findIndex((line) => line.startsWith('- Description:'));
      assert.ok(description > 0);
      assert.deepEqual(await complete(description, '- Description:'.length), [], 'after the colon of a prose field');
      assert.deepEqual(await complete(0, 0), [], 'above the first idea');
    } finally {
      await client.shutdown();
    }
  });

  it('ideas-lint --format sarif names no address of a repository', () => {
    const out = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '--format', 'sarif', 'project-ideas.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(out.status, 1, out.stderr);
    const sarif = JSON.parse(out.stdout);
    const driver = sarif.runs[0].tool.driver;
    assert.equal(driver.informationUri, undefined);
    assert.ok(driver.rules.every((rule: { helpUri?: string }) => rule.helpUri === undefined));
    assert.doesNotMatch(out.stdout, /ideas-author\/ideas-author/);
  });
});
