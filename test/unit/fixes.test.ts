import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, autoFix, changedSpan, fixAll } from '../../server/src/core/fix/fixes';
import { fixAllEdits } from '../../server/src/features/code-actions';
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
    const text = '### P\n\n#### An idea\n\n- Description: d\n- Recommended Skills: go\n- Mentor(s): Ana Silva, @asilva, ana@example.com; Bo Li, @boli\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    const fixed = fixAll(text, lintText).text;
    assert.equal(fixed.split('\n')[6], '- Mentor(s): Ana Silva (@asilva, ana@example.com); Bo Li (@boli)');
    checkFixAll(text, 'listed mentors');
  });

  it('fix-all gives a label its missing colon or the right space after its bullet, and keeps its value', () => {
    const text = '### P\n\n#### An idea\n\nDescription\nAdd a dry-run mode.\n\n-      Recommended Skills: Go\n- Mentors\n  - Ana Silva (@asilva)\n-Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    const fixed = fixAll(text, lintConfigured).text;
    assert.equal(fixed, text.replace('Description', '- Description:').replace('-      Recommended', '- Recommended').replace('- Mentors', '- Mentor(s):').replace('-Upstream', '- Upstream'));
    checkFixAll(text, 'labels without colons');
  });

  it('indents a value that stands below its label into the label\'s item, only when asked', () => {
    const text = '### P\n\n#### An idea\n\n- Description: d\n- Recommended Skills: go\nMentor(s):\n- Ana Silva (@asilva)\n  - Bo Li (@boli)\n\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    const finding = lintConfigured(text).find((f) => f.message.includes('stands below'))!;
    assert.equal(autoFix(finding), undefined, '--fix must leave it');
    const bulleted = fixAll(text, lintConfigured).text;
    const indented = applyEdits(bulleted, lintConfigured(bulleted).find((f) => f.message.includes('stands below'))!.fixes[0].edits);
    assert.equal(indented, text.replace('Mentor(s):\n- Ana Silva (@asilva)\n  - Bo Li (@boli)', '- Mentor(s):\n  - Ana Silva (@asilva)\n    - Bo Li (@boli)'));
    assert.deepEqual(lintConfigured(indented).map((f) => f.rule), []);
  });

  it('wraps a listed handle in the parenthesis that a stray one closes', () => {
    const text = '### P\n\n#### An idea\n\n- Description: d\n- Recommended Skills: go\n- Mentor(s): Ana Silva, @asilva, ana@example.com)\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    assert.equal(fixAll(text, lintText).text, text.replace('Ana Silva, @asilva, ana@example.com)', 'Ana Silva (@asilva, ana@example.com)'));
  });

  it('turns a name written as link text into the name and its handle, and leaves one with a name beside it', () => {
    const text = '### P\n\n#### An idea\n\n- Description: d\n- Recommended Skills: go\n- Mentor(s): [@Ana Silva](https://github.com/asilva), Bo Li ([@Bo Li](https://github.com/boli))\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    const fixed = fixAll(text, lintText).text;
    assert.equal(fixed, text.replace('[@Ana Silva](https://github.com/asilva)', 'Ana Silva (@asilva)'));
    assert.deepEqual(lintText(fixed).map((f) => f.message), ['The link text "@Bo Li" is a name, not a handle: write "Bo Li (@boli)".']);
  });

  it('gives a handle labelled github: its @', () => {
    const text = '### P\n\n#### An idea\n\n- Description: d\n- Recommended Skills: go\n- Mentor(s): Ana Silva (email: ana@example.com, github: asilva)\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    const fixed = fixAll(text, lintText).text;
    assert.equal(fixed, text.replace('github: asilva', 'github: @asilva'));
    assert.deepEqual(lintText(fixed), []);
  });

  it('removes a label written twice and keeps its value', () => {
    const text = '### P\n\n#### An idea\n\n- Description: Description: d\n- Recommended Skills: go\n- Mentor(s): Mentor(s):  Ana Silva (@asilva)\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    const fixed = fixAll(text, lintText).text;
    assert.equal(fixed, text.replace('Description: Description: d', 'Description: d').replace('Mentor(s): Mentor(s):  Ana', 'Mentor(s): Ana'));
    assert.deepEqual(lintText(fixed), []);
  });

  it('joins a listed handle and the e-mail in parentheses after it in one parenthesis', () => {
    const text = '### P\n\n#### An idea\n\n- Description: d\n- Recommended Skills: go\n- Mentor(s): Ana Silva, @asilva (ana@example.com)\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    const fixed = fixAll(text, lintText).text;
    assert.equal(fixed, text.replace('Ana Silva, @asilva (ana@example.com)', 'Ana Silva (@asilva, ana@example.com)'));
    assert.deepEqual(lintText(fixed), []);
  });

  describe('fix-all reaches a fixed point in one run', () => {
    const idea = (mentors: string, issue: string) =>
      `### P\n\n#### An idea\n\n- Description: d\n- Recommended Skills: go\n- ${mentors}\n- Upstream Issue (URL): ${issue}\n`;

    it('writes a shorthand followed by a full stop as the URL without it, in one fix', () => {
      const text = idea('Mentor(s): A (@a)', 'cncf/mentoring#7.');
      const [finding] = lintText(text);
      assert.equal(finding.fixes[0].title, 'Write https://github.com/cncf/mentoring/issues/7 without the "." after it');
      const once = applyEdits(text, autoFix(finding)!.edits);
      assert.equal(once, idea('Mentor(s): A (@a)', 'https://github.com/cncf/mentoring/issues/7'));
      assert.deepEqual(lintText(once), []);
      assert.equal(fixAll(text, lintText, 1).text, once, 'one pass is enough');
    });

    it('keeps a comma between shorthands and what is glued to one that no URL ends on', () => {
      const text = idea('Mentor(s): A (@a)', 'cncf/mentoring#7, cncf/mentoring#8; see cncf/mentoring#9-beta');
      const fixed = fixAll(text, lintText, 1).text;
      assert.equal(fixed, idea('Mentor(s): A (@a)', 'https://github.com/cncf/mentoring/issues/7, https://github.com/cncf/mentoring/issues/8; see <https://github.com/cncf/mentoring/issues/9>-beta'));
      assert.deepEqual(lintText(fixed), []);
    });

    it('fixes what a fix made fixable (a renamed label then read as mentors) in one run, and Fix All in the editor too', () => {
      const text = idea('Metor(s): Ana Silva(@anasilva)', 'https://github.com/o/r/issues/1');
      const onePass = fixAll(text, lintText, 1).text;
      assert.equal(onePass, idea('Mentor(s): Ana Silva(@anasilva)', 'https://github.com/o/r/issues/1'), 'what one pass, the old Fix All, made');
      assert.deepEqual(lintText(onePass).filter(autoFix).map((f) => f.rule), ['mentor-handle'], 'and left to a second run');
      const fixed = idea('Mentor(s): Ana Silva (@anasilva)', 'https://github.com/o/r/issues/1');
      const result = fixAll(text, lintText);
      assert.equal(result.text, fixed);
      assert.equal(result.fixed, 2);
      assert.equal(applyEdits(text, result.edits), fixed, 'its edits, against the old text, make the same text');
      const { doc, findings } = lint(text);
      assert.equal(applyEdits(text, fixAllEdits({ doc, findings, lintText })), fixed, 'source.fixAll.ideas');
      assert.equal(applyEdits(text, fixAllEdits({ doc, findings })), onePass, 'without a way to lint again, one pass');
      checkFixAll(text, 'chain');
    });

    it('after one pass, its edits are the fixes\' own', () => {
      const text = idea('Mentor(s): Ana Silva(@anasilva)', 'https://github.com/o/r/issues/1');
      const { edits } = fixAll(text, lintText);
      assert.deepEqual(edits, lintText(text).flatMap((f) => f.fixes[0].edits));
    });

    it('stops after its bound when fixes undo each other, and never loops', () => {
      let calls = 0;
      const flipFlop = (text: string) => {
        calls++;
        const lines = new LineIndex(text);
        const [from, to] = text.includes('a') ? ['a', 'b'] : ['b', 'a'];
        const at = text.indexOf(from);
        return [{ rule: 'x', severity: 'info' as const, message: 'm', range: lines.rangeOf(at, at + 1), fixes: [{ title: 't', edits: [{ range: lines.rangeOf(at, at + 1), newText: to }] }] }];
      };
      assert.equal(fixAll('a', flipFlop, 3).text, 'b');
      assert.equal(calls, 3);
    });

    it('one edit over what changed never splits a surrogate pair or a CRLF', () => {
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\r\n', '\n', '😀', '😁') }), fc.string({ unit: fc.constantFrom('a', 'b', '\r\n', '\n', '😀', '😁') }), (before, after) => {
          const edit = changedSpan(before, after);
          assert.equal(applyEdits(before, [edit]), after);
          const lines = new LineIndex(before);
          for (const at of [lines.offsetAt(edit.range.start), lines.offsetAt(edit.range.end)]) {
            assert.ok(!(before[at - 1] === '\r' && before[at] === '\n'), 'splits a CRLF');
            assert.ok(!/[\ud800-\udbff]/.test(before[at - 1] ?? '') || !/[\udc00-\udfff]/.test(before[at] ?? ''), 'splits a pair');
          }
        }),
      );
    });
  });
});
