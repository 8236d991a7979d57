import { labelsBySection } from '../model/build';
import type { SectionReader } from '../model/section-reading';
import type { Structure } from '../model/types';
import type { Parsed, Section } from '../parse/section';
import { presets, vocabulary } from './presets';
import { fieldForLabel, type Template, type TemplateField } from './template';
import { templateFromBlock } from './from-block';

export interface TemplateOptions {
  /** A template defined in configuration. */
  template?: Template;
  /** A preset named in configuration or on the command line. */
  preset?: string;
  /** Honour the file's own Template block (default true). */
  useFileTemplate?: boolean;
}

/** Sections a patch split anew, in place of those it removed: inference counts only their difference. */
export interface SectionChange {
  removed: Section[];
  added: Section[];
}

/** What the headings of one section add to inference: per preset, its score, how many headings use any of its fields and each of them. */
interface Contribution {
  /** Per preset, how many label occurrences it recognises. */
  recognised: number[];
  scores: number[];
  headings: number[];
  used: number[][];
}

/**
 * Chooses the template a file is checked against: its own Template block, else the configured
 * template or preset, else the preset that fits the labels the file uses best, without the
 * fields the file never uses. One chooser per document (`DocumentState`): it remembers the
 * block's template, so the same block gives the same object and what was read with it can be
 * kept, and what each section adds to inference, so that a keystroke counts only the sections it
 * touched.
 */
export class TemplateChooser {
  private block: { code: string; template: Template | undefined } | undefined;
  /** What each section of the last structure added to `totals`. */
  private readonly contributions = new Map<Parsed, Contribution>();
  private totals: Contribution = emptyContribution();

  /** `change`: the sections a patch split anew since the last call; without it, every section is counted anew. */
  choose(structure: Structure, options: TemplateOptions, reader: SectionReader, change?: SectionChange): Template {
    if (options.useFileTemplate !== false && structure.templateBlock) {
      const { code } = structure.templateBlock;
      if (this.block?.code !== code) this.block = { code, template: templateFromBlock(code) };
      if (this.block.template) return this.block.template;
    }
    if (options.template && options.template.fields.length > 0) return named(options.template);
    // A preset that configuration names is the list's own template: its labels are the convention.
    // Own names only: `constructor` is no preset.
    if (options.preset && Object.hasOwn(presets, options.preset)) return named(presets[options.preset]);
    this.count(structure, reader, change);
    return this.infer();
  }

  private count(structure: Structure, reader: SectionReader, change: SectionChange | undefined): void {
    if (!change) {
      this.contributions.clear();
      this.totals = emptyContribution();
    }
    for (const section of change?.removed ?? []) {
      const known = this.contributions.get(section.parsed);
      if (!known) continue;
      addTo(this.totals, known, -1);
      this.contributions.delete(section.parsed);
    }
    labelsBySection(structure, change?.added ?? structure.sections, vocabulary, reader, (section, labels) => {
      const contribution = contributionOf(labels);
      addTo(this.totals, contribution, 1);
      this.contributions.set(section.parsed, contribution);
    });
  }

  /**
   * Scores each preset by the labels it recognises minus the required fields ideas would lack under
   * it, so an LFX list gets the LFX template and an old four-field list stays on cncf-2020. Only
   * the required fields that at least half of the file's ideas have are asked for: the fields the
   * list's own ideas share, not those a preset would add (a GSoC list with no upstream issues does
   * not lack one in every idea).
   */
  private infer(): Template {
    const { recognised, scores } = this.totals;
    let best = 0;
    candidates.forEach((_, i) => {
      if (recognised[i] > recognised[best] || (recognised[i] === recognised[best] && scores[i] > scores[best])) best = i;
    });
    const preset = candidates[best];
    const ideas = this.totals.headings[best];
    // A list of one or two ideas sets no norm of its own: it follows the preset.
    if (ideas < MIN_IDEAS_FOR_NORM) return preset;
    const unused = preset.fields.flatMap((field, i) => (field.required && this.totals.used[best][i] * 2 < ideas ? [i] : []));
    if (unused.length === 0 || unused.length === preset.fields.filter((field) => field.required).length) return preset;
    const key = `${preset.name}:${unused.join()}`;
    let template = fitted.get(key);
    if (!template) {
      template = { ...preset, fields: preset.fields.map((field, i) => (unused.includes(i) ? { ...field, required: false } : field)) };
      fitted.set(key, template);
    }
    return template;
  }
}

/**
 * A preset without the fields a file never uses, by preset and fields: the same object while they
 * stay the same, for every document, since it is made of a preset alone (and so are the label
 * index and the answers per label kept with it). Presets and their fields are few: it stays small.
 */
const fitted = new Map<string, Template>();

/** A template as a configuration names it, the same object each time for the same template. */
const namedTemplates = new WeakMap<Template, Template>();
function named(template: Template): Template {
  if (template.named) return template;
  let known = namedTemplates.get(template);
  if (!known) namedTemplates.set(template, (known = { ...template, named: true }));
  return known;
}

/** The fewest ideas whose shared fields make a list's own norm (`HouseStyle` counts the same). */
export const MIN_IDEAS_FOR_NORM = 3;

/** In the order inference prefers them on a tie. */
const candidates = Object.values(presets);

const emptyContribution = (): Contribution => ({ recognised: candidates.map(() => 0), scores: candidates.map(() => 0), headings: candidates.map(() => 0), used: candidates.map((preset) => preset.fields.map(() => 0)) });

function addTo(totals: Contribution, part: Contribution, by: 1 | -1): void {
  part.recognised.forEach((count, i) => (totals.recognised[i] += by * count));
  part.scores.forEach((score, i) => (totals.scores[i] += by * score));
  part.headings.forEach((count, i) => (totals.headings[i] += by * count));
  part.used.forEach((counts, i) => counts.forEach((count, j) => (totals.used[i][j] += by * count)));
}

/** Each preset's score for the labels under each heading of a section, and the fields they use. */
function contributionOf(labels: string[][]): Contribution {
  const contribution = emptyContribution();
  for (const under of labels) {
    candidates.forEach((preset, i) => {
      const present = new Set<TemplateField>();
      for (const label of under) {
        const field = fieldForLabel(preset, label);
        if (field) present.add(field);
      }
      if (present.size === 0) return;
      let missing = 0;
      preset.fields.forEach((field, j) => {
        if (present.has(field)) contribution.used[i][j]++;
        else if (field.required) missing++;
      });
      contribution.scores[i] += present.size - missing;
      contribution.headings[i]++;
      contribution.recognised[i] += present.size;
    });
  }
  return contribution;
}
