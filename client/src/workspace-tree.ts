import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WorkspaceListsRequest, type ListIdea, type ListSummary } from '../../server/src/protocol';
import { mentorText } from './idea-items';
import { problemIcon } from './problem-icon';
import { projectsOf, termGroups, type TermGroup } from './workspace-lists';

export type WorkspaceNode =
  | { group: TermGroup }
  | { list: ListSummary }
  | { list: ListSummary; project: string; ideas: ListIdea[] }
  | { list: ListSummary; idea: ListIdea };

/** Problems change as lists are edited: the workspace tree asks again this long after they settle. */
const REFRESH_DELAY_MS = 800;

/**
 * The workspace mode of the Ideas view: every ideas list of the workspace, grouped by program and
 * term, then project, then idea, each with its problem count; filtered by mentor, project or text.
 * The lists come from the server's workspace index (`ideas/workspaceLists`), open or on disk.
 */
export class WorkspaceTree implements vscode.Disposable {
  private lists: ListSummary[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscription: vscode.Disposable;
  filter = '';
  active = false;

  constructor(
    private readonly client: LanguageClient,
    private readonly changed: () => void,
    private readonly reveal: string,
  ) {
    this.subscription = vscode.languages.onDidChangeDiagnostics(() => this.active && this.refreshSoon());
  }

  /** The lists as the server now knows them. */
  async refresh(): Promise<ListSummary[]> {
    this.lists = await this.client.sendRequest(WorkspaceListsRequest);
    this.changed();
    return this.lists;
  }

  private refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh().catch(() => {}), REFRESH_DELAY_MS);
  }

  /** `3 lists, 41 ideas`, and the filter when there is one. */
  describe(): string {
    const groups = termGroups(this.lists, this.filter);
    const lists = groups.reduce((sum, group) => sum + group.lists.length, 0);
    const ideas = groups.reduce((sum, group) => sum + group.lists.reduce((n, list) => n + list.ideas.length, 0), 0);
    const counts = `${lists} list${lists === 1 ? '' : 's'}, ${ideas} idea${ideas === 1 ? '' : 's'}`;
    return this.filter ? `${counts} matching "${this.filter}"` : counts;
  }

  children(node?: WorkspaceNode): WorkspaceNode[] {
    if (!node) return termGroups(this.lists, this.filter).map((group) => ({ group }));
    if ('group' in node) return node.group.lists.map((list) => ({ list }));
    if ('idea' in node) return [];
    if ('project' in node) return node.ideas.map((idea) => ({ list: node.list, idea }));
    return projectsOf(node.list).flatMap(({ project, ideas }): WorkspaceNode[] => (project === '' ? ideas.map((idea) => ({ list: node.list, idea })) : [{ list: node.list, project, ideas }]));
  }

  item(node: WorkspaceNode): vscode.TreeItem {
    if ('group' in node) {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.description = `${node.group.lists.length} list${node.group.lists.length === 1 ? '' : 's'}`;
      return item;
    }
    const uri = vscode.Uri.parse(node.list.uri);
    if ('idea' in node) {
      const { idea } = node;
      const item = new vscode.TreeItem(idea.title, vscode.TreeItemCollapsibleState.None);
      const mentors = idea.mentors.map(mentorText).filter(Boolean).join(', ');
      item.description = [mentors, problemsText(idea.problems)].filter(Boolean).join(' · ');
      item.tooltip = `${idea.title}\n${mentors ? `Mentors: ${mentors}` : 'No mentors'}\n${node.list.path}`;
      item.iconPath = problemIcon(idea.worst);
      item.contextValue = 'idea';
      item.command = { command: this.reveal, title: 'Reveal', arguments: [uri, new vscode.Position(idea.range.start.line, idea.range.start.character)] };
      return item;
    }
    if ('project' in node) {
      const item = new vscode.TreeItem(node.project, vscode.TreeItemCollapsibleState.Collapsed);
      item.iconPath = new vscode.ThemeIcon('symbol-module');
      item.description = problemsText(node.ideas.reduce((sum, idea) => sum + idea.problems, 0));
      return item;
    }
    const item = new vscode.TreeItem(node.list.path.split('/').slice(-2).join('/'), this.filter ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.resourceUri = uri;
    item.iconPath = vscode.ThemeIcon.File;
    item.tooltip = node.list.path;
    item.description = [`${node.list.ideas.length} idea${node.list.ideas.length === 1 ? '' : 's'}`, problemsText(node.list.problems)].filter(Boolean).join(' · ');
    item.contextValue = 'list';
    item.command = { command: 'vscode.open', title: 'Open', arguments: [uri] };
    return item;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscription.dispose();
  }
}

const problemsText = (count: number) => (count ? `${count} problem${count === 1 ? '' : 's'}` : '');
