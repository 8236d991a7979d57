import type { IssueState, UserState } from '../core';
import { rateLimitLine } from './http';
import type { Fetch, IssueItem, Send, UserItem } from './items';

/** Issues and users in one request: GitHub allows far more, and a list rarely names more. */
export const BATCH = 50;

const ISSUE_FIELDS = 'state title url updatedAt labels(first: 20) { nodes { name } } assignees(first: 10) { nodes { login } }';
const FRAGMENT = `fragment item on IssueOrPullRequest { __typename ... on Issue { ${ISSUE_FIELDS} } ... on PullRequest { ${ISSUE_FIELDS} } }`;

/**
 * With a token: issues and users asked in batches of `BATCH`, each a query of aliases (a
 * repository once, its issues inside it; a user by `repositoryOwner`, which answers for any
 * account as REST's `/users/{login}` does). GitHub answers what is not there (or not visible to
 * the token) with `null` and a NOT_FOUND error: that is an answer, "missing"; any other error
 * leaves its item unanswered.
 */
export async function fetchByGraphql(graphqlUrl: string, issues: readonly IssueItem[], users: readonly UserItem[], send: Send): Promise<Fetch> {
  const fetched: Fetch = { issues: new Map(), users: new Map() };
  let partly: string | undefined;
  const items: { issue?: IssueItem; user?: UserItem }[] = [...issues.map((issue) => ({ issue })), ...users.map((user) => ({ user }))];
  for (let start = 0; start < items.length; start += BATCH) {
    const batch = items.slice(start, start + BATCH);
    const query = batchQuery(batch.flatMap((item) => item.issue ?? []), batch.flatMap((item) => item.user ?? []));
    const result = await send({ url: graphqlUrl, method: 'POST', body: { query: query.text } });
    if (result.problem !== undefined) return { ...fetched, problem: result.problem };
    if (result.answer.status !== 200) return { ...fetched, problem: `GitHub answered ${result.answer.status}` };
    const read = readAnswer(result.answer.json, query, fetched);
    if (read === RATE_LIMITED) return { ...fetched, problem: rateLimitLine(result.answer.resumeAt ?? Date.now() + 3_600_000) };
    if (read?.whole) return { ...fetched, problem: read.problem };
    partly ??= read?.problem;
  }
  return { ...fetched, problem: partly };
}

interface BatchQuery {
  text: string;
  /** Repository alias → its issues' aliases → the items. */
  repositories: Map<string, Map<string, IssueItem[]>>;
  users: Map<string, UserItem>;
}

/** The names were checked against GitHub's rules (names.ts); JSON's string syntax is GraphQL's, so they are quoted as JSON strings all the same. */
export function batchQuery(issues: readonly IssueItem[], users: readonly UserItem[]): BatchQuery {
  const byRepository = new Map<string, IssueItem[]>();
  for (const issue of issues) {
    const name = `${issue.owner}/${issue.repo}`.toLowerCase();
    byRepository.set(name, [...(byRepository.get(name) ?? []), issue]);
  }
  const repositories = new Map<string, Map<string, IssueItem[]>>();
  const fields: string[] = [];
  [...byRepository.values()].forEach((items, r) => {
    const aliases = new Map<string, IssueItem[]>();
    for (const item of items) aliases.set(`i${item.number}`, [...(aliases.get(`i${item.number}`) ?? []), item]);
    repositories.set(`r${r}`, aliases);
    const inner = [...aliases.keys()].map((alias) => `${alias}: issueOrPullRequest(number: ${alias.slice(1)}) { ...item }`).join(' ');
    fields.push(`r${r}: repository(owner: ${JSON.stringify(items[0].owner)}, name: ${JSON.stringify(items[0].repo)}) { ${inner} }`);
  });
  const userAliases = new Map(users.map((user, u) => [`u${u}`, user]));
  for (const [alias, user] of userAliases) fields.push(`${alias}: repositoryOwner(login: ${JSON.stringify(user.login)}) { login }`);
  const fragment = repositories.size > 0 ? `\n${FRAGMENT}` : '';
  return { text: `query {\n  ${fields.join('\n  ')}\n}${fragment}`, repositories, users: userAliases };
}

const RATE_LIMITED = '\0rate limited';

interface GraphqlError {
  type?: string;
  path?: (string | number)[];
  message?: string;
}

/** Fills `fetched` from one answer; a problem when part of it (or `whole` of it) could not be read. */
function readAnswer(json: unknown, query: BatchQuery, fetched: Fetch): typeof RATE_LIMITED | { problem: string; whole?: boolean } | undefined {
  const { data, errors } = (json ?? {}) as { data?: Record<string, unknown> | null; errors?: GraphqlError[] };
  const errorList = Array.isArray(errors) ? errors : [];
  if (errorList.some((error) => error.type === 'RATE_LIMITED')) return RATE_LIMITED;
  if (typeof data !== 'object' || data === null) return { problem: `GitHub's GraphQL API answered: ${errorList[0]?.message?.split('\n')[0] ?? 'no data'}`, whole: true };
  /** Null at a path is "missing" unless an error other than NOT_FOUND stands there (FORBIDDEN: an organisation's SAML, say). */
  const errorAt = (...path: string[]) => errorList.find((error) => error.type !== 'NOT_FOUND' && path.every((part, i) => error.path?.[i] === part));
  let unanswered: GraphqlError | undefined;
  for (const [r, aliases] of query.repositories) {
    const repository = data[r] as Record<string, unknown> | null | undefined;
    for (const [i, items] of aliases) {
      const node = repository?.[i] as GraphqlIssue | null | undefined;
      const refused = node ? undefined : errorAt(r, i) ?? errorAt(r);
      if (refused || (node === undefined && repository !== null)) {
        unanswered ??= refused ?? { message: 'an answer without the issue asked' };
        continue;
      }
      const value = node ? issueState(node) : ({ kind: 'missing' } satisfies IssueState);
      for (const item of items) fetched.issues.set(item.id, { value });
    }
  }
  for (const [u, item] of query.users) {
    const owner = data[u] as { login?: string } | null | undefined;
    const refused = owner ? undefined : errorAt(u);
    if (refused || owner === undefined) {
      unanswered ??= refused ?? { message: 'an answer without the user asked' };
      continue;
    }
    const value: UserState = owner ? { login: owner.login ?? item.login, exists: true } : { login: item.login, exists: false };
    fetched.users.set(item.id, { value });
  }
  return unanswered && { problem: `GitHub did not answer everything: ${unanswered.message?.split('\n')[0] ?? unanswered.type}` };
}

interface GraphqlIssue {
  __typename?: string;
  state?: string;
  title?: string;
  url?: string;
  updatedAt?: string;
  labels?: { nodes?: ({ name?: string } | null)[] };
  assignees?: { nodes?: ({ login?: string } | null)[] };
}

function issueState(node: GraphqlIssue): IssueState {
  return {
    kind: node.__typename === 'PullRequest' ? 'pull-request' : 'issue',
    // A pull request may be MERGED: closed, as far as an idea is concerned.
    state: node.state === 'OPEN' ? 'open' : 'closed',
    title: node.title,
    url: node.url,
    labels: (node.labels?.nodes ?? []).flatMap((label) => label?.name ?? []),
    assignees: (node.assignees?.nodes ?? []).flatMap((user) => user?.login ?? []),
    updatedAt: node.updatedAt,
  };
}
