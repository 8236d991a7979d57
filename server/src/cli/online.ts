import { homedir } from 'node:os';
import { onlineFindings, onlineQuery, type Finding, type IdeasDocument, type LintOptions, type OnlineQuery } from '../core';
import { defaultCacheFile } from '../online/cache';
import { GitHubChecker } from '../online/checker';

/** A linted list, as `--online` checks it. */
export interface OnlineFile {
  doc: IdeasDocument;
  config: LintOptions;
}

/** GitHub's REST API, unless `GITHUB_API_URL` names another (GitHub Enterprise; GitHub Actions sets it). */
const API_URL = 'https://api.github.com';

/**
 * `--online`: what GitHub says of every list's issues and mentors, asked in one query for all the
 * lists (one batched request with a token), kept in the CLI's cache; each list's online findings,
 * in the order of `files`. The token is `GITHUB_TOKEN`'s and goes only to the API's host (the
 * checker's). `problem`: the one line to print when GitHub could not answer everything; what the
 * cache had is judged all the same.
 */
export async function checkOnline(files: readonly OnlineFile[], env: NodeJS.ProcessEnv = process.env): Promise<{ findings: Finding[][]; problem?: string }> {
  const queries = files.map(({ doc }) => onlineQuery(doc));
  // GitHub is asked only what a rule in force for the list will judge.
  const asked = mergeQueries(
    queries.map((query, i) => ({ issues: isOff(files[i], 'issue-state') ? [] : query.issues, users: isOff(files[i], 'mentor-account') ? [] : query.users })),
  );
  if (asked.issues.length === 0 && asked.users.length === 0) return { findings: files.map(() => []) };
  const checker = new GitHubChecker({
    apiUrl: env.GITHUB_API_URL || API_URL,
    ...(env.GITHUB_GRAPHQL_URL ? { graphqlUrl: env.GITHUB_GRAPHQL_URL } : {}),
    ...(env.GITHUB_TOKEN ? { token: env.GITHUB_TOKEN } : {}),
    cacheFile: defaultCacheFile(env, homedir()),
  });
  const answer = await checker.check(asked);
  // The handles the lists write, for the closest-handle suggestion: the workspace is the lists given.
  const knownHandles = mergeQueries(queries).users;
  const findings = files.map(({ doc, config }) => onlineFindings(doc, answer, config, knownHandles));
  return answer.problem === undefined ? { findings } : { findings, problem: answer.problem };
}

const isOff = (file: OnlineFile, rule: string): boolean => file.config.rules?.[rule] === 'off';

/** The lists' queries as one: each issue (by key) and each handle (case aside) once. */
export function mergeQueries(queries: readonly OnlineQuery[]): OnlineQuery {
  const issues = new Map<string, OnlineQuery['issues'][number]>();
  const users = new Map<string, string>();
  for (const query of queries) {
    for (const issue of query.issues) if (!issues.has(issue.key)) issues.set(issue.key, issue);
    for (const user of query.users) if (!users.has(user.toLowerCase())) users.set(user.toLowerCase(), user);
  }
  return { issues: [...issues.values()], users: [...users.values()] };
}
