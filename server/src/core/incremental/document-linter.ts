import { isDeepStrictEqual } from 'node:util';
import { ChunkedParser } from '../parse/chunked-parse';
import { type Run, type Section } from '../parse/section';
import { lint, type LintOptions, type LintResult } from '../lint';
import { eolOf, isSampleTitle, structureOf } from '../model/build';
import { type Field, type Heading, type Idea, type IdeasDocument, type Structure } from '../model/types';
import { ideaOf } from '../model/lookup';
import { DocumentState } from './document-state';
import { keptFindings, patchedFindings } from './patched-findings';
import { sameRange } from '../text/range';
import { LineIndex } from '../text/line-index';
import { renewModel } from './renew-model';
import { type SectionReading } from '../model/types';
import type { Template } from '../template/template';

/**
 * Lints one document through its edits. Most keystrokes change the text of an idea and nothing
 * the rest of the document is built on: no heading's level, no line-break style, no Template
 * block, directive or code block; at most a heading's text or line. For those the last result is
 * patched: the touched sections' fields and their ideas' findings are found again, the outline
 * rules judge again the projects a renamed heading touches, rules that read the text run again when
 * the edit touched what they read, and the rest (headings, every other idea and project, their
 * findings) is kept. When the edit added or removed lines, what lies below it moves in place by as
 * many lines. Any other edit is linted whole, the parser still reparsing only the sections it
 * touched.
 */
export class DocumentLinter {
  /** What the document keeps between lints; the parser keeps its sections' trees. */
  private readonly state = new DocumentState();
  private readonly parser: ChunkedParser;
  private last: { result: LintResult; options: string } | undefined;

  /** `longSection` is the ChunkedParser's (tests lower it). */
  constructor(longSection?: number) {
    this.parser = new ChunkedParser(longSection);
  }

  /** Whether no lint of this document is kept: its next lint parses every section. */
  get fresh(): boolean {
    return this.last === undefined;
  }

  /**
   * Parses the sections of `text` ahead of `lint(text)`, one step per section (`ChunkedParser.prepare`):
   * a caller that shares the thread steps through it, then lints.
   */
  prepare(text: string): Generator<void, void> {
    return this.parser.prepare(text);
  }

  /**
   * The result is valid until the next call: its ranges move with their sections, so the next
   * call moves what lies below its edit in this result too. A caller that keeps a result longer
   * keeps its JSON.
   */
  lint(text: string, options: LintOptions = {}): LintResult {
    const key = JSON.stringify(options);
    const last = this.last?.options === key ? this.last.result : undefined;
    // Forgotten until this lint is done: a lint that failed must not be patched later.
    this.last = undefined;
    const sections = this.parser.sections(text, this.state.reader.asParsed(text));
    const run = this.parser.run;
    const result = (last && run && patched(this.state, last, text, sections, run, options)) || lint(text, options, () => sections, this.state);
    this.last = { result, options: key };
    return result;
  }
}

/** The last result brought up to `text`, or undefined when the edit changed more than ideas' fields. */
function patched(state: DocumentState, last: LintResult, text: string, sections: Section[], run: Run, options: LintOptions): LintResult | undefined {
  const was = last.doc;
  // The sections the parser split anew, one for one; the others kept their trees.
  if (run.to - run.from !== run.replaced || was.sections.length !== sections.length || keptMovedTree(was.sections, sections, run)) return undefined;
  const delta = text.length - was.text.length;
  const lines = LineIndex.edited(was.lines, text, sections[run.from].offset, run.to < sections.length ? sections[run.to].offset - delta : was.text.length, delta);
  if (eolOf(lines) !== was.eol) return undefined;
  const moved = { by: lines.lineCount - was.lines.lineCount, from: run.to < sections.length ? was.sections[run.to].line : Infinity };
  const outline = readOutline(state, was, text, lines, sections, run);
  if (!outline) return undefined;
  const { readings, renamed } = outline;
  // Prose under a heading at the ideas' level that is no idea decides whether it takes the fields
  // of a sub-heading (an idea's `### Implementation`): then the whole outline is read again.
  for (const [before, now] of renamed) if (before.prose !== now.prose && before.depth === was.ideaDepth && !ideaOf(was.ideas, before)) return undefined;
  const { eol, headings, templateBlock, codeBlocks, directives } = was;
  const structure = keepsOutline(readings, run, renamed) ? { text, lines, eol, headings, templateBlock, codeBlocks, directives, sections, readings } : structureOf(text, lines, sections, readings);
  const change = { removed: was.sections.slice(run.from, run.from + run.replaced), added: sections.slice(run.from, run.to) };
  const template = state.templates.choose(structure, options, state.reader, change);
  if (template !== was.template) return undefined;
  const reread = rereadIdeas(state, was, structure, run, template);
  if (!reread) return undefined;
  for (const [idea, fields] of reread) state.style.replace(idea.fields, fields);
  const changes = { reread, renamed, ...renewModel(was, reread, renamed) };
  const kept = keptFindings(last, structure, run, changes, moved);
  // All that is read of the last result in its own lines is read: what lies below the edit moves
  // now, with the anchors of its sections.
  if (moved.by !== 0) for (let i = run.to; i < sections.length; i++) state.reader.place(sections[i]);
  const style = state.style.style();
  // The style rules judge every idea against the list's house style: when it changed, every idea is judged again.
  if (style.key !== was.style.key) return undefined;
  const doc: IdeasDocument = { ...structure, template, style, ideas: changes.ideas, projects: changes.projects, ideaDepth: was.ideaDepth, projectDepth: was.projectDepth };
  return { doc, findings: patchedFindings(state, doc, run, kept, changes, options) };
}

