/**
 * A fake GitHub on 127.0.0.1 for the online check's tests: the REST endpoints
 * `GET /repos/{o}/{r}/issues/{n}` and `GET /users/{login}`, and `POST /graphql`, answering with
 * the shapes GitHub's documentation gives (REST issue objects, a pull request as an issue with a
 * `pull_request` key; GraphQL's `{data, errors}` with `null` and a NOT_FOUND error for what is not
 * there), the rate-limit headers, ETags and 304s. It is loaded with a recording
 * (`test/fixtures/github/*.json`, written by scripts/github-recording.ts) and can be made to
 * misbehave: a spent rate limit, a status, a slow answer, answers held until released.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedIssue {
  owner: string;
  repo: string;
  number: number;
  kind: 'issue' | 'pull-request';
  state: 'open' | 'closed';
  title: string;
  labels?: string[];
  assignees?: string[];
  updatedAt?: string;
  /** Its repository is private: not found, to REST without a token and to a token without access alike. */
  private?: boolean;
}

/** What the fake knows: an issue or user not in it does not exist. */
export interface Recording {
  issues: RecordedIssue[];
  /** Accounts that exist. */
  users: string[];
}

export type RequestKind = 'graphql' | 'rest-issue' | 'rest-user' | 'other';

export interface ReceivedRequest {
  kind: RequestKind;
  method: string;
  path: string;
  authorization?: string;
  ifNoneMatch?: string;
  headers: IncomingHttpHeaders;
  body?: string;
}

const DOCS = 'https://docs.github.com/rest';

export class FakeGitHub {
  /** The REST base (what `apiUrl` is given); GraphQL is at `${url}/graphql`. */
  url = '';
  readonly received: ReceivedRequest[] = [];
  private issues = new Map<string, RecordedIssue>();
  private repositories = new Map<string, { private: boolean }>();
  private users = new Map<string, string>();
  private remaining = 5000;
  private resetAt = Math.floor(Date.now() / 1000) + 3600;
  private retryAfter: number | undefined;
  private status: number | undefined;
  private delayMs = 0;
  private readonly redirects = new Map<string, string>();
  private held: (() => void)[] | undefined;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  private constructor(
    private readonly server: Server,
    /** The token GraphQL accepts; any other is refused (401), as none is. */
    private readonly token: string,
  ) {}

  static async start(recording: Recording = { issues: [], users: [] }, token = 'test-token'): Promise<FakeGitHub> {
    const server = createServer();
    const fake = new FakeGitHub(server, token);
    server.on('request', (request, response) => void fake.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    fake.load(recording);
    return fake;
  }

  get graphqlUrl(): string {
    return `${this.url}/graphql`;
  }

  load(recording: Recording): void {
    for (const issue of recording.issues) {
      const repository = `${issue.owner}/${issue.repo}`.toLowerCase();
      this.issues.set(`${repository}#${issue.number}`, issue);
      this.repositories.set(repository, { private: (this.repositories.get(repository)?.private ?? false) || issue.private === true });
    }
    for (const login of recording.users) this.users.set(login.toLowerCase(), login);
  }

  /** Requests received, by kind; a 304 is counted among its kind and in `notModified` too. */
  count(kind?: RequestKind | 'notModified'): number {
    if (kind === 'notModified') return this.notModified;
    return kind === undefined ? this.received.length : this.received.filter((request) => request.kind === kind).length;
  }
  private notModified = 0;

  /** Requests left before the limit is spent (403, `x-ratelimit-remaining: 0`) until `resetAt`. */
  rateLimit(remaining: number, resetAt: Date): void {
    this.remaining = remaining;
    this.resetAt = Math.floor(resetAt.getTime() / 1000);
  }

  /** A secondary rate limit: every request is answered 429 with `Retry-After` (undefined: no more). */
  retryAfterSeconds(seconds: number | undefined): void {
    this.retryAfter = seconds;
  }

  /** Every request answered with this status (502, say) and GitHub's error body; undefined: normal again. */
  answerWith(status: number | undefined): void {
    this.status = status;
  }

  /** `path` answered 301 to `location`, as REST answers for a repository transferred or renamed. */
  redirect(path: string, location: string): void {
    this.redirects.set(path, location);
  }

  /** Every answer sent this late. */
  delay(ms: number): void {
    this.delayMs = ms;
  }

  /** Answers wait until `release()`. */
  hold(): void {
    this.held ??= [];
  }

  release(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const resume of held) resume();
  }

