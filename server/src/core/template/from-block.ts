import { presets } from './presets';
import { fieldForLabel, type StatedRule, type Template, type TemplateField } from './template';
import { work } from '../text/work';

/** Every field any preset knows, so a file's own template inherits kinds, aliases and help. */
const knownFields: Template = {
  name: 'known',
  fields: [...new Set(Object.values(presets).flatMap((preset) => preset.fields))],
};

/*
 * `- Label:` (or `*`, a tab) at the start of a line of the Template block; nested lines are
 * examples. Read as `/^[-*+][ \t]+\**([^:：*\r\n]+?)\**[ \t]*[:：]/` would, in three steps that
 * never give back what they took: that pattern tries every split of a run of blanks between the
 * bullet, the label and the colon, which costs the cube of the run's length.
 */
const FIELD_HEAD = /^[-*+]([ \t]+)\**/;
const FIELD_LABEL = /[^:：*\r\n]*/y;
const FIELD_COLON = /\**[ \t]*[:：]/y;

/** The label of a field line, trimmed, and where its colon ends. */
function fieldLine(line: string): { label: string; end: number } | undefined {
  const head = FIELD_HEAD.exec(line);
  if (!head) return undefined;
  work(line.length);
  FIELD_LABEL.lastIndex = head[0].length;
  const label = FIELD_LABEL.exec(line)![0];
  FIELD_COLON.lastIndex = FIELD_LABEL.lastIndex;
  // The pattern's label has a character at least: a blank after the bullet, when no other is left.
  if (!FIELD_COLON.test(line) || (label === '' && head[1].length < 2)) return undefined;
  return { label: label.trim(), end: FIELD_COLON.lastIndex };
}

/**
 * `# one of small (~90 hour projects), medium (…) and large (…)`: the values, by their first word.
 * `.` takes U+2028 too: otherwise each `one of` before one would be tried to the end of the line.
 */
const ONE_OF = /\bone of\s+(.+)$/is;
/** `at least 2 mentors with 1 being a primary mentor`. */
const MIN_MENTORS = /\bat least (\d+|two|three) mentors?\b/i;

/** What the comment after a field's label in the Template block says of its value. */
function statedRule(comment: string): StatedRule | undefined {
  const text = comment.replace(/[*_`]/g, '');
  if (!/#/.test(comment)) return undefined;
  const stated: StatedRule = {};
  const oneOf = ONE_OF.exec(text);
  if (oneOf) {
    const options = withoutParentheses(oneOf[1]).split(/,|\bor\b|\band\b/).map((option) => option.trim().split(/\s+/)[0]).filter(Boolean);
    if (options.length >= 2) stated.oneOf = options;
  }
  const min = MIN_MENTORS.exec(text);
  if (min) stated.minMentors = { two: 2, three: 3 }[min[1].toLowerCase()] ?? Number(min[1]);
  if (/\bprimary mentor\b/i.test(text)) stated.primary = true;
  return Object.keys(stated).length > 0 ? stated : undefined;
}

/**
 * `text` without its `(…)`, an unclosed `(` kept. Only the text up to the last `)` is searched:
 * a `(` with no `)` after it would read to the end of the text, each one.
 */
function withoutParentheses(text: string): string {
  const end = text.lastIndexOf(')') + 1;
  work(text.length);
  return text.slice(0, end).replace(/\([^)]*\)/g, '') + text.slice(end);
}

/** Templates read from blocks, by block text: most lists of a repository share one block. */
const fromBlocks = new Map<string, Template | undefined>();
const MAX_BLOCKS = 32;

/**
 * The template a file declares in its Template block, with labels as the block writes them.
 * Undefined when the block lists no fields. The same block gives the same object, so the label
 * index and the findings memo built on it are reused by every lint of every list that holds it.
 */
export function templateFromBlock(code: string): Template | undefined {
  if (fromBlocks.has(code)) return fromBlocks.get(code);
  if (fromBlocks.size >= MAX_BLOCKS) fromBlocks.delete(fromBlocks.keys().next().value as string);
  const template = readBlock(code);
  fromBlocks.set(code, template);
  return template;
}

function readBlock(code: string): Template | undefined {
  const fields: TemplateField[] = [];
  // The labels read so far, lowercased: a block of many fields is not searched again for each.
  const seen = new Set<string>();
  for (const line of code.split(/\r\n|\r|\n/)) {
    const match = fieldLine(line);
    if (!match) continue;
    const { label } = match;
    const known = fieldForLabel(knownFields, label);
    if (seen.has(label.toLowerCase())) continue;
    seen.add(label.toLowerCase());
    const field: TemplateField = known
      ? { ...known, label, aliases: [known.label, ...known.aliases].filter((a) => a.toLowerCase() !== label.toLowerCase()) }
      : { label, aliases: [], required: true, kind: 'text', description: `"${label}", as this file's Template block asks.`, example: '' };
    const stated = statedRule(line.slice(match.end));
    if (stated) field.stated = stated;
    fields.push(field);
  }
  if (fields.length === 0) return undefined;
  // Optional fields the admins add later (LFX URL) are welcome even when the block omits them.
  const own: Template = { name: 'file', fields };
  const optional = knownFields.fields.filter((f) => !f.required && fieldForLabel(own, f.label) === undefined);
  return { name: 'file', fields: [...fields, ...optional], named: true };
}
