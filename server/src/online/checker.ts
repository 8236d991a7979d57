import type { IssueState, OnlineQuery, OnlineStates, UserState } from '../core';
import { AnswerCache, type CacheEntry } from './cache';
import { fetchByGraphql } from './graphql';
import { rateLimitLine, send, type HttpClient } from './http';
import type { Fetch, IssueItem, Send, UserItem } from './items';
import { isIssueNumber, isLogin, isRepository } from './names';
import { fetchByRest } from './rest';

export interface OnlineAnswer extends OnlineStates {
  /** One quiet line when GitHub could not answer everything (offline, a timeout, a 5xx, a rate limit with its reset time, a bad token); undefined when all is answered. Cached answers are still given. */
  problem?: string;
  /** HTTP requests made for this answer (0 when all came from the cache). */
  requests: number;
}

export interface CheckerOptions {
  /** REST base, `https://api.github.com` (or GITHUB_API_URL / the `ideas.github.apiUrl` setting). */
  apiUrl: string;
  /** GraphQL endpoint, `https://api.github.com/graphql` (or GITHUB_GRAPHQL_URL); default: apiUrl + '/graphql'. */
  graphqlUrl?: string;
  /** With a token: GraphQL, many issues and users per request. Without: REST, one per item, with ETags. */
  token?: string;
  /** The JSON file the answers are kept in between runs; none: memory only. */
  cacheFile?: string;
  /** How long an answer is fresh (default 10 minutes). */
  ttlMs?: number;
  /** Per request (default 10 s). */
  timeoutMs?: number;
}

const TTL_MS = 10 * 60_000;
const TIMEOUT_MS = 10_000;

/**
 * What GitHub says of a list's issues and mentors: fresh answers from the cache, the rest asked
 * of GitHub (GraphQL in batches with a token, REST item by item without), every answer kept in
 * the cache. A failure (offline, a timeout, a 5xx, a spent rate limit) is one line in `problem`,
 * with what the cache had, however old, standing in for what could not be asked.
 */
export class GitHubChecker {
  private readonly cache: AnswerCache;
  private readonly client: HttpClient;
  private readonly apiUrl: string;
  private readonly graphqlUrl: string;
  /** Answers of one GitHub are not answers of another (github.com, an Enterprise server): the API's host starts every key. */
  private readonly scope: string;
  /** Why no request can be made at all: an address that is not an http(s) URL. */
  private readonly misconfigured: string | undefined;
  /** No request before this time (epoch ms): the rate limit is spent, or GitHub asked for a pause. */
  private resumeAt = 0;

  constructor(private readonly options: CheckerOptions) {
    this.apiUrl = options.apiUrl.replace(/\/+$/, '');
    this.graphqlUrl = options.graphqlUrl ?? `${this.apiUrl}/graphql`;
    const apiOrigin = httpOrigin(this.apiUrl);
    const graphqlOrigin = httpOrigin(this.graphqlUrl);
    this.misconfigured =
      apiOrigin === undefined ? `the GitHub API address is not an http(s) URL: ${options.apiUrl}` : graphqlOrigin === undefined ? `the GitHub GraphQL address is not an http(s) URL: ${this.graphqlUrl}` : undefined;
    this.scope = apiOrigin === undefined ? '' : new URL(apiOrigin).host.toLowerCase();
    this.client = { origins: [apiOrigin, graphqlOrigin].flatMap((origin) => origin ?? []), token: options.token || undefined, timeoutMs: options.timeoutMs ?? TIMEOUT_MS };
    this.cache = new AnswerCache(options.cacheFile);
  }

