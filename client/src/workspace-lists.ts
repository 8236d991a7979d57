import type { ListIdea, ListSummary } from '../../server/src/protocol';
import { mentorText } from './idea-items';

/** One program and term of the workspace view, its lists in path order. */
export interface TermGroup {
  label: string;
  lists: ListSummary[];
}

const OTHER = 'Other lists';

/**
 * The lists grouped by program and term (`lfx-mentorship 2025/03-Sep-Nov`), programs in name
 * order, the newest term first, lists whose path names no term last; with `filter`, only the
 * ideas it matches (title, project, a mentor's name or handle, any case) and the lists that have one.
 */
export function termGroups(lists: readonly ListSummary[], filter = ''): TermGroup[] {
  const groups = new Map<string, { program: string; term: string; lists: ListSummary[] }>();
  for (const list of filtered(lists, filter)) {
    const label = list.program === null ? OTHER : list.term === null ? list.program : `${list.program} ${list.term}`;
    const group = groups.get(label) ?? { program: list.program ?? '\uffff', term: list.term ?? '', lists: [] };
    group.lists.push(list);
    groups.set(label, group);
  }
  return [...groups]
    .sort(([, a], [, b]) => compare(a.program, b.program) || compare(b.term, a.term))
    .map(([label, group]) => ({ label, lists: group.lists.sort((a, b) => compare(a.path, b.path)) }));
}

/** The lists with only the ideas `filter` matches; all of them, whole, when it is empty. */
export function filtered(lists: readonly ListSummary[], filter: string): ListSummary[] {
  const wanted = filter.trim().toLowerCase();
  if (wanted === '') return [...lists];
  return lists.map((list) => ({ ...list, ideas: list.ideas.filter((idea) => matches(idea, wanted)) })).filter((list) => list.ideas.length > 0);
}

function matches(idea: ListIdea, wanted: string): boolean {
  const texts = [idea.title, idea.project ?? '', ...idea.mentors.flatMap((mentor) => [mentor.name ?? '', mentor.handle ? `@${mentor.handle}` : ''])];
  return texts.some((text) => text.toLowerCase().includes(wanted));
}

/** The projects of a list in order of first appearance, each with its ideas; ideas under no project under ''. */
export function projectsOf(list: ListSummary): { project: string; ideas: ListIdea[] }[] {
  const projects = new Map<string, ListIdea[]>();
  for (const idea of list.ideas) {
    const key = idea.project ?? '';
    projects.set(key, [...(projects.get(key) ?? []), idea]);
  }
  return [...projects].map(([project, ideas]) => ({ project, ideas }));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

/** A mentor as counted: by handle, any case, else by name. */
const mentorKey = (mentor: ListIdea['mentors'][number]) => (mentor.handle ? `@${mentor.handle.toLowerCase()}` : (mentor.name ?? '').toLowerCase());

/**
 * "Show Workspace Summary": per list, its ideas, projects, mentors, problems, ideas per project and
 * the mentor on most ideas, as a markdown table a program admin reads at a glance.
 */
export function summaryMarkdown(lists: readonly ListSummary[]): string {
  const rows = [...lists].sort((a, b) => compare(a.path, b.path));
  const ideas = rows.reduce((sum, list) => sum + list.ideas.length, 0);
  const problems = rows.reduce((sum, list) => sum + list.problems, 0);
  const lines = [
    '# Ideas lists of the workspace',
    '',
    `${plural(rows.length, 'list')}, ${plural(ideas, 'idea')}, ${plural(problems, 'problem')}.`,
    '',
    '| List | Program | Term | Ideas | Projects | Mentors | Problems | Ideas per project | Mentor on most ideas |',
    '|---|---|---|---:|---:|---:|---:|---|---|',
  ];
  for (const list of rows) {
    const projects = projectsOf(list).sort((a, b) => b.ideas.length - a.ideas.length);
    const mentors = new Map<string, { shown: string; ideas: number }>();
    for (const idea of list.ideas) {
      for (const key of new Set(idea.mentors.map(mentorKey).filter(Boolean))) {
        const mentor = idea.mentors.find((each) => mentorKey(each) === key)!;
        const entry = mentors.get(key) ?? { shown: mentorText(mentor), ideas: 0 };
        entry.ideas++;
        mentors.set(key, entry);
      }
    }
    const busiest = [...mentors.values()].sort((a, b) => b.ideas - a.ideas)[0];
    const perProject = projects.slice(0, 5).map(({ project, ideas: under }) => `${project || '(no project)'} ${under.length}`);
    if (projects.length > 5) perProject.push(`${projects.length - 5} more`);
    const cells = [
      list.path,
      list.program ?? '',
      list.term ?? '',
      String(list.ideas.length),
      String(projects.filter(({ project }) => project !== '').length),
      String(mentors.size),
      String(list.problems),
      perProject.join(', '),
      // One idea each is no one's load.
      busiest && busiest.ideas > 1 ? `${busiest.shown} (${busiest.ideas})` : '',
    ];
    lines.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** A table cell: a pipe or a line break would end it. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
