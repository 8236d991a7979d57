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
    return found(`"${ref.shorthand}" is a shorthand that only GitHub expands: write the full URL.`, [
      { title: `Write ${url}`, edits: [replaceRange(ref.range, url)] },
    ]);
  }
  if (!ref.url) return found(`"${ref.text}" is not a URL: link the upstream issue.`);
  const start = doc.lines.offsetAt(ref.range.start);
  const end = doc.lines.offsetAt(ref.range.end);
  const punctuation = ref.text.startsWith('http') ? ref.text.slice(ref.url.length) : '';
  // A comma between two URLs separates them; only at the end of the value is it stray.
  if (punctuation && !(/^[,;]$/.test(punctuation) && end < valueEnd)) {
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
