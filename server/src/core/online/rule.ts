import type { IdeasDocument } from '../model/types';
import type { Rule, RuleFinding } from '../rules/rule';
import type { OnlineStates } from './states';

/**
 * A rule on what GitHub says of a list (its issues, its mentors' accounts): a list's lint never
 * runs it (`check` finds nothing); `onlineFindings` does, given the states the online check
 * fetched, with `--online` in the CLI or `ideas.github.check` in the editor.
 */
export interface OnlineRule extends Rule {
  online: true;
  /** What the states say of the list; a key with no state gives nothing. `knownHandles`: the workspace's handles. */
  checkOnline(doc: IdeasDocument, states: OnlineStates, knownHandles: readonly string[]): RuleFinding[];
}

export const isOnlineRule = (rule: Rule): rule is OnlineRule => 'checkOnline' in rule;
