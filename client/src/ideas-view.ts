import * as vscode from 'vscode';
import type { ActiveIdeas, IdeaEntry, IdeasSnapshot, ProjectEntry } from './active-ideas';
import { problemIcon } from './problem-icon';
import { ideaCountText } from './summary';
import type { WorkspaceNode, WorkspaceTree } from './workspace-tree';

type FileNode = { project: ProjectEntry; parent?: FileNode } | { idea: IdeaEntry; parent?: FileNode };
type Node = FileNode | { workspace: WorkspaceNode };

/** The context key menus read: 'file' (the active list) or 'workspace' (every list). */
const MODE_KEY = 'ideas.viewMode';

export const REVEAL_COMMAND = 'ideas.reveal';

/**
 * The Explorer's Ideas view: projects → ideas of the active ideas file, with mentors and problems,
 * empty ideas (`#### TODO`) among them; the idea count in its title bar, Find Idea as its search.
 * In workspace mode (`showWorkspace`), every list of the workspace instead (`WorkspaceTree`).
 *
 * VS Code shows an extension's view in the Explorer collapsed, below the built-in views, whatever
 * its `visibility`; so the view reveals itself, without taking focus or selecting, the first time
 * in a window that an ideas list becomes active while the view is not visible. Once revealed, it
 * is left where the user puts it (collapsing it again keeps it collapsed).
 */
export class IdeasView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly treeView: vscode.TreeView<Node>;
  private readonly subscription: vscode.Disposable;
  /** The nodes of the current snapshot, one object per entry, so that reveal and getParent find them again. */
  private nodes = new WeakMap<ProjectEntry | IdeaEntry, FileNode>();
  private revealed = false;

  constructor(
    private readonly active: ActiveIdeas,
    readonly workspace: WorkspaceTree,
  ) {
    this.treeView = vscode.window.createTreeView('ideas.outline', { treeDataProvider: this, showCollapseAll: true });
    void vscode.commands.executeCommand('setContext', MODE_KEY, 'file');
    this.subscription = active.onDidChange((snapshot) => {
      this.nodes = new WeakMap();
      if (this.workspace.active) return;
      this.treeView.description = describe(snapshot);
      this.changed.fire();
      if (snapshot && !snapshot.notUnderstood) void this.revealOnce();
    });
  }

  /** Every list of the workspace (`true`) or the active list's ideas. */
  async showWorkspace(on: boolean): Promise<void> {
    this.workspace.active = on;
    await vscode.commands.executeCommand('setContext', MODE_KEY, on ? 'workspace' : 'file');
    this.treeView.title = on ? 'Ideas in Workspace' : 'Ideas';
    if (on) await this.workspace.refresh();
    else this.workspaceChanged();
  }

  /** The workspace's lists or filter changed: its tree is drawn again. */
  workspaceChanged(): void {
    this.treeView.description = this.workspace.active ? this.workspace.describe() : describe(this.active.snapshot);
    this.changed.fire();
  }

  /** Makes the view visible (expanded, its container shown) once per window, the first time a list is active. */
  private async revealOnce(): Promise<void> {
    if (this.revealed) return;
    if (this.treeView.visible) {
      this.revealed = true;
      return;
    }
    const [first] = this.getChildren();
    if (!first) return;
    try {
      await this.treeView.reveal(first, { select: false, focus: false, expand: false });
      this.revealed = true;
    } catch {
      // The snapshot changed meanwhile: the next list tries again.
    }
  }

  getChildren(node?: Node): Node[] {
    if (this.workspace.active) return this.workspace.children(node && 'workspace' in node ? node.workspace : undefined).map((workspace) => ({ workspace }));
    if (node && 'workspace' in node) return [];
    const snapshot = this.active.snapshot;
    if (!snapshot) return [];
    if (!node) return [...snapshot.projects.map((project) => this.node({ project })), ...snapshot.loose.map((idea) => this.node({ idea }))];
    if ('idea' in node) return [];
    return [...node.project.groups.map((project) => this.node({ project, parent: node })), ...node.project.ideas.map((idea) => this.node({ idea, parent: node }))];
  }

  getParent(node: Node): Node | undefined {
    return 'workspace' in node ? undefined : node.parent;
  }

  private node(fresh: FileNode): FileNode {
    const entry = 'project' in fresh ? fresh.project : fresh.idea;
    let node = this.nodes.get(entry);
    if (!node) {
      node = fresh;
      this.nodes.set(entry, node);
    }
    return node;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('workspace' in node) return this.workspace.item(node.workspace);
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
    item.description = [idea.empty ? 'no fields' : idea.mentors, problems ? `${problems} problem${problems === 1 ? '' : 's'}` : ''].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString([`**${idea.title}**`, idea.empty ? 'No fields yet' : idea.mentors && `Mentors: ${idea.mentors}`, ...idea.problems.map((d) => `- ${d.message}`)].filter(Boolean).join('\n\n'));
    item.iconPath = problemIcon(worstOf(idea.problems));
    item.contextValue = 'idea';
    item.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: [uri, idea.range.start] };
    return item;
  }

  dispose(): void {
    this.workspace.dispose();
    this.subscription.dispose();
    this.treeView.dispose();
    this.changed.dispose();
  }
}

function describe(snapshot: IdeasSnapshot | undefined): string | undefined {
  if (!snapshot) return undefined;
  return ideaCountText(snapshot.ideaCount);
}

function worstOf(problems: vscode.Diagnostic[]): 'error' | 'warning' | 'info' | undefined {
  if (problems.some((d) => d.severity === vscode.DiagnosticSeverity.Error)) return 'error';
  if (problems.some((d) => d.severity === vscode.DiagnosticSeverity.Warning)) return 'warning';
  return problems.length ? 'info' : undefined;
}
