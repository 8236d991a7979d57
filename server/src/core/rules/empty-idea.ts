import type { Heading } from '../model';
import type { Rule } from './rule';

export const emptyIdea: Rule = {
  id: 'empty-idea',
  defaultSeverity: 'warning',
  outline: true,
  description: 'An idea heading under a project with nothing under it (`#### TODO`).',
  check(doc) {
    const projectHeadings = new Set(doc.projects.map((p) => p.heading));
    const ideaHeadings = new Set(doc.ideas.map((i) => i.heading));
    return doc.headings.flatMap((heading, index) => {
      if (heading.depth !== doc.ideaDepth || ideaHeadings.has(heading) || heading.hasContent) return [];
      // A heading whose next heading is deeper groups ideas (a SIG): it is not an idea itself.
      const next = doc.headings[index + 1];
      if (next && next.depth > heading.depth) return [];
      const parent = doc.headings.slice(0, index).reverse().find((h: Heading) => h.depth < heading.depth);
      if (!parent || !projectHeadings.has(parent)) return [];
      return [
        {
          message: `"${heading.title || '(untitled)'}" under project "${parent.title}" is an idea heading with no fields.`,
          range: heading.range,
          fixes: [],
        },
      ];
    });
  },
};