  async close(): Promise<void> {
    this.release();
    for (const timer of this.timers) clearTimeout(timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const kind: RequestKind =
      request.method === 'POST' && path === '/graphql' ? 'graphql' : /^\/repos\/[^/]+\/[^/]+\/issues\/\d+$/.test(path) ? 'rest-issue' : /^\/users\/[^/]+$/.test(path) ? 'rest-user' : 'other';
    this.received.push({ kind, method: request.method ?? 'GET', path, authorization: request.headers.authorization, ifNoneMatch: header(request, 'if-none-match'), headers: request.headers, body: body || undefined });
    if (this.held) await new Promise<void>((resume) => this.held!.push(resume));
    if (this.delayMs > 0) await new Promise<void>((resume) => this.timers.add(setTimeout(resume, this.delayMs)));
    if (response.destroyed) return;
    const answer = this.answer(kind, path, request, body);
    const etag = answer.status === 200 && kind !== 'graphql' ? `W/"${createHash('sha1').update(answer.text).digest('hex')}"` : undefined;
    if (etag !== undefined && header(request, 'if-none-match') === etag) {
      // A conditional request answered 304 does not count against the limit.
      this.notModified++;
      response.writeHead(304, { ...this.limitHeaders(), etag }).end();
      return;
    }
    if (answer.counts !== false && this.remaining > 0) this.remaining--;
    response.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...this.limitHeaders(), ...(etag ? { etag } : {}), ...answer.headers }).end(answer.text);
  }

  private answer(kind: RequestKind, path: string, request: IncomingMessage, body: string): { status: number; text: string; headers?: Record<string, string>; counts?: false } {
    if (this.status !== undefined) return { status: this.status, text: this.status >= 500 ? 'upstream error' : json({ message: 'Error', documentation_url: DOCS }) };
    if (this.retryAfter !== undefined) {
      return { status: 429, text: json({ message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: DOCS }), headers: { 'retry-after': String(this.retryAfter) }, counts: false };
    }
    const authorization = request.headers.authorization;
    if (authorization !== undefined && authorization !== `Bearer ${this.token}`) return { status: 401, text: json({ message: 'Bad credentials', documentation_url: DOCS }) };
    const location = this.redirects.get(path);
    if (location !== undefined) return { status: 301, text: json({ message: 'Moved Permanently', url: location, documentation_url: DOCS }), headers: { location } };
    if (this.remaining === 0) {
      const text = kind === 'graphql' ? json({ errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1.' }] }) : json({ message: 'API rate limit exceeded for 127.0.0.1.', documentation_url: DOCS });
      return { status: 403, text, counts: false };
    }
    if (kind === 'graphql') {
      if (authorization === undefined) return { status: 401, text: json({ message: 'This endpoint requires you to be authenticated.', documentation_url: 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql' }) };
      return { status: 200, text: json(this.graphql(body)) };
    }
    const notFound = { status: 404, text: json({ message: 'Not Found', documentation_url: DOCS }) };
    const issuePath = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(path);
    if (issuePath) {
      const [owner, repo] = [decodeURIComponent(issuePath[1]), decodeURIComponent(issuePath[2])];
      const issue = this.visibleIssue(owner, repo, Number(issuePath[3]));
      return issue ? { status: 200, text: json(restIssue(issue, this.url)) } : notFound;
    }
    const userPath = /^\/users\/([^/]+)$/.exec(path);
    const login = userPath && this.users.get(decodeURIComponent(userPath[1]).toLowerCase());
    return login ? { status: 200, text: json(restUser(login, this.url)) } : notFound;
  }

  private visibleIssue(owner: string, repo: string, number: number): RecordedIssue | undefined {
    const repository = `${owner}/${repo}`.toLowerCase();
    return this.repositories.get(repository)?.private ? undefined : this.issues.get(`${repository}#${number}`);
  }

  /** Reads the fields of GitHub's schema that the checker's queries use: `repository(owner:, name:) { alias: issueOrPullRequest(number:) }`, `user(login:)`, `repositoryOwner(login:)`. */
  private graphql(body: string): { data: Record<string, unknown>; errors?: unknown[] } {
    const { query } = JSON.parse(body) as { query: string };
    const data: Record<string, unknown> = {};
    const errors: unknown[] = [];
    const string = String.raw`("(?:[^"\\]|\\.)*")`;
    for (const match of query.matchAll(new RegExp(String.raw`(\w+):\s*repository\(owner:\s*${string},\s*name:\s*${string}\)\s*\{`, 'g'))) {
      const [alias, owner, name] = [match[1], JSON.parse(match[2]) as string, JSON.parse(match[3]) as string];
      const repository = this.repositories.get(`${owner}/${name}`.toLowerCase());
      if (!repository || repository.private) {
        data[alias] = null;
        errors.push({ type: 'NOT_FOUND', path: [alias], locations: [{ line: 2, column: 3 }], message: `Could not resolve to a Repository with the name '${owner}/${name}'.` });
        continue;
      }
      const fields: Record<string, unknown> = {};
      for (const [, issueAlias, number] of blockAt(query, match.index + match[0].length).matchAll(/(\w+):\s*issueOrPullRequest\(number:\s*(\d+)\)/g)) {
        const issue = this.issues.get(`${owner}/${name}#${number}`.toLowerCase());
        fields[issueAlias] = issue ? graphqlIssue(issue, this.url) : null;
        if (!issue) errors.push({ type: 'NOT_FOUND', path: [alias, issueAlias], locations: [{ line: 2, column: 3 }], message: `Could not resolve to an issue or pull request with the number of ${number}.` });
      }
      data[alias] = fields;
    }
    for (const [, alias, field, quoted] of query.matchAll(new RegExp(String.raw`(\w+):\s*(user|repositoryOwner)\(login:\s*${string}\)`, 'g'))) {
      const login = this.users.get((JSON.parse(quoted) as string).toLowerCase());
      data[alias] = login ? { login } : null;
      // `user` raises NOT_FOUND for an unknown login; `repositoryOwner` answers null alone.
      if (!login && field === 'user') errors.push({ type: 'NOT_FOUND', path: [alias], locations: [{ line: 2, column: 3 }], message: `Could not resolve to a User with the login of '${JSON.parse(quoted)}'.` });
    }
    return errors.length > 0 ? { data, errors } : { data };
  }

  private limitHeaders(): Record<string, string> {
    return { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': String(this.remaining), 'x-ratelimit-reset': String(this.resetAt), 'x-ratelimit-resource': 'core' };
  }
}

function restIssue(issue: RecordedIssue, base: string) {
  const html = `https://github.com/${issue.owner}/${issue.repo}/${issue.kind === 'pull-request' ? 'pull' : 'issues'}/${issue.number}`;
  const api = `${base}/repos/${issue.owner}/${issue.repo}`;
  return {
    id: issue.number,
    url: `${api}/issues/${issue.number}`,
    repository_url: api,
    html_url: html,
    number: issue.number,
    state: issue.state,
    state_reason: issue.state === 'closed' ? 'completed' : null,
    title: issue.title,
    body: null,
    user: { login: 'octocat', type: 'User' },
    labels: (issue.labels ?? []).map((name, id) => ({ id, name, color: 'ededed', default: false })),
    assignee: issue.assignees?.[0] ? { login: issue.assignees[0], type: 'User' } : null,
    assignees: (issue.assignees ?? []).map((login) => ({ login, type: 'User' })),
    comments: 0,
    created_at: '2025-01-01T00:00:00Z',
    updated_at: issue.updatedAt ?? '2026-01-01T00:00:00Z',
    closed_at: issue.state === 'closed' ? (issue.updatedAt ?? '2026-01-01T00:00:00Z') : null,
    ...(issue.kind === 'pull-request' ? { pull_request: { url: `${api}/pulls/${issue.number}`, html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`, merged_at: null } } : {}),
  };
}

function graphqlIssue(issue: RecordedIssue, base: string) {
  return {
    __typename: issue.kind === 'pull-request' ? 'PullRequest' : 'Issue',
    state: issue.state.toUpperCase(),
    title: issue.title,
    url: restIssue(issue, base).html_url,
    updatedAt: issue.updatedAt ?? '2026-01-01T00:00:00Z',
    labels: { nodes: (issue.labels ?? []).map((name) => ({ name })) },
    assignees: { nodes: (issue.assignees ?? []).map((login) => ({ login })) },
  };
}

const restUser = (login: string, base: string) => ({ login, id: 1, type: 'User', url: `${base}/users/${login}`, html_url: `https://github.com/${login}` });

/** The text inside the braces that open just before `start`. */
function blockAt(text: string, start: number): string {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(start, i);
  }
  return text.slice(start);
}

const json = (value: unknown) => JSON.stringify(value);

const header = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', () => resolve(''));
  });
}
