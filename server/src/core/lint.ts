import { ChunkedParser, wholeSection, type Section } from './chunked-parse';
import type { Config } from './config';
import { isSuppressed } from './directives';
import type { Finding } from './finding';
import { ideaFindings, ideaRulesOf } from './findings-memo';
import { buildModel, readStructure, type IdeasDocument } from './model';
import { parseMarkdown } from './parse';
import { rules } from './rules';
import { findingOf, isIdeaRule } from './rules/rule';
import { chooseTemplate } from './template-choice';

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
  const findings: Finding[] = [];
  const keep = (found: Finding) => {
    if (!isSuppressed(doc.directives, found.rule, found.range.start.line)) findings.push(found);
  };
  const perIdea = ideaRulesOf(rules.filter(isIdeaRule), options.rules);
  for (const idea of doc.ideas) for (const found of ideaFindings(doc, idea, perIdea)) keep(found);
  for (const rule of rules) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off' || isIdeaRule(rule)) continue;
    for (const found of rule.check(doc)) keep(findingOf(rule, found, setting));
  }
  // Findings at one place keep the order of the rules.
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || rank(a) - rank(b));
  return { doc, findings };
}

/**
 * Below this length a one-shot lint parses the text whole: every parse has a fixed cost, and a
 * short text has too few lists for micromark's copying to matter.
 */
const WHOLE_BELOW = 40_000;

const inSections = (text: string) => (text.length < WHOLE_BELOW ? [wholeSection(text, parseMarkdown(text))] : new ChunkedParser().sections(text));

const ranks = new Map(rules.map((rule, i) => [rule.id, i]));
const rank = (finding: Finding) => ranks.get(finding.rule)!;

/** A markdown file is an ideas list when it carries a Template block or several ideas. */
export function isIdeasDocument(doc: IdeasDocument): boolean {
  return doc.templateBlock !== undefined || doc.ideas.length >= 2;
}
