import type { RuleFinding } from '../rules/rule';
import { linkedIssues, mentorsWithHandles, placeholderRanges } from './query';
import type { OnlineRule } from './rule';

/**
 * An upstream issue that GitHub says is no open issue for the idea: closed, not there (or not
 * visible to the token), a pull request, or assigned to someone who is none of the idea's mentors
 * (a contributor already took it).
 */
export const issueState: OnlineRule = {
  id: 'issue-state',
  defaultSeverity: 'warning',
  description: 'An upstream issue GitHub says is closed, missing, a pull request, or assigned to someone who is not a mentor of the idea.',
  online: true,
  check: () => [],
  checkOnline(doc, states) {
    const found: RuleFinding[] = [];
    for (const idea of doc.ideas) {
      const held = placeholderRanges(doc, idea);
      const mentors = new Set(mentorsWithHandles(idea, held).map((mentor) => mentor.handle.toLowerCase()));
      for (const { ref, url, key } of linkedIssues(idea, held)) {
        const state = states.issues.get(key);
        if (!state) continue;
        const at = (message: string, severity?: 'info') => found.push({ message: `The issue ${url} ${message}`, range: ref.range, fixes: [], ...(severity ? { severity } : {}) });
        if (state.kind === 'missing') at('was not found, or this token cannot see it.');
        else if (state.kind === 'pull-request') at('is a pull request, not an issue.', 'info');
        else if (state.state === 'closed') at('is closed.');
        else {
          const others = (state.assignees ?? []).filter((login) => !mentors.has(login.toLowerCase()));
          if (others.length > 0) at(`is assigned to ${others.map((login) => `@${login}`).join(', ')}, ${others.length > 1 ? 'who are not mentors' : 'who is not a mentor'} of this idea.`, 'info');
        }
      }
    }
    return found;
  },
};
