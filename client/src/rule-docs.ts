import * as vscode from 'vscode';

/** The command that opens a rule's page; the server links diagnostics to it (`command:` URIs). */
export const SHOW_RULE_DOCS = 'ideas.showRuleDocs';

/** A rule id: kebab-case words, nothing that could leave `docs/rules/`. */
const RULE_ID = /^[a-z]+(?:-[a-z]+)*$/;

/**
 * `ideas.showRuleDocs`: the rule's page, bundled in the extension (`docs/rules/<id>.md`), as a
 * markdown preview, offline. Its argument is the rule id (from a diagnostic's link, or from
 * "Show documentation"); from the command palette, the user picks the rule.
 */
export function registerRuleDocs(extensionUri: vscode.Uri): vscode.Disposable {
  const folder = vscode.Uri.joinPath(extensionUri, 'docs', 'rules');
  return vscode.commands.registerCommand(SHOW_RULE_DOCS, async (id?: unknown) => {
    let rule = typeof id === 'string' && RULE_ID.test(id) ? id : undefined;
    if (rule === undefined) {
      const pages = await vscode.workspace.fs.readDirectory(folder).then(
        (entries) => entries.map(([name]) => name).filter((name) => name.endsWith('.md') && name !== 'README.md').map((name) => name.slice(0, -3)),
        () => [] as string[],
      );
      rule = await vscode.window.showQuickPick(pages.sort(), { title: 'Ideas: show the documentation of a rule' });
      if (rule === undefined) return;
    }
    const page = vscode.Uri.joinPath(folder, `${rule}.md`);
    try {
      await vscode.commands.executeCommand('markdown.showPreview', page);
    } catch {
      // The built-in markdown extension is disabled: the page as text is still the page.
      await vscode.commands.executeCommand('vscode.open', page);
    }
  });
}
