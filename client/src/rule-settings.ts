import * as vscode from 'vscode';
import type { LanguageClient, StaticFeature } from 'vscode-languageclient/node';

/** The quick fix "Turn off RULE in settings" runs this command (server/src/features/disable-actions.ts). */
export const RULE_SETTINGS_COMMAND = 'ideas.turnOffRuleInSettings';
/** Tells the server, in `capabilities.experimental`, that this client runs the command. */
const RULE_SETTINGS_CAPABILITY = 'ideasRuleSettingsCommand';

/**
 * Registers the command that sets a rule to "off" in the `ideas.rules` setting, and announces it
 * to the server so that it offers the quick fix (a client without the command is offered none).
 * Call before the client starts.
 */
export function registerRuleSettings(client: LanguageClient): vscode.Disposable {
  const feature: StaticFeature = {
    fillClientCapabilities(capabilities) {
      capabilities.experimental = { ...(capabilities.experimental as object | undefined), [RULE_SETTINGS_CAPABILITY]: true };
    },
    initialize() {},
    getState: () => ({ kind: 'static' }),
    clear() {},
  };
  client.registerFeature(feature);
  return vscode.commands.registerCommand(RULE_SETTINGS_COMMAND, (rule: unknown, uri: unknown) =>
    typeof rule === 'string' ? turnOffRule(rule, typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined) : undefined,
  );
}

/**
 * Sets `ideas.rules[rule]` to "off" where the setting applies to the document: its workspace
 * folder's settings when it has one, else the user's. The other rules set at that level stay.
 */
export async function turnOffRule(rule: string, uri: vscode.Uri | undefined): Promise<void> {
  const configuration = vscode.workspace.getConfiguration('ideas', uri);
  const inFolder = uri !== undefined && vscode.workspace.getWorkspaceFolder(uri) !== undefined;
  const target = inFolder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  const inspected = configuration.inspect<Record<string, string>>('rules');
  const current = (inFolder ? inspected?.workspaceFolderValue : inspected?.globalValue) ?? {};
  await configuration.update('rules', { ...current, [rule]: 'off' }, target);
  const where = inFolder ? 'the workspace folder’s settings' : 'your user settings';
  void vscode.window.showInformationMessage(`${rule} is off in ${where}. A .ideasrc.json that sets it wins over settings.`);
}
