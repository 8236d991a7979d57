import type { Section } from '../parse/section';
import type { Directive } from './directives';
import { LineIndex } from '../text/line-index';
import type { HouseStyleTally } from './house-style';
import type { SectionReader } from './section-reading';
import type { CodeBlock, Heading, Idea, IdeasDocument, Project, SectionReading, Structure, TemplateBlock } from './types';
import type { Template } from '../template/template';
import { mostCommon } from '../text/most-common';

export function readStructure(text: string, sections: Section[], reader: SectionReader): Structure {
  const lines = new LineIndex(text);
  return structureOf(text, lines, sections, sections.map((section) => reader.read(section, text, lines)));
}

/** The structure that the sections' readings make: the readings' own headings, code blocks and directives. */
export function structureOf(text: string, lines: LineIndex, sections: Section[], readings: SectionReading[]): Structure {
  const headings: Heading[] = [];
  const codeBlocks: CodeBlock[] = [];
  const directives: Directive[] = [];
  let templateBlock: TemplateBlock | undefined;
  for (const reading of readings) {
    const { templateCode } = reading;
    if (!templateBlock && templateCode) {
      const { code, range, closed } = templateCode;
      templateBlock = { heading: reading.headings[templateCode.heading], code, range, closed };
    }
    for (const heading of reading.headings) headings.push(heading);
    for (const range of reading.code) codeBlocks.push({ range, inTemplate: templateBlock?.range.start.line === range.start.line });
    for (const directive of reading.directives) directives.push(directive);
  }
  return { text, lines, eol: eolOf(lines), headings, templateBlock, codeBlocks, directives, sections, readings };
}

/** The line break a text uses: "\r\n" only when it holds one (the line index knows whether to look). */
export const eolOf = (lines: LineIndex): '\n' | '\r\n' => (lines.hasCR && lines.text.includes('\r\n') ? '\r\n' : '\n');

/**
 * The known labels under each heading of `sections` that is not a sample, for preset inference:
 * `visit` gets each section's headings' labels, in document order.
 */
export function labelsBySection(structure: Structure, sections: Section[], template: Template, reader: SectionReader, visit: (section: Section, labels: string[][]) => void): void {
  const { text, lines } = structure;
  const samples = sampleHeadings(structure.headings);
  for (const section of sections) {
    const reading = reader.read(section, text, lines);
    if (reading.headings.every((heading) => samples.has(heading))) continue;
    const labels = reader.labels(section, text, lines, template);
    visit(section, labels.filter((_, i) => !samples.has(reading.headings[i])));
  }
}

/** What `read` finds under each heading that is not a sample, handed to `use` in document order. */
function underHeadings<T>(structure: Structure, read: (section: Section) => T[], use: (heading: Heading, found: T) => void): void {
  const samples = sampleHeadings(structure.headings);
  structure.sections.forEach((section, at) => {
    const reading = structure.readings[at];
    if (reading.headings.every((heading) => samples.has(heading))) return;
    const found = read(section);
    reading.headings.forEach((heading, i) => {
      if (!samples.has(heading)) use(heading, found[i]);
    });
  });
}

/** Builds the ideas model, reading fields as the template names them. */
export function buildModel(structure: Structure, template: Template, reader: SectionReader, tally: HouseStyleTally): IdeasDocument {
  const { text, lines } = structure;
  const ideas: Idea[] = [];
  underHeadings(structure, (section) => reader.fields(section, text, lines, template), (heading, fields) => {
    if (fields.some((field) => field.template)) ideas.push({ title: heading.title, heading, fields });
  });
  const read = liftSubheadings(structure.headings, ideas);
  const { projects, projectDepth } = placeIdeas(structure.headings, read);
  tally.reset(read);
  return {
    ...structure,
    template,
    style: tally.style(),
    projects,
    ideas: read,
    ideaDepth: mostCommon(read.map((idea) => idea.heading.depth)),
    projectDepth,
  };
}

/**
 * A sub-heading inside an idea is part of it: fields under a heading deeper than the level most
 * ideas use, whose nearest shallower heading is at that level and holds prose or other fields
 * (`### Implementation` under `## IDEA: …`, whose sibling ideas are `##`), are that idea's.
 */
