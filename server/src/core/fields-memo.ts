import type { RootContent } from 'mdast';
import { fieldsOf } from './fields';
import type { Field } from './model';
import type { LineIndex } from './range';
import type { Template } from './template';

interface Read {
  blocks: RootContent[];
  /** Each block's first line when it was read: a tree the ChunkedParser kept may have moved since. */
  lines: number[];
  fields: Field[];
}

/** Reads, by each heading's first block, then by template (a file has two or three in play at most). */
const reads = new WeakMap<RootContent, Map<Template, Read>>();
const TEMPLATES_KEPT = 4;

/**
 * `fieldsOf`, remembered: the ChunkedParser keeps the very nodes of every section a keystroke did
 * not touch, and the same nodes at the same lines read with the same template give the same
 * fields, so a keystroke re-reads only its own section. Fields are never modified after reading.
 */
export function fieldsOfSection(blocks: RootContent[], text: string, lines: LineIndex, template: Template): Field[] {
  if (blocks.length === 0) return [];
  let byTemplate = reads.get(blocks[0]);
  const read = byTemplate?.get(template);
  if (read && sameBlocks(read, blocks)) return read.fields;
  const fields = fieldsOf(blocks, text, lines, template);
  if (!byTemplate || byTemplate.size >= TEMPLATES_KEPT) reads.set(blocks[0], (byTemplate = new Map()));
  byTemplate.set(template, { blocks, lines: blocks.map(firstLine), fields });
  return fields;
}

function sameBlocks(read: Read, blocks: RootContent[]): boolean {
  return read.blocks.length === blocks.length && blocks.every((block, i) => block === read.blocks[i] && firstLine(block) === read.lines[i]);
}

const firstLine = (block: RootContent) => block.position?.start.line ?? -1;
