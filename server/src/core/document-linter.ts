import { isDeepStrictEqual } from 'node:util';
import { ChunkedParser, type Section } from './chunked-parse';
import type { Finding } from './finding';
import { ideaFindings } from './findings-memo';
import { compareFindings, documentFindings, ideaRulesFor, lint, sortFindings, unsuppressed, type LintOptions, type LintResult } from './lint';
import { isSampleTitle, type Field, type Heading, type Idea, type IdeasDocument, type Project, type Structure } from './model';
import { LineIndex } from './range';
import { rules } from './rules';
import { isIdeaRule, type Rule } from './rules/rule';
import { readSection, sectionFields, type SectionReading } from './section-reading';
import { chooseTemplate } from './template-choice';

/**
 * Lints one document through its edits. Most keystrokes change the text of an idea and nothing
 * the rest of the document is built on: no heading, no line count or line-break style, no Template
 * block, directive or code block. For those the last result is patched: the touched sections'
 * fields and their ideas' findings are found again, rules that read the text run again, and the
 * rest (headings, every other idea, projects, the findings of the outline rules) is kept. Any
 * other edit is linted whole, the parser still reparsing only the sections it touched.
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
function patched(last: LintResult, text: string, sections: Section[], run: NonNullable<ChunkedParser['run']>, options: LintOptions): LintResult | undefined {
  const was = last.doc;
  // The sections the parser split anew, one for one; the others kept their trees, and with as many
  // lines as before, their lines.
  if (run.to - run.from !== run.replaced || was.sections.length !== sections.length) return undefined;
  const { from: first, to: end } = run;
  const delta = text.length - was.text.length;
  const lines = LineIndex.edited(was.lines, text, sections[first].offset, end < sections.length ? sections[end].offset - delta : was.text.length, delta);
  if (lines.lineCount !== was.lines.lineCount || (lines.hasCR && text.includes('\r\n') ? '\r\n' : '\n') !== was.eol) return undefined;

  const readings = was.readings.slice();
  // Headings whose text changed, old to new: their level and line did not.
  const renamed = new Map<Heading, Heading>();
  for (let i = first; i < end; i++) {
    const reading = readSection(sections[i], text, lines);
    const before = was.readings[i];
    if (!sameOutline(reading, before)) return undefined;
    // An unchanged heading stays the object that ideas, projects and kept findings were made with.
    const headings = reading.headings.map((heading, j) => (isDeepStrictEqual(heading, before.headings[j]) ? before.headings[j] : heading));
    headings.forEach((heading, j) => heading !== before.headings[j] && renamed.set(before.headings[j], heading));
    readings[i] = { ...reading, headings };
  }
  const headings = renamed.size === 0 ? was.headings : was.headings.map((heading) => renamed.get(heading) ?? heading);
  const templateHeading = was.templateBlock && renamed.get(was.templateBlock.heading);
  const templateBlock = templateHeading ? { ...was.templateBlock!, heading: templateHeading } : was.templateBlock;
  const { codeBlocks, directives, eol } = was;
  const structure: Structure = { text, lines, eol, headings, templateBlock, codeBlocks, directives, sections, readings };
  const template = chooseTemplate(structure, options);
  if (template !== was.template) return undefined;

  // Every idea of the touched sections, with its fields read again; a heading that became or
  // stopped being an idea changes the projects, and the findings of the outline rules.
  const reread = new Map<Idea, Field[]>();
  for (let i = first; i < end; i++) {
    if (readings[i].headings.length === 0) continue;
    const fields = sectionFields(sections[i], readings[i], text, lines, template);
    for (const [j, heading] of was.readings[i].headings.entries()) {
      const idea = ideaOf(was.ideas, heading);
      if ((idea !== undefined) !== fields[j].some((field) => field.template)) return undefined;
      if (idea) reread.set(idea, fields[j]);
    }
  }
  const { ideas, projects, renewed } = renewModel(was, reread, renamed);
  const doc: IdeasDocument = { ...structure, template, ideas, projects, ideaDepth: was.ideaDepth, projectDepth: was.projectDepth };

  // The document rules whose findings the edit may change: outline rules after a rename, rules
  // that read lines or code blocks the edit touched, rules that read any text.
  const touched = [...was.sections.slice(first, first + run.replaced), ...sections.slice(first, end)];
  const hasCode = readings.slice(first, end).some((reading) => reading.code.length > 0) || was.readings.slice(first, end).some((reading) => reading.code.length > 0);
  const rerun = new Set(
    rules.filter((rule) => !isIdeaRule(rule) && (rule.outline ? renamed.size > 0 : !rule.lines || hasCode || touched.some((section) => rule.lines!.test(section.text)))),
  );
  const from = sections[first].line;
  const to = end < sections.length ? sections[end].line : Infinity;
  const perIdea = ideaRulesFor(options);
  const found: Finding[] = [];
  for (const idea of reread.keys()) for (const finding of ideaFindings(doc, renewed.get(idea)!, perIdea)) found.push(finding);
  for (const finding of documentFindings(doc, options, (rule) => rerun.has(rule))) found.push(finding);
  return { doc, findings: merged(keptFindings(last.findings, from, to, rerun), sortFindings(unsuppressed(doc, found))) };
}

/**
 * The last findings that still hold: all but those of the ideas in lines `[from, to)` (an idea's
 * findings lie in its own section) and those of the rules run again. Only the edited lines are
 * looked at, unless a document rule runs again.
 */
