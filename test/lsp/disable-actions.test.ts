import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InitializedNotification, InitializeRequest, type CodeAction, type CreateFile, type Diagnostic, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/core/fix/fixes';
import { LspClient } from '../support/lsp-client';

const list = `### Project

#### Dry run

- Description: Stream the build log.
- Recommended Skills: Go
- Mentor(s): Ana Silva @anasilva
- Upstream Issue (URL): https://github.com/acme/tool/issues/7
`;

describe('language server over stdio: disable comments and turning a rule off', () => {
  let client: LspClient;
  let dir: string;
  let uri: string;
  const actionsFor = (diagnostic: Diagnostic) =>
    client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as Promise<CodeAction[]>;
  const handleDiagnostic = async (version = 1) => (await client.diagnostics(uri, version)).find((d) => d.code === 'mentor-handle')!;
  const configChanged = (type: number) =>
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.ideasrc.json')).href, type }] });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ideas-disable-'));
    uri = pathToFileURL(join(dir, 'project-ideas.md')).href;
    client = new LspClient();
    // As VS Code with the extension: files are created by workspace edits, and the client runs the settings command.
    client.connection.onRequest('client/registerCapability', () => null);
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ideas' }],
      capabilities: { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } }, experimental: { ideasRuleSettingsCommand: true } },
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    await client.open(uri, list);
  });

  after(() => client.shutdown());

  it('offers the comment at the end of the line, the idea comment, .ideasrc.json (created) and settings', async () => {
    const actions = await actionsFor(await handleDiagnostic());
    assert.deepEqual(actions.map((a) => a.title), [
      'Write "(@anasilva)"',
      'Disable mentor-handle for this line',
      'Disable mentor-handle for this idea',
      'Turn off mentor-handle in .ideasrc.json',
      'Turn off mentor-handle in settings',
      'Show documentation for mentor-handle',
    ]);
    const [line] = (actions[1].edit!.documentChanges as TextDocumentEdit[])[0].edits as TextEdit[];
    assert.equal(applyEdits(list, [line]).split('\n')[6], '- Mentor(s): Ana Silva @anasilva <!-- ideas-disable-line mentor-handle -->');
    const config = pathToFileURL(join(dir, '.ideasrc.json')).href;
    const [create, write] = actions[3].edit!.documentChanges as [CreateFile, TextDocumentEdit];
    assert.deepEqual(create, { kind: 'create', uri: config, options: { ignoreIfExists: true } });
    assert.deepEqual(write.textDocument, { uri: config, version: null });
    assert.deepEqual(actions[4].command, { title: 'Turn off mentor-handle in settings', command: 'ideas.turnOffRuleInSettings', arguments: ['mentor-handle', uri] });
  });

  it('edits the .ideasrc.json there, keeping its comments; once written, the diagnostic goes', async () => {
    const file = join(dir, '.ideasrc.json');
    writeFileSync(file, '{\n  // the program keeps one template\n  "preset": "cncf-2020" // the seed\n}\n');
    await configChanged(1);
    const diagnostic = await handleDiagnostic();
    const action = (await actionsFor(diagnostic)).find((a) => a.title === 'Turn off mentor-handle in .ideasrc.json')!;
    const [change] = action.edit!.documentChanges as TextDocumentEdit[];
    assert.deepEqual(change.textDocument, { uri: pathToFileURL(file).href, version: null });
    const edited = applyEdits(readFileSync(file, 'utf8'), change.edits as TextEdit[]);
    assert.equal(edited, '{\n  // the program keeps one template\n  "preset": "cncf-2020", // the seed\n  "rules": {\n    "mentor-handle": "off"\n  }\n}\n');
    writeFileSync(file, edited);
    await configChanged(2);
    assert.deepEqual((await client.diagnostics(uri, 1)).filter((d) => d.code === 'mentor-handle'), []);
  });
});
