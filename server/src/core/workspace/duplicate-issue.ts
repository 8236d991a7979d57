import type { Related } from '../rules/finding';
import { MAX_RELATED, plain, relatedIdea, termOf, type WorkspaceIdea, type WorkspaceRule, type WorkspaceRuleFinding } from './types';

/**
 * The same upstream issue linked by two ideas, in one list or across lists and terms. The later
 * idea (by term, then file and line) is reported, naming the earlier ones: a warning within one
 * list, an information when the earlier ideas are all in other lists. Not a duplicate: the
 * same idea copied into two files of one term, and an idea re-proposed under its title in another
 * term, which reproposed-idea reports (`sameIdea`).
 */
export const duplicateIssue: WorkspaceRule = {
  id: 'duplicate-issue',
  defaultSeverity: 'warning',
  description: 'The same upstream issue linked by two ideas, in one list or across lists and terms.',
  workspace: true,
  check: () => [],
  checkWorkspace(ideas) {
    const byKey = new Map<string, WorkspaceIdea[]>();
    const found: WorkspaceRuleFinding[] = [];
    for (const idea of [...ideas].sort((a, b) => a.order - b.order)) {
      const reported = new Set<string>();
      for (const { ref, url, key } of idea.issues) {
        if (reported.has(key)) continue;
        reported.add(key);
        const before = byKey.get(key) ?? [];
        const others = oneCopyEach(before.filter((other) => other !== idea && !sameIdea(idea, other)));
        before.push(idea);
        byKey.set(key, before);
        if (others.length === 0) continue;
        const first = others[0];
        const related: Related[] = others.slice(0, MAX_RELATED).map((other) => relatedIdea(idea, other));
        // Two ideas of one list compete for the issue: a warning. An earlier list's idea with it is
        // most often the same work carried over (a continuation, a re-proposal): worth knowing.
        const competing = others.some((other) => other.file === idea.file);
        const message = `The issue ${url} is also the issue of the idea "${first.idea.title}"${others.length > 1 ? ` and ${others.length - 1} more` : ''}${competing ? '' : ' in an earlier list'}.`;
        found.push({ file: idea.file, message, range: plain(ref.range), related, fixes: [], ...(competing ? {} : { severity: 'info' as const }) });
      }
    }
    return found;
  },
};

/**
 * The same idea twice rather than two ideas with one issue: copied into another file of the same
 * term (the 2020–2022 CNCF terms copied accepted ideas from project_ideas.md into README.md or
 * selected_projects.md, often retitled on the way: `ETW exporter` became `OpenTelemetry C++ SDK
 * ETW exporter`), or re-proposed under its title in another term (reproposed-idea's). Within one
 * file, two ideas are two ideas, whatever their titles (duplicate-idea reports a title twice in a
 * project). Only paths that name a program and term say which files are one term.
 */
function sameIdea(a: WorkspaceIdea, b: WorkspaceIdea): boolean {
  const [ta, tb] = [termOf(a), termOf(b)];
  if (a.file === b.file || ta === undefined || tb === undefined) return false;
  return ta === tb || (a.titleKey !== '' && a.titleKey === b.titleKey);
}

/** The earlier ideas, one of each term's copies of an idea (the same title in one term). */
function oneCopyEach(ideas: WorkspaceIdea[]): WorkspaceIdea[] {
  const seen = new Set<string>();
  return ideas.filter((idea) => {
    const term = termOf(idea);
    if (term === undefined || idea.titleKey === '') return true;
    const key = `${term}\n${idea.titleKey}`;
    return !seen.has(key) && seen.add(key);
  });
}
