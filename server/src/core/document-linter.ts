import { isDeepStrictEqual } from 'node:util';
import { ChunkedParser, type Section } from './chunked-parse';
import { headingsUnder } from './headings';
import type { Finding } from './finding';
import { ideaFindings } from './findings-memo';
import { compareFindings, documentFindings, ideaRulesFor, lint, sortFindings, unsuppressed, type LintOptions, type LintResult } from './lint';
import { isSampleTitle, type Field, type Heading, type Idea, type IdeasDocument, type Project, type Structure } from './model';
import { firstFromLine, partitionPoint } from './sorted';
import { LineIndex } from './range';
import { rules } from './rules';
import { findingOf, isIdeaRule, isProjectRule, type Rule } from './rules/rule';
import { readSection, sectionFields, type SectionReading } from './section-reading';
import type { Template } from './template';
import { chooseTemplate } from './template-choice';

/**
 * Lints one document through its edits. Most keystrokes change the text of an idea and nothing
 * the rest of the document is built on: no heading, no line count or line-break style, no Template
 * block, directive or code block; at most a heading's text. For those the last result is
 * patched: the touched sections' fields and their ideas' findings are found again, the outline
 * rules judge again the projects a renamed heading touches, rules that read the text run again when
 * the edit touched what they read, and the rest (headings, every other idea and project, their
 * findings) is kept. Any other edit is linted whole, the parser still reparsing only the sections
 * it touched.
 */
export class DocumentLinter {
  private readonly parser: ChunkedParser;
  private last: { result: LintResult; options: string } | undefined;

  /** `longSection` is the ChunkedParser's (tests lower it). */
  constructor(longSection?: number) {
    this.parser = new ChunkedParser(longSection);
  }

  lint(text: string, options: LintOptions = {}): LintResult {
    const key = JSON.stringify(options);
    const last = this.last?.options === key ? this.last.result : undefined;
    // Forgotten until this lint is done: a lint that failed must not be patched later.
    this.last = undefined;
    const sections = this.parser.sections(text);
    const run = this.parser.run;
    const result = (last && run && patched(last, text, sections, run, options)) || lint(text, options, () => sections);
    this.last = { result, options: key };
    return result;
  }
}

/** The last result brought up to `text`, or undefined when the edit changed more than ideas' fields. */
function patched(last: LintResult, text: string, sections: Section[], run: Run, options: LintOptions): LintResult | undefined {
  const was = last.doc;
  // The sections the parser split anew, one for one; the others kept their trees, and with as many
  // lines as before, their lines.
  if (run.to - run.from !== run.replaced || was.sections.length !== sections.length) return undefined;
  const delta = text.length - was.text.length;
  const lines = LineIndex.edited(was.lines, text, sections[run.from].offset, run.to < sections.length ? sections[run.to].offset - delta : was.text.length, delta);
  if (lines.lineCount !== was.lines.lineCount || (lines.hasCR && text.includes('\r\n') ? '\r\n' : '\n') !== was.eol) return undefined;
  const outline = readOutline(was, text, lines, sections, run);
  if (!outline) return undefined;
  const { readings, renamed } = outline;
  const headings = renamed.size === 0 ? was.headings : was.headings.map((heading) => renamed.get(heading) ?? heading);
  const templateHeading = was.templateBlock && renamed.get(was.templateBlock.heading);
  const templateBlock = templateHeading ? { ...was.templateBlock!, heading: templateHeading } : was.templateBlock;
  const { codeBlocks, directives, eol } = was;
  const structure: Structure = { text, lines, eol, headings, templateBlock, codeBlocks, directives, sections, readings };
  const template = chooseTemplate(structure, options);
  if (template !== was.template) return undefined;
  const reread = rereadIdeas(was, structure, run, template);
  if (!reread) return undefined;
  const model = renewModel(was, reread, renamed);
  const doc: IdeasDocument = { ...structure, template, ideas: model.ideas, projects: model.projects, ideaDepth: was.ideaDepth, projectDepth: was.projectDepth };
  return { doc, findings: patchedFindings(last, doc, run, { reread, renamed, ...model }, options) };
}

type Run = NonNullable<ChunkedParser['run']>;

/**
 * The touched sections read again, when they agree with the last reading on what the model is
 * built on; their headings are the last ones, but for the headings whose text changed (`renamed`).
 */
