import { NotificationType, RequestType, RequestType0, type Position, type Range, type TextDocumentIdentifier } from 'vscode-languageserver-protocol';

/** Requests of our own beyond LSP, for the VS Code client's commands; any LSP client may send them. */

/** Lint a markdown document as an ideas list whatever its name or content; answers the number of findings. */
export const LintFileRequest = new RequestType<TextDocumentIdentifier, number, void>('ideas/lintFile');

/**
 * What "Lint Workspace" linted: `files` ideas lists with `findings` problems in all, of which
 * `open` lists (with `openFindings`) are open in the editor and the rest were read from disk.
 */
export interface LintWorkspaceResult {
  files: number;
  findings: number;
  open: number;
  openFindings: number;
}

/** Lint every ideas file of the workspace that is not open and publish its diagnostics; count the open ones too. */
export const LintWorkspaceRequest = new RequestType0<LintWorkspaceResult, void>('ideas/lintWorkspace');

/** An idea of the workspace, open or on disk, as "Find Idea" lists it. */
export interface IdeaSummary {
  uri: string;
  title: string;
  project?: string;
  /** The heading's text. */
  range: Range;
  mentors: { name?: string; handle?: string }[];
  /** A heading with no fields (`#### TODO`), which the empty-idea rule reports. */
  empty?: boolean;
}

/** Every idea of the workspace's ideas lists, open or on disk (the workspace index), in file order. */
export const AllIdeasRequest = new RequestType0<IdeaSummary[], void>('ideas/allIdeas');

/** The detail of an empty idea's document symbol, where an idea has its mentors. */
export const EMPTY_IDEA_DETAIL = 'no fields';

/** Where "New Idea" / "New Project" insert the template at the cursor, and the snippet. */
export const InsertionRequest = new RequestType<
  { textDocument: TextDocumentIdentifier; position: Position; kind: 'idea' | 'project' },
  { position: Position; snippet: string } | null,
  void
>('ideas/insertion');

/** One ideas list of the workspace as the workspace view and the summary show it. */
export interface ListSummary {
  uri: string;
  /** Its path within the workspace folder, with `/`. */
  path: string;
  /** From the path (`programs/<program>/<term>…`); null when the path says neither. */
  program: string | null;
  term: string | null;
  /** Its problems when it was last linted: its own findings and those of the rules across files. */
  problems: number;
  ideas: ListIdea[];
}

/** An idea of a list, with the problems that lie under its heading. */
export interface ListIdea {
  title: string;
  project?: string;
  /** The heading's text. */
  range: Range;
  mentors: { name?: string; handle?: string }[];
  problems: number;
  /** The worst of those problems: 'error', 'warning' or 'info'. */
  worst?: 'error' | 'warning' | 'info';
}

/** Every ideas list of the workspace, open or on disk, with its ideas and problems: the workspace view and summary. */
export const WorkspaceListsRequest = new RequestType0<ListSummary[], void>('ideas/workspaceLists');

/** "Export Ideas…": every idea of the workspace's lists as `ideas-lint --export` writes them. */
export const ExportIdeasRequest = new RequestType<{ format: 'json' | 'csv'; bom?: boolean }, { text: string; ideas: number }, void>('ideas/exportIdeas');

/**
 * The online check as the client allows it (VS Code: `ideas.github.check`, an application
 * setting, in a trusted workspace only, with the token of VS Code's GitHub sign-in). The server
 * never goes online otherwise: no workspace setting or `.ideasrc.json` turns it on.
 */
export const GitHubNotification = new NotificationType<{ enabled: boolean; apiUrl?: string; token?: string }>('ideas/github');

/** "Refresh GitHub Checks": the open lists asked of GitHub again, past the cache; answers how many. */
export const RefreshGitHubRequest = new RequestType0<number, void>('ideas/refreshGitHub');

/** From the server: one quiet line when GitHub could not answer (offline, rate limit…), or none once it answers again. */
export const GitHubStatusNotification = new NotificationType<{ problem?: string }>('ideas/githubStatus');
