import type { Section } from '../parse/section';
import type { LineIndex } from '../text/line-index';
import type { Range } from '../text/range';
import type { Template, TemplateField } from '../template/template';
import type { Directive } from './directives';
import type { FieldSite } from './field-sites';

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
  /** A paragraph that opens with no label stands under it: prose, which is an idea's description when no label names one. */
  prose: boolean;
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
  /** Deeper headings inside the idea whose fields are the idea's (`### Implementation`). */
  subheadings?: Heading[];
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
  /** How this list's ideas write their fields: what the style rules judge against. */
  style: HouseStyle;
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

/** The first fenced block under a heading named Template. */
export interface TemplateCode {
  /** The index of that heading in its section. */
  heading: number;
  code: string;
  range: Range;
  closed: boolean;
}

/** What one section holds, in document lines and characters. */
export interface SectionReading {
  /** The section's root-level headings, as the model holds them. */
  headings: Heading[];
  /** For each heading, the places in its blocks where fields may stand. */
  sites: FieldSite[][];
  templateCode?: TemplateCode;
  /** Every code block, at any depth. */
  code: Range[];
  directives: Directive[];
  /** For each heading, the labels of the lines under it that read like a field's (`Effort: …`, `**Possible mentors**`), normalized. */
  labelled: string[][];
  /** A table whose header names a mentors column: ideas written as rows, which the model does not read. */
  ideasTable?: Range;
}

/** How many of the places that could do a thing do it. */
export interface Share {
  count: number;
  total: number;
}

/** How the occurrences of one template field are written across a list. */
export interface FieldStyle {
  /** Its most used spelling (as first written) and how many occurrences use it. */
  spelling: { label: string; count: number };
  /** Occurrences in all. */
  total: number;
  /** Written without a list bullet (`Possible mentors:` as a line of its own). */
  unbulleted: number;
  /** In emphasis (`**Mentors:**`, `_Mentors:_`). */
  emphasized: number;
  /** Without a colon (`**Preferred skills**` above its value). */
  noColon: number;
  /** With its value below it, outside its item or paragraph. */
  detached: number;
}

export type Markup = 'unbulleted' | 'emphasized' | 'noColon' | 'detached';

/**
 * How the ideas of one list write their fields: per field, the spelling most of its occurrences
 * use and how they are marked up, and how many mentors have a GitHub handle. What most of them do
 * is the list's own convention, not a mistake (markdownlint's `consistent` styles); the style
 * rules judge an idea against it.
 */
export interface HouseStyle {
  fields: Map<TemplateField, FieldStyle>;
  /** The markup of all fields together: what a field too rare to have its own convention follows. */
  all: Omit<FieldStyle, 'spelling'>;
  /** Mentors written with a GitHub handle, of all mentors. */
  handles: Share;
  /** Mentors fields that mark a primary mentor, of all mentors fields with mentors. */
  primaries: Share;
  /** Messages give exact counts (a list of real size); a very long list says "most" instead. */
  exact: boolean;
  /** Changes whenever anything a style rule says changes: what remembered findings are checked against. */
  key: string;
}
