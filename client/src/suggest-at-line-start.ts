import * as vscode from 'vscode';
import { CompletionRequest, CompletionTriggerKind, type LanguageClient } from 'vscode-languageclient/node';
import type { ActiveIdeas } from './active-ideas';
import { snippetPrefixes, whenToSuggest } from './line-start';

/**
 * Opens the suggestion widget as the user types at the start of a line (and at a value's start)
 * in an ideas list, where VS Code, with quick suggestions off for markdown, would wait for
 * Ctrl+Space. Only in the active editor's ideas list (the Ideas view's file): other markdown is
 * left as VS Code has it.
 */
export function suggestAtLineStart(client: LanguageClient, active: ActiveIdeas, snippets: vscode.Uri): vscode.Disposable {
  let prefixes: string[] = [];
  void vscode.workspace.fs.readFile(snippets).then(
    (bytes) => (prefixes = snippetPrefixes(new TextDecoder().decode(bytes))),
    () => undefined,
  );
  return vscode.workspace.onDidChangeTextDocument(async (event) => {
    const editor = vscode.window.activeTextEditor;
    const { document } = event;
    if (!editor || editor.document !== document || event.reason !== undefined || event.contentChanges.length !== 1) return;
    if (active.snapshot?.uri.toString() !== document.uri.toString()) return;
    const [change] = event.contentChanges;
    if (change.rangeLength !== 0 || change.text.length !== 1 || change.text === '\n') return;
    const position = change.range.start.translate(0, 1);
    const when = whenToSuggest(document.lineAt(position.line).text.slice(0, position.character), change.text, prefixes);
    if (!when) return;
    const version = document.version;
    // The editor moves its cursor after the change is announced: let it, before comparing.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (when === 'server') {
      const result = await client.sendRequest(CompletionRequest.type, {
        textDocument: { uri: document.uri.toString() },
        position: client.code2ProtocolConverter.asPosition(position),
        context: { triggerKind: CompletionTriggerKind.Invoked },
      }).catch(() => null);
      const items = Array.isArray(result) ? result : (result?.items ?? []);
      if (items.length === 0) return;
    }
    // The user typed on meanwhile, or went elsewhere: the moment has passed.
    if (vscode.window.activeTextEditor !== editor || document.version !== version || !editor.selection.active.isEqual(position)) return;
    // `auto`: as quick suggestions would, the widget closes when nothing matches what is typed next.
    await vscode.commands.executeCommand('editor.action.triggerSuggest', { auto: true });
  });
}
