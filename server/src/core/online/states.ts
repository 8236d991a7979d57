/**
 * What GitHub says of the issues and accounts a list names, as the online check hands it to the
 * core: plain data, fetched elsewhere (`server/src/online/`). The core only judges it.
 */

/** An issue on github.com, by the key `issueKey` gives (`github.com/<owner>/<repo>/issues/<n>`, lower case). */
export interface IssueState {
  /** An issue; a pull request; or nothing there that this token may see (deleted, private, mistyped). */
  kind: 'issue' | 'pull-request' | 'missing';
  state?: 'open' | 'closed';
  title?: string;
  /** The address GitHub gives it (the same issue may be written with another case or `/pull/`). */
  url?: string;
  labels?: string[];
  /** Logins, without `@`. */
  assignees?: string[];
  /** ISO 8601. */
  updatedAt?: string;
}

/** A GitHub account, by login compared without case. */
export interface UserState {
  login: string;
  exists: boolean;
}

/** What the online check knows now: answers from the network or its cache; a key it has no answer for is absent. */
export interface OnlineStates {
  issues: ReadonlyMap<string, IssueState>;
  /** Keyed by the login in lower case. */
  users: ReadonlyMap<string, UserState>;
}

/** What a list asks of GitHub: its issues (keys and the URLs to show) and its mentors' logins. */
export interface OnlineQuery {
  issues: { key: string; owner: string; repo: string; number: number }[];
  users: string[];
}