function readOutline(was: IdeasDocument, text: string, lines: LineIndex, sections: Section[], run: Run): { readings: SectionReading[]; renamed: Map<Heading, Heading> } | undefined {
  const readings = was.readings.slice();
  const renamed = new Map<Heading, Heading>();
  for (let i = run.from; i < run.to; i++) {
    const reading = readSection(sections[i], text, lines);
    const before = was.readings[i];
    if (!sameOutline(reading, before)) return undefined;
    // An unchanged heading stays the object that ideas, projects and kept findings were made with.
    const headings = reading.headings.map((heading, j) => (isDeepStrictEqual(heading, before.headings[j]) ? before.headings[j] : heading));
    headings.forEach((heading, j) => heading !== before.headings[j] && renamed.set(before.headings[j], heading));
    readings[i] = { ...reading, headings };
  }
  return { readings, renamed };
}

/**
 * The fields of every idea of the touched sections, read again; undefined when a heading became or
 * stopped being an idea, which changes the projects and the outline.
 */
function rereadIdeas(was: IdeasDocument, { sections, readings, text, lines }: Structure, run: Run, template: Template): Map<Idea, Field[]> | undefined {
  const reread = new Map<Idea, Field[]>();
  for (let i = run.from; i < run.to; i++) {
    if (readings[i].headings.length === 0) continue;
    const fields = sectionFields(sections[i], readings[i], text, lines, template);
    for (const [j, heading] of was.readings[i].headings.entries()) {
      const idea = ideaOf(was.ideas, heading);
      if ((idea !== undefined) !== fields[j].some((field) => field.template)) return undefined;
      if (idea) reread.set(idea, fields[j]);
    }
  }
  return reread;
}

