import * as vscode from 'vscode';
import type { ActiveIdeas, IdeasSnapshot } from './active-ideas';
import { statusText } from './summary';

/** "12 ideas, 3 problems" on ideas files; a click opens the Problems panel. */
export class IdeasStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('ideas.status', vscode.StatusBarAlignment.Left, 10);
  private readonly subscription: vscode.Disposable;

  /** `howTo`: the bundled page that says how a list gets understood. */
  constructor(
    active: ActiveIdeas,
    private readonly howTo: vscode.Uri,
  ) {
    this.item.name = 'Ideas';
    this.item.command = 'workbench.actions.view.problems';
    this.subscription = active.onDidChange((snapshot) => this.show(snapshot));
  }

  private show(snapshot: IdeasSnapshot | undefined): void {
    if (!snapshot) {
      this.item.hide();
      return;
    }
    if (snapshot.notUnderstood) {
      this.item.text = '$(question) Ideas: not understood';
      this.item.tooltip = 'Ideas Author could not read the ideas of this list: show how to name its fields';
      this.item.command = { title: 'How Ideas Author reads a list', command: 'markdown.showPreview', arguments: [this.howTo] };
    } else {
      this.item.text = statusText(snapshot.ideaCount, snapshot.problems.map((d) => d.severity));
      this.item.tooltip = 'Ideas Author: show the problems of this ideas file';
      this.item.command = 'workbench.actions.view.problems';
    }
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
