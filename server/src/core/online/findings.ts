import type { LintOptions } from '../lint';
import { suppressor } from '../model/directives';
import type { IdeasDocument } from '../model/types';
import type { Finding } from '../rules/finding';
import { plain } from '../workspace/types';
import { issueState } from './issue-state';
import { mentorAccount } from './mentor-account';
import type { OnlineRule } from './rule';
import type { OnlineStates } from './states';

/** The rules on what GitHub says, in the order their findings are made. */
export const onlineRules: readonly OnlineRule[] = [issueState, mentorAccount];

/**
 * The findings of the online rules for one list, given what is known (a key with no state gives
 * nothing), with the severities and `off` of `options.rules` and the list's `ideas-disable`
 * directives honoured; sorted by position. Ranges are plain copies: they do not move with the
 * document's sections. `knownHandles`: the workspace's handles, for the closest-handle suggestion.
 */
export function onlineFindings(doc: IdeasDocument, states: OnlineStates, options: LintOptions = {}, knownHandles: readonly string[] = []): Finding[] {
  const suppressed = suppressor(doc);
  const found: Finding[] = [];
  for (const rule of onlineRules) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    for (const each of rule.checkOnline(doc, states, knownHandles)) {
      if (suppressed(rule.id, each.range.start.line)) continue;
      const fixes = each.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, range: plain(edit.range) })) }));
      found.push({ rule: rule.id, severity: setting ?? each.severity ?? rule.defaultSeverity, message: each.message, range: plain(each.range), fixes });
    }
  }
  return found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