function keptFindings(findings: Finding[], from: number, to: number, rerun: Set<Rule>): Finding[] {
  const ids = new Set([...rerun].map((rule) => rule.id));
  const keeps = (finding: Finding) => !ids.has(finding.rule) && !(ideaRuleIds.has(finding.rule) && finding.range.start.line >= from && finding.range.start.line < to);
  if (ids.size > 0) return findings.filter(keeps);
  const start = firstAtLine(findings, from);
  const end = to === Infinity ? findings.length : firstAtLine(findings, to);
  return findings.slice(0, start).concat(findings.slice(start, end).filter(keeps), findings.slice(end));
}

const ideaRuleIds = new Set(rules.filter(isIdeaRule).map((rule) => rule.id));

/** The index of the first sorted finding at or after `line`. */
function firstAtLine(findings: Finding[], line: number): number {
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (findings[mid].range.start.line < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Sorted `kept` and `added` as one sorted list, each added finding placed by binary search rather
 * than all of them sorted again. No added finding compares equal to a kept one (they are of other
 * rules or other lines), so the order is the one a full sort gives.
 */
function merged(kept: Finding[], added: Finding[]): Finding[] {
  const result: Finding[] = [];
  let from = 0;
  for (const finding of added) {
    let low = from;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compareFindings(kept[mid], finding) < 0) low = mid + 1;
      else high = mid;
    }
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

/** The idea under a heading, found by line among ideas in document order. */
function ideaOf(ideas: Idea[], heading: Heading): Idea | undefined {
  const at = ideaIndex(ideas, heading);
  return ideas[at]?.heading === heading ? ideas[at] : undefined;
}

/** Where the idea under `heading` is, or would be, among ideas in document order. */
function ideaIndex(ideas: Idea[], heading: Heading): number {
  const line = heading.range.start.line;
  let low = 0;
  let high = ideas.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ideas[mid].heading.range.start.line < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The ideas and projects with the fields in `reread` and the headings in `renamed`, and what each
 * changed idea became. The model is a graph (an idea names its project, a project its ideas), so a
 * project that holds a changed idea is copied with all its ideas; the last result's objects stay
 * as they were. Only what changed is visited, unless a heading was renamed: any idea may name it.
 */
function renewModel(was: IdeasDocument, reread: Map<Idea, Field[]>, renamed: Map<Heading, Heading>): { ideas: Idea[]; projects: Project[]; renewed: Map<Idea, Idea> } {
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
  const copied = new Set<Project>();
  for (const idea of reread.keys()) if (idea.project) copied.add(idea.project);
  if (renamed.size > 0) {
    for (const project of was.projects) {
      if (renamed.has(project.heading) || (project.section && renamed.has(project.section)) || project.ideas.some(names)) copied.add(project);
    }
  }
  const projects = copied.size === 0 ? was.projects : was.projects.map((project) => {
    if (!copied.has(project)) return project;
    const heading = now(project.heading);
    const copy: Project = { ...project, title: heading.title, heading, ideas: [] };
    if (project.section) copy.section = now(project.section);
    for (const idea of project.ideas) {
      renew(idea, copy);
      copy.ideas.push(renewed.get(idea)!);
    }
    return copy;
  });
  // Ideas outside any project.
  for (const idea of reread.keys()) if (!renewed.has(idea)) renew(idea);
  if (renamed.size > 0) for (const idea of was.ideas) if (!idea.project && names(idea) && !renewed.has(idea)) renew(idea);
  const ideas = was.ideas.slice();
  for (const [old, idea] of renewed) ideas[ideaIndex(was.ideas, old.heading)] = idea;
  return { ideas, projects, renewed };
}
