import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/core/fix/fixes';
import { lint } from '../../server/src/core/lint';
import { messy as text } from '../support/lists';
import { LspClient } from '../support/lsp-client';


describe('language server over stdio: quick fixes, fix-all and formatting', () => {
  let client: LspClient;
  let uri: string;
  let diagnostics: Diagnostic[];
  const request = <T>(method: string, params: object) => client.connection.sendRequest(method, params) as Promise<T>;
  const actionsFor = (diagnostic: Diagnostic) =>
    request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  const editsOf = (action: CodeAction) => {
    const [change] = action.edit!.documentChanges as TextDocumentEdit[];
    assert.deepEqual(change.textDocument, { uri, version: 1 }, 'edits name the version they were made for');
    return change.edits as TextEdit[];
  };
  const byCode = (code: string) => diagnostics.find((d) => d.code === code)!;

  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ideas-actions-'));
    uri = pathToFileURL(join(dir, 'project-ideas.md')).href;
    client = new LspClient();
    await client.initialize(dir, true);
    await client.open(uri, text);
    diagnostics = await client.diagnostics(uri, 1);
  });

  after(() => client.shutdown());

  it('offers each fix for its diagnostic, the single safe one preferred, then disable and docs', async () => {
    const actions = await actionsFor(byCode('mentor-handle'));
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]), [
      ['Write "(@anasilva)"', 'quickfix', true],
      ['Disable mentor-handle for this line', 'quickfix', false],
      ['Disable mentor-handle for this idea', 'quickfix', false],
      ['Show documentation for mentor-handle', 'quickfix', false],
      ['Fix all auto-fixable Ideas problems', 'quickfix', false],
    ]);
    assert.equal(applyEdits(text, editsOf(actions[0])).split('\n')[6], '- Mentor(s): Ana Silva (@anasilva)');
    const disabled = applyEdits(text, editsOf(actions[1]));
    assert.equal(disabled.split('\n')[6], '- Mentor(s): Ana Silva @anasilva <!-- ideas-disable-line mentor-handle -->');
    assert.ok(!lint(disabled).findings.some((f) => f.rule === 'mentor-handle'));
    assert.deepEqual(actions[3].command?.arguments, ['mentor-handle']);
  });

  it('inserts each missing field in template order, or all of them at once, never preferred', async () => {
    const missing = diagnostics.filter((d) => d.code === 'missing-field' && d.range.start.line === 9);
    const actions = await actionsFor(missing[0]);
    assert.equal(actions[0].isPreferred, false);
    const all = actions.find((a) => a.title === 'Add all missing fields')!;
    assert.equal(
      applyEdits(text, editsOf(all)).split('\n#### Dashboard\n')[1],
      '\n- Description: A web dashboard.\n- Recommended Skills: \n- Mentor(s): \n- Upstream Issue (URL): \n',
    );
  });

  it('gives a client that takes snippet edits the placeholder as a tab stop', async () => {
    const snippets = new LspClient();
    try {
      await snippets.initialize(mkdtempSync(join(tmpdir(), 'ideas-snippets-')), false, true);
      await snippets.open(uri, text);
      const [missing] = (await snippets.diagnostics(uri, 1)).filter((d) => d.code === 'missing-field');
      const [add] = (await snippets.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: missing.range, context: { diagnostics: [missing] } })) as CodeAction[];
      const [change] = add.edit!.documentChanges as TextDocumentEdit[];
      assert.deepEqual(change.edits, [{ range: { start: { line: 11, character: 31 }, end: { line: 11, character: 31 } }, snippet: { kind: 'snippet', value: '\n- Recommended Skills: ${1:Go, Kubernetes}' } }]);
    } finally {
      await snippets.shutdown();
    }
  });

  it('answers source.fixAll.ideas with every safe fix as one edit that leaves none behind', async () => {
    const actions = await request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.ideas'] },
    });
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.ideas']);
    const fixed = applyEdits(text, editsOf(actions[0]));
    assert.equal(fixed.split('\n').slice(4, 8).join('\n'), [
      '- Description: Record and replay traffic.',
      '- Recommended Skills: Go',
      '- Mentor(s): Ana Silva (@anasilva)',
      '- Upstream Issue (URL): https://github.com/stellar/mesh/issues/1',
    ].join('\n'));
    assert.deepEqual(lint(fixed).findings.map((f) => f.rule), ['missing-field', 'missing-field', 'missing-field'], 'only fixes that need the author are left');
    const none = await request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: byCode('mentor-handle').range, context: { diagnostics: [], only: ['refactor'] } });
    assert.deepEqual(none, []);
  });

  it('formats: labels without the emphasis the list does not use; no preset label where no Template block names one', async () => {
    const edits = await request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const formatted = applyEdits(text, edits);
    assert.equal(formatted, text.replace('**Description**:', 'Description:'));
  });

  it('opens the bundled rule page through window/showDocument, in the editor', async () => {
    const shown = new Promise<unknown>((resolve) => client.connection.onRequest('window/showDocument', (params) => (resolve(params), { success: true })));
    await request('workspace/executeCommand', { command: 'ideas.showRuleDocs', arguments: ['mentor-handle'] });
    assert.deepEqual(await shown, { uri: pathToFileURL(join(__dirname, '..', '..', 'docs', 'rules', 'mentor-handle.md')).href, takeFocus: true });
  });
});
