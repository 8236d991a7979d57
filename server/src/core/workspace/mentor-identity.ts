import type { Mentor } from '../model/types';
import type { Related } from '../rules/finding';
import { isPlaceholderMentor } from '../rules/placeholder';
import { MAX_RELATED, plain, relatedIdea, type WorkspaceIdea, type WorkspaceRule, type WorkspaceRuleFinding } from './types';

/**
 * One mentor written with two GitHub handles (the same name, case, accents, initials and order
 * aside), or one handle written with two names that share no word: a typo, a renamed account, a
 * handle pasted under the wrong name. Each mention is compared with how the mentor was written
 * before it in its own list, or, for their first mention in a list, in the latest earlier list
 * that names them: a handle renamed once is reported where it changed, not in every later list.
 */
export const mentorIdentity: WorkspaceRule = {
  id: 'mentor-identity',
  defaultSeverity: 'info',
  description: 'A mentor written with two GitHub handles, or one handle written with two names, across the lists given.',
  workspace: true,
  check: () => [],
  checkWorkspace(ideas) {
    const all = mentions(ideas);
    return [...compare(all, handlesOfOneName), ...compare(all, namesOfOneHandle(all))];
  },
};

/** A mentor as written in one idea, with what is compared: the handle (case aside) and the name's words. */
interface Mention {
  at: WorkspaceIdea;
  mentor: Mentor;
  handle?: string;
  words: string[];
  /** The words of another name in parentheses: `Jesse Stutler` in `Zicong Chen (Jesse Stutler) (@JesseStutler)`. */
  alias: string[];
}

/** One way a mentor's two writings may disagree: what says they are one person, and what then differs. */
interface View {
  /** The key that makes two mentions one person (undefined: the mention says too little). */
  identity(mention: Mention): string | undefined;
  /** Two mentions of one person agree. */
  agree(a: Mention, b: Mention): boolean;
  /** The part of the mention compared, as written. */
  shown(mention: Mention): string;
  message(mention: Mention, others: string, where: string): string;
  range(mention: Mention): WorkspaceRuleFinding['range'];
}

/** One name (its words, in any order, at least two), two handles. */
const handlesOfOneName: View = {
  identity: ({ handle, words }) => (handle !== undefined && words.length >= 2 ? [...words].sort().join(' ') : undefined),
  agree: (a, b) => a.handle === b.handle,
  shown: ({ mentor }) => `@${mentor.handle}`,
  message: (mention, others, where) => `Mentor "${nameOf(mention)}" is ${handlesOfOneName.shown(mention)} here but ${others} ${where}: a typo, or a renamed account?`,
  range: ({ mentor }) => plain(mentor.handleRange ?? mentor.range),
};

/**
 * One handle, two names that share no word, and that no mention of the handle in any list writes
 * together (`Zicong Chen (Jesse Stutler)` says that both are one person's).
 */
function namesOfOneHandle(all: Mention[]): View {
  const bridges = new Map<string, Mention[]>();
  for (const mention of all) {
    if (mention.handle === undefined || mention.alias.length === 0) continue;
    const known = bridges.get(mention.handle);
    if (known) known.push(mention);
    else bridges.set(mention.handle, [mention]);
  }
  const share = (a: Mention, b: Mention) => [...a.words, ...a.alias].some((word) => [...b.words, ...b.alias].some((other) => sameWord(word, other)));
  const shown = (mention: Mention) => `"${nameOf(mention)}"`;
  return {
    identity: ({ handle, words }) => (handle !== undefined && words.length >= 2 ? handle : undefined),
    agree: (a, b) => share(a, b) || (bridges.get(a.handle!) ?? []).some((both) => share(a, both) && share(both, b)),
    shown,
    message: (mention, others, where) => `The handle @${mention.mentor.handle} is ${shown(mention)} here but ${others} ${where}: two people, or a handle under the wrong name?`,
    range: ({ mentor }) => plain(mentor.range),
  };
}

/** How one person was written so far: in the file being read, and in the latest earlier file that names them. */
interface Seen {
  file: string;
  here: Mention[];
  before: Mention[];
}

