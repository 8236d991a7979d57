import type { Nodes } from 'mdast';
import type { Anchor } from '../text/anchored-range';
import { dropTree, place, type Parsed, type Section } from '../parse/section';
import { directivesIn } from './directives';
import { isFenceClosed } from '../parse/fences';
import { fieldSitesOf, type FieldSite } from './field-sites';
import { isIdeasTable, isProse, labelAt } from './list-shape';
import { fieldsOf, knownLabelsOf } from './fields';
import { readHeadings } from './headings';
import type { Field, SectionReading } from './types';
import { endOf, startOf } from '../text/offsets';
import { LineIndex } from '../text/line-index';
import type { Template } from '../template/template';

/**
 * What was read from a section is kept by the section's `parsed`, with the line the section starts
 * at: the ChunkedParser keeps a section's `parsed` while its text is unchanged, the same text at
 * the same line reads the same, and at another line it reads the same moved by as many lines:
 * every range read from it (headings, fields, code blocks, directives) and every finding made from
 * them counts its lines from the kept `line` (`AnchoredRange`), so moving a section is one number.
 * So a keystroke reads only the section it touched. Nothing read keeps an mdast node: once read,
 * the tree is dropped, and fields under any template are read from the reading's sites.
 */
interface Kept extends Anchor {
  reading: SectionReading;
  /** Per template, what was read under each heading: fields, or only the labels inference weighs. */
  fields: Map<Template, Field[][]>;
  /** Made when inference first asks: most files name their template. */
  labels?: Map<Template, string[][]>;
}

/** A file has two or three templates in play at most (inference, then the chosen one). */
const TEMPLATES_KEPT = 4;

/**
 * Reads sections and keeps what it read for as long as it lives: one reader per document
 * (`DocumentLinter` owns it), or one per one-shot lint. What it keeps is keyed by the parser's
 * `Parsed` objects, so it goes when the parser lets a section go.
 */
export class SectionReader {
  private readonly kept = new WeakMap<Parsed, Kept>();
  /** The anchor of the fields under one heading, as `fields` read them. */
  private readonly anchors = new WeakMap<Field[], Anchor>();

  read(section: Section, text: string, lines: LineIndex): SectionReading {
    const known = this.kept.get(section.parsed);
    if (known) return placed(known, section.line).reading;
    const fresh = readFresh(section, text, lines);
    this.kept.set(section.parsed, fresh);
    return fresh.reading;
  }

  /**
   * Reads each section of `text` as the parser makes it (`ChunkedParser.sections`), with the text's
   * lines made on first use: a first parse then lets every tree go as soon as it is read.
   */
  asParsed(text: string): (section: Section) => void {
    let lines: LineIndex | undefined;
    return (section) => void this.read(section, text, (lines ??= new LineIndex(text)));
  }

  /** The fields under each heading of a section `read` read, as `template` names them; kept like readings. */
  fields(section: Section, text: string, lines: LineIndex, template: Template): Field[][] {
    const known = placed(this.kept.get(section.parsed)!, section.line);
    return underHeadings(known.fields, known.reading, template, (sites) => {
      const fields = fieldsOf(sites, section.offset, text, lines, template, known);
      this.anchors.set(fields, known);
      return fields;
    });
  }

  /** The known labels under each heading of a section `read` read, as `knownLabelsOf` finds them; kept like readings. */
  labels(section: Section, text: string, lines: LineIndex, template: Template): string[][] {
    // Labels hold no positions: they are read without placing the section.
    const known = this.kept.get(section.parsed)!;
    return underHeadings((known.labels ??= new Map()), known.reading, template, (sites) => knownLabelsOf(sites, section.offset, text, lines, template));
  }

  /** What the ranges of fields that `fields` read count their lines from (their section's line); undefined for fields gathered from several sections. */
  anchorOfFields(fields: Field[]): Anchor | undefined {
    return this.anchors.get(fields)!;
  }

  /** What the ranges read from a section count their lines from, once `read` has read it. */
  anchorOf(section: Section): Anchor {
    return placed(this.kept.get(section.parsed)!, section.line);
  }

  /**
   * Moves what was read from the section, and what was found in it, to where the section now is,
   * without reading anything: an edit that adds a line moves every section below it.
   */
  place(section: Section): void {
    const known = this.kept.get(section.parsed);
    if (known) placed(known, section.line);
  }
}

function readFresh(section: Section, text: string, lines: LineIndex): Kept {
  const tree = place(section);
  const reading: SectionReading = { headings: [], sites: [], code: [], directives: [], labelled: [] };
  const fresh: Kept = { line: section.line, reading, fields: new Map() };
  const found = readHeadings(text, tree, lines, fresh);
  reading.headings = found.map((each) => each.heading);
  reading.sites = found.map((each) => fieldSitesOf(tree.children.slice(...each.content), section.offset, text));
  reading.sites.forEach((sites, i) => {
    const labels = sites.map((site) => labelAt(text, section.offset + site.start, section.offset + site.end));
    reading.labelled[i] = [...new Set(labels.filter((label) => label !== undefined))];
    reading.headings[i].prose = sites.some((site, j) => isProse(site) && labels[j] === undefined);
  });
  const table = tree.children.find((block) => block.type === 'paragraph' && isIdeasTable(text.slice(startOf(block), endOf(block))));
  if (table) reading.ideasTable = lines.rangeOf(startOf(table), endOf(table), fresh);
  for (const [index, { heading, content }] of found.entries()) {
    if (!/\btemplate\b/i.test(heading.title)) continue;
    const code = tree.children.slice(...content).find((block) => block.type === 'code');
    if (code) {
      const source = text.slice(startOf(code), endOf(code));
      reading.templateCode = { heading: index, code: code.value, range: lines.rangeOf(startOf(code), endOf(code), fresh), closed: isFenceClosed(source) };
      break;
    }
  }
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'code') reading.code.push(lines.rangeOf(startOf(node), endOf(node), fresh));
    else if (node.type === 'html') reading.directives.push(...directivesIn(node, lines, fresh));
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  // All the model needs of the tree is read: the section keeps its reading instead.
  dropTree(section);
  return fresh;
}

/** What was kept for a section, moved from the line it was read at to `line`: its anchor moves every range read from it. */
function placed(known: Kept, line: number): Kept {
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
