import type { Fix } from './finding';
import { isValidHandle } from '../model/handles';
import { depthAt, LABELLED_HANDLE } from '../model/mentors';
import type { IdeasDocument, Mentor } from '../model/types';
import { isHandleless } from './house';
import { ideaRule, type RuleFinding } from './rule';
import { replaceOffsets } from './text-edits';

/** Words in parentheses after a mentor's name that say their part, not their handle: `Pedro Gomes (lead)`. */
const ROLES = /^(lead|primary|main|backup|co-?mentor|secondary|mentor|maintainer|tbc)$/i;

/** The mentor's text labels a word `github:` (`github: jdoe`): that word is the handle, its `@` left out. */
const labelledHandle = (doc: IdeasDocument, mentor: Mentor): boolean =>
  mentor.unmarkedHandle !== undefined && LABELLED_HANDLE.test(doc.text.slice(doc.lines.offsetAt(mentor.range.start), doc.lines.offsetAt(mentor.range.end)));

export const mentorHandle = ideaRule({
  id: 'mentor-handle',
  defaultSeverity: 'warning',
  description: 'A mentor without a usable GitHub handle (where the list gives handles), or with one written so that tools cannot read it.',
  judgesStyle: true,
  checkIdea(doc, idea) {
    return idea.fields.flatMap((field) => (field.mentors ?? []).flatMap((mentor) => check(doc, mentor)));
  },
});

