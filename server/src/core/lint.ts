import type { Config } from './config/config';
import { DocumentState } from './incremental/document-state';
import { ideaRulesOf, type IdeaRules } from './incremental/findings-memo';
import { buildModel, readStructure } from './model/build';
import { suppressor } from './model/directives';
import { unreadList } from './model/list-shape';
import type { Idea, IdeasDocument, Project, Structure } from './model/types';
import { ChunkedParser } from './parse/chunked-parse';
import { parseMarkdown } from './parse/markdown';
import { wholeSection, type Section } from './parse/section';
import { rules } from './rules';
import { duplicateIdea } from './rules/duplicate-idea';
import { isPlaceholderTitle, placeholder } from './rules/placeholder';
import type { Finding } from './rules/finding';
import { findingOf, isIdeaRule, isProjectRule, type Rule, type RuleFinding } from './rules/rule';
import type { Anchor } from './text/anchored-range';
import { comparePositions, type Range } from './text/range';
import { firstFromLine } from './text/sorted';

/** The template choice, rule severities and idea-load's limits; `files` plays no part in linting one text. */
export type LintOptions = Omit<Config, 'files'>;

export interface LintResult {
  doc: IdeasDocument;
  findings: Finding[];
}

/** Splits a text into parsed sections, handing each to `read` as soon as it is parsed. */
export type Sectioner = (text: string, read: (section: Section) => void) => Section[];

/**
 * Parses `text`, builds the ideas model and runs every rule; findings come sorted by position.
 * `state` is what the document keeps between lints (a `DocumentLinter`'s); `sections` may be a
 * ChunkedParser's, which reparses only what changed since the last call. The defaults lint once:
 * a long text is parsed section by section, the same tree as a whole parse, in time that grows
 * with the sections rather than with the square of the lists.
 */
export function lint(text: string, options: LintOptions = {}, sections: Sectioner = inSections, state = new DocumentState()): LintResult {
  const { reader } = state;
  const structure = readStructure(text, sections(text, reader.asParsed(text)), reader);
  const doc = buildModel(structure, state.templates.choose(structure, options, reader), reader, state.style);
  const perIdea = ideaRulesFor(options);
  const found: Finding[] = [];
  for (const idea of doc.ideas) for (const finding of ideaFindings(state, doc, idea, perIdea)) found.push(finding);
  for (const finding of documentFindings(state, doc, options)) found.push(finding);
  return { doc, findings: sortFindings(unsuppressed(doc, found)) };
}

/** The per-idea rules in force under `options`. */
export const ideaRulesFor = (options: LintOptions): IdeaRules => ideaRulesOf(rules.filter(isIdeaRule), options.rules);

/**
 * One idea's findings, as the document's state remembers them. They move with the idea's section;
 * those of an idea whose fields stand under its sub-headings, with the section each range is in.
 */
export function ideaFindings(state: DocumentState, doc: IdeasDocument, idea: Idea, perIdea: IdeaRules): Finding[] {
  const anchor = state.reader.anchorOfFields(idea.fields);
  return withoutPlaceholders(state.ideaFindings.of(doc, idea, perIdea, anchor ? () => anchor : anchorIn(state, doc)));
}

/**
 * One rule owns placeholders: another rule's finding that lies within a placeholder's range
 * (mentor-handle on `Name (@github-handle)`, issue-url on `TBD`) says nothing the author must do
 * once the placeholder is replaced, and is left out.
 */
function withoutPlaceholders(findings: Finding[]): Finding[] {
  const owned = findings.filter((finding) => finding.rule === placeholder.id);
  if (owned.length === 0) return findings;
  return findings.filter((finding) => finding.rule === placeholder.id || !owned.some((each) => within(finding.range, each.range)));
}

const within = (inner: Range, outer: Range): boolean => comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;

