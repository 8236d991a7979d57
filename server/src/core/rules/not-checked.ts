import type { Finding, Severity } from './finding';
import type { Rule } from './rule';

/**
 * A document the host did not lint: longer than it will read, or its lint ran past the time
 * budget and was stopped. The host raises it, since only the host knows its limits; lint() itself
 * never stops, so the rule finds nothing in a model. It is a rule so that it has a severity and a
 * page, and a configuration may turn it off like any other.
 */
export const notChecked: Rule = {
  id: 'not-checked',
  defaultSeverity: 'info',
  description: 'A document Ideas Author did not check: too long to read, or its check took longer than the time budget.',
  check: () => [],
};

/** The one finding of a document left unchecked, on its first line; none when the rule is off. */
export function notCheckedFinding(reason: string, options: { rules?: Record<string, Severity | 'off'> }): Finding[] {
  const setting = options.rules?.[notChecked.id];
  if (setting === 'off') return [];
  const start = { line: 0, character: 0 };
  return [{ rule: notChecked.id, severity: setting ?? notChecked.defaultSeverity, message: `Not checked: ${reason}.`, range: { start, end: start }, fixes: [] }];
}
