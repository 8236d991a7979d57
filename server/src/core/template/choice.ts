import { labelsByHeading } from '../model/build';
import type { SectionReader } from '../model/section-reading';
import type { Structure } from '../model/types';
import { cncf2020, presets } from './presets';
import { fieldForLabel, type Template } from './template';
import { templateFromBlock } from './from-block';

export interface TemplateOptions {
  /** A template defined in configuration. */
  template?: Template;
  /** A preset named in configuration or on the command line. */
  preset?: string;
  /** Honour the file's own Template block (default true). */
  useFileTemplate?: boolean;
}

/**
 * Chooses the template a file is checked against: its own Template block, else the configured
 * template or preset, else the preset that fits the labels the file uses best. One chooser per
 * document (`DocumentState`): it remembers the block's template, so the same block gives the same
 * object and what was read with it can be kept, and each heading's preset scores.
 */
export class TemplateChooser {
  private block: { code: string; template: Template | undefined } | undefined;
  /** Each preset's score for one heading's labels: untouched sections keep their labels. */
  private readonly scores = new WeakMap<string[], number[]>();

  choose(structure: Structure, options: TemplateOptions, reader: SectionReader): Template {
    if (options.useFileTemplate !== false && structure.templateBlock) {
      const { code } = structure.templateBlock;
      if (this.block?.code !== code) this.block = { code, template: templateFromBlock(code) };
      if (this.block.template) return this.block.template;
    }
    if (options.template && options.template.fields.length > 0) return options.template;
    if (options.preset && presets[options.preset]) return presets[options.preset];
    return this.infer(structure, reader);
  }

  /**
   * Scores each preset by the labels it recognises minus the required fields ideas would lack under
   * it, so an LFX list gets the LFX template and an old four-field list stays on cncf-2020.
   */
  private infer(structure: Structure, reader: SectionReader): Template {
    // One pass reads the labels under every heading with all presets' fields known at once; each
    // preset is then scored on those labels, instead of reading the whole file once per preset.
    const candidates = Object.values(presets);
    const totals = candidates.map(() => 0);
    for (const labels of labelsByHeading(structure, allPresetFields, reader)) {
      this.scoresOf(labels).forEach((score, i) => (totals[i] += score));
    }
    let best = cncf2020;
    let bestScore = -Infinity;
    candidates.forEach((preset, i) => {
      if (totals[i] > bestScore) [best, bestScore] = [preset, totals[i]];
    });
    return best;
  }

  private scoresOf(labels: string[]): number[] {
    let known = this.scores.get(labels);
    if (known) return known;
    known = Object.values(presets).map((preset) => {
      const present = new Set(labels.flatMap((label) => fieldForLabel(preset, label) ?? []));
      return present.size === 0 ? 0 : present.size - preset.fields.filter((f) => f.required && !present.has(f)).length;
    });
    this.scores.set(labels, known);
    return known;
  }
}

/** Every field of every preset, once by label: what inference recognises. */
const allPresetFields: Template = {
  name: 'all-presets',
  fields: [...new Map(Object.values(presets).flatMap((preset) => preset.fields).map((field) => [field.label, field])).values()],
};
