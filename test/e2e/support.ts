import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const TIMEOUT_MS = 30000;

export function workspaceUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
}

export async function openEditor(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

export function ideasDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'ideas');
}

/** `line code` of each diagnostic, 0-based lines, in position order. */
export function summary(uri: vscode.Uri): string[] {
  return ideasDiagnostics(uri)
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((d) => `${d.range.start.line} ${typeof d.code === 'object' ? d.code.value : d.code}`);
}

/** Resolves once `condition` holds, checked now and on every event given; rejects after a deadline. */
export function waitFor<T>(what: string, events: vscode.Event<unknown>[], condition: () => T | undefined | false): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const done = (settle: () => void) => {
      clearTimeout(timer);
      subscriptions.forEach((s) => s.dispose());
      settle();
    };
    const check = () => {
      const result = condition();
      if (result) done(() => resolve(result));
    };
    const timer = setTimeout(() => done(() => reject(new Error(`timed out waiting for ${what}`))), TIMEOUT_MS);
    for (const event of events) subscriptions.push(event(check));
    check();
  });
}

/** Waits until the document's ideas diagnostics read as `expected` (see `summary`). */
export function diagnosticsBecome(uri: vscode.Uri, expected: string[]): Promise<true> {
  return waitFor(`diagnostics ${JSON.stringify(expected)} on ${uri.path}, have ${JSON.stringify(summary(uri))}`, [vscode.languages.onDidChangeDiagnostics], () =>
    JSON.stringify(summary(uri)) === JSON.stringify(expected),
  ).catch((error: Error) => {
    throw new Error(`${error.message}; last: ${JSON.stringify(summary(uri))}`);
  });
}

/**
 * Asks the runner for a screenshot of the workbench, when one drives this run (code-server):
 * writes NAME.request in the run's screenshot folder and waits for NAME.png.
 */
export async function screenshot(name: string): Promise<void> {
  const dir = process.env.IDEAS_E2E_SCREENSHOTS;
  if (!dir) return;
  writeFileSync(join(dir, `${name}.request`), '');
  const deadline = Date.now() + TIMEOUT_MS;
  while (!existsSync(join(dir, `${name}.png`))) {
    if (Date.now() > deadline) throw new Error(`the runner took no screenshot "${name}"`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