function liftSubheadings(headings: Heading[], ideas: Idea[]): Idea[] {
  const ideaDepth = mostCommon(ideas.map((idea) => idea.heading.depth));
  if (ideaDepth === undefined || ideas.every((idea) => idea.heading.depth <= ideaDepth)) return ideas;
  const byHeading = new Map(ideas.map((idea) => [idea.heading, idea]));
  const lifted = new Map<Heading, Idea>();
  // The nearest shallower heading above each heading, in one pass.
  const open: Heading[] = [];
  const result: Idea[] = [];
  for (const heading of headings) {
    while (open.length > 0 && open[open.length - 1].depth >= heading.depth) open.pop();
    const parent = open[open.length - 1];
    open.push(heading);
    const idea = byHeading.get(heading);
    if (!idea) continue;
    const candidate = parent && heading.depth > ideaDepth && parent.depth === ideaDepth ? (lifted.get(parent) ?? byHeading.get(parent)) : undefined;
    // A deeper heading with fields its parent idea has too is an idea of its own, a level off.
    const owner = candidate && !idea.fields.some((field) => field.template && candidate.fields.some((other) => other.template === field.template)) ? candidate : undefined;
    if (!candidate && parent && heading.depth > ideaDepth && parent.depth === ideaDepth && parent.prose) {
      const made: Idea = { title: parent.title, heading: parent, fields: idea.fields, subheadings: [heading] };
      lifted.set(parent, made);
      result.push(made);
    } else if (owner) {
      const merged: Idea = { ...owner, fields: [...owner.fields, ...idea.fields], subheadings: [...(owner.subheadings ?? []), heading] };
      result[result.indexOf(owner)] = merged;
      lifted.set(parent, merged);
    } else result.push(idea);
  }
  return result;
}

/** A section named Template, Sample or Example shows the format: the headings inside it are not ideas. */
export const isSampleTitle = (title: string): boolean => /^(sample|template|example)\b/i.test(title);

/**
 * Headings inside a section named Template, Sample or Example, per headings list: a patch that
 * keeps the outline keeps the list, and inference asks on every keystroke.
 */
const samplesOf = new WeakMap<Heading[], Set<Heading>>();

function sampleHeadings(headings: Heading[]): Set<Heading> {
  let known = samplesOf.get(headings);
  if (!known) samplesOf.set(headings, (known = findSamples(headings)));
  return known;
}

function findSamples(headings: Heading[]): Set<Heading> {
  const samples = new Set<Heading>();
  let sampleDepth: number | undefined;
  for (const heading of headings) {
    if (sampleDepth !== undefined && heading.depth <= sampleDepth) sampleDepth = undefined;
    if (sampleDepth === undefined && isSampleTitle(heading.title)) sampleDepth = heading.depth;
    else if (sampleDepth !== undefined) samples.add(heading);
  }
  return samples;
}

/**
 * Gives each idea its project: the nearest shallower heading at the level most ideas' parents
 * use. A heading between them is a group (a SIG, a sub-project); an idea at or above the project
 * level belongs to the project before it.
 */
function placeIdeas(headings: Heading[], ideas: Idea[]): { projects: Project[]; projectDepth?: number } {
  walkIdeas(headings, ideas, (idea, latest) => (idea.parent = latest((depth) => depth < idea.heading.depth)));
  const parentDepth = mostCommon(ideas.flatMap((idea) => idea.parent?.depth ?? []));
  if (parentDepth === undefined) return { projects: [] };
  const projects = new Map<Heading, Project>();
  // The section above the latest heading at the project level, taken as that heading is passed.
  let sectionAbove: Heading | undefined;
  const pass = (heading: Heading, latest: Latest) => {
    if (heading.depth === parentDepth) sectionAbove = latest((depth) => depth < parentDepth);
  };
  walkIdeas(headings, ideas, (idea, latest) => {
    const projectHeading = latest((depth) => depth === parentDepth || (depth < parentDepth && depth < idea.heading.depth));
    if (!projectHeading || projectHeading.depth !== parentDepth) return;
    let project = projects.get(projectHeading);
    if (!project) {
      project = { title: projectHeading.title, heading: projectHeading, ideas: [] };
      if (sectionAbove) project.section = sectionAbove;
      projects.set(projectHeading, project);
    }
    if (idea.parent && idea.parent.depth > parentDepth) idea.group = idea.parent;
    project.ideas.push(idea);
    idea.project = project;
  }, pass);
  return { projects: [...projects.values()], projectDepth: parentDepth };
}

/** The latest heading so far among the depths a test accepts. */
type Latest = (accepts: (depth: number) => boolean) => Heading | undefined;

/**
 * One pass over the headings in order: `visit` gets each idea (ideas are in heading order) and
 * `pass` every heading, each with the latest heading before it. A pass, not a lookup per idea: a
 * long list must not cost its square, nor an index of every heading on each keystroke.
 */
function walkIdeas(headings: Heading[], ideas: Idea[], visit: (idea: Idea, latest: Latest) => void, pass?: (heading: Heading, latest: Latest) => void): void {
  const last = new Int32Array(7).fill(-1);
  const latest: Latest = (accepts) => {
    let best = -1;
    for (let depth = 1; depth <= 6; depth++) if (accepts(depth) && last[depth] > best) best = last[depth];
    return best === -1 ? undefined : headings[best];
  };
  let next = 0;
  headings.forEach((heading, i) => {
    pass?.(heading, latest);
    if (ideas[next]?.heading === heading) visit(ideas[next++], latest);
    last[heading.depth] = i;
  });
}

