import type { RuleSetting } from '../config/config';
import type { Finding } from '../rules/finding';
import type { Field, Idea, IdeasDocument } from '../model/types';
import { findingOf, type IdeaRule } from '../rules/rule';
import { anchorOf } from '../model/section-reading';

/** The per-idea rules in force and how they are configured, with a key that names both. */
export interface IdeaRules {
  rules: IdeaRule[];
  settings: Record<string, RuleSetting>;
  key: string;
}

export function ideaRulesOf(rules: IdeaRule[], settings: Record<string, RuleSetting> = {}): IdeaRules {
  const active = rules.filter((rule) => settings[rule.id] !== 'off');
  return { rules: active, settings, key: active.map((rule) => `${rule.id}=${settings[rule.id] ?? ''}`).join() };
}

/** One idea's findings and what they were found under. */
interface Found {
  eol: string;
  rulesKey: string;
  /** Anchored to the idea's section: they move with it. */
  findings: Finding[];
  /** The section's line when they were found: moved since, the findings of rules that name lines are found again. */
  line: number;
}

/**
 * By the idea's fields: section-reading gives the very same array only while the idea's section is
 * untouched, at the same lines, and read with the same template.
 */
const found = new WeakMap<Field[], Found>();

/**
 * The findings of every per-idea rule for one idea, remembered: with the same fields the idea's
 * lines are unchanged, and under the same line breaks and rule settings, rules that look only at
 * those lines find the same. A keystroke re-checks only the idea it touched.
 */
export function ideaFindings(doc: IdeasDocument, idea: Idea, rules: IdeaRules): Finding[] {
  const anchor = anchorOf(idea.fields);
  const known = found.get(idea.fields);
  const valid = known?.eol === doc.eol && known.rulesKey === rules.key;
  if (valid && known.line === anchor.line) return known.findings;
  const findings = rules.rules.flatMap((rule) =>
    valid && !rule.namesLines
      ? known.findings.filter((each) => each.rule === rule.id)
      : rule.checkIdea(doc, idea).map((each) => findingOf(rule, each, rules.settings[rule.id], anchor)),
  );
  found.set(idea.fields, { eol: doc.eol, rulesKey: rules.key, findings, line: anchor.line });
  return findings;
}
