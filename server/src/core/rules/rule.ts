import { anchoredCopy, type Anchor } from '../text/anchored-range';
import type { Finding, Severity } from './finding';
import type { MaintainerLists } from '../maintainers/maintainer-lists';
import type { Idea, IdeasDocument, Project } from '../model/types';
import type { Range } from '../text/range';

/**
 * A finding as a rule reports it; lint() adds the rule id and the severity. A rule may raise the
 * severity of one finding over its default (a near miss); a configured severity still wins.
 */
export type RuleFinding = Omit<Finding, 'rule' | 'severity'> & { severity?: Severity };

/** What `.ideasrc.json` tells the rules beyond severities: the limits idea-load checks (both off when absent), the maintainers mentor-not-maintainer checks against. */
export interface RuleOptions {
  /** The most ideas of one list a mentor may be on. */
  maxIdeasPerMentor?: number;
  /** The most ideas a project may have. */
  maxIdeasPerProject?: number;
  /** The maintainers files `maintainers` names, as read with the configuration (off when absent). */
  maintainerLists?: MaintainerLists;
}

/** A rule is data plus a pure function of the model (and, for a rule that needs them, of the options). */
export interface Rule {
  /** Kebab-case and stable: it is the diagnostic code, the config key and docs/rules/<id>.md. */
  id: string;
  defaultSeverity: Severity;
  description: string;
  /**
   * The rule reads only code blocks and the lines this pattern finds: an edit that touches no code
   * block and has no such line in its old or new text leaves its findings as they were.
   */
  lines?: RegExp;
  /** It judges against the list's house style (`doc.style`): when that changes, it judges every idea again. */
  judgesStyle?: boolean;
  check(doc: IdeasDocument, options?: RuleOptions): RuleFinding[];
}

/** A rule that judges each idea on its own, from the idea's lines: lint remembers its findings per idea. */
export interface IdeaRule extends Rule {
  checkIdea(doc: IdeasDocument, idea: Idea): RuleFinding[];
}

export const isIdeaRule = (rule: Rule): rule is IdeaRule => 'checkIdea' in rule;

/**
 * A rule on the outline: it looks only at headings (level, title, place, whether blocks follow
 * them) and at which of them are ideas, and judges each project on its own, from the headings in
 * its section, and the ideas outside any project. An edit that changes no heading and no idea's
 * place leaves its findings as they were; one that renames a heading changes those of its project.
 */
export interface ProjectRule extends Rule {
  checkProject(doc: IdeasDocument, project: Project): RuleFinding[];
  /** The ideas outside any project. */
  checkOutside?(doc: IdeasDocument): RuleFinding[];
}

export const isProjectRule = (rule: Rule): rule is ProjectRule => 'checkProject' in rule;

export function projectRule(rule: Omit<ProjectRule, 'check'>): ProjectRule {
  return { ...rule, check: (doc) => doc.projects.flatMap((project) => rule.checkProject(doc, project)).concat(rule.checkOutside?.(doc) ?? []) };
}

export function ideaRule(rule: Omit<IdeaRule, 'check'>): IdeaRule {
  return { ...rule, check: (doc) => doc.ideas.flatMap((idea) => rule.checkIdea(doc, idea)) };
}

/**
 * A rule's finding with its id and severity: the configured one, else the finding's, else the
 * rule's default. Its ranges are copies that move with the section each lies in: `anchorFor`
 * gives the anchor of a range (`SectionReader.anchorOf`), so an edit above moves the finding
 * without touching it.
 */
export function findingOf(rule: Rule, found: RuleFinding, setting: Severity | 'off' | undefined, anchorFor: (range: Range) => Anchor): Finding {
  const severity = setting === undefined || setting === 'off' ? (found.severity ?? rule.defaultSeverity) : setting;
  return anchoredFinding({ ...found, rule: rule.id, severity }, anchorFor);
}

/** A copy of `finding` whose every range (its own, its fixes', its related places') moves with the anchor `anchorFor` gives it. */
export function anchoredFinding(finding: Finding, anchorFor: (range: Range) => Anchor): Finding {
  const copy = (range: Range) => anchoredCopy(range, anchorFor(range));
  const fixes = finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, range: copy(edit.range) })) }));
  const anchored: Finding = { ...finding, range: copy(finding.range), fixes };
  if (finding.related) anchored.related = finding.related.map((place) => ({ ...place, range: copy(place.range) }));
  return anchored;
}