function check(doc: IdeasDocument, mentor: Mentor): RuleFinding[] {
  const found = (message: string, fixes: Fix[] = []): RuleFinding[] => [{ message, range: mentor.handleRange ?? mentor.range, fixes }];
  const who = mentor.name ?? mentor.text;
  // A template's placeholder (`Name (@github-handle)`, `TBD`) is the placeholder rule's.
  // A list whose mentors mostly go without handles does not ask for them; a role is not a handle.
  if (!mentor.handle && !mentor.otherProfile && isHandleless(doc) && !labelledHandle(doc, mentor)) return [];
  if (!mentor.handle && mentor.unmarkedHandle && !ROLES.test(mentor.unmarkedHandle)) {
    const at = doc.lines.offsetAt(mentor.handleRange!.start);
    const write = `@${mentor.unmarkedHandle}`;
    const addAt: Fix = { title: `Write "${write}"`, edits: [replaceOffsets(doc, at, at, '@')] };
    // Labelled `github:`, the word is the handle: only its `@` is missing, and adding it is safe.
    if (labelledHandle(doc, mentor)) {
      return found(`Mentor "${who}" gives the GitHub handle without its "@": write "${write}".`, [addAt]);
    }
    return found(`Mentor "${who}" has no GitHub handle; if "${mentor.unmarkedHandle}" is one, write "${write}".`, [{ ...addAt, needsInput: true }]);
  }
  if (!mentor.handle) {
    const what = mentor.otherProfile ? linksElsewhere(mentor.otherProfile) : 'has no GitHub handle';
    return [{ message: `Mentor "${who}" ${what}.`, range: mentor.range, fixes: [placeholderFix(doc, mentor)] }];
  }
  if (!isValidHandle(mentor.handle)) {
    return found(`"@${mentor.handle}" is not a valid GitHub handle (letters, digits and single inner hyphens, at most 39).`);
  }
  if (mentor.handleStyle === 'link' && mentor.linkText?.startsWith('@') && mentor.linkText.slice(1).toLowerCase() !== mentor.handle.toLowerCase()) {
    const named = mentor.linkText.slice(1).trim();
    if (/\s/.test(named)) return nameAsLinkText(doc, mentor, named);
    return found(`The link text "${mentor.linkText}" names another user than its URL (@${mentor.handle}).`);
  }
  const start = doc.lines.offsetAt(mentor.handleRange!.start);
  const end = doc.lines.offsetAt(mentor.handleRange!.end);
  if (mentor.handleStyle === 'bare' && mentor.name) {
    return found(`Write the handle in parentheses: "${who} (@${mentor.handle})".`, [
      { title: `Write "(@${mentor.handle})"`, edits: [replaceOffsets(doc, start - 1, end, `(@${mentor.handle})`)] },
    ]);
  }
  if (mentor.handleStyle === 'listed' && mentor.name) return listed(doc, mentor, who);
  if (mentor.handleStyle === 'paren' && mentor.name && doc.text[start - 2] === '(' && /[^\s([]/.test(doc.text[start - 3] ?? ' ')) {
    return found(`Put a space before "(@${mentor.handle})".`, [
      { title: 'Add a space before the handle', edits: [replaceOffsets(doc, start - 2, start - 2, ' ')] },
    ]);
  }
  if (mentor.handleStyle === 'profile-url') {
    const url = urlAround(doc.text, start, end);
    const inParens = doc.text[url.start - 1] === '(' && doc.text[url.end] === ')';
    return found(`Write the GitHub profile as a handle: "(@${mentor.handle})".`, [
      {
        title: `Write "(@${mentor.handle})"`,
        edits: [inParens ? replaceOffsets(doc, url.start, url.end, `@${mentor.handle}`) : replaceOffsets(doc, url.start, url.end, `(@${mentor.handle})`)],
      },
    ]);
  }
  return [];
}

/**
 * `Jane Doe, @jd, jd@example.com` → `Jane Doe (@jd, jd@example.com)`: only the separators change.
 * A `)` at the end that closes nothing (`Jane Doe, @jd, jd@example.com)`) is the one the author
 * meant; an e-mail in parentheses after the handle (`Yi Zha, @yizha1 (yizha1@…)`) joins it in one.
 */
function listed(doc: IdeasDocument, mentor: Mentor, who: string): RuleFinding[] {
  const separator = mentor.separatorRange!;
  const after = doc.lines.offsetAt(separator.end);
  const end = doc.lines.offsetAt(mentor.range.end);
  const within = doc.text.slice(after, end);
  const edits = [replaceOffsets(doc, doc.lines.offsetAt(separator.start), after, ' (')];
  let wrapped = within;
  const inner = /^(@[^\s(]+)([ \t]*\()[^()]*\)$/.exec(within);
  if (inner) {
    const at = after + inner[1].length;
    edits.push(replaceOffsets(doc, at, at + inner[2].length, ', '));
    wrapped = `${inner[1]}, ${within.slice(inner[1].length + inner[2].length)}`;
  } else if (!(within.endsWith(')') && depthAt(within, within.length - 1) === 0)) {
    edits.push(replaceOffsets(doc, end, end, ')'));
    wrapped = `${within})`;
  }
  return [{ message: `Write the handle in parentheses: "${who} (${wrapped}".`, range: mentor.handleRange!, fixes: [{ title: `Write "${who} (${wrapped}"`, edits }] }];
}

/**
 * `[@Jane Doe](https://github.com/jd)`: a name behind the `@`, not another user. With no name
 * outside the link, the link becomes `Jane Doe (@jd)`; the name stays as written.
 */
function nameAsLinkText(doc: IdeasDocument, mentor: Mentor, name: string): RuleFinding[] {
  const written = `${mentor.name ?? name} (@${mentor.handle})`;
  const message = `The link text "${mentor.linkText}" is a name, not a handle: write "${written}".`;
  const range = mentor.handleRange!;
  if (mentor.name) return [{ message, range, fixes: [] }];
  const start = doc.text.lastIndexOf(`[${mentor.linkText}](`, doc.lines.offsetAt(range.start));
  const end = doc.text.indexOf(')', doc.lines.offsetAt(range.end)) + 1;
  return [{ message, range, fixes: [{ title: `Write "${written}"`, edits: [replaceOffsets(doc, start, end, written)] }] }];
}

/** The whole `https://github.com/handle/` around a handle found inside it. */
function urlAround(text: string, start: number, end: number): { start: number; end: number } {
  const from = text.lastIndexOf('http', start);
  let to = end;
  if (text[to] === '/') to++;
  return { start: from, end: to };
}

/** Inserts ` (@handle)` after the mentor's name for the author to fill in. */
function placeholderFix(doc: IdeasDocument, mentor: Mentor): Fix {
  const start = doc.lines.offsetAt(mentor.range.start);
  const end = doc.lines.offsetAt(mentor.range.end);
  const name = mentor.name ? doc.text.indexOf(mentor.name, start) : -1;
  const at = name !== -1 && name < end ? name + mentor.name!.length : end;
  return { title: 'Add a GitHub handle placeholder', edits: [replaceOffsets(doc, at, at, ' (@handle)')], needsInput: true, snippet: ' (@${1:handle})' };
}

/** What a mentor's link reaches instead of a GitHub profile: a GitHub URL may be mistyped (`ttps://`) or a repository's. */
function linksElsewhere(link: string): string {
  const host = hostOf(link);
  return /^(www\.)?github\.com$/i.test(host) ? `links to "${link}", which is not a GitHub profile` : `links to ${host} instead of GitHub`;
}

/** The host of a link as written; a link target need not be a valid URL (`[@bob](bob)`). */
function hostOf(link: string): string {
  return /^[a-z][\w+.-]*:\/\/([^/?#\s]+)/i.exec(link)?.[1] ?? `"${link}"`;
}
