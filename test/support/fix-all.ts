import assert from 'node:assert/strict';
import { autoFix, fixAll } from '../../server/src/core/fix/fixes';
import { lint } from '../../server/src/core/lint';
import { words } from './corpus';

export const lintText = (text: string) => lint(text).findings;
/** The words of prose: a URL is not prose (a fix may turn a profile URL into a handle). */
const proseWords = (text: string) => words(text.replace(/https?:\/\/\S+/g, ' '));

/** Whether `needles` occur in `haystack` in order (not necessarily next to each other). */
function isSubsequence(needles: string[], haystack: string[]): boolean {
  let i = 0;
  for (const word of haystack) if (i < needles.length && word === needles[i]) i++;
  return i === needles.length;
}

/** What every fix-all must guarantee on `text`. */
export function checkFixAll(text: string, name: string): void {
  const valueWords = lint(text).doc.ideas.flatMap((idea) => idea.fields.flatMap((f) => proseWords(f.value)));
  const once = fixAll(text, lintText);
  const left = lintText(once.text).filter((f) => autoFix(f));
  assert.deepEqual(left.map((f) => `${f.range.start.line + 1} ${f.rule}`), [], `${name}: fixable findings left after fix-all`);
  assert.equal(fixAll(once.text, lintText).text, once.text, `${name}: a second fix-all changed the text`);
  assert.ok(isSubsequence(valueWords, words(once.text)), `${name}: fix-all lost words of a field value`);
}
