import type { IdeaSummary } from '../../server/src/protocol';

/** A Find Idea quick-pick item (vscode.QuickPickItem's fields), with the idea it opens. */
export interface IdeaItem {
  label: string;
  description?: string;
  detail?: string;
  idea: IdeaSummary;
}

/** How a mentor reads in Find Idea: `Jane Doe (@jane)`, `@bob` or `Chidi`. */
export function mentorText(mentor: IdeaSummary['mentors'][number]): string {
  if (mentor.name && mentor.handle) return `${mentor.name} (@${mentor.handle})`;
  if (mentor.handle) return `@${mentor.handle}`;
  return mentor.name ?? '';
}

/**
 * The items of Find Idea: the title as label, the project as description, the mentors (names and
 * `@handles`) and the file as detail. The quick pick matches on all three (matchOnDescription,
 * matchOnDetail), so an idea is found by its title, project, a mentor's name or handle, or its file.
 * `where` gives a uri as the user reads it (the workspace-relative path).
 */
export function ideaItems(ideas: readonly IdeaSummary[], where: (uri: string) => string): IdeaItem[] {
  return ideas.map((idea) => {
    const item: IdeaItem = { label: `$(${idea.empty ? 'circle-large-outline' : 'lightbulb'}) ${idea.title}`, idea };
    if (idea.project) item.description = idea.project;
    const mentors = idea.empty ? 'no fields yet' : idea.mentors.map(mentorText).filter(Boolean).join(', ') || 'no mentors';
    item.detail = `${mentors} · ${where(idea.uri)}`;
    return item;
  });
}
