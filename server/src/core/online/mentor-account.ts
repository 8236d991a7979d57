import type { Fix } from '../rules/finding';
import type { RuleFinding } from '../rules/rule';
import { replaceRange } from '../rules/text-edits';
import { closestHandle } from './closest-handle';
import { mentorsWithHandles, placeholderRanges } from './query';
import type { OnlineRule } from './rule';

/**
 * A mentor's `@handle` that GitHub has no account for: a typo, or an account renamed or deleted.
 * The closest handle the workspace writes elsewhere is offered in its place.
 */
export const mentorAccount: OnlineRule = {
  id: 'mentor-account',
  defaultSeverity: 'warning',
  description: "A mentor's @handle that is not a GitHub account (with the closest handle of the workspace, when there is one).",
  online: true,
  check: () => [],
  checkOnline(doc, states, knownHandles) {
    const found: RuleFinding[] = [];
    const missing = new Set([...states.users].filter(([, user]) => !user.exists).map(([login]) => login));
    for (const idea of doc.ideas) {
      for (const mentor of mentorsWithHandles(idea, placeholderRanges(doc, idea))) {
        if (states.users.get(mentor.handle.toLowerCase())?.exists !== false) continue;
        const closest = closestHandle(mentor.handle, knownHandles, missing);
        // A guess the author confirms: offered as a quick fix, never applied by fix-all. A link's handle is written twice (`[@h](https://github.com/h)`): one edit would make them disagree.
        const fixes: Fix[] = closest && mentor.handleStyle !== 'link' && mentor.handleStyle !== 'profile-url' ? [{ title: `Replace with @${closest}`, edits: [replaceRange(mentor.handleRange, closest)], needsInput: true }] : [];
        found.push({ message: `@${mentor.handle} is not a GitHub account.${closest ? ` Did you mean @${closest}?` : ''}`, range: mentor.handleRange, fixes });
      }
    }
    return found;
  },
};
