import type { Finding, Severity } from '../finding';
import type { IdeasDocument } from '../model';

/**
 * A finding as a rule reports it; lint() adds the rule id and the severity. A rule may raise the
 * severity of one finding over its default (a near miss); a configured severity still wins.
 */
export type RuleFinding = Omit<Finding, 'rule' | 'severity'> & { severity?: Severity };

/** A rule is data plus a pure function of the model. */
export interface Rule {
  /** Kebab-case and stable: it is the diagnostic code, the config key and docs/rules/<id>.md. */
  id: string;
  defaultSeverity: Severity;
  description: string;
  check(doc: IdeasDocument): RuleFinding[];
}

/** Where a rule's documentation page lives, for diagnostics and SARIF. */
export function ruleDocsUrl(id: string): string {
  return `https://github.com/ideas-author/ideas-author/blob/main/docs/rules/${id}.md`;
}