/**
 * The last result's headings, code blocks, directives and Template block serve the edited text:
 * no heading was renamed or moved, and the touched sections hold none of the others, whose
 * ranges would be the last reading's rather than the ones that move with the sections.
 */
function keepsOutline(readings: SectionReading[], run: Run, renamed: Map<Heading, Heading>): boolean {
  return renamed.size === 0 && readings.slice(run.from, run.to).every((reading) => reading.code.length === 0 && reading.directives.length === 0 && !reading.templateCode);
}

/**
 * A section split anew kept the tree of one that moved: text pasted over several sections may
 * leave one of them as it was, or as another was. Its reading would move under the last result,
 * which the patch reads in that result's own lines.
 */
function keptMovedTree(was: Section[], now: Section[], run: Run): boolean {
  const lines = new Map(was.slice(run.from, run.from + run.replaced).map((section) => [section.parsed, section.line]));
  return now.slice(run.from, run.to).some((section) => (lines.get(section.parsed) ?? section.line) !== section.line);
}

/**
 * The touched sections read again, when they agree with the last reading on what the model is
 * built on; their headings are the last ones, but for the headings whose text changed (`renamed`).
 */
function readOutline(state: DocumentState, was: IdeasDocument, text: string, lines: LineIndex, sections: Section[], run: Run): { readings: SectionReading[]; renamed: Map<Heading, Heading> } | undefined {
  const readings = was.readings.slice();
  const renamed = new Map<Heading, Heading>();
  for (let i = run.from; i < run.to; i++) {
    const reading = state.reader.read(sections[i], text, lines);
    const before = was.readings[i];
    if (!sameOutline(reading, before)) return undefined;
    // An unchanged heading stays the object that ideas, projects and kept findings were made with.
    // The reading keeps it too, with the ranges just read: those move with the section as it is now.
    reading.headings = reading.headings.map((heading, j) => (sameHeading(heading, before.headings[j]) ? adoptRanges(before.headings[j], heading) : heading));
    reading.headings.forEach((heading, j) => heading !== before.headings[j] && renamed.set(before.headings[j], heading));
    readings[i] = reading;
  }
  return { readings, renamed };
}

/**
 * The fields of every idea of the touched sections, read again; undefined when a heading became or
 * stopped being an idea, which changes the projects and the outline.
 */
function rereadIdeas(state: DocumentState, was: IdeasDocument, { sections, readings, text, lines }: Structure, run: Run, template: Template): Map<Idea, Field[]> | undefined {
  const reread = new Map<Idea, Field[]>();
  for (let i = run.from; i < run.to; i++) {
    if (readings[i].headings.length === 0) continue;
    const fields = state.reader.fields(sections[i], text, lines, template);
    for (const [j, heading] of was.readings[i].headings.entries()) {
      const idea = ideaOf(was.ideas, heading);
      // An idea whose fields stand under its sub-headings is read whole again.
      if ((idea !== undefined) !== fields[j].some((field) => field.template) || idea?.subheadings) return undefined;
      if (idea) reread.set(idea, fields[j]);
    }
  }
  return reread;
}

/** The same heading, at the same place: compared by value, as their ranges have different anchors. */
const sameHeading = (now: Heading, was: Heading): boolean =>
  now.depth === was.depth && now.title === was.title && now.hasContent === was.hasContent && now.prose === was.prose && sameRange(now.range, was.range) && sameRange(now.titleRange, was.titleRange);

/** `kept`, given the ranges of `read`, the same heading read again. */
function adoptRanges(kept: Heading, read: Heading): Heading {
  kept.range = read.range;
  kept.titleRange = read.titleRange;
  return kept;
}

/**
 * Two readings of a section agree on what the model is built on: the headings' levels (their text
 * and lines may differ, unless the text makes a Sample section), the Template block, code blocks,
 * directives.
 */
function sameOutline(now: SectionReading, was: SectionReading): boolean {
  return (
    now.headings.length === was.headings.length &&
    now.headings.every((heading, i) => {
      const before = was.headings[i];
      return heading.depth === before.depth && !isSampleTitle(heading.title) && !isSampleTitle(before.title);
    }) &&
    isDeepStrictEqual(now.templateCode, was.templateCode) &&
    isDeepStrictEqual(now.code, was.code) &&
    isDeepStrictEqual(now.directives, was.directives)
  );
}