  /** Answers from the cache while fresh (all of them with `refresh`: none), the rest from GitHub in as few requests as it allows. Never throws for network trouble: `problem` says it. */
  async check(query: OnlineQuery, options: { refresh?: boolean } = {}): Promise<OnlineAnswer> {
    const { issueIds, userIds, issues, users } = this.itemsOf(query);
    const kept = new Map<string, CacheEntry>();
    const isStale = async (item: { id: string }) => {
      const entry = await this.cache.get(item.id);
      if (entry) kept.set(item.id, entry);
      return entry === undefined || options.refresh === true || Date.now() - entry.fetchedAt >= (this.options.ttlMs ?? TTL_MS);
    };
    const withEtag = <T extends { id: string }>(item: T): T => ({ ...item, etag: kept.get(item.id)?.etag });
    const staleIssues = (await filterAsync(issues, isStale)).map(withEtag);
    const staleUsers = (await filterAsync(users, isStale)).map(withEtag);
    let requests = 0;
    let problem: string | undefined;
    if (staleIssues.length + staleUsers.length > 0) {
      const counted: Send = async (request) => {
        if (Date.now() < this.resumeAt) return { problem: rateLimitLine(this.resumeAt) };
        requests++;
        const result = await send(this.client, request);
        const resumeAt = result.answer?.resumeAt ?? result.resumeAt;
        if (resumeAt !== undefined) this.resumeAt = Math.max(this.resumeAt, resumeAt);
        return result;
      };
      const fetched =
        this.misconfigured !== undefined
          ? { issues: new Map(), users: new Map(), problem: this.misconfigured }
          : this.client.token
            ? await fetchByGraphql(this.graphqlUrl, staleIssues, staleUsers, counted)
            : await fetchByRest(this.apiUrl, staleIssues, staleUsers, counted);
      await this.keep(fetched, kept);
      problem = fetched.problem;
    }
    const answer: OnlineAnswer = { issues: new Map(), users: new Map(), requests };
    for (const [key, id] of issueIds) {
      const entry = await this.cache.get<IssueState>(id);
      if (entry) (answer.issues as Map<string, IssueState>).set(key, entry.value);
    }
    for (const [login, id] of userIds) {
      const entry = await this.cache.get<UserState>(id);
      if (entry) (answer.users as Map<string, UserState>).set(login, entry.value);
    }
    // A cache that could not be written is said only when GitHub itself answered.
    answer.problem = problem ?? (await this.cache.save());
    return answer;
  }

  /** The query's issues and users with names GitHub allows, each asked once however many keys name it. */
  private itemsOf(query: OnlineQuery) {
    const issueIds = new Map<string, string>();
    const issues = new Map<string, IssueItem>();
    for (const { key, owner, repo, number } of query.issues) {
      if (!isLogin(owner) || !isRepository(repo) || !isIssueNumber(number)) continue;
      const id = `${this.scope} issue ${owner}/${repo}#${number}`.toLowerCase();
      issueIds.set(key, id);
      if (!issues.has(id)) issues.set(id, { id, owner, repo, number });
    }
    const userIds = new Map<string, string>();
    const users = new Map<string, UserItem>();
    for (const written of query.users) {
      const login = written.replace(/^@/, '');
      if (!isLogin(login)) continue;
      const id = `${this.scope} user ${login}`.toLowerCase();
      userIds.set(login.toLowerCase(), id);
      if (!users.has(id)) users.set(id, { id, login });
    }
    return { issueIds, userIds, issues: [...issues.values()], users: [...users.values()] };
  }

  /** New answers into the cache; a 304 makes the answer kept fresh again. */
  private async keep(fetched: Fetch, kept: ReadonlyMap<string, CacheEntry>): Promise<void> {
    const fetchedAt = Date.now();
    for (const [id, answer] of [...fetched.issues, ...fetched.users]) {
      if ('value' in answer) await this.cache.set(id, { value: answer.value, etag: answer.etag, fetchedAt });
      else if (kept.has(id)) await this.cache.set(id, { ...kept.get(id)!, fetchedAt });
    }
  }
}

function httpOrigin(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

async function filterAsync<T>(items: readonly T[], keep: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept: T[] = [];
  for (const item of items) if (await keep(item)) kept.push(item);
  return kept;
}
