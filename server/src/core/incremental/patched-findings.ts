import type { Run } from '../parse/section';
import type { Finding } from '../rules/finding';
import { anchorIn, compareFindings, documentFindings, ideaFindings, ideaRulesFor, projectFindings, sortFindings, unsuppressed, type LintOptions, type LintResult } from '../lint';
import type { Field, Heading, Idea, IdeasDocument, Project, Structure } from '../model/types';
import { linesOfProject, projectAround } from '../model/lookup';
import { rules } from '../rules';
import { anchoredFinding, isIdeaRule, isProjectRule, type Rule } from '../rules/rule';
import type { Range } from '../text/range';
import { firstFromLine, partitionPoint } from '../text/sorted';
import type { DocumentState } from './document-state';

/** What the patch changed in the model. */
export interface Changes {
  reread: Map<Idea, Field[]>;
  renamed: Map<Heading, Heading>;
  renewed: Map<Idea, Idea>;
  copies: Map<Project, Project>;
  /** The ideas that name a renamed heading: as their own heading, their parent or their group. */
  naming: Set<Idea>;
}

/** Lines an edit added (`by`; below zero, removed), and the first line of the last text below the edit, which moved as many. */
export interface Moved {
  by: number;
  from: number;
}

/** What a patch keeps of the last findings, and what it must find again. */
export interface FindingsToPatch {
  findings: Finding[];
  /** The projects whose outline findings are found again; undefined for the whole outline. */
  judged: Set<Project> | undefined;
  /** The other document rules, run again. */
  rerun: Set<Rule>;
}

/**
 * The last findings that the edit leaves as they were, read in the last result's lines (nothing
 * below the edit has moved yet): all but the touched ideas', the outline rules' for each project a
 * renamed heading may touch (or the whole outline, when it may touch an idea outside projects),
 * and those of other document rules that read what the edit touched. `now` is the edited text's
 * structure.
 */
export function keptFindings(last: LintResult, now: Structure, run: Run, { renamed, renewed, naming }: Changes, moved: Moved): FindingsToPatch {
  const was = last.doc;
  // An idea's findings lie in its own section's lines.
  const drop: Drop[] = [{ from: was.sections[run.from].line, to: moved.from, rules: ideaRuleIds }];
  // The outline rules look at headings and at which are ideas, not at fields: only a rename matters.
  const judged = renamed.size > 0 ? projectsToJudge(was, renamed, renewed, naming) : new Set<Project>();
  const touched = [...was.sections.slice(run.from, run.from + run.replaced), ...now.sections.slice(run.from, run.to)];
  const hasCode = [...was.readings.slice(run.from, run.from + run.replaced), ...now.readings.slice(run.from, run.to)].some((reading) => reading.code.length > 0);
  const rerun = new Set(rules.filter((rule) => !isIdeaRule(rule) && !isProjectRule(rule) && (!rule.lines || hasCode || touched.some((section) => rule.lines!.test(section.text)))));
  for (const project of judged ?? []) {
    const lines = linesOfProject(was, project);
    drop.push({ from: Math.min(...lines), to: Math.max(...lines) + 1, lines, rules: projectRuleIds });
  }
  if (judged === undefined) for (const rule of rules) if (isProjectRule(rule)) rerun.add(rule);
  return { findings: filtered(last.findings, drop, rerun), judged, rerun };
}

/**
 * The kept findings, with those the edit may change found again in the edited document `doc`:
 * the touched ideas', the outline rules' of the projects judged again, and those of the rules run
 * again.
 */
export function patchedFindings(state: DocumentState, doc: IdeasDocument, run: Run, kept: FindingsToPatch, { reread, renewed, copies }: Changes, options: LintOptions): Finding[] {
  const perIdea = ideaRulesFor(options);
  const found: Finding[] = [];
  for (const idea of reread.keys()) for (const finding of ideaFindings(state, doc, renewed.get(idea)!, perIdea)) found.push(finding);
  for (const project of kept.judged ?? []) for (const finding of projectFindings(state, doc, copies.get(project) ?? project, options)) found.push(finding);
  for (const finding of documentFindings(state, doc, options, (rule) => kept.rerun.has(rule))) found.push(finding);
  return merged(reanchored(state, doc, kept.findings, run), sortFindings(unsuppressed(doc, found)));
}

/**
 * The kept findings, those of outline and document rules with a range in the sections split anew
 * anchored to those sections: the sections they were anchored to are gone, and would not move with
 * the next edit. (Such a range lies before the edit, or its finding would have been found again.)
 * An idea's findings lie in its own section: those of the sections split anew are found again.
 */
function reanchored(state: DocumentState, doc: IdeasDocument, findings: Finding[], run: Run): Finding[] {
  const from = doc.sections[run.from].line;
  const to = run.to < doc.sections.length ? doc.sections[run.to].line : Infinity;
  const inRun = (range: Range) => range.start.line < to && range.end.line >= from;
  const touches = (finding: Finding) => inRun(finding.range) || finding.fixes.some((fix) => fix.edits.some((edit) => inRun(edit.range))) || finding.related?.some((place) => inRun(place.range));
  const anchorFor = anchorIn(state, doc);
  return findings.map((finding) => (ideaRuleIds.has(finding.rule) || !touches(finding) ? finding : anchoredFinding(finding, anchorFor)));
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
 * The findings that still hold: all but those `drop` names and those of the rules run again. Only
 * the dropped lines are looked at, unless a rule runs again.
 */
function filtered(findings: Finding[], drop: Drop[], rerun: Set<Rule>): Finding[] {
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