/** The findings of the rules that judge the document rather than one idea, those `only` accepts. */
export function documentFindings(state: DocumentState, doc: IdeasDocument, options: LintOptions, only: (rule: Rule) => boolean = () => true): Finding[] {
  return rules
    .filter((rule) => !isIdeaRule(rule) && only(rule))
    .flatMap((rule) => configured(state, doc, rule, options, () => rule.check(doc, options)))
    .filter(notOfPlaceholderTitle(doc, options));
}

/** The outline rules' findings for one project (`projectRule`). */
export const projectFindings = (state: DocumentState, doc: IdeasDocument, project: Project, options: LintOptions): Finding[] =>
  rules
    .filter(isProjectRule)
    .flatMap((rule) => configured(state, doc, rule, options, () => rule.checkProject(doc, project)))
    .filter(notOfPlaceholderTitle(doc, options));

/** Two ideas both still titled `Idea title` are two placeholders, which the placeholder rule reports, not a duplicate. */
const notOfPlaceholderTitle =
  (doc: IdeasDocument, options: LintOptions) =>
  (finding: Finding): boolean => {
    if (finding.rule !== duplicateIdea.id || options.rules?.[placeholder.id] === 'off') return true;
    const line = finding.range.start.line;
    const idea = doc.ideas[firstFromLine(doc.ideas, line, (each) => each.heading.range.start.line)];
    return !(idea && idea.heading.range.start.line === line && isPlaceholderTitle(idea.title));
  };

/** What a rule finds, with the severity the options give it, each range moving with its section; a rule they turn off is not run. */
function configured(state: DocumentState, doc: Structure, rule: Rule, options: LintOptions, check: () => RuleFinding[]): Finding[] {
  const setting = options.rules?.[rule.id];
  if (setting === 'off') return [];
  const anchorFor = anchorIn(state, doc);
  return check().map((finding) => findingOf(rule, finding, setting, anchorFor));
}

/** What a range of `doc` counts its lines from: the anchor of the section it starts in. */
export const anchorIn =
  (state: DocumentState, doc: Structure) =>
  (range: Range): Anchor =>
    state.reader.anchorOf(doc.sections[Math.max(0, firstFromLine(doc.sections, range.start.line + 1, (section) => section.line) - 1)]);

/** Without the findings an `ideas-disable` directive turns off. */
export const unsuppressed = (doc: IdeasDocument, findings: Finding[]): Finding[] => {
  const suppressed = suppressor(doc);
  return findings.filter((finding) => !suppressed(finding.rule, finding.range.start.line));
};

/** Sorted by position; findings at one place keep the order of the rules. */
export const sortFindings = (findings: Finding[]): Finding[] => findings.sort(compareFindings);

export const compareFindings = (a: Finding, b: Finding): number =>
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || rank(a) - rank(b);

/**
 * Below this length a one-shot lint parses the text whole: every parse has a fixed cost, and a
 * short text has too few lists for micromark's copying to matter.
 */
const WHOLE_BELOW = 40_000;

const inSections: Sectioner = (text, read) => (text.length < WHOLE_BELOW ? [wholeSection(text, parseMarkdown(text))] : new ChunkedParser().sections(text, read));

const ranks = new Map(rules.map((rule, i) => [rule.id, i]));
const rank = (finding: Finding) => ranks.get(finding.rule)!;

/**
 * Whether `text` may be an ideas list, from one linear scan before any parse: every ideas list
 * names its mentors or shows its Template (all 62 lists of the corpus do), so a changelog or a
 * guide that does neither never costs a lint.
 */
export const mayBeIdeasList = (text: string): boolean => /mentor/i.test(text) || /^#{1,6}[ \t]+template\b/im.test(text);

/**
 * A markdown file is an ideas list when it carries a Template block or several ideas, or looks
 * like one whose ideas could not be read: then it is reported as not understood, never left silent.
 */
export function isIdeasDocument(doc: IdeasDocument): boolean {
  return doc.templateBlock !== undefined || doc.ideas.length >= 2 || unreadList(doc) !== undefined;
}
