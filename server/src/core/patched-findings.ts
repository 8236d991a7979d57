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
}

/**
 * The last findings, with those the edit may change found again: the touched ideas', the outline
 * rules' for each project a renamed heading may touch (or the whole outline, when it may touch an
 * idea outside projects), and those of other document rules that read what the edit touched.
 */
export function patchedFindings(last: LintResult, doc: IdeasDocument, run: Run, { reread, renamed, renewed, copies }: Changes, options: LintOptions): Finding[] {
  const was = last.doc;
  const { sections } = doc;
  // An idea's findings lie in its own section's lines.
  const drop: Drop[] = [{ from: sections[run.from].line, to: run.to < sections.length ? sections[run.to].line : Infinity, rules: ideaRuleIds }];
  const perIdea = ideaRulesFor(options);
  const found: Finding[] = [];
  for (const idea of reread.keys()) for (const finding of ideaFindings(doc, renewed.get(idea)!, perIdea)) found.push(finding);
  // The outline rules look at headings and at which are ideas, not at fields: only a rename matters.
  const judged = new Set<Project>();
  let wholeOutline = [...renewed.keys()].some((idea) => !idea.project);
  for (const heading of renamed.keys()) {
    const project = projectAround(was, heading);
    if (project) judged.add(project);
    else wholeOutline = true;
  }
  // Outline findings name an idea and its parent heading, which may lie outside the project's
  // section: an idea at the project's own level, or under a heading above it.
  for (const idea of renewed.keys()) {
    if (idea.project && (renamed.has(idea.heading) || (idea.parent && renamed.has(idea.parent)))) judged.add(idea.project);
  }
  if (renamed.size > 0 && !wholeOutline) {
    for (const project of judged) {
      const lines = linesOfProject(was, project);
      drop.push({ from: Math.min(...lines), to: Math.max(...lines) + 1, lines, rules: projectRuleIds });
      for (const finding of projectFindings(doc, copies.get(project) ?? project, options)) found.push(finding);
    }
  }
  const touched = [...was.sections.slice(run.from, run.from + run.replaced), ...sections.slice(run.from, run.to)];
  const hasCode = [...was.readings.slice(run.from, run.to), ...doc.readings.slice(run.from, run.to)].some((reading) => reading.code.length > 0);
  const rerun = new Set(
    rules.filter((rule) =>
      isProjectRule(rule) ? renamed.size > 0 && wholeOutline : !isIdeaRule(rule) && (!rule.lines || hasCode || touched.some((section) => rule.lines!.test(section.text))),
    ),
  );
  for (const finding of documentFindings(doc, options, (rule) => rerun.has(rule))) found.push(finding);
  return merged(keptFindings(last.findings, drop, rerun), sortFindings(unsuppressed(doc, found)));
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

