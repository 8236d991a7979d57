import type { Run } from './chunked-parse';
import type { Finding } from './finding';
import { ideaFindings } from './findings-memo';
import { compareFindings, documentFindings, ideaRulesFor, projectFindings, sortFindings, unsuppressed, type LintOptions, type LintResult } from './lint';
import type { Field, Heading, Idea, IdeasDocument, Project } from './model';
import { linesOfProject, projectAround } from './model-lookup';
import { rules } from './rules';
import { isIdeaRule, isProjectRule, type Rule } from './rules/rule';
import { firstFromLine, partitionPoint } from './sorted';

/** What the patch changed in the model. */
export interface Changes {
  reread: Map<Idea, Field[]>;
  renamed: Map<Heading, Heading>;
  renewed: Map<Idea, Idea>;
  copies: Map<Project, Project>;
  /** The ideas that name a renamed heading: as their own heading, their parent or their group. */
  naming: Set<Idea>;
}

/**
 * The last findings, with those the edit may change found again: the touched ideas', the outline
 * rules' for each project a renamed heading may touch (or the whole outline, when it may touch an
 * idea outside projects), and those of other document rules that read what the edit touched.
 */
export function patchedFindings(last: LintResult, doc: IdeasDocument, run: Run, { reread, renamed, renewed, copies, naming }: Changes, options: LintOptions): Finding[] {
  const was = last.doc;
  const { sections } = doc;
  // An idea's findings lie in its own section's lines.
  const drop: Drop[] = [{ from: sections[run.from].line, to: run.to < sections.length ? sections[run.to].line : Infinity, rules: ideaRuleIds }];
  const perIdea = ideaRulesFor(options);
  const found: Finding[] = [];
  for (const idea of reread.keys()) for (const finding of ideaFindings(doc, renewed.get(idea)!, perIdea)) found.push(finding);
  // The outline rules look at headings and at which are ideas, not at fields: only a rename matters.
  const judged = renamed.size > 0 ? projectsToJudge(was, renamed, renewed, naming) : new Set<Project>();
  for (const project of judged ?? []) {
    const lines = linesOfProject(was, project);
    drop.push({ from: Math.min(...lines), to: Math.max(...lines) + 1, lines, rules: projectRuleIds });
    for (const finding of projectFindings(doc, copies.get(project) ?? project, options)) found.push(finding);
  }
  const touched = [...was.sections.slice(run.from, run.from + run.replaced), ...sections.slice(run.from, run.to)];
  const hasCode = [...was.readings.slice(run.from, run.to), ...doc.readings.slice(run.from, run.to)].some((reading) => reading.code.length > 0);
  const rerun = new Set(
    rules.filter((rule) =>
      isProjectRule(rule) ? judged === undefined : !isIdeaRule(rule) && (!rule.lines || hasCode || touched.some((section) => rule.lines!.test(section.text))),
    ),
  );
  for (const finding of documentFindings(doc, options, (rule) => rerun.has(rule))) found.push(finding);
  return merged(keptFindings(last.findings, drop, rerun), sortFindings(unsuppressed(doc, found)));
}

/**
 * The projects whose outline findings a rename may change, or undefined when it may change those
 * of an idea outside any project: then the whole outline is judged again. The findings name an
 * idea, its parent heading, its project and the headings in the project's section.
 */
function projectsToJudge(was: IdeasDocument, renamed: Map<Heading, Heading>, renewed: Map<Idea, Idea>, naming: Set<Idea>): Set<Project> | undefined {
  if ([...renewed.keys()].some((idea) => !idea.project)) return undefined;
  const judged = new Set<Project>();
  for (const heading of renamed.keys()) {
    const project = projectAround(was, heading);
    if (!project) return undefined;
    judged.add(project);
  }
  // An idea at its project's own level, or under a heading above it, lies outside the project's section.
  for (const idea of naming) judged.add(idea.project!);
  return judged;
}

/** Findings of `rules` that lie in lines `[from, to)`, and among `lines` if given, are found again. */
interface Drop {
  from: number;
  to: number;
  lines?: Set<number>;
  rules: Set<string>;
}

/**
 * The last findings that still hold: all but those `drop` names and those of the rules run again.
 * Only the dropped lines are looked at, unless a rule runs again.
 */
function keptFindings(findings: Finding[], drop: Drop[], rerun: Set<Rule>): Finding[] {
  const ids = new Set([...rerun].map((rule) => rule.id));
  const keeps = (finding: Finding) => {
    const line = finding.range.start.line;
    return !ids.has(finding.rule) && !drop.some(({ from, to, lines, rules }) => rules.has(finding.rule) && line >= from && line < to && (!lines || lines.has(line)));
  };
  if (ids.size > 0) return findings.filter(keeps);
  const from = Math.min(...drop.map((each) => each.from));
  const to = Math.max(...drop.map((each) => each.to));
  const start = firstAtLine(findings, from);
  const end = to === Infinity ? findings.length : firstAtLine(findings, to);
  return findings.slice(0, start).concat(findings.slice(start, end).filter(keeps), findings.slice(end));
}

const ideaRuleIds = new Set(rules.filter(isIdeaRule).map((rule) => rule.id));
const projectRuleIds = new Set(rules.filter(isProjectRule).map((rule) => rule.id));

/** The index of the first sorted finding at or after `line`. */
const firstAtLine = (findings: Finding[], line: number): number => firstFromLine(findings, line, (finding) => finding.range.start.line);

/**
 * Sorted `kept` and `added` as one sorted list, each added finding placed by binary search rather
 * than all of them sorted again. No added finding compares equal to a kept one (they are of other
 * rules or other lines), so the order is the one a full sort gives.
 */
function merged(kept: Finding[], added: Finding[]): Finding[] {
  const result: Finding[] = [];
  let from = 0;
  for (const finding of added) {
    const low = partitionPoint(kept, (each) => compareFindings(each, finding) < 0, from);
    for (let i = from; i < low; i++) result.push(kept[i]);
    result.push(finding);
    from = low;
  }
  for (let i = from; i < kept.length; i++) result.push(kept[i]);
  return result;
}

