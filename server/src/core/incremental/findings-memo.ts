import type { RuleSetting } from '../config/config';
import type { Field, Idea, IdeasDocument } from '../model/types';
import type { Finding } from '../rules/finding';
import { findingOf, type IdeaRule } from '../rules/rule';
import type { Anchor } from '../text/anchored-range';

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
}

/**
 * The findings of every per-idea rule for each idea, remembered for as long as the memo lives (one
 * per document, `DocumentState`). They are kept by the idea's fields: the section reader gives the
 * very same array only while the idea's section is untouched and read with the same template, and
 * then, under the same line breaks and rule settings, rules that look only at those lines find the
 * same, wherever the section moved. A keystroke re-checks only the idea it touched.
 */
export class IdeaFindings {
  private readonly found = new WeakMap<Field[], Found>();

  /** `anchor`: what the idea's ranges count their lines from (`SectionReader.anchorOfFields`). */
  of(doc: IdeasDocument, idea: Idea, rules: IdeaRules, anchor: Anchor): Finding[] {
    const known = this.found.get(idea.fields);
    if (known?.eol === doc.eol && known.rulesKey === rules.key) return known.findings;
    const findings = rules.rules.flatMap((rule) => rule.checkIdea(doc, idea).map((each) => findingOf(rule, each, rules.settings[rule.id], () => anchor)));
    this.found.set(idea.fields, { eol: doc.eol, rulesKey: rules.key, findings });
    return findings;
  }
}
