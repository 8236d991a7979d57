import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AllIdeasRequest } from '../../server/src/protocol';
import { ideaItems, type IdeaItem } from './idea-items';

export const FIND_IDEA_COMMAND = 'ideas.findIdea';

/**
 * "Ideas: Find Idea…": a quick pick over every idea of the workspace, open or on disk (the
 * server's workspace index, `ideas/allIdeas`), matched by title, project, mentor name or handle;
 * the chosen idea opens at its heading. `query` fills the box (tests, keybindings with args).
 * Resolves to the chosen idea's uri and title, or undefined when the pick is dismissed.
 */
export function registerFindIdea(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(FIND_IDEA_COMMAND, async (query?: unknown) => {
    const pick = vscode.window.createQuickPick<IdeaItem & vscode.QuickPickItem>();
    pick.title = 'Find Idea';
    pick.placeholder = 'Title, project, mentor or @handle';
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.busy = true;
    if (typeof query === 'string') pick.value = query;
    const chosen = new Promise<IdeaItem | undefined>((resolve) => {
      pick.onDidAccept(() => resolve(pick.selectedItems[0]));
      pick.onDidHide(() => resolve(undefined));
    });
    pick.show();
    try {
      const ideas = await client.sendRequest(AllIdeasRequest);
      pick.items = ideaItems(ideas, (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri)));
      if (ideas.length === 0) pick.placeholder = 'No ideas lists in the workspace';
    } catch (error) {
      pick.dispose();
      void vscode.window.showErrorMessage(`Ideas: could not list the ideas: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    } finally {
      pick.busy = false;
    }
    const idea = (await chosen)?.idea;
    pick.dispose();
    if (!idea) return undefined;
    const { uri, range, title } = idea;
    const position = new vscode.Position(range.start.line, range.start.character);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: false });
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    return { uri, title };
  });
}
