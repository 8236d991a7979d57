import type { Related } from './finding';
import type { Idea, IdeasDocument, Mentor, Project } from '../model/types';
import { isPlaceholderMentor } from './placeholder';
import type { Rule, RuleFinding, RuleOptions } from './rule';

/**
 * A mentor on more ideas of one list than `maxIdeasPerMentor`, a project with more ideas than
 * `maxIdeasPerProject` (`.ideasrc.json`; both off when absent). It counts across the whole list,
 * so it is a document rule, run again on every edit; without either key it returns at once.
 */
export const ideaLoad: Rule = {
  id: 'idea-load',
  defaultSeverity: 'warning',
  description: 'A mentor on more ideas of one list than `maxIdeasPerMentor`, or a project with more ideas than `maxIdeasPerProject` (.ideasrc.json; off without them).',
  check(doc: IdeasDocument, options: RuleOptions = {}) {
    const found: RuleFinding[] = [];
    if (options.maxIdeasPerMentor !== undefined) found.push(...mentorsOverLimit(doc, options.maxIdeasPerMentor));
    if (options.maxIdeasPerProject !== undefined) for (const project of doc.projects) found.push(...projectOverLimit(project, options.maxIdeasPerProject));
    return found;
  },
};

/** One mention of a mentor: the idea and where it names them. */
interface Mention {
  idea: Idea;
  mentor: Mentor;
}

const normalName = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Every mentor's mentions, one per idea, keyed by handle (case aside), else by name (case and
 * spacing aside): a mentor written once without the handle the list gives them elsewhere with the
 * same name counts as that handle. A placeholder (`Name (@github-handle)`, `TBD`) is no one.
 */
function mentionsByMentor(doc: IdeasDocument): Map<string, Mention[]> {
  const all: Mention[] = [];
  for (const idea of doc.ideas) {
    for (const field of idea.fields) for (const mentor of field.mentors ?? []) if (!isPlaceholderMentor(idea, field, mentor)) all.push({ idea, mentor });
  }
  const handleOfName = new Map<string, string>();
  for (const { mentor } of all) if (mentor.handle && mentor.name && !handleOfName.has(normalName(mentor.name))) handleOfName.set(normalName(mentor.name), mentor.handle.toLowerCase());
  const byKey = new Map<string, Mention[]>();
  const counted = new Map<string, Idea>();
  for (const mention of all) {
    const { mentor } = mention;
    const name = normalName(mentor.name ?? mentor.text);
    const handle = mentor.handle?.toLowerCase() ?? handleOfName.get(name);
    const key = handle !== undefined ? `@${handle}` : `name:${name}`;
    if (name === '' && handle === undefined) continue;
    // Twice in one idea (two mentor fields, or written twice) is one idea.
    if (counted.get(key) === mention.idea) continue;
    counted.set(key, mention.idea);
    const mentions = byKey.get(key);
    if (mentions) mentions.push(mention);
    else byKey.set(key, [mention]);
  }
  return byKey;
}

/** How a finding names a mentor: `@handle`, else `"Name"`, as the first mention writes them. */
const shown = (mentions: Mention[]): string => {
  const handled = mentions.find(({ mentor }) => mentor.handle)?.mentor;
  return handled ? `@${handled.handle}` : `"${(mentions[0].mentor.name ?? mentions[0].mentor.text).trim()}"`;
};

const ideas = (count: number) => `${count} idea${count === 1 ? '' : 's'}`;

/**
 * One finding on each idea beyond the allowed number, on the mentor's mention there, pointing at
 * the ideas within the allowance: each is a place to act (move the idea to another mentor), and
 * each can be turned off on its own line.
 */
function mentorsOverLimit(doc: IdeasDocument, max: number): RuleFinding[] {
  const found: RuleFinding[] = [];
  for (const mentions of mentionsByMentor(doc).values()) {
    if (mentions.length <= max) continue;
    const message = `Mentor ${shown(mentions)} is on ${ideas(mentions.length)} of this list; the program allows ${max}.`;
    const related: Related[] = mentions.slice(0, max).map(({ idea, mentor }, i) => ({ range: mentor.range, message: `idea ${i + 1} of ${mentions.length}: "${idea.title}"` }));
    for (const { mentor } of mentions.slice(max)) found.push({ message, range: mentor.range, related, fixes: [] });
  }
  return found;
}

/** One finding on the project's heading, pointing at the ideas beyond the allowance. */
function projectOverLimit(project: Project, max: number): RuleFinding[] {
  const count = project.ideas.length;
  if (count <= max) return [];
  const related: Related[] = project.ideas.slice(max).map((idea, i) => ({ range: idea.heading.range, message: `idea ${max + i + 1} of ${count}: "${idea.title}"` }));
  return [{ message: `Project "${project.title}" has ${ideas(count)}; the program allows ${max}.`, range: project.heading.range, related, fixes: [] }];
}
