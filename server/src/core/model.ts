import type { Section } from './chunked-parse';
import type { Directive } from './directives';
import { LineIndex, type Range } from './range';
import { readSection, sectionFields, sectionLabels, type SectionReading } from './section-reading';
import type { Template, TemplateField } from './template';

/**
 * A root-level heading of the document. Its section (up to the next heading at its level or
 * shallower) is `sectionRange` in headings.ts: it depends on the headings after it.
 */
export interface Heading {
  depth: number;
  title: string;
  /** The whole heading line. */
  range: Range;
  /** The heading's text, without `#` marks. */
  titleRange: Range;
  /** Blocks follow it before the next heading. */
  hasContent: boolean;
}

/** A mentor as parsed from a `Mentor(s)` value. */
export interface Mentor {
  /** The mentor's text as written: `Jane Doe (@janedoe, jane@example.com)`. */
  text: string;
  range: Range;
  name?: string;
  /** GitHub handle without `@`, as written (it may be invalid; mentor-handle checks it). */
  handle?: string;
  handleRange?: Range;
  /** How the handle was written: `@h` in parentheses, `@h` after the name, `@h` after a comma, a link, … */
  handleStyle?: 'paren' | 'bare' | 'listed' | 'link' | 'profile-url';
  /** With a `listed` handle, the comma and space after the name: `, ` in `Jane Doe, @jd, jd@example.com`. */
  separatorRange?: Range;
  email?: string;
  /** A non-GitHub profile link (Twitter, LinkedIn) given instead of a handle. */
  otherProfile?: string;
  /** A handle-like word in parentheses without its `@`: `rbitia` in `Ria Bhatia (rbitia)`. */
  unmarkedHandle?: string;
  /** The text of a markdown link in the mentor's text: `@h` in `[@h](https://github.com/h)`. */
  linkText?: string;
}

/** One reference in an issue field: a URL or something meant as one. */
export interface IssueRef {
  text: string;
  range: Range;
  /** The URL, when the text is one (bare, autolink, or a link's target), without trailing punctuation. */
  url?: string;
  /** `org/repo#123`, a shorthand that only GitHub's own pages expand. */
  shorthand?: string;
}

export interface Field {
  /** The label as written, without `**` or colon: `Mentors`. */
  label: string;
  /** The template field the label names, canonically or by alias; undefined for an unknown label. */
  template?: TemplateField;
  /** The label's own text. */
  labelRange: Range;
  /** The label with its `**` and colon: everything before the value. */
  headRange: Range;
  /** Text after the colon up to the next field, trimmed. */
  value: string;
  valueRange: Range;
  /** From the label to the end of the value. */
  range: Range;
  /** False when the label is a line of running text rather than a list item of its own. */
  bulleted: boolean;
  /** The label carries `**` emphasis (`**Description**:`, `Recommended Skills**:`). */
  bold: boolean;
  /** The colon as written: `:`, the full-width `：`, or '' when the label has none. */
  colon: string;
  /** For an unknown label, the template field it was probably meant to be (`Descrption`). */
  nearMiss?: TemplateField;
  /** Five spaces or more after the bullet made the field an indented code block: `-      Description: …`. */
  indentedAsCode?: boolean;
  /** The value stands below an empty label, outside its list item: `- Mentor(s):` above a list of its own. */
  detached?: boolean;
  /** The label written again at the start of the value, colon included: `Mentor(s):` in `- Mentor(s): Mentor(s): …`. */
  repeatedLabel?: Range;
  /** Set when this field's list item is nested inside another field's item. */
  nestedIn?: Field;
  /** Parsed value of a `mentors` field. */
  mentors?: Mentor[];
  /** Parsed value of an `issues` field. */
  issues?: IssueRef[];
}

export interface Idea {
  title: string;
  heading: Heading;
  fields: Field[];
  project?: Project;
  /** A heading between the project and the idea (a SIG, a sub-project). */
  group?: Heading;
  /** The nearest shallower heading above the idea, whatever it is. */
  parent?: Heading;
}

export interface Project {
  title: string;
  heading: Heading;
  ideas: Idea[];
  /** The shallower heading the project sits in (`Proposed Project ideas`). */
  section?: Heading;
}

/** The fenced block under a heading named Template, which says what the file's ideas hold. */
export interface TemplateBlock {
  heading: Heading;
  /** The fence's content. */
  code: string;
  /** The whole fence, from the opening line. */
  range: Range;
  /** False when the fence is never closed (it then runs to the end of the file). */
  closed: boolean;
}

export interface IdeasDocument extends Structure {
  template: Template;
  projects: Project[];
  ideas: Idea[];
  /** The heading level most ideas use; undefined when the file has no ideas. */
  ideaDepth?: number;
  /** The heading level most projects use. */
  projectDepth?: number;
}

/** What the model needs before a template is chosen: lines, headings and the Template block. */
export interface Structure {
  text: string;
  lines: LineIndex;
  /** The line break the document uses. */
  eol: '\n' | '\r\n';
  headings: Heading[];
  templateBlock?: TemplateBlock;
  /** Every code block, at any depth. */
  codeBlocks: CodeBlock[];
  /** `<!-- ideas-disable … -->` comments. */
  directives: Directive[];
  /** The parsed sections: fields are read from them. */
  sections: Section[];
  /** What was read from each section, its headings among it. */
  readings: SectionReading[];
}

export interface CodeBlock {
  range: Range;
  /** It is the file's Template block. */
  inTemplate: boolean;
}

export function readStructure(text: string, sections: Section[]): Structure {
  const lines = new LineIndex(text);
  return structureOf(text, lines, sections, sections.map((section) => readSection(section, text, lines)));
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

/** The known labels under each heading that is not a sample, for preset inference. */
export function labelsByHeading(structure: Structure, template: Template): string[][] {
  const { text, lines } = structure;
  const result: string[][] = [];
  underHeadings(structure, (section) => sectionLabels(section, text, lines, template), (_, labels) => result.push(labels));
  return result;
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
export function buildModel(structure: Structure, template: Template): IdeasDocument {
  const { text, lines } = structure;
  const ideas: Idea[] = [];
  underHeadings(structure, (section) => sectionFields(section, text, lines, template), (heading, fields) => {
    if (fields.some((field) => field.template)) ideas.push({ title: heading.title, heading, fields });
  });
  const { projects, projectDepth } = placeIdeas(structure.headings, ideas);
  return {
    ...structure,
    template,
    projects,
    ideas,
    ideaDepth: mostCommon(ideas.map((idea) => idea.heading.depth)),
    projectDepth,
  };
}

/** A section named Template, Sample or Example shows the format: the headings inside it are not ideas. */
export const isSampleTitle = (title: string): boolean => /^(sample|template|example)\b/i.test(title);

/** Headings inside a section named Template, Sample or Example. */
function sampleHeadings(headings: Heading[]): Set<Heading> {
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

function mostCommon(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: number | undefined;
  for (const [value, count] of counts) if (best === undefined || count > counts.get(best)!) best = value;
  return best;
}
