import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportIdeasRequest, WorkspaceListsRequest } from '../../server/src/protocol';
import type { IdeasView } from './ideas-view';
import { summaryMarkdown } from './workspace-lists';

/** The commands a program admin uses across the workspace: its lists in the Ideas view, their summary, and export. */
export function registerWorkspaceCommands(client: LanguageClient, view: IdeasView): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('ideas.showWorkspace', async () => {
      await view.showWorkspace(true);
      await vscode.commands.executeCommand('ideas.outline.focus');
    }),
    vscode.commands.registerCommand('ideas.showActiveFile', () => view.showWorkspace(false)),
    vscode.commands.registerCommand('ideas.refreshWorkspace', () => view.workspace.refresh()),
    vscode.commands.registerCommand('ideas.filterWorkspace', async () => {
      const filter = await vscode.window.showInputBox({
        title: 'Filter the ideas of the workspace',
        prompt: 'A mentor (name or @handle), a project or words of a title; empty shows every idea',
        value: view.workspace.filter,
      });
      if (filter === undefined) return;
      view.workspace.filter = filter.trim();
      await vscode.commands.executeCommand('setContext', 'ideas.workspaceFiltered', view.workspace.filter !== '');
      if (!view.workspace.active) await view.showWorkspace(true);
      else view.workspaceChanged();
    }),
    vscode.commands.registerCommand('ideas.clearWorkspaceFilter', async () => {
      view.workspace.filter = '';
      await vscode.commands.executeCommand('setContext', 'ideas.workspaceFiltered', false);
      view.workspaceChanged();
    }),
    vscode.workspace.registerTextDocumentContentProvider(SUMMARY.scheme, summary),
    vscode.commands.registerCommand('ideas.showSummary', async () => {
      const lists = await client.sendRequest(WorkspaceListsRequest);
      if (lists.length === 0) {
        void vscode.window.showInformationMessage('Ideas: no ideas list in this workspace yet.');
        return undefined;
      }
      summary.set(summaryMarkdown(lists));
      await vscode.commands.executeCommand('markdown.showPreview', SUMMARY);
      return summary.text;
    }),
    vscode.commands.registerCommand('ideas.exportIdeas', exportIdeas(client)),
  ];
}

/**
 * The summary is read, not edited: a document of its own scheme shown as a markdown preview, which
 * the language server never sees (it checks `file` and `untitled` markdown), so a table with a
 * Mentors column is not taken for an ideas list.
 */
const SUMMARY = vscode.Uri.from({ scheme: 'ideas-summary', path: '/Ideas summary.md' });

class SummaryDocument implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  text = '';

  set(text: string): void {
    this.text = text;
    this.changed.fire(SUMMARY);
  }

  provideTextDocumentContent(): string {
    return this.text;
  }
}

const summary = new SummaryDocument();

/** "Export Ideas…": a format, a file from the save dialog, and every idea of the workspace written to it. */
const exportIdeas = (client: LanguageClient) => async (target?: vscode.Uri, chosen?: 'json' | 'csv') => {
  const format =
    chosen ??
    (
      await vscode.window.showQuickPick(
        [
          { label: 'JSON', description: 'every field, as docs/export.schema.json describes', format: 'json' as const },
          { label: 'CSV', description: 'one row per idea, for a spreadsheet (UTF-8 with a byte-order mark)', format: 'csv' as const },
        ],
        { title: 'Export Ideas' },
      )
    )?.format;
  if (!format) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      title: 'Export Ideas',
      defaultUri: folder && vscode.Uri.joinPath(folder, `ideas.${format}`),
      filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
    }));
  if (!uri) return undefined;
  const exported = await client.sendRequest(ExportIdeasRequest, { format });
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(exported.text));
  void vscode.window.showInformationMessage(`Ideas: exported ${exported.ideas} idea${exported.ideas === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(uri)}.`);
  return exported.ideas;
};
