import type { WorkspaceIndex } from '../host/workspace-index';
import type { IdeaSummary } from '../protocol';

/**
 * Every idea of the workspace for "Find Idea" (`ideas/allIdeas`): open documents and files on disk,
 * as the workspace index holds them, empty ideas (`#### TODO`) included. The client matches them
 * by title, project, mentor name and handle; the server only lists.
 */
export function allIdeas(index: WorkspaceIndex): IdeaSummary[] {
  return index.everyIdea().map((idea) => {
    const summary: IdeaSummary = { uri: idea.uri, title: idea.title, range: idea.range, mentors: idea.mentors.map(mentorOf) };
    if (idea.project !== undefined) summary.project = idea.project;
    if (idea.empty) summary.empty = true;
    return summary;
  });
}

/** A mentor as our requests carry it: name and handle, each only when there is one. */
export function mentorOf({ name, handle }: { name?: string; handle?: string }): IdeaSummary['mentors'][number] {
  const mentor: IdeaSummary['mentors'][number] = {};
  if (name) mentor.name = name;
  if (handle) mentor.handle = handle;
  return mentor;
}
