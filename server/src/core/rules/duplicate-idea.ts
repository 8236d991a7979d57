import type { Idea } from '../model/types';
import { projectRule } from './rule';

export const duplicateIdea = projectRule({
  id: 'duplicate-idea',
  defaultSeverity: 'warning',
  description: 'Two ideas with the same title in one project.',
  checkProject(_doc, project) {
    const seen = new Map<string, Idea>();
    return project.ideas.flatMap((idea) => {
      const lower = idea.title.toLowerCase();
      const key = /\s\s|[^\S ]/.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, idea);
        return [];
      }
      return [
        {
          message: `Project "${project.title}" already has an idea "${idea.title}".`,
          range: idea.heading.range,
          related: [{ range: first.heading.range, message: `the first idea "${first.title}"` }],
          fixes: [],
        },
      ];
    });
  },
});
