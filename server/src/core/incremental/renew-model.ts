import { headingsUnder } from '../model/headings';
import type { Field, Heading, Idea, IdeasDocument, Project } from '../model/types';
import { ideaIndex, projectIndex } from '../model/lookup';

/**
 * The ideas and projects with the fields in `reread` and the headings in `renamed`, what each
 * changed idea and project became, and which ideas name a renamed heading (`naming`). The model is a graph (an idea names its project, a project its ideas), so a
 * project that holds a changed idea is copied with all its ideas; the last result's objects stay
 * as they were. Only what changed is visited, unless a heading was renamed: any idea may name it.
 */
export function renewModel(
  was: IdeasDocument,
  reread: Map<Idea, Field[]>,
  renamed: Map<Heading, Heading>,
): { ideas: Idea[]; projects: Project[]; renewed: Map<Idea, Idea>; copies: Map<Project, Project>; naming: Set<Idea> } {
  const now = (heading: Heading) => renamed.get(heading) ?? heading;
  const names = (idea: Idea) => renamed.has(idea.heading) || (idea.parent !== undefined && renamed.has(idea.parent)) || (idea.group !== undefined && renamed.has(idea.group));
  const renewed = new Map<Idea, Idea>();
  const renew = (idea: Idea, project?: Project) => {
    const heading = now(idea.heading);
    const copy: Idea = { ...idea, title: heading.title, heading, fields: reread.get(idea) ?? idea.fields };
    if (idea.parent) copy.parent = now(idea.parent);
    if (idea.group) copy.group = now(idea.group);
    if (project) copy.project = project;
    renewed.set(idea, copy);
  };
  // The ideas to renew: those reread, and those that name a renamed heading, which all lie in
  // its section (a parent or group is the nearest shallower heading, so nothing shallower is
  // between); projects with either, or whose heading or section heading was renamed.
  const naming = new Set<Idea>();
  const copied = new Set<Project>();
  for (const heading of renamed.keys()) {
    const line = heading.range.start.line;
    const last = (headingsUnder(was, heading).at(-1) ?? heading).range.start.line;
    for (let i = ideaIndex(was.ideas, heading); i < was.ideas.length && was.ideas[i].heading.range.start.line <= last; i++) {
      if (names(was.ideas[i])) naming.add(was.ideas[i]);
    }
    for (let i = projectIndex(was.projects, line); i < was.projects.length && was.projects[i].heading.range.start.line <= last; i++) {
      const project = was.projects[i];
      if (project.heading === heading || project.section === heading) copied.add(project);
    }
  }
  const changed = new Set([...reread.keys(), ...naming]);
  for (const idea of changed) if (idea.project) copied.add(idea.project);
  const copies = new Map<Project, Project>();
  for (const project of copied) {
    const heading = now(project.heading);
    const copy: Project = { ...project, title: heading.title, heading, ideas: [] };
    if (project.section) copy.section = now(project.section);
    for (const idea of project.ideas) {
      renew(idea, copy);
      copy.ideas.push(renewed.get(idea)!);
    }
    copies.set(project, copy);
  }
  const projects = copies.size === 0 ? was.projects : was.projects.map((project) => copies.get(project) ?? project);
  // Ideas outside any project.
  for (const idea of changed) if (!renewed.has(idea)) renew(idea);
  const ideas = was.ideas.slice();
  for (const [old, idea] of renewed) ideas[ideaIndex(was.ideas, old.heading)] = idea;
  return { ideas, projects, renewed, copies, naming };
}
