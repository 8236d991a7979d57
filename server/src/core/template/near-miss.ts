import { normalizeLabel, type Template, type TemplateField } from './template';

/**
 * Each template's answers by normalized label: the same unknown label recurs under every idea of a
 * file (`Expected Outcome`), and each answer costs an edit distance to every name of the template.
 */
const answers = new WeakMap<Template, NearMisses>();

interface NearMisses {
  /** Every name of every field, normalized once; `label`: the field's own label, not an alias. */
  names: { field: TemplateField; name: string; label: boolean }[];
  byLabel: Map<string, TemplateField | undefined>;
}

/** Labels typed letter by letter over a long session: bounded. */
const ANSWERS_KEPT = 1000;

/** The template field an unknown label was probably meant to be (`Descrption`, `Metor(s)`). */
export function nearMissField(template: Template, label: string): TemplateField | undefined {
  const wanted = normalizeLabel(label);
  let known = answers.get(template);
  if (!known) {
    const names = template.fields.flatMap((field) => [field.label, ...field.aliases].map((name, i) => ({ field, name: normalizeLabel(name), label: i === 0 })));
    answers.set(template, (known = { names, byLabel: new Map() }));
  }
  if (!known.byLabel.has(wanted)) {
    if (known.byLabel.size >= ANSWERS_KEPT) known.byLabel.clear();
    known.byLabel.set(wanted, closestField(known.names, wanted));
  }
  return known.byLabel.get(wanted);
}

/** Words a letter or two away from a field's name that mean something else: `Mentee(s)` is not `Mentor(s)`. */
const OTHER_WORDS = /^mentees?\b/;

function closestField(names: NearMisses['names'], wanted: string): TemplateField | undefined {
  if (OTHER_WORDS.test(wanted)) return undefined;
  // A label cut short after a word (`Recommended:`) means the one field whose name starts so.
  const cut = names.filter(({ name, label }) => label && name.startsWith(`${wanted} `));
  if (cut.length === 1) return cut[0].field;
  let best: { field: TemplateField; distance: number } | undefined;
  for (const { field, name } of names) {
    const allowed = name.length >= 8 ? 2 : 1;
    const distance = editDistance(wanted, name, allowed);
    if (distance <= allowed && (!best || distance < best.distance)) best = { field, distance };
  }
  return best?.field;
}

/** Optimal-string-alignment distance (insert, delete, substitute, swap neighbours), cut off past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i].push(d);
    }
  }
  return rows[a.length][b.length];
}
