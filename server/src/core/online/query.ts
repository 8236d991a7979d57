import { issueRefUrl, keyOfField } from '../export/idea-export';
import { isValidHandle } from '../model/handles';
import type { Idea, IdeasDocument, IssueRef, Mentor } from '../model/types';
import { placeholder } from '../rules/placeholder';
import type { RuleFinding } from '../rules/rule';
import { comparePositions, type Range } from '../text/range';
import type { OnlineQuery } from './states';

/** An issue on github.com that an idea links, as the online check asks for it. */
export interface LinkedIssue {
  ref: IssueRef;
  /** As written (`org/repo#N` as its address): how messages name it. */
  url: string;
  /** `github.com/<owner>/<repo>/issues/<n>` in lower case, as `issueKey` (workspace/workspace-rules.ts) gives it, without a comment's `#issuecomment-N`: the state is the issue's. */
  key: string;
  owner: string;
  repo: string;
  number: number;
}

/** What a list asks of GitHub: the github.com issues its ideas link (URLs and `org/repo#N`), each once, and its mentors' handles, each once whatever their case. */
export function onlineQuery(doc: IdeasDocument): OnlineQuery {
  const issues = new Map<string, OnlineQuery['issues'][number]>();
  const users = new Map<string, string>();
  for (const idea of doc.ideas) {
    const held = placeholderRanges(doc, idea);
    for (const { key, owner, repo, number } of linkedIssues(idea, held)) if (!issues.has(key)) issues.set(key, { key, owner, repo, number });
    for (const { handle } of mentorsWithHandles(idea, held)) if (!users.has(handle.toLowerCase())) users.set(handle.toLowerCase(), handle);
  }
  return { issues: [...issues.values()], users: [...users.values()] };
}

/** `github.com/<owner>/<repo>/issues|pull/<n>` as written; owner and repository as GitHub allows them, so nothing else is ever asked. */
const GITHUB_ISSUE = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9._-]{1,100})\/(?:issues|pulls?)\/(\d{1,9})\/?(?:[?#].*)?$/i;

/** The github.com issues an idea's issues fields link, but those the placeholder rule owns (`org/repo/issues/1`). */
export function linkedIssues(idea: Idea, held: readonly Range[]): LinkedIssue[] {
  const linked: LinkedIssue[] = [];
  for (const field of idea.fields) {
    if (!field.template || keyOfField(field.template) !== 'issues') continue;
    for (const ref of field.issues ?? []) {
      const url = issueRefUrl(ref);
      const parts = url === undefined ? null : GITHUB_ISSUE.exec(url);
      if (!url || !parts || held.some((range) => within(ref.range, range))) continue;
      const [owner, repo, number] = [parts[1], parts[2], Number(parts[3])];
      linked.push({ ref, url, key: `github.com/${owner}/${repo}/issues/${number}`.toLowerCase(), owner, repo, number });
    }
  }
  return linked;
}

/** The mentors of an idea's mentors fields with a valid handle, but the placeholder rule's (`Name (@github-handle)`). */
export function mentorsWithHandles(idea: Idea, held: readonly Range[]): (Mentor & { handle: string; handleRange: Range })[] {
  return idea.fields
    .flatMap((field) => (field.template && keyOfField(field.template) === 'mentors' ? (field.mentors ?? []) : []))
    .filter((mentor): mentor is Mentor & { handle: string; handleRange: Range } => mentor.handle !== undefined && mentor.handleRange !== undefined && isValidHandle(mentor.handle))
    .filter((mentor) => !held.some((range) => within(mentor.handleRange, range)));
}

/** Where the idea holds a placeholder: one rule owns placeholders, and GitHub is not asked about them. */
export const placeholderRanges = (doc: IdeasDocument, idea: Idea): Range[] => placeholder.checkIdea(doc, idea).map((found: RuleFinding) => found.range);

const within = (inner: Range, outer: Range): boolean => comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
