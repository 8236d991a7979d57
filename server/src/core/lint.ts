import { ChunkedParser } from './parse/chunked-parse';
import { wholeSection, type Section } from './parse/section';
import type { Config } from './config/config';
import { isSuppressed } from './model/directives';
import type { Finding } from './rules/finding';
import { ideaFindings, ideaRulesOf, type IdeaRules } from './incremental/findings-memo';
import { buildModel, readStructure } from './model/build';
import { type IdeasDocument, type Project } from './model/types';
import { parseMarkdown } from './parse/markdown';
import { rules } from './rules';
import { findingOf, isIdeaRule, isProjectRule, type Rule, type RuleFinding } from './rules/rule';
import { readingAsParsed } from './model/section-reading';
import { chooseTemplate } from './template/choice';

/** The template choice and rule severities; `files` plays no part in linting one text. */
export type LintOptions = Omit<Config, 'files'>;

export interface LintResult {
  doc: IdeasDocument;
  findings: Finding[];
}

/**
 * Parses `text`, builds the ideas model and runs every rule; findings come sorted by position.
 * `sections` may be a ChunkedParser's, which reparses only what changed since the last call; the
 * default parses a long text section by section, the same tree as a whole parse, in time that
 * grows with the sections rather than with the square of the lists.
 */
export function lint(text: string, options: LintOptions = {}, sections: (text: string) => Section[] = inSections): LintResult {
  const structure = readStructure(text, sections(text));
  const doc = buildModel(structure, chooseTemplate(structure, options));
  const perIdea = ideaRulesFor(options);
  const found: Finding[] = [];
  for (const idea of doc.ideas) for (const finding of ideaFindings(doc, idea, perIdea)) found.push(finding);
  for (const finding of documentFindings(doc, options)) found.push(finding);
  return { doc, findings: sortFindings(unsuppressed(doc, found)) };
}

/** The per-idea rules in force under `options`. */
export const ideaRulesFor = (options: LintOptions): IdeaRules => ideaRulesOf(rules.filter(isIdeaRule), options.rules);

/** The findings of the rules that judge the document rather than one idea, those `only` accepts. */
export function documentFindings(doc: IdeasDocument, options: LintOptions, only: (rule: Rule) => boolean = () => true): Finding[] {
  return rules.filter((rule) => !isIdeaRule(rule) && only(rule)).flatMap((rule) => configured(rule, options, () => rule.check(doc)));
}

/** The outline rules' findings for one project (`projectRule`). */
export const projectFindings = (doc: IdeasDocument, project: Project, options: LintOptions): Finding[] =>
  rules.filter(isProjectRule).flatMap((rule) => configured(rule, options, () => rule.checkProject(doc, project)));

/** What a rule finds, with the severity the options give it; a rule they turn off is not run. */
function configured(rule: Rule, options: LintOptions, check: () => RuleFinding[]): Finding[] {
  const setting = options.rules?.[rule.id];
  return setting === 'off' ? [] : check().map((finding) => findingOf(rule, finding, setting));
}

/** Without the findings an `ideas-disable` directive turns off. */
export const unsuppressed = (doc: IdeasDocument, findings: Finding[]): Finding[] =>
  findings.filter((finding) => !isSuppressed(doc.directives, finding.rule, finding.range.start.line));

/** Sorted by position; findings at one place keep the order of the rules. */
export const sortFindings = (findings: Finding[]): Finding[] => findings.sort(compareFindings);

export const compareFindings = (a: Finding, b: Finding): number =>
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || rank(a) - rank(b);

/**
 * Below this length a one-shot lint parses the text whole: every parse has a fixed cost, and a
 * short text has too few lists for micromark's copying to matter.
 */
const WHOLE_BELOW = 40_000;

const inSections = (text: string) => (text.length < WHOLE_BELOW ? [wholeSection(text, parseMarkdown(text))] : new ChunkedParser().sections(text, readingAsParsed(text)));

const ranks = new Map(rules.map((rule, i) => [rule.id, i]));
const rank = (finding: Finding) => ranks.get(finding.rule)!;

/** A markdown file is an ideas list when it carries a Template block or several ideas. */
export function isIdeasDocument(doc: IdeasDocument): boolean {
  return doc.templateBlock !== undefined || doc.ideas.length >= 2;
}
