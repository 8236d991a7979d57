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
      if (heading.depth !== doc.ideaDepth || ideaHeadings.has(heading)) return [];
      // With blocks of its own, it is an idea gone wrong only among ideas: no field of it could be read.
      if (heading.hasContent && project.ideas.length < 2) return [];
      // A heading whose next heading is deeper groups ideas (a SIG): it is not an idea itself.
      if (under[index + 1]?.depth > heading.depth) return [];
      // Right under the project, not under a heading of its own between.
      if (under.slice(0, index).some((earlier) => earlier.depth < heading.depth)) return [];
      return [
        {
          message: heading.hasContent
            ? `"${heading.title || '(untitled)'}" under project "${project.title}" stands among ideas, but none of its lines reads as a field.`
            : `"${heading.title || '(untitled)'}" under project "${project.title}" is an idea heading with no fields.`,
          range: heading.range,
          fixes: [],
        },
      ];
    });
  },
});
