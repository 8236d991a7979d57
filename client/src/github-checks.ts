import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { GitHubNotification, GitHubStatusNotification, RefreshGitHubRequest } from '../../server/src/protocol';

const GITHUB_API = 'https://api.github.com';

/**
 * The online check of upstream issues and mentor accounts (`ideas.github.check`, off by default).
 * This side decides whether the server may go online at all: only when the user turned the setting
 * on (an application setting: no workspace can), in a trusted workspace, with the token of VS
 * Code's own GitHub sign-in, asked for with no scope (public data) and only when the user turns
 * the check on. Offline or rate limited, one status-bar hint; the server logs one line.
 */
export function registerGitHubChecks(client: LanguageClient): vscode.Disposable[] {
  const hint = vscode.window.createStatusBarItem('ideas.github', vscode.StatusBarAlignment.Right, 99);
  hint.name = 'Ideas: GitHub checks';
  hint.text = '$(cloud-offline) GitHub';
  hint.command = 'ideas.refreshGitHubChecks';
  const send = (askToSignIn: boolean) => void configure(client, askToSignIn).catch(() => {});
  send(false);
  return [
    hint,
    vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('ideas.github') && send(true)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => send(false)),
    vscode.authentication.onDidChangeSessions((event) => /^github/.test(event.provider.id) && send(false)),
    client.onNotification(GitHubStatusNotification, ({ problem }) => {
      hint.tooltip = problem ? `Ideas: ${problem}. Click to try again.` : undefined;
      if (problem) hint.show();
      else hint.hide();
    }),
    vscode.commands.registerCommand('ideas.refreshGitHubChecks', async () => {
      if (!enabledHere()) {
        void vscode.window.showInformationMessage('Ideas: GitHub checks are off. Turn on "ideas.github.check" in your user settings (a trusted workspace is needed).');
        return 0;
      }
      return client.sendRequest(RefreshGitHubRequest);
    }),
  ];
}

/** The check is wanted by the user, and the workspace is trusted. */
function enabledHere(): boolean {
  return vscode.workspace.getConfiguration('ideas.github').get<boolean>('check', false) && vscode.workspace.isTrusted;
}

async function configure(client: LanguageClient, askToSignIn: boolean): Promise<void> {
  if (!enabledHere()) {
    await client.sendNotification(GitHubNotification, { enabled: false });
    return;
  }
  const apiUrl = vscode.workspace.getConfiguration('ideas.github').get<string>('apiUrl', '').trim() || GITHUB_API;
  // GitHub Enterprise signs in through its own provider.
  const provider = apiUrl === GITHUB_API ? 'github' : 'github-enterprise';
  let token: string | undefined;
  try {
    const session = await vscode.authentication.getSession(provider, [], askToSignIn ? { createIfNone: true } : { silent: true });
    token = session?.accessToken;
  } catch {
    // Sign-in refused or unavailable: public data without a token, at 60 requests an hour.
  }
  await client.sendNotification(GitHubNotification, { enabled: true, apiUrl, ...(token ? { token } : {}) });
}
