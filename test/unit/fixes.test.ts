import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, autoFix, fixAll } from '../../server/src/core/fix/fixes';
import { LineIndex } from '../../server/src/core/text/line-index';
import { lint } from '../../server/src/core';
import { checkFixAll, lintText } from '../support/fix-all';
import { readFixture } from '../support/fixtures';

/** A list whose configuration names the seed's template: its labels and markup are the convention. */
const lintConfigured = (text: string) => lint(text, { preset: 'cncf-2020' }).findings;

describe('fixes', () => {
  it('applyEdits keeps every character outside the edited ranges', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fc.tuple(fc.nat(), fc.nat(5), fc.string({ maxLength: 5 })), { maxLength: 6 }), (text, raw) => {
        // Disjoint spans, each followed by at least one untouched character.
        const spans: [number, number, string][] = [];
        let from = 0;
        for (const [gap, length, newText] of raw) {
          const start = from + (gap % 7);
          const end = Math.min(start + length, text.length);
          if (start >= text.length) break;
          spans.push([start, end, newText]);
          from = end + 1;
        }
        const lines = new LineIndex(text);
        const safe = spans.filter(([s, e]) => !/[\r\n]/.test(text.slice(Math.max(0, s - 1), e + 1)));
        const result = applyEdits(text, safe.map(([s, e, newText]) => ({ range: lines.rangeOf(s, e), newText })));
        let expected = '';
        let at = 0;
        for (const [s, e, newText] of safe) {
          expected += text.slice(at, s) + newText;
          at = e;
        }
        assert.equal(result, expected + text.slice(at));
      }),
    );
  });

  it('fix-all on the seed fixes what it claims, is idempotent and keeps every word', () => {
    const text = readFixture('seed-project-ideas.md');
    checkFixAll(text, 'seed');
    const fixed = fixAll(text, lintText).text;
    assert.match(fixed, /\n- Recommended Skills: go, distributed systems, Linux\n/);
    assert.match(fixed, /Andy Zhang \(@andyzhangx\)/);
    assert.match(fixed, /issues\/11\n/);
  });

  it('fix-all puts a handle and e-mail listed after the name in parentheses, changing only the separators', () => {
    const text = '### P\n\n#### An idea\n\n- Description: d\n- Recommended Skills: go\n- Mentor(s): Jane Doe, @janedoe, jane@example.com; Bo Li, @boli\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    const fixed = fixAll(text, lintText).text;
    assert.equal(fixed.split('\n')[6], '- Mentor(s): Jane Doe (@janedoe, jane@example.com); Bo Li (@boli)');
    checkFixAll(text, 'listed mentors');
  });

  it('fix-all gives a label its missing colon or the right space after its bullet, and keeps its value', () => {
    const text = '### P\n\n#### An idea\n\nDescription\nAdd a dry-run mode.\n\n-      Recommended Skills: Go\n- Mentors\n  - Jane Doe (@janedoe)\n-Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    const fixed = fixAll(text, lintConfigured).text;
    assert.equal(fixed, text.replace('Description', '- Description:').replace('-      Recommended', '- Recommended').replace('- Mentors', '- Mentor(s):').replace('-Upstream', '- Upstream'));
    checkFixAll(text, 'labels without colons');
  });

  it('indents a value that stands below its label into the label\'s item, only when asked', () => {
    const text = '### P\n\n#### An idea\n\n- Description: d\n- Recommended Skills: go\nMentor(s):\n- Jane Doe (@janedoe)\n  - Bo Li (@boli)\n\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    const finding = lintConfigured(text).find((f) => f.message.includes('stands below'))!;
    assert.equal(autoFix(finding), undefined, '--fix must leave it');
    const bulleted = fixAll(text, lintConfigured).text;
    const indented = applyEdits(bulleted, lintConfigured(bulleted).find((f) => f.message.includes('stands below'))!.fixes[0].edits);
    assert.equal(indented, text.replace('Mentor(s):\n- Jane Doe (@janedoe)\n  - Bo Li (@boli)', '- Mentor(s):\n  - Jane Doe (@janedoe)\n    - Bo Li (@boli)'));
    assert.deepEqual(lintConfigured(indented).map((f) => f.rule), []);
  });

  it('wraps a listed handle in the parenthesis that a stray one closes', () => {
    const text = '### P\n\n#### An idea\n\n- Description: d\n- Recommended Skills: go\n- Mentor(s): Jane Doe, @janedoe, jane@example.com)\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    assert.equal(fixAll(text, lintText).text, text.replace('Jane Doe, @janedoe, jane@example.com)', 'Jane Doe (@janedoe, jane@example.com)'));
  });

  it('turns a name written as link text into the name and its handle, and leaves one with a name beside it', () => {
    const text = '### P\n\n#### An idea\n\n- Description: d\n- Recommended Skills: go\n- Mentor(s): [@Jane Doe](https://github.com/janedoe), Bo Li ([@Bo Li](https://github.com/boli))\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    const fixed = fixAll(text, lintText).text;
    assert.equal(fixed, text.replace('[@Jane Doe](https://github.com/janedoe)', 'Jane Doe (@janedoe)'));
    assert.deepEqual(lintText(fixed).map((f) => f.message), ['The link text "@Bo Li" is a name, not a handle: write "Bo Li (@boli)".']);
  });

  it('gives a handle labelled github: its @', () => {
    const text = '### P\n\n#### An idea\n\n- Description: d\n- Recommended Skills: go\n- Mentor(s): Jane Doe (email: jane@example.com, github: janedoe)\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    const fixed = fixAll(text, lintText).text;
    assert.equal(fixed, text.replace('github: janedoe', 'github: @janedoe'));
    assert.deepEqual(lintText(fixed), []);
  });

  it('removes a label written twice and keeps its value', () => {
    const text = '### P\n\n#### An idea\n\n- Description: Description: d\n- Recommended Skills: go\n- Mentor(s): Mentor(s):  Jane Doe (@janedoe)\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    const fixed = fixAll(text, lintText).text;
    assert.equal(fixed, text.replace('Description: Description: d', 'Description: d').replace('Mentor(s): Mentor(s):  Jane', 'Mentor(s): Jane'));
    assert.deepEqual(lintText(fixed), []);
  });

  it('joins a listed handle and the e-mail in parentheses after it in one parenthesis', () => {
    const text = '### P\n\n#### An idea\n\n- Description: d\n- Recommended Skills: go\n- Mentor(s): Jane Doe, @janedoe (jane@example.com)\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    const fixed = fixAll(text, lintText).text;
    assert.equal(fixed, text.replace('Jane Doe, @janedoe (jane@example.com)', 'Jane Doe (@janedoe, jane@example.com)'));
    assert.deepEqual(lintText(fixed), []);
  });
});
