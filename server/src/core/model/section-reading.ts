import type { Nodes } from 'mdast';
import type { Anchor } from '../text/anchored-range';
import { dropTree, place, type Parsed, type Section } from '../parse/section';
import { directivesIn } from './directives';
import { isFenceClosed } from '../parse/fences';
import { fieldSitesOf, type FieldSite } from './field-sites';
import { fieldsOf, knownLabelsOf } from './fields';
import { readHeadings } from './headings';
import type { Field, SectionReading } from './types';
import { endOf, startOf } from '../text/offsets';
import { LineIndex } from '../text/line-index';
import { shiftReading } from '../incremental/shift';
import type { Template } from '../template/template';

/**
 * What was read from a section is kept by the section's `parsed`, with the line the section started
 * at: the ChunkedParser keeps a section's `parsed` while its text is unchanged, the same text at
 * the same line reads the same, and at another line it reads the same moved by as many lines: the
 * ranges of its headings and fields are anchored to the kept `line` (`AnchoredRange`), its code
 * blocks and directives are moved in place (`shift.ts`). So a keystroke reads only the section it
 * touched. Nothing read keeps an mdast node: once read, the tree is dropped, and fields under any
 * template are read from the reading's sites.
 */
interface Kept extends Anchor {
  reading: SectionReading;
  /** Per template, what was read under each heading: fields, or only the labels inference weighs. */
  fields: Map<Template, Field[][]>;
  /** Made when inference first asks: most files name their template. */
  labels?: Map<Template, string[][]>;
}

const kept = new WeakMap<Parsed, Kept>();
/** A file has two or three templates in play at most (inference, then the chosen one). */
const TEMPLATES_KEPT = 4;

export function readSection(section: Section, text: string, lines: LineIndex): SectionReading {
  const known = kept.get(section.parsed);
  if (known) return placed(known, section.line).reading;
  const tree = place(section);
  const reading: SectionReading = { headings: [], sites: [], code: [], directives: [] };
  const fresh: Kept = { line: section.line, reading, fields: new Map() };
  const found = readHeadings(text, tree, lines, fresh);
  reading.headings = found.map((each) => each.heading);
  reading.sites = found.map((each) => fieldSitesOf(tree.children.slice(...each.content), section.offset, text));
  for (const [index, { heading, content }] of found.entries()) {
    if (!/\btemplate\b/i.test(heading.title)) continue;
    const code = tree.children.slice(...content).find((block) => block.type === 'code');
    if (code) {
      const source = text.slice(startOf(code), endOf(code));
      reading.templateCode = { heading: index, code: code.value, range: lines.rangeOf(startOf(code), endOf(code)), closed: isFenceClosed(source) };
      break;
    }
  }
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'code') reading.code.push(lines.rangeOf(startOf(node), endOf(node)));
    else if (node.type === 'html') reading.directives.push(...directivesIn(node, lines));
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  kept.set(section.parsed, fresh);
  // All the model needs of the tree is read: the section keeps its reading instead.
  dropTree(section);
  return reading;
}

/**
 * Reads each section of `text` as the parser makes it (`ChunkedParser.sections`), with the text's
 * lines made on first use: a first parse then lets every tree go as soon as it is read.
 */
export function readingAsParsed(text: string): (section: Section) => void {
  let lines: LineIndex | undefined;
  return (section) => void readSection(section, text, (lines ??= new LineIndex(text)));
}

/** The fields under each heading of a section `readSection` read, as `template` names them; kept like readings. */
export function sectionFields(section: Section, text: string, lines: LineIndex, template: Template): Field[][] {
  const known = placed(kept.get(section.parsed)!, section.line);
  return underHeadings(known.fields, known.reading, template, (sites) => {
    const fields = fieldsOf(sites, section.offset, text, lines, template, known);
    anchors.set(fields, known);
    return fields;
  });
}

/** The anchor of the fields under one heading, as `sectionFields` read them. */
const anchors = new WeakMap<Field[], Anchor>();

/** What the ranges of fields that `sectionFields` read count their lines from: their section's line. */
export const anchorOf = (fields: Field[]): Anchor => anchors.get(fields)!;

/** The known labels under each heading of a section `readSection` read, as `knownLabelsOf` finds them; kept like readings. */
export function sectionLabels(section: Section, text: string, lines: LineIndex, template: Template): string[][] {
  // Labels hold no positions: they are read without moving what else was kept. (A patch chooses
  // its template before it moves what lies below the edit.)
  const known = kept.get(section.parsed)!;
  return underHeadings((known.labels ??= new Map()), known.reading, template, (sites) => knownLabelsOf(sites, section.offset, text, lines, template));
}

/**
 * Moves what was read from the section, and what was found in its ideas, to where the section now
 * is, without reading anything: an edit that adds a line moves every section below it.
 */
export function placeSection(section: Section): void {
  const known = kept.get(section.parsed);
  if (known) placed(known, section.line);
}

/**
 * What was kept for a section, moved from the line it was read at to `line`: its code blocks and
 * directives in place; its headings and fields, and the findings of its ideas, with their anchor.
 * Labels hold no positions.
 */
function placed(known: Kept, line: number): Kept {
  const by = line - known.line;
  if (by === 0) return known;
  shiftReading(known.reading, by);
  known.line = line;
  return known;
}

function underHeadings<T>(byTemplate: Map<Template, T[]>, reading: SectionReading, template: Template, read: (sites: FieldSite[]) => T): T[] {
  let found = byTemplate.get(template);
  if (!found) {
    if (byTemplate.size >= TEMPLATES_KEPT) byTemplate.clear();
    found = reading.sites.map(read);
    byTemplate.set(template, found);
  }
  return found;
}
