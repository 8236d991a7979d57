import { readTextFile } from '../core';
import type { Diff } from './git';

/** The files the triggering event changed, or, when they cannot be known, why every list is reported. */
export type ChangedFiles = { files: ReadonlySet<string> } | { files?: undefined; reason: string };

const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * From the event GitHub wrote to `GITHUB_EVENT_PATH`: a pull request's base and head, a push's
 * `before` and `after`, diffed with `diff`. Any other event, or a diff that fails (a shallow
 * checkout lacks the base), gives a reason instead, and the caller reports every list.
 */
export function changedFiles(env: NodeJS.ProcessEnv, diff: Diff): ChangedFiles {
  const name = env.GITHUB_EVENT_NAME;
  const path = env.GITHUB_EVENT_PATH;
  if (!name || !path) return { reason: 'no GitHub event (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH)' };
  let event: Event;
  try {
    event = JSON.parse(readTextFile(path).text) as Event;
  } catch (error) {
    return { reason: `the event file ${path} could not be read: ${(error as Error).message}` };
  }
  const commits = name.startsWith('pull_request') ? [event?.pull_request?.base?.sha, event?.pull_request?.head?.sha] : name === 'push' ? [event?.before, event?.after] : undefined;
  if (commits === undefined) return { reason: `a ${name} event changes no files of its own` };
  const [base, head] = commits;
  if (typeof base !== 'string' || typeof head !== 'string' || !COMMIT.test(base) || !COMMIT.test(head)) return { reason: `the ${name} event names no base and head commits` };
  // A push that creates a branch has no commit before it.
  if (/^0+$/.test(base)) return { reason: `the ${name} created the branch: no earlier commit to compare with` };
  try {
    return { files: new Set(diff(base, head)) };
  } catch (error) {
    return { reason: `git diff ${base.slice(0, 7)}...${head.slice(0, 7)} failed (${(error as Error).message}); check out with fetch-depth: 0` };
  }
}

/** The parts of the event payloads read here; any of them may be missing from a stranger event. */
interface Event {
  pull_request?: { base?: { sha?: unknown }; head?: { sha?: unknown } };
  before?: unknown;
  after?: unknown;
}
