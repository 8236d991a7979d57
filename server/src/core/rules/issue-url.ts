import type { Fix } from './finding';
import type { IdeasDocument, IssueRef } from '../model/types';
import { ideaRule, type RuleFinding } from './rule';
import { replaceOffsets, replaceRange } from './text-edits';

/** A repository, its issue list or a search, rather than one issue or pull request. */
const LIST_URL = /^https?:\/\/(?:www\.)?github\.com\/[^/]+\/[^/?#]+\/?(?:(?:issues|pulls)\/?)?(?:[?#].*)?$/i;

export const issueUrl = ideaRule({
  id: 'issue-url',
  defaultSeverity: 'warning',
  description: 'An upstream issue that is not a link to one issue or pull request.',
  checkIdea(doc, idea) {
    return idea.fields.flatMap((field) => {
      if (!field.issues) return [];
      if (field.issues.length === 0 && field.value !== '') {
        return [{ message: `"${field.value.split(/\r?\n/)[0]}" is not a URL: link the upstream issue.`, range: field.valueRange, fixes: [] }];
      }
      return field.issues.flatMap((ref) => check(doc, ref, doc.lines.offsetAt(field.valueRange.end)));
    });
  },
});

function check(doc: IdeasDocument, ref: IssueRef, valueEnd: number): RuleFinding[] {
  const found = (message: string, fixes: Fix[] = []): RuleFinding[] => [{ message, range: ref.range, fixes }];
  if (ref.shorthand) {
    const [repo, number] = ref.shorthand.split('#');
    const url = `https://github.com/${repo}/issues/${number}`;
    return found(`"${ref.shorthand}" is a shorthand that only GitHub expands: write the full URL.`, [shorthandFix(doc, ref, url, valueEnd)]);
  }
  if (!ref.url) return found(`"${ref.text}" is not a URL: link the upstream issue.`);
  const start = doc.lines.offsetAt(ref.range.start);
  const end = doc.lines.offsetAt(ref.range.end);
  const punctuation = ref.text.startsWith('http') ? ref.text.slice(ref.url.length) : '';
  if (punctuation && isStray(punctuation, end, valueEnd)) {
    return found(`Trailing "${punctuation}" is not part of the URL.`, [
      { title: `Remove "${punctuation}" after the URL`, edits: [replaceOffsets(doc, start + ref.url.length, end, '')] },
    ]);
  }
  if (ref.text.startsWith('http') && doc.text[start - 1] === '(' && doc.text[end] === ')' && doc.text[start - 2] !== ']') {
    return found('The URL is wrapped in parentheses.', [
      {
        title: 'Remove the parentheses around the URL',
        edits: [replaceOffsets(doc, start - 1, start, ''), replaceOffsets(doc, end, end + 1, '')],
      },
    ]);
  }
  if (LIST_URL.test(ref.url)) {
    return found(`${ref.url} is a repository or an issue list, not one issue or pull request.`);
  }
  return [];
}

/** Punctuation after a URL, ending at `end`: a comma or semicolon between two URLs separates them; only at the end of the value is it stray. */
const isStray = (punctuation: string, end: number, valueEnd: number): boolean => !(/^[,;]$/.test(punctuation) && end < valueEnd);

/** What a bare URL takes in after it, up to a space or a bracket (`issueRefs`), and the sentence punctuation it leaves out. */
const GLUED = /^[^\s<>()[\]]*/;
const SENTENCE_END = /^[.,;:!?]+$/;

/**
 * The full URL for a shorthand, written so that the result is not reported again: the characters
 * right after the shorthand would become part of a bare URL. Sentence punctuation there
 * (`org/repo#7.`) is what the trailing-punctuation check would then take off, so the fix writes the
 * URL without it, the text a second run used to give; a comma or semicolon before another reference
 * stays as the separator it is. Anything else glued to the shorthand (`org/repo#7-x`) stays as
 * written after an autolink, `<URL>`, which ends the URL where the shorthand ended.
 */
function shorthandFix(doc: IdeasDocument, ref: IssueRef, url: string, valueEnd: number): Fix {
  const end = doc.lines.offsetAt(ref.range.end);
  const glued = GLUED.exec(doc.text.slice(end, valueEnd))![0];
  const start = doc.lines.offsetAt(ref.range.start);
  if (glued === '') return { title: `Write ${url}`, edits: [replaceRange(ref.range, url)] };
  if (SENTENCE_END.test(glued)) {
    if (!isStray(glued, end + glued.length, valueEnd)) return { title: `Write ${url}`, edits: [replaceRange(ref.range, url)] };
    return { title: `Write ${url} without the "${glued}" after it`, edits: [replaceOffsets(doc, start, end + glued.length, url)] };
  }
  return { title: `Write <${url}>`, edits: [replaceRange(ref.range, `<${url}>`)] };
}
