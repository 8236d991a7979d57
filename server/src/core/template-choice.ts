import { fieldsByHeading, type Structure } from './model';
import { cncf2020, presets } from './presets';
import { fieldForLabel, type Template } from './template';
import { templateFromBlock } from './template-from-block';

export interface TemplateOptions {
  /** A template defined in configuration. */
  template?: Template;
  /** A preset named in configuration or on the command line. */
  preset?: string;
  /** Honour the file's own Template block (default true). */
  useFileTemplate?: boolean;
}

/**
 * The template a file is checked against: its own Template block, else the configured template
 * or preset, else the preset that fits the labels the file uses best.
 */
export function chooseTemplate(structure: Structure, options: TemplateOptions = {}): Template {
  if (options.useFileTemplate !== false && structure.templateBlock) {
    const own = templateFromBlock(structure.templateBlock.code);
    if (own) return own;
  }
  if (options.template && options.template.fields.length > 0) return options.template;
  if (options.preset && presets[options.preset]) return presets[options.preset];
  return inferPreset(structure);
}

/**
 * Scores each preset by the labels it recognises minus the required fields ideas would lack under
 * it, so an LFX list gets the LFX template and an old four-field list stays on cncf-2020.
 */
function inferPreset(structure: Structure): Template {
  // One pass reads the labels under every heading with all presets' fields known at once; each
  // preset is then scored on those labels, instead of reading the whole file once per preset.
  const labels = [...fieldsByHeading(structure, allPresetFields).values()].map((fields) =>
    fields.filter((f) => f.template && !f.nestedIn).map((f) => f.label),
  );
  let best = cncf2020;
  let bestScore = -Infinity;
  for (const preset of Object.values(presets)) {
    let score = 0;
    for (const heading of labels) {
      const present = new Set(heading.flatMap((label) => fieldForLabel(preset, label) ?? []));
      if (present.size === 0) continue;
      score += present.size - preset.fields.filter((f) => f.required && !present.has(f)).length;
    }
    if (score > bestScore) [best, bestScore] = [preset, score];
  }
  return best;
}

/** Every field of every preset, once by label: what inference recognises. */
const allPresetFields: Template = {
  name: 'all-presets',
  fields: [...new Map(Object.values(presets).flatMap((preset) => preset.fields).map((field) => [field.label, field])).values()],
};
