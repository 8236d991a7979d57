import { headingsUnder } from '../model/headings';
import { projectRule } from './rule';

export const emptyIdea = projectRule({
  id: 'empty-idea',
  defaultSeverity: 'warning',
  description: 'An idea heading under a project with nothing under it (`#### TODO`).',
  checkProject(doc, project) {
    const ideaHeadings = new Set(project.ideas.map((idea) => idea.heading));
    const under = headingsUnder(doc, project.heading);
    return under.flatMap((heading, index) => {
      if (heading.depth !== doc.ideaDepth || ideaHeadings.has(heading) || heading.hasContent) return [];
      // A heading whose next heading is deeper groups ideas (a SIG): it is not an idea itself.
      if (under[index + 1]?.depth > heading.depth) return [];
      // Right under the project, not under a heading of its own between.
      if (under.slice(0, index).some((earlier) => earlier.depth < heading.depth)) return [];
      return [
        {
          message: `"${heading.title || '(untitled)'}" under project "${project.title}" is an idea heading with no fields.`,
          range: heading.range,
          fixes: [],
        },
      ];
    });
  },
});