/** What the patch changed in the model. */
interface Changes {
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
function patchedFindings(last: LintResult, doc: IdeasDocument, run: Run, { reread, renamed, renewed, copies }: Changes, options: LintOptions): Finding[] {
  const was = last.doc;
  const { sections } = doc;
  // An idea's findings lie in its own section's lines.
  const drop: Drop[] = [{ from: sections[run.from].line, to: run.to < sections.length ? sections[run.to].line : Infinity, rules: ideaRuleIds }];
  const perIdea = ideaRulesFor(options);
  const found: Finding[] = [];
  for (const idea of reread.keys()) for (const finding of ideaFindings(doc, renewed.get(idea)!, perIdea)) found.push(finding);
  const judged = new Set(copies.keys());
  let wholeOutline = [...renewed.keys()].some((idea) => !idea.project);
  for (const heading of renamed.keys()) {
    const project = projectAround(was, heading);
    if (project) judged.add(project);
    else wholeOutline = true;
  }
  if (renamed.size > 0 && !wholeOutline) {
    for (const project of judged) {
      // After the project's heading: a heading may be an idea outside any project as well as a project.
      drop.push({ from: project.heading.range.start.line + 1, to: endOfProject(was, project), rules: projectRuleIds });
      for (const rule of rules.filter(isProjectRule)) {
        const setting = options.rules?.[rule.id];
        if (setting !== 'off') for (const finding of rule.checkProject(doc, copies.get(project) ?? project)) found.push(findingOf(rule, finding, setting));
      }
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

/** Findings of `rules` that lie in lines `[from, to)` are found again. */
interface Drop {
  from: number;
  to: number;
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
    return !ids.has(finding.rule) && !drop.some(({ from, to, rules }) => rules.has(finding.rule) && line >= from && line < to);
  };
  if (ids.size > 0) return findings.filter(keeps);
  const from = Math.min(...drop.map((each) => each.from));
  const to = Math.max(...drop.map((each) => each.to));
  const start = firstAtLine(findings, from);
  const end = to === Infinity ? findings.length : firstAtLine(findings, to);
  return findings.slice(0, start).concat(findings.slice(start, end).filter(keeps), findings.slice(end));
}

/** The project whose section holds `heading` (or whose heading it is). */
function projectAround(doc: IdeasDocument, heading: Heading): Project | undefined {
  const project = doc.projects[projectIndex(doc.projects, heading.range.start.line + 1) - 1];
  return project && (project.heading === heading || headingsUnder(doc, project.heading).includes(heading)) ? project : undefined;
}

/**
 * The line after a project's last finding: its findings lie at its ideas' headings and at the
 * headings in its section (an idea at the project's own level ends that section).
 */
function endOfProject(doc: IdeasDocument, project: Project): number {
  const lastUnder = headingsUnder(doc, project.heading).at(-1) ?? project.heading;
  return Math.max(lastUnder.range.start.line, project.ideas.at(-1)?.heading.range.start.line ?? 0) + 1;
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

/**
 * Two readings of a section agree on what the model is built on: the headings' levels and lines
 * (their text may differ, unless it makes a Sample section), the Template block, code blocks, directives.
 */
function sameOutline(now: SectionReading, was: SectionReading): boolean {
  return (
    now.headings.length === was.headings.length &&
    now.headings.every((heading, i) => {
      const before = was.headings[i];
      return heading.depth === before.depth && heading.range.start.line === before.range.start.line && !isSampleTitle(heading.title) && !isSampleTitle(before.title);
    }) &&
    isDeepStrictEqual(now.templateCode, was.templateCode) &&
    isDeepStrictEqual(now.code, was.code) &&
    isDeepStrictEqual(now.directives, was.directives)
  );
}

/** Where the first project whose heading is at or after `line` is, among projects in document order. */
const projectIndex = (projects: Project[], line: number): number => firstFromLine(projects, line, (project) => project.heading.range.start.line);

/** The idea under a heading, found by line among ideas in document order. */
function ideaOf(ideas: Idea[], heading: Heading): Idea | undefined {
  const at = ideaIndex(ideas, heading);
  return ideas[at]?.heading === heading ? ideas[at] : undefined;
}

/** Where the idea under `heading` is, or would be, among ideas in document order. */
const ideaIndex = (ideas: Idea[], heading: Heading): number => firstFromLine(ideas, heading.range.start.line, (idea) => idea.heading.range.start.line);

/**
 * The ideas and projects with the fields in `reread` and the headings in `renamed`, and what each
 * changed idea and project became. The model is a graph (an idea names its project, a project its ideas), so a
 * project that holds a changed idea is copied with all its ideas; the last result's objects stay
 * as they were. Only what changed is visited, unless a heading was renamed: any idea may name it.
 */
function renewModel(
  was: IdeasDocument,
  reread: Map<Idea, Field[]>,
  renamed: Map<Heading, Heading>,
): { ideas: Idea[]; projects: Project[]; renewed: Map<Idea, Idea>; copies: Map<Project, Project> } {
  const now = (heading: Heading) => renamed.get(heading) ?? heading;
  const names = (idea: Idea) => renamed.has(idea.heading) || (idea.parent !== undefined && renamed.has(idea.parent)) || (idea.group !== undefined && renamed.has(idea.group));
  const renewed = new Map<Idea, Idea>();
  const renew = (idea: Idea, project?: Project) => {
    const heading = now(idea.heading);
    const copy: Idea = { ...idea, title: heading.title, heading, fields: reread.get(idea) ?? idea.fields };
    if (idea.parent) copy.parent = now(idea.parent);
    if (idea.group) copy.group = now(idea.group);
    if (project) copy.project = project;
    renewed.set(idea, copy);
  };
  // The ideas to renew: those reread, and those that name a renamed heading, which all lie in
  // its section (a parent or group is the nearest shallower heading, so nothing shallower is
  // between); projects with either, or whose heading or section heading was renamed.
  const changed = new Set(reread.keys());
  const copied = new Set<Project>();
  for (const heading of renamed.keys()) {
    const line = heading.range.start.line;
    const last = (headingsUnder(was, heading).at(-1) ?? heading).range.start.line;
    for (let i = ideaIndex(was.ideas, heading); i < was.ideas.length && was.ideas[i].heading.range.start.line <= last; i++) {
      if (names(was.ideas[i])) changed.add(was.ideas[i]);
    }
    for (let i = projectIndex(was.projects, line); i < was.projects.length && was.projects[i].heading.range.start.line <= last; i++) {
      const project = was.projects[i];
      if (project.heading === heading || project.section === heading) copied.add(project);
    }
  }
  for (const idea of changed) if (idea.project) copied.add(idea.project);
  const copies = new Map<Project, Project>();
  for (const project of copied) {
    const heading = now(project.heading);
    const copy: Project = { ...project, title: heading.title, heading, ideas: [] };
    if (project.section) copy.section = now(project.section);
    for (const idea of project.ideas) {
      renew(idea, copy);
      copy.ideas.push(renewed.get(idea)!);
    }
    copies.set(project, copy);
  }
  const projects = copies.size === 0 ? was.projects : was.projects.map((project) => copies.get(project) ?? project);
  // Ideas outside any project.
  for (const idea of changed) if (!renewed.has(idea)) renew(idea);
  const ideas = was.ideas.slice();
  for (const [old, idea] of renewed) ideas[ideaIndex(was.ideas, old.heading)] = idea;
  return { ideas, projects, renewed, copies };
}
