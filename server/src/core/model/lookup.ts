import { headingsUnder } from './headings';
import type { Heading, Idea, IdeasDocument, Project } from './types';
import { firstFromLine } from '../text/sorted';

/** The idea under a heading, found by line among ideas in document order. */
export function ideaOf(ideas: Idea[], heading: Heading): Idea | undefined {
  const at = ideaIndex(ideas, heading);
  return ideas[at]?.heading === heading ? ideas[at] : undefined;
}

/** Where the idea under `heading` is, or would be, among ideas in document order. */
export const ideaIndex = (ideas: Idea[], heading: Heading): number => firstFromLine(ideas, heading.range.start.line, (idea) => idea.heading.range.start.line);

/** Where the first project whose heading is at or after `line` is, among projects in document order. */
export const projectIndex = (projects: Project[], line: number): number => firstFromLine(projects, line, (project) => project.heading.range.start.line);

/** The project whose section holds `heading` (or whose heading it is). */
export function projectAround(doc: IdeasDocument, heading: Heading): Project | undefined {
  const project = doc.projects[projectIndex(doc.projects, heading.range.start.line + 1) - 1];
  return project && (project.heading === heading || headingsUnder(doc, project.heading).includes(heading)) ? project : undefined;
}

/**
 * The lines where a project's outline findings lie: its ideas' headings (an idea at the project's
 * own level lies past its section) and the headings in its section. Ideas outside any project may
 * lie between them, and their findings are not the project's.
 */
export function linesOfProject(doc: IdeasDocument, project: Project): Set<number> {
  const lines = new Set(project.ideas.map((idea) => idea.heading.range.start.line));
  for (const heading of headingsUnder(doc, project.heading)) lines.add(heading.range.start.line);
  return lines;
}
