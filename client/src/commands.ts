import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REVEAL_COMMAND } from './ideas-view';
import { lintWorkspaceMessage } from './summary';

const FIX_ALL_KIND = 'source.fixAll.ideas';
import { InsertionRequest, LintFileRequest, LintWorkspaceRequest } from '../../server/src/protocol';

/** The commands of the Ideas category. */
export function registerCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('ideas.restartServer', () => client.restart()),
    vscode.commands.registerCommand('ideas.newIdea', () => insertTemplate(client, 'idea')),
    vscode.commands.registerCommand('ideas.newProject', () => insertTemplate(client, 'project')),
    vscode.commands.registerCommand('ideas.lintFile', async () => {
      const editor = markdownEditor();
      if (!editor) return;
      const findings = await client.sendRequest(LintFileRequest, { uri: editor.document.uri.toString() });
      void vscode.window.showInformationMessage(`Ideas: ${findings} problem${findings === 1 ? '' : 's'} in ${vscode.workspace.asRelativePath(editor.document.uri)}.`);
    }),
    vscode.commands.registerCommand('ideas.lintWorkspace', async () => {
      const linted = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Ideas: linting the workspace' },
        () => client.sendRequest(LintWorkspaceRequest),
      );
      void vscode.window.showInformationMessage(lintWorkspaceMessage(linted));
      return linted;
    }),
    vscode.commands.registerCommand('ideas.fixAll', fixAll),
    vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: vscode.Uri, position: vscode.Position) => {
      const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    }),
  ];
}

/** Inserts the file's template as a snippet where the server says: the end of the project at the cursor. */
async function insertTemplate(client: LanguageClient, kind: 'idea' | 'project'): Promise<void> {
  const editor = markdownEditor();
  if (!editor) return;
  const insertion = await client.sendRequest(InsertionRequest, {
    textDocument: { uri: editor.document.uri.toString() },
    position: client.code2ProtocolConverter.asPosition(editor.selection.active),
    kind,
  });
  if (!insertion) {
    void vscode.window.showWarningMessage('Ideas: this markdown file is not an ideas list. Run "Ideas: Lint Current File as Ideas List" first.');
    return;
  }
  const position = client.protocol2CodeConverter.asPosition(insertion.position);
  await editor.insertSnippet(new vscode.SnippetString(insertion.snippet), position);
}

/** Applies the server's `source.fixAll.ideas` action: every safe fix, as one edit. */
async function fixAll(): Promise<boolean> {
  const editor = markdownEditor();
  if (!editor) return false;
  const { document } = editor;
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND);
  const edit = actions?.find((action) => action.kind?.value === FIX_ALL_KIND)?.edit;
  return edit ? vscode.workspace.applyEdit(edit) : false;
}

function markdownEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'markdown') return editor;
  void vscode.window.showWarningMessage('Ideas: open a markdown file first.');
  return undefined;
}
