import * as vscode from 'vscode';
import type { ActiveIdeas, IdeaEntry, IdeasSnapshot, ProjectEntry } from './active-ideas';

type Node = { project: ProjectEntry } | { idea: IdeaEntry };

export const REVEAL_COMMAND = 'ideas.reveal';

/** The Explorer's Ideas view: projects → ideas of the active ideas file, with mentors and problems. */
export class IdeasView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly treeView: vscode.TreeView<Node>;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly active: ActiveIdeas) {
    this.treeView = vscode.window.createTreeView('ideas.outline', { treeDataProvider: this, showCollapseAll: true });
    this.subscription = active.onDidChange((snapshot) => {
      this.treeView.description = describe(snapshot);
      this.changed.fire();
    });
  }

  getChildren(node?: Node): Node[] {
    const snapshot = this.active.snapshot;
    if (!snapshot) return [];
    if (!node) return [...snapshot.projects.map((project) => ({ project })), ...snapshot.loose.map((idea) => ({ idea }))];
    if ('idea' in node) return [];
    return [...node.project.groups.map((project) => ({ project })), ...node.project.ideas.map((idea) => ({ idea }))];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const uri = this.active.snapshot!.uri;
    if ('project' in node) {
      const item = new vscode.TreeItem(node.project.title, vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon('symbol-module');
      item.contextValue = 'project';
      item.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: [uri, node.project.range.start] };
      return item;
    }
    const { idea } = node;
    const item = new vscode.TreeItem(idea.title, vscode.TreeItemCollapsibleState.None);
    const problems = idea.problems.length;
    item.description = [idea.mentors, problems ? `${problems} problem${problems === 1 ? '' : 's'}` : ''].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString([`**${idea.title}**`, idea.mentors && `Mentors: ${idea.mentors}`, ...idea.problems.map((d) => `- ${d.message}`)].filter(Boolean).join('\n\n'));
    item.iconPath = iconFor(idea.problems);
    item.contextValue = 'idea';
    item.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: [uri, idea.range.start] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.treeView.dispose();
    this.changed.dispose();
  }
}

function describe(snapshot: IdeasSnapshot | undefined): string | undefined {
  if (!snapshot) return undefined;
  return `${snapshot.ideaCount} idea${snapshot.ideaCount === 1 ? '' : 's'}`;
}

function iconFor(problems: vscode.Diagnostic[]): vscode.ThemeIcon {
  if (problems.some((d) => d.severity === vscode.DiagnosticSeverity.Error)) return new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  if (problems.some((d) => d.severity === vscode.DiagnosticSeverity.Warning)) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  if (problems.length) return new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground'));
  return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
}
