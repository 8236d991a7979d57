import type { Field, Idea, IssueRef, Mentor } from '../model/types';
import { vocabulary } from '../template/presets';
import type { FieldKind, TemplateField } from '../template/template';
import type { Range } from '../text/range';
import { ideaRule, type RuleFinding } from './rule';

/**
 * Text that stands where a value goes until the author writes one: what Ideas Author itself
 * inserts (the snippets, "New Idea", the missing-field fix) and what real templates leave
 * (`TBD`, `(Add yourself here!)`, `Jane Doe (@jane-github, jane@email.address)`, `org/repo`).
 * Values are judged whole, or by the parts that are clearly a template's (a handle, an issue
 * link): a sentence that mentions "title" or "TBD" is prose, not a placeholder.
 */

/** What the contributed snippets (snippets/ideas.code-snippets) and "New Idea" put in as their tab stops' text. */
const INSERTED = ['Idea title', 'What the mentee will build, and why it matters.', 'What exists at the end of the term.'];

/** Leftovers any field may hold. */
const LEFTOVER = /^(?:tbd|tba|tbc|todo|fixme|xxx+|\?+|\.\.\.|…|to be (?:determined|decided|announced|confirmed|added|defined)|coming soon|placeholder|lorem ipsum\b.*|\(?add yourself(?: here)?\)?|your (?:name|handle|github handle)(?: here)?)$/;
/** A leftover written first, then a note: `TODO: describe`, `TBD (will update)`. Capitals only, as templates write them. */
const LEFTOVER_FIRST = /^(?:TBD|TBA|TODO|FIXME)\s*[:(–—-]/;

/** Titles that name no idea. */
const TITLES = /^(?:(?:your )?(?:idea|project) (?:title|name)|title|new idea|untitled(?: idea)?)(?: \d+)?$/;

/** What templates put where a handle goes, and authors forget to replace. */
const HANDLES = /^(?:mentor_?github|github[-_]?(?:handle|username|id|user)?|handle|username|user-?name|your[-_]?(?:github[-_]?)?handle|mentor|name|xxx+|(?:jane|john)[-_]github|tbd|tba|todo)$/i;
/** What templates put where a mentor's name goes. */
const NAMES = /^(?:name|mentor|mentor name|full name|your name|first last|tbd|tba|todo|\?+|\(?add yourself(?: here)?!?\)?)$/i;
/** What templates put where a mentor's e-mail goes. */
const EMAILS = /^(?:mentor@email\.addy|[\w.-]+@email(?:\.address)?|(?:your|name|mentor)@(?:email|example)\.(?:com|org))$/i;

/** A repository that is a template's: `org/repo`, `owner/repo`. */
const REPO = /^(?:https?:\/\/(?:www\.)?github\.com\/)?(?:org|owner|organi[sz]ation|your-?org|username)\/(?:repo|repository|your-?repo)(?:[/#?]|$)/i;
/** An LFX project address of zeros, as "New Idea" writes it. */
const ZERO_LFX = /\/project\/0{8}-0{4}-0{4}-0{4}-0{12}\b/;

/** Longer than this, a value is prose: only the product's own texts are compared with it. */
const SHORT = 200;

export const placeholder = ideaRule({
  id: 'placeholder',
  defaultSeverity: 'warning',
  description: 'A placeholder left where a value goes: a snippet\'s or a template\'s (`Idea title`, `TBD`, `Name (@github-handle)`, `org/repo`).',
  checkIdea(_doc, idea) {
    const found: RuleFinding[] = [];
    if (isPlaceholderTitle(idea.title)) {
      found.push({ message: `The idea's title "${idea.title}" is a placeholder: name the idea.`, range: idea.heading.titleRange, fixes: [] });
    }
    // A short example (`Go, Kubernetes`) is also what a real idea writes: it is the product's
    // placeholder only beside another that the product inserted in the same idea.
    const examples: { field: Field; shown: string }[] = [];
    let inserted = found.length > 0 && INSERTED.includes(idea.title.trim());
    for (const field of idea.fields) {
      if (!field.template) continue;
      const ofField = checkField(idea, field);
      if (ofField === 'example') examples.push({ field, shown: field.value });
      else for (const { finding, byProduct } of ofField) {
        found.push(finding);
        inserted ||= byProduct;
      }
    }
    if (inserted) for (const { field, shown } of examples) found.push(valueFinding(idea, field, field.valueRange, shown));
    return found;
  },
});

/** A placeholder title: `Idea title`, `TBD`, `Project name`. */
export const isPlaceholderTitle = (title: string): boolean => {
  const bare = bareValue(title);
  return bare !== undefined && (TITLES.test(bare) || isLeftover(bare, title));
};

interface Found {
  finding: RuleFinding;
  /** The placeholder is one Ideas Author inserts. */
  byProduct: boolean;
}

/** The placeholders of one field, or 'example' when its value is a short example that only counts beside another placeholder. */
function checkField(idea: Idea, field: Field): Found[] | 'example' {
  const template = field.template!;
  if (field.mentors?.length) return field.mentors.flatMap((mentor) => checkMentor(idea, field, mentor));
  if (field.issues?.length) return field.issues.flatMap((ref) => checkIssue(idea, field, ref));
  const value = field.value;
  if (value === '') return [];
  const what = WHAT[template.kind] ?? 'replace it';
  if (ZERO_LFX.test(value) && value.length < SHORT) return [{ finding: valueFinding(idea, field, field.valueRange, value, what), byProduct: true }];
  const bare = bareValue(value);
  const product = productText(template, value, bare);
  if (product === 'strong') return [{ finding: valueFinding(idea, field, field.valueRange, value, what), byProduct: true }];
  if (bare !== undefined && (isLeftover(bare, value) || bare === template.label.toLowerCase())) {
    return [{ finding: valueFinding(idea, field, field.valueRange, value, what), byProduct: bare === template.label.toLowerCase() }];
  }
  return product === 'weak' ? 'example' : [];
}

/** What to write instead, by the field's kind. */
const WHAT: Partial<Record<FieldKind, string>> = {
  mentors: 'put a real name and GitHub handle here',
  issues: 'link the upstream issue',
  url: "write the idea's own address, or leave the field out until there is one",
};

/** A mentor this rule reports as a placeholder (`Name (@github-handle)`, `TBD`): no one's name, which idea-load does not count. */
export const isPlaceholderMentor = (idea: Idea, field: Field, mentor: Mentor): boolean => checkMentor(idea, field, mentor).length > 0;

function checkMentor(idea: Idea, field: Field, mentor: Mentor): Found[] {
  const name = (mentor.name ?? (mentor.handle ? '' : mentor.text)).trim().replace(/:$/, '');
  const handle = mentor.handle !== undefined && HANDLES.test(mentor.handle);
  const named = name !== '' && NAMES.test(name);
  const email = mentor.email !== undefined && EMAILS.test(mentor.email);
  // The template's example as it stands (`Jane Doe (@janedoe)`): a name and handle like it with more beside them are someone's.
  const bare = bareValue(mentor.text);
  const example = bare !== undefined && bareExamplesOf(field.template!).includes(bare);
  if (!handle && !named && !email && !example && !isLeftover(bare ?? '', mentor.text)) return [];
  // A real name beside a template's handle: only the handle is left to fill in.
  const range = handle && !named && !email && name !== '' && mentor.handleRange ? mentor.handleRange : mentor.range;
  const shown = range === mentor.range ? mentor.text : `@${mentor.handle}`;
  const byProduct = handle && /^(?:github-handle|handle)$/i.test(mentor.handle!);
  return [{ finding: valueFinding(idea, field, range, shown, WHAT.mentors), byProduct: byProduct || example || (named && /^name$/i.test(name)) }];
}

function checkIssue(idea: Idea, field: Field, ref: IssueRef): Found[] {
  const text = ref.url ?? ref.shorthand ?? ref.text;
  if (REPO.test(text)) return [{ finding: valueFinding(idea, field, ref.range, ref.text, WHAT.issues), byProduct: true }];
  const bare = bareValue(ref.text);
  if (bare !== undefined && isLeftover(bare, ref.text)) return [{ finding: valueFinding(idea, field, ref.range, ref.text, WHAT.issues), byProduct: false }];
  return [];
}

function valueFinding(idea: Idea, field: Field, range: Range, shown: string, what = 'replace it'): RuleFinding {
  const line = shown.split(/\r?\n/)[0].trim();
  const short = line.length > 60 ? `${line.slice(0, 57)}…` : line;
  return { message: `"${field.template!.label}" of idea "${idea.title}" holds the placeholder "${short}": ${what}.`, range, fixes: [] };
}

/**
 * Whether `value` is text Ideas Author inserts for this field: 'strong' for a snippet's text or a
 * template example that no real value would repeat, 'weak' for a short example a real idea may
 * well write (`Go, Kubernetes`). A choice among an enum's values is a value, not a placeholder.
 */
function productText(field: TemplateField, value: string, bare: string | undefined): 'strong' | 'weak' | undefined {
  if (field.kind === 'enum') return undefined;
  const text = value.trim();
  if (INSERTED.includes(text)) return 'strong';
  for (const example of examplesFor(field)) {
    if (text !== example && bare !== example.toLowerCase()) continue;
    return example.split(/\s+/).length >= 4 || REPO.test(example) || ZERO_LFX.test(example) ? 'strong' : 'weak';
  }
  return undefined;
}

/** A field's examples: its own, then the vocabulary's for its kind; kept per field, as every value of every idea is compared with them. */
function examplesFor(field: TemplateField): string[] {
  let examples = examplesByField.get(field);
  if (examples === undefined) {
    examples = field.example ? [field.example] : [];
    for (const known of vocabulary.fields) if (known.kind === field.kind && known.example && known.example !== field.example) examples.push(known.example);
    examplesByField.set(field, examples);
  }
  return examples;
}

const examplesByField = new WeakMap<TemplateField, string[]>();

/** A field's examples as `bareValue` leaves them. */
function bareExamplesOf(field: TemplateField): (string | undefined)[] {
  let bare = bareExamplesByField.get(field);
  if (bare === undefined) bareExamplesByField.set(field, (bare = examplesFor(field).map(bareValue)));
  return bare;
}

const bareExamplesByField = new WeakMap<TemplateField, (string | undefined)[]>();

/**
 * The value stripped of what wraps it (emphasis, code, parentheses, brackets, a bullet) and of
 * the punctuation after it, lower case, blanks single; undefined for a value too long, or of more
 * than one line, to be a placeholder.
 */
export function bareValue(value: string): string | undefined {
  let text = value.trim();
  if (text.length > SHORT || /[\r\n]/.test(text)) return undefined;
  text = text.replace(/^[-*+]\s+/, '');
  // Most values are neither wrapped nor end in punctuation: nothing to strip.
  for (let i = 0; i < 4 && (WRAPPED_START.test(text) || WRAPPED_END.test(text)); i++) {
    const before = text;
    text = text.replace(/[.!:;,]+$/, '').trim();
    const pair = /^(\*\*|__|[*_`])([^]*)\1$/.exec(text) ?? /^([([<])([^]*)([)\]>])$/.exec(text);
    if (pair && (pair[3] === undefined || CLOSES[pair[1]] === pair[3])) text = pair[2].trim();
    if (text === before) break;
  }
  return text.replace(/\s+/g, ' ').toLowerCase();
}

const CLOSES: Record<string, string> = { '(': ')', '[': ']', '<': '>' };
const WRAPPED_START = /^[*_`([<]/;
const WRAPPED_END = /[.!:;,*_`)\]>]$/;

/** `bare` (of `written`) is a leftover: `TBD`, `TODO: write this`, `(Add yourself here!)`. */
const isLeftover = (bare: string, written: string): boolean => LEFTOVER.test(bare) || LEFTOVER_FIRST.test(written.trim().replace(/^[-*+]\s+|^[*_`]+/g, ''));