/**
 * The findings of one view. A mention that agrees with none of the person's writings in its list
 * so far (or, first in its list, with none of the latest earlier list's) is reported, once per
 * list for each pair of writings: the second writing of a pair in a list is the same news.
 */
function compare(all: Mention[], view: View): WorkspaceRuleFinding[] {
  const seen = new Map<string, Seen>();
  const reported = new Set<string>();
  const found: WorkspaceRuleFinding[] = [];
  for (const mention of all) {
    const identity = view.identity(mention);
    if (identity === undefined) continue;
    const { file } = mention.at;
    let person = seen.get(identity);
    if (person === undefined) seen.set(identity, (person = { file, here: [], before: [] }));
    else if (person.file !== file) Object.assign(person, { file, here: [], before: person.here });
    const inThisList = person.here.length > 0;
    const known = inThisList ? [...person.here] : person.before;
    person.here.push(mention);
    if (known.length === 0 || known.some((other) => view.agree(mention, other))) continue;
    const others = firstOfEach(known, view).filter((other) => {
      const pair = [view.shown(mention), view.shown(other)].map((s) => s.toLowerCase()).sort();
      const key = `${file}\n${identity}\n${pair.join('\n')}`;
      return !reported.has(key) && reported.add(key);
    });
    if (others.length === 0) continue;
    const where = inThisList ? 'earlier in this list' : 'in an earlier list';
    found.push({
      file,
      message: view.message(mention, orList(others.map(view.shown)), where),
      range: view.range(mention),
      related: oneEachIdea(others).slice(0, MAX_RELATED).map((other): Related => relatedIdea(mention.at, other.at)),
      fixes: [],
    });
  }
  return found;
}

/** The first mention of each writing that disagrees with nothing before it among `known`. */
function firstOfEach(known: Mention[], view: View): Mention[] {
  const firsts: Mention[] = [];
  for (const mention of known) if (!firsts.some((first) => view.agree(mention, first))) firsts.push(mention);
  return firsts;
}

function oneEachIdea(mentions: Mention[]): Mention[] {
  return mentions.filter((mention, i) => mentions.findIndex((other) => other.at === mention.at) === i);
}

const orList = (items: string[]): string => (items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

const nameOf = ({ mentor }: Mention): string => (mentor.name ?? '').trim().replace(/\s+/g, ' ');

/** Every real mentor of the ideas, in the ideas' order (earlier terms first), each idea's in the order written. */
function mentions(ideas: readonly WorkspaceIdea[]): Mention[] {
  const all: Mention[] = [];
  for (const at of [...ideas].sort((a, b) => a.order - b.order)) {
    for (const field of at.idea.fields) {
      for (const mentor of field.mentors ?? []) {
        // A placeholder (`Name (@github-handle)`, the template's `Jane Doe (@janedoe)`) is no one.
        if (!field.template || isPlaceholderMentor(at.idea, field, mentor)) continue;
        const handle = mentor.handle?.toLowerCase();
        const name = mentor.name ?? '';
        // The handle written as the name (`Thor-wl (@Thor-wl)`) is no name.
        const words = name.trim().toLowerCase() === handle ? [] : nameWords(name);
        all.push({ at, mentor, handle, words, alias: aliasWords(mentor.text) });
      }
    }
  }
  return all;
}

/**
 * The words of a name as compared: case, accents and punctuation aside, without initials
 * (`Jane M. Doe`), titles (`Dr.`) or a role before a colon (`Adjunct: Nate Waddington`). Fewer
 * than two words is a first name or a nickname: too little to say who someone is.
 */
export function nameWords(name: string): string[] {
  return name
    .replace(/^[^:]*:/, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łđøß]/g, (c) => FOLDED[c])
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !TITLES.has(word));
}

/** The words in parentheses that hold no handle, address or link: another name, or a note. */
function aliasWords(text: string): string[] {
  return [...text.matchAll(/\(([^()@:/]{1,100})\)/g)].flatMap((note) => nameWords(note[1]));
}

/** Letters NFKD leaves whole: `Bartłomiej` is `Bartlomiej`. */
const FOLDED: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss' };
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'sir']);

/** One word, or the short form of the other (`Alex`, `Alexander`). */
const sameWord = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a)));
