import type { IssueState, UserState } from '../core';
import type { Fetch, Fetched, IssueItem, Send, UserItem } from './items';

/**
 * Without a token: one REST request an item (`/repos/{o}/{r}/issues/{n}`, `/users/{login}`),
 * one after the other as GitHub asks of unauthenticated clients, each with the ETag of the answer
 * kept so that an unchanged one comes back 304 and does not count against the 60 an hour. 404 and
 * 410 are answers ("missing", "no account"); the first failure stops the rest (`send` stops them
 * while the rate limit is spent), which keep what the cache had.
 */
export async function fetchByRest(apiUrl: string, issues: readonly IssueItem[], users: readonly UserItem[], send: Send): Promise<Fetch> {
  const fetched: Fetch = { issues: new Map(), users: new Map() };
  const base = apiUrl.replace(/\/+$/, '');
  const segment = encodeURIComponent;
  for (const issue of issues) {
    const url = `${base}/repos/${segment(issue.owner)}/${segment(issue.repo)}/issues/${issue.number}`;
    const answer = await ask(send, url, issue.etag, issueState, { kind: 'missing' });
    if ('problem' in answer) return { ...fetched, problem: answer.problem };
    fetched.issues.set(issue.id, answer);
  }
  for (const user of users) {
    const answer = await ask(send, `${base}/users/${segment(user.login)}`, user.etag, (json) => userState(json, user.login), { login: user.login, exists: false });
    if ('problem' in answer) return { ...fetched, problem: answer.problem };
    fetched.users.set(user.id, answer);
  }
  return fetched;
}

async function ask<T>(send: Send, url: string, etag: string | undefined, read: (json: unknown) => T, gone: T): Promise<Fetched<T> | { problem: string }> {
  const result = await send({ url, etag });
  if (result.problem !== undefined) return { problem: result.problem };
  const { status, json, etag: newEtag } = result.answer;
  if (status === 304) return { notModified: true };
  if (status === 404 || status === 410) return { value: gone };
  if (status !== 200 || typeof json !== 'object' || json === null) return { problem: `GitHub answered ${status}` };
  return { value: read(json), etag: newEtag };
}

interface RestIssue {
  state?: string;
  title?: string;
  html_url?: string;
  updated_at?: string;
  pull_request?: unknown;
  labels?: (string | { name?: string })[];
  assignees?: { login?: string }[] | null;
}

/** A pull request is an issue to REST, told apart by its `pull_request` key. */
function issueState(json: unknown): IssueState {
  const issue = json as RestIssue;
  return {
    kind: issue.pull_request ? 'pull-request' : 'issue',
    state: issue.state === 'open' ? 'open' : 'closed',
    title: issue.title,
    url: issue.html_url,
    labels: (issue.labels ?? []).flatMap((label) => (typeof label === 'string' ? label : label.name ?? [])),
    assignees: (issue.assignees ?? []).flatMap((user) => user.login ?? []),
    updatedAt: issue.updated_at,
  };
}

function userState(json: unknown, asked: string): UserState {
  const { login } = json as { login?: unknown };
  return { login: typeof login === 'string' ? login : asked, exists: true };
}
