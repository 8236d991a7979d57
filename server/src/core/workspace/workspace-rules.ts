import type { Config } from '../config/config';
import { programAndTerm } from '../export/program-term';
import { issueRefUrl, keyOfField } from '../export/idea-export';
import { suppressor } from '../model/directives';
import type { IdeasDocument } from '../model/types';
import { isPlaceholderTitle } from '../rules/placeholder';
import type { Finding } from '../rules/finding';
import { duplicateIssue } from './duplicate-issue';
import { mentorIdentity } from './mentor-identity';
import { reproposedIdea } from './reproposed-idea';
import { termStart } from './term-order';
import type { WorkspaceIdea, WorkspaceRule } from './types';

/** The rules across files, in the order their findings are made. */
export const workspaceRules: readonly WorkspaceRule[] = [duplicateIssue, reproposedIdea, mentorIdentity];

/** One linted file: its name as it is to be reported, its model, and the rule severities in force for it. */
export interface WorkspaceFile {
  file: string;
  /** How messages name the file, when not by `file` (the server names lists by uri, and shows them by path). */
  name?: string;
  doc: IdeasDocument;
  options?: Pick<Config, 'rules'>;
}

/**
 * The workspace rules' findings over many linted files, per file in the order given (a file with
 * none has an empty list). Pure: no file is read. A finding takes the severity its own file's
 * options give the rule (`off` drops it), and an `ideas-disable` directive of its file turns it
 * off like any other.
 */
export function checkWorkspace(files: readonly WorkspaceFile[]): { file: string; findings: Finding[] }[] {
  const ideas = workspaceIdeas(files);
  const byFile = new Map<string, Finding[]>(files.map(({ file }) => [file, []]));
  const optionsOf = new Map(files.map((f) => [f.file, f]));
  for (const rule of workspaceRules) {
    // A rule every file turns off is not run.
    if (files.every((f) => f.options?.rules?.[rule.id] === 'off')) continue;
    for (const found of rule.checkWorkspace(ideas)) {
      const { doc, options } = optionsOf.get(found.file)!;
      const setting = options?.rules?.[rule.id];
      if (setting === 'off' || suppressor(doc)(rule.id, found.range.start.line)) continue;
      const finding: Finding = { rule: rule.id, severity: setting ?? found.severity ?? rule.defaultSeverity, message: found.message, range: found.range, fixes: found.fixes, related: found.related };
      byFile.get(found.file)!.push(finding);
    }
  }
  return [...byFile].map(([file, findings]) => ({ file, findings: findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character) }));
}

/** Every idea of the files, ordered in time: terms by when they start, across programs (`termStart`; a path without one first), then file, then line. */
export function workspaceIdeas(files: readonly WorkspaceFile[]): WorkspaceIdea[] {
  const ideas: WorkspaceIdea[] = [];
  for (const { file, name, doc } of files) {
    const { program, term } = programAndTerm(file);
    for (const idea of doc.ideas) {
      const issues = idea.fields
        .filter((field) => field.template && keyOfField(field.template) === 'issues')
        .flatMap((field) => field.issues ?? [])
        .flatMap((ref) => {
          const url = issueRefUrl(ref);
          const key = url === undefined ? undefined : issueKey(url);
          return url === undefined || key === undefined ? [] : [{ ref, url, key }];
        });
      ideas.push({ file, name: name ?? file, doc, idea, program, term, titleKey: isPlaceholderTitle(idea.title) ? '' : titleKey(idea.title), issues, order: 0 });
    }
  }
  const compare = (a: WorkspaceIdea, b: WorkspaceIdea) =>
    termStart(a.term) - termStart(b.term) || cmp(a.term ?? '', b.term ?? '') || cmp(a.file, b.file) || a.idea.heading.range.start.line - b.idea.heading.range.start.line;
  ideas.sort(compare).forEach((idea, i) => (idea.order = i));
  return ideas;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A title as compared: `Add a Dry-Run mode!`, `[add a dry run mode](https://…)` and `add a dry run mode` are one. */
export const titleKey = (title: string): string =>
  title
    // A title written as a link (`[Title](https://mentorship.lfx…)`) is its text.
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();

/**
 * An issue URL as compared, or undefined for a URL that names no one issue (a repository, its
 * issue list, a search, a document): GitHub's `/issues/N` and `/pull/N` (GitHub numbers both alike
 * and redirects one to the other), GitLab's `/-/issues/N` and `/-/merge_requests/N`, Jira's
 * `/browse/KEY-N`. Scheme, `www.`, query, fragment and case are left out, but for GitHub's
 * `#issuecomment-N`, which names one comment of a tracking issue.
 */
export function issueKey(url: string): string | undefined {
  const bare = url
    .toLowerCase()
    .replace(/^[a-z]+:\/\/(?:www\.)?/, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
  const github = /^(github\.com\/[^/]+\/[^/]+)\/(?:issues|pulls?)\/(\d+)$/.exec(bare);
  // A comment is an item of its own: a tracking issue lists one idea a comment (Karmada's community#170).
  const comment = /#issuecomment-\d+$/.exec(url)?.[0] ?? '';
  if (github) return `${github[1]}/issues/${github[2]}${comment}`;
  if (/^[^/]+\/.+\/-\/(?:issues|merge_requests)\/\d+$/.test(bare) || /^[^/]+\/(?:.+\/)?browse\/[a-z][a-z0-9_]*-\d+$/.test(bare)) return bare;
  return undefined;
}
