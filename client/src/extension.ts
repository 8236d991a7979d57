import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ActiveIdeas } from './active-ideas';
import { registerCommands } from './commands';
import { registerFindIdea } from './find-idea';
import { registerGitHubChecks } from './github-checks';
import { IdeasView, REVEAL_COMMAND } from './ideas-view';
import { createLanguageClient } from './language-client';
import { registerRuleDocs } from './rule-docs';
import { registerRuleSettings } from './rule-settings';
import { IdeasStatusBar } from './status-bar';
import { suggestAtLineStart } from './suggest-at-line-start';
import { registerWorkspaceCommands } from './workspace-commands';
import { WorkspaceTree } from './workspace-tree';

let client: LanguageClient | undefined;

/** What the end-to-end tests look at: the parts a user sees. */
export interface IdeasApi {
  client: LanguageClient;
  active: ActiveIdeas;
  view: IdeasView;
  statusBar: IdeasStatusBar;
}

export async function activate(context: vscode.ExtensionContext): Promise<IdeasApi> {
  const outputChannel = vscode.window.createOutputChannel('Ideas Author', { log: true });
  client = createLanguageClient(context, outputChannel);
  const active = new ActiveIdeas(client);
  const view = new IdeasView(active, new WorkspaceTree(client, () => view.workspaceChanged(), REVEAL_COMMAND));
  const statusBar = new IdeasStatusBar(active, vscode.Uri.joinPath(context.extensionUri, 'docs', 'any-list.md'));
  context.subscriptions.push(outputChannel, active, view, statusBar, ...registerCommands(client));
  context.subscriptions.push(registerFindIdea(client), ...registerWorkspaceCommands(client, view));
  context.subscriptions.push(registerRuleSettings(client));
  context.subscriptions.push(registerRuleDocs(context.extensionUri), suggestAtLineStart(client, active, vscode.Uri.joinPath(context.extensionUri, 'snippets', 'ideas.code-snippets')));
  await client.start();
  context.subscriptions.push(...registerGitHubChecks(client));
  void active.refresh();
  return { client, active, view, statusBar };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
