import { handleOf } from '../maintainers/entry';
import type { IdeasDocument, Project } from '../model/types';
import { isPlaceholderMentor } from './placeholder';
import type { Rule, RuleFinding, RuleOptions } from './rule';

/**
 * A mentor who is not among the maintainers of the idea's project, as the maintainers files of
 * `.ideasrc.json`'s `maintainers` list them: program admins ask for a maintainer's approval of such
 * an idea. It judges the mentors with a valid handle (mentor-handle reports the others) of each
 * idea none of whose mentors is a maintainer: a maintainer on the idea is the approval, and
 * co-mentors who are not are the usual case. A project that no file lists gets one information on
 * its heading, since then there is nothing to judge its mentors by. Off without `maintainers`.
 */
export const mentorNotMaintainer: Rule = {
  id: 'mentor-not-maintainer',
  defaultSeverity: 'warning',
  description: "A mentor whose GitHub handle is not among the maintainers of the idea's project, by the files `maintainers` names in .ideasrc.json (off without them).",
  check(doc: IdeasDocument, options: RuleOptions = {}) {
    const lists = options.maintainerLists;
    if (!lists) return [];
    const found: RuleFinding[] = [];
    for (const project of doc.projects) {
      if (project.ideas.length === 0) continue;
      const maintainers = lists.of(project.title);
      if (!maintainers) {
        found.push(notListed(project, lists.files));
        continue;
      }
      const where = named(maintainers.files);
      for (const idea of project.ideas) {
        const mentors = idea.fields.flatMap((field) =>
          (field.mentors ?? []).filter((mentor) => mentor.handle !== undefined && handleOf(mentor.handle) !== undefined && !isPlaceholderMentor(idea, field, mentor)),
        );
        // An idea with a maintainer among its mentors has the maintainer's word: its co-mentors need none.
        if (mentors.some((mentor) => maintainers.has(mentor.handle!))) continue;
        for (const mentor of mentors) {
          found.push({ message: `@${mentor.handle} is not among the maintainers of ${project.title} in ${where}`, range: mentor.handleRange ?? mentor.range, fixes: [] });
        }
      }
    }
    return found;
  },
};

function notListed(project: Project, files: readonly string[]): RuleFinding {
  return {
    severity: 'info',
    message: `no maintainers listed for ${project.title} in ${named(files)}; if a file names it differently, map the name with "projectAliases" in .ideasrc.json`,
    range: project.heading.range,
    fixes: [],
  };
}

const named = (files: readonly string[]): string => (files.length <= 1 ? (files[0] ?? 'the maintainers files') : `${files.slice(0, -1).join(', ')} or ${files.at(-1)}`);
