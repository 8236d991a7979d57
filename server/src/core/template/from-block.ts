import { presets } from './presets';
import { fieldForLabel, type Template, type TemplateField } from './template';

/** Every field any preset knows, so a file's own template inherits kinds, aliases and help. */
const knownFields: Template = {
  name: 'known',
  fields: [...new Set(Object.values(presets).flatMap((preset) => preset.fields))],
};

/** `- Label:` (or `*`, a tab) at the start of a line of the Template block; nested lines are examples. */
const FIELD_LINE = /^[-*+][ \t]+\**([^:：*\r\n]+?)\**[ \t]*[:：]/;

/**
 * The template a file declares in its Template block, with labels as the block writes them.
 * Undefined when the block lists no fields.
 */
export function templateFromBlock(code: string): Template | undefined {
  const fields: TemplateField[] = [];
  for (const line of code.split(/\r\n|\r|\n/)) {
    const match = FIELD_LINE.exec(line);
    if (!match) continue;
    const label = match[1].trim();
    const known = fieldForLabel(knownFields, label);
    if (fields.some((f) => f.label.toLowerCase() === label.toLowerCase())) continue;
    fields.push(
      known
        ? { ...known, label, aliases: [known.label, ...known.aliases].filter((a) => a.toLowerCase() !== label.toLowerCase()) }
        : { label, aliases: [], required: true, kind: 'text', description: `"${label}", as this file's Template block asks.`, example: '' },
    );
  }
  if (fields.length === 0) return undefined;
  // Optional fields the admins add later (LFX URL) are welcome even when the block omits them.
  const optional = knownFields.fields.filter((f) => !f.required && !fields.some((g) => fieldForLabel({ name: '', fields: [g] }, f.label)));
  return { name: 'file', fields: [...fields, ...optional], named: true };
}
