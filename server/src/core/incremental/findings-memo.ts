import type { RuleSetting } from '../config/config';
import type { Field, Idea, IdeasDocument } from '../model/types';
import type { Finding } from '../rules/finding';
import { findingOf, type IdeaRule } from '../rules/rule';
import type { Anchor } from '../text/anchored-range';
import type { Range } from '../text/range';

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
  /** The idea's title: a lifted sub-heading's fields keep their array when the idea's own heading is renamed. */
  title: string;
  eol: string;
  rulesKey: string;
  /** The list's house style they were judged against (`HouseStyle.key`). */
  styleKey: string;
  /** Anchored to the idea's section: they move with it. */
  findings: Finding[];
}

/**
 * The findings of every per-idea rule for each idea, remembered for as long as the memo lives (one
 * per document, `DocumentState`). They are kept by the idea's fields: the section reader gives the
 * very same array only while the idea's section is untouched and read with the same template, and
 * then, under the same line breaks and rule settings, rules that look only at those lines find the
 * same, wherever the section moved. A keystroke re-checks only the idea it touched, and, when the
 * list's house style changed, the rules that judge against it in every idea.
 */
export class IdeaFindings {
  private readonly found = new WeakMap<Field[], Found>();

  /** `anchorFor`: what each of the findings' ranges counts its lines from. */
  of(doc: IdeasDocument, idea: Idea, rules: IdeaRules, anchorFor: (range: Range) => Anchor): Finding[] {
    const known = this.found.get(idea.fields);
    const valid = known?.eol === doc.eol && known.rulesKey === rules.key && known.title === idea.title;
    if (valid && known.styleKey === doc.style.key) return known.findings;
    const findings = rules.rules.flatMap((rule) =>
      valid && !rule.judgesStyle
        ? known.findings.filter((each) => each.rule === rule.id)
        : rule.checkIdea(doc, idea).map((each) => findingOf(rule, each, rules.settings[rule.id], anchorFor)),
    );
    this.found.set(idea.fields, { title: idea.title, eol: doc.eol, rulesKey: rules.key, styleKey: doc.style.key, findings });
    return findings;
  }
}
