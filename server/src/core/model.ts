import type { Heading as MdHeading, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { LineIndex, type Range } from './range';
import { findTemplateBlock } from './template-block';
import { fieldForLabel, type Template, type TemplateField } from './template';

/** A root-level heading and the blocks up to the next heading of any level. */
export interface Heading {
  depth: number;
  title: string;
  /** The whole heading line. */
  range: Range;
  /** Blocks between this heading and the next one. */
  content: RootContent[];
  /** From the heading to the next heading of the same or a shallower level. */
  sectionRange: Range;
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
  /** How the handle was written: `@h` in parentheses, `@h` after the name, a link, … */
  handleStyle?: 'paren' | 'bare' | 'link' | 'profile-url';
  email?: string;
  /** A non-GitHub profile link (Twitter, LinkedIn) given instead of a handle. */
  otherProfile?: string;
}

/** One reference in an issue field: a URL or something meant as one. */
export interface IssueRef {
  text: string;
  range: Range;
  /** The URL, when the text is one (bare, autolink, or a link's target). */
  url?: string;
}

export interface Field {
  /** The label as written, without `**` or colon: `Mentors`. */
  label: string;
  /** The template field the label names, canonically or by alias; undefined for an unknown label. */
  template?: TemplateField;
  labelRange: Range;
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

export interface IdeasDocument {
  text: string;
  lines: LineIndex;
  template: Template;
  headings: Heading[];
  projects: Project[];
  ideas: Idea[];
  /** The heading level most ideas use; undefined when the file has no ideas. */
  ideaDepth?: number;
  /** The heading level most projects use. */
  projectDepth?: number;
  templateBlock?: TemplateBlock;
}

/** `Label:` at the start of a line, with optional `**` around the label and a full-width colon. */
const LABEL = /^[ \t]*(\*\*)?[ \t]*([^:：*\r\n]{1,60}?)[ \t]*(\*\*)?[ \t]*[:：](\*\*)?/;

const start = (node: { position?: { start: { offset?: number } } }): number => node.position?.start.offset ?? 0;
const end = (node: { position?: { end: { offset?: number } } }): number => node.position?.end.offset ?? 0;

/** Builds the ideas model from the mdast of `text`, reading fields as the template names them. */
export function buildModel(text: string, tree: Root, template: Template): IdeasDocument {
  const lines = new LineIndex(text);
  const headings = collectHeadings(text, tree, lines);
  const ideas: Idea[] = [];
  for (const heading of headings) {
    const fields = heading.content.flatMap((block) => fieldsOfBlock(block, text, lines, template));
    if (fields.length > 0) ideas.push({ title: heading.title, heading, fields });
  }
  const projects = assignProjects(headings, ideas);
  return {
    text,
    lines,
    template,
    headings,
    projects,
    ideas,
    ideaDepth: mostCommon(ideas.map((idea) => idea.heading.depth)),
    templateBlock: findTemplateBlock(text, headings, lines),
  };
}

function collectHeadings(text: string, tree: Root, lines: LineIndex): Heading[] {
  const indexes = tree.children.flatMap((node, index) => (node.type === 'heading' ? [index] : []));
  return indexes.map((index, i) => {
    const node = tree.children[index] as MdHeading;
    const contentEnd = i + 1 < indexes.length ? indexes[i + 1] : tree.children.length;
    const next = indexes.slice(i + 1).find((j) => (tree.children[j] as MdHeading).depth <= node.depth);
    const sectionEnd = next === undefined ? text.length : start(tree.children[next]);
    return {
      depth: node.depth,
      title: headingTitle(text, node),
      range: lines.rangeOf(start(node), end(node)),
      content: tree.children.slice(index + 1, contentEnd),
      sectionRange: lines.rangeOf(start(node), trimEnd(text, sectionEnd)),
    };
  });
}

function headingTitle(text: string, node: MdHeading): string {
  if (node.children.length === 0) return '';
  return text.slice(start(node.children[0]), end(node.children[node.children.length - 1])).trim();
}

/** Fields of a list (one per item) or of a paragraph whose lines start with labels. */
function fieldsOfBlock(block: RootContent, text: string, lines: LineIndex, template: Template): Field[] {
  if (block.type === 'list') {
    return block.children.flatMap((item) => fieldsOfItem(item, text, lines, template));
  }
  if (block.type === 'paragraph') return fieldsOfParagraph(block, end(block), false, text, lines, template);
  return [];
}

function fieldsOfItem(item: ListItem, text: string, lines: LineIndex, template: Template): Field[] {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return [];
  return fieldsOfParagraph(first, end(item), true, text, lines, template);
}

/**
 * Every line of the paragraph that starts with a known label begins a field; its value runs to the
 * next such line or to `until`. Lines after the first are labels that lost their bullet.
 */
function fieldsOfParagraph(
  paragraph: Paragraph,
  until: number,
  bulleted: boolean,
  text: string,
  lines: LineIndex,
  template: Template,
): Field[] {
  const found: { at: number; label: string; labelEnd: number; colonEnd: number; field: TemplateField; bulleted: boolean }[] = [];
  const firstLine = lines.positionAt(start(paragraph)).line;
  const lastLine = lines.positionAt(end(paragraph)).line;
  for (let line = firstLine; line <= lastLine; line++) {
    const lineStart = line === firstLine ? start(paragraph) : lines.lineStart(line);
    const match = LABEL.exec(text.slice(lineStart, lines.lineEnd(line)));
    const field = match && fieldForLabel(template, match[2]);
    if (!match || !field) continue;
    const labelAt = lineStart + match[0].indexOf(match[2]);
    found.push({
      at: lineStart + match[0].length - match[0].trimStart().length,
      label: match[2],
      labelEnd: labelAt + match[2].length,
      colonEnd: lineStart + match[0].length,
      field,
      bulleted: bulleted && line === firstLine,
    });
  }
  return found.map((f, i) => {
    const valueLimit = i + 1 < found.length ? found[i + 1].at : until;
    const raw = text.slice(f.colonEnd, valueLimit);
    const valueStart = f.colonEnd + (raw.length - raw.trimStart().length);
    const valueEnd = Math.max(valueStart, trimEnd(text, valueLimit));
    return {
      label: f.label,
      template: f.field,
      labelRange: lines.rangeOf(f.at, f.labelEnd + (text.startsWith('**', f.labelEnd) ? 2 : 0)),
      value: text.slice(valueStart, valueEnd),
      valueRange: lines.rangeOf(valueStart, valueEnd),
      range: lines.rangeOf(f.at, valueEnd),
      bulleted: f.bulleted,
      bold: text.slice(f.at, f.colonEnd).includes('**'),
      colon: text.slice(f.labelEnd, f.colonEnd).includes('：') ? '：' : ':',
    };
  });
}

function assignProjects(headings: Heading[], ideas: Idea[]): Project[] {
  const projects = new Map<Heading, Project>();
  for (const idea of ideas) {
    const index = headings.indexOf(idea.heading);
    const parent = headings.slice(0, index).reverse().find((h) => h.depth < idea.heading.depth);
    if (!parent) continue;
    let project = projects.get(parent);
    if (!project) projects.set(parent, (project = { title: parent.title, heading: parent, ideas: [] }));
    project.ideas.push(idea);
    idea.project = project;
  }
  return [...projects.values()];
}

function mostCommon(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: number | undefined;
  for (const [value, count] of counts) if (best === undefined || count > counts.get(best)!) best = value;
  return best;
}

/** The offset before any whitespace that ends text[0, offset). */
function trimEnd(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}
