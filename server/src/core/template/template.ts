/**
 * What a field's value is, which decides how it is read and helped with; labels decide nothing, so
 * a template may call its fields what it likes. `text`: prose. `skills`: the skills a mentee needs,
 * comma-separated (completion offers those in use). `mentors`: names and GitHub handles, parsed and
 * checked. `issues`: issue links, parsed and checked. `url`: one address. `enum`: one of `values`.
 */
export type FieldKind = 'text' | 'description' | 'skills' | 'mentors' | 'issues' | 'url' | 'enum';

export interface TemplateField {
  /** Canonical label, as the template writes it: `Mentor(s)`. */
  label: string;
  /** Other labels authors use for the same field: `Mentors`, `Issue`. */
  aliases: string[];
  required: boolean;
  kind: FieldKind;
  /** Allowed values of an `enum` field. */
  values?: string[];
  /** One line for hovers and docs. */
  description: string;
  /** A value a snippet may offer. */
  example: string;
  /** What the list's Template block or configuration says of the field's value (field-value checks it). */
  stated?: StatedRule;
}

/** A rule for a field's value that a list states itself: `# one of small, medium and large`. */
export interface StatedRule {
  /** The value is one of these (the first word of each is enough: `medium (~175 hours)`). */
  oneOf?: string[];
  /** At least this many mentors. */
  minMentors?: number;
  /** One of the mentors is marked primary (`- primary`, `(primary)`, `Primary mentor:`). */
  primary?: boolean;
}

export interface Template {
  name: string;
  fields: TemplateField[];
  /**
   * The file's Template block or a configuration wrote it: its labels and their markup are the
   * list's convention. A preset's are only the usual names: the list's own house style wins.
   */
  named?: boolean;
}

/** Labels compare without case, `**`, surrounding space or repeated inner space. */
export function normalizeLabel(label: string): string {
  return label.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The template field a label names, canonically or through an alias. */
export function fieldForLabel(template: Template, label: string): TemplateField | undefined {
  const index = labelIndexOf(template);
  let field = index.asWritten.get(label);
  if (field === undefined) {
    const key = normalizeLabel(label);
    field = index.byKey.get(key) ?? index.byKey.get(withoutInstruction(key)) ?? null;
    // A list writes few spellings, each on every idea: the answer per spelling is kept, within a bound.
    if (index.asWritten.size >= MAX_SPELLINGS) index.asWritten.clear();
    index.asWritten.set(label, field);
  }
  return field ?? undefined;
}

function labelIndexOf(template: Template): LabelIndex {
  let index = labelIndexes.get(template);
  if (!index) {
    const byKey = new Map<string, TemplateField>();
    for (const field of template.fields) {
      for (const name of [field.label, ...field.aliases]) {
        const key = normalizeLabel(name);
        if (!byKey.has(key)) byKey.set(key, field);
      }
    }
    labelIndexes.set(template, (index = { byKey, asWritten: new Map() }));
  }
  return index;
}

/** What makes two spellings of a label the same spelling: case, spacing and an instruction left in do not. */
export function spellingOf(label: string): string {
  let spelling = spellings.get(label);
  if (spelling === undefined) {
    spelling = withoutInstruction(normalizeLabel(label)).replace(/\s+(?=[,.;:/)])/g, '');
    // Labels repeat on every idea: each spelling is worked out once, within a bound.
    if (spellings.size >= MAX_SPELLINGS) spellings.clear();
    spellings.set(label, spelling);
  }
  return spelling;
}

const spellings = new Map<string, string>();

/**
 * A label with the template's instruction left in it names the field without it: `Project
 * Description (max. 5 Sentences)`, `Expected Outcome (deliverables)`, `Expected Project Size (90
 * hrs/ small , 175 hrs/medium, 350 hrs/large)`. `(s)` is part of a name, not an instruction.
 */
function withoutInstruction(key: string): string {
  const open = key.lastIndexOf(' (');
  return open > 0 && key.endsWith(')') && key.length - open > 4 ? key.slice(0, open) : key;
}

/** A template's fields by normalized label and alias, and the answer for each label as written. */
interface LabelIndex {
  byKey: Map<string, TemplateField>;
  asWritten: Map<string, TemplateField | null>;
}

const MAX_SPELLINGS = 2000;

/** Each template's label index, built on first use: labels are looked up for every line. */
const labelIndexes = new WeakMap<Template, LabelIndex>();
