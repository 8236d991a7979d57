import { MAX_RELATED, relatedIdea, termOf, plain, type WorkspaceIdea, type WorkspaceRule, type WorkspaceRuleFinding } from './types';

/**
 * An idea title proposed again in a later term (case, spacing and punctuation left out), named
 * against the earlier proposals, latest first. Only ideas whose path names a program and term
 * (`programs/<program>/<term>…`) are compared: elsewhere, nothing says which came first.
 */
export const reproposedIdea: WorkspaceRule = {
  id: 'reproposed-idea',
  defaultSeverity: 'info',
  description: 'An idea title proposed again in another term.',
  workspace: true,
  check: () => [],
  checkWorkspace(ideas) {
    const byTitle = new Map<string, WorkspaceIdea[]>();
    const found: WorkspaceRuleFinding[] = [];
    for (const idea of [...ideas].sort((a, b) => a.order - b.order)) {
      const term = termOf(idea);
      if (term === undefined || idea.titleKey === '') continue;
      const before = byTitle.get(idea.titleKey) ?? [];
      byTitle.set(idea.titleKey, [...before, idea]);
      // One proposal per earlier term: the term's copies of the idea are the same proposal.
      const earlier = new Map<string, WorkspaceIdea>();
      for (const other of before) if (termOf(other) !== term && !earlier.has(termOf(other)!)) earlier.set(termOf(other)!, other);
      if (earlier.size === 0) continue;
      const latestFirst = [...earlier.values()].reverse();
      const last = latestFirst[0];
      found.push({
        file: idea.file,
        message: `The idea "${idea.idea.title}" was proposed before, in ${termOf(last)}${earlier.size > 1 ? ` and ${earlier.size - 1} earlier term${earlier.size > 2 ? 's' : ''}` : ''}.`,
        range: plain(idea.idea.heading.range),
        related: latestFirst.slice(0, MAX_RELATED).map((other) => relatedIdea(idea, other)),
        fixes: [],
      });
    }
    return found;
  },
};
