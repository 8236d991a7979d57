import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { snippetPrefixes, whenToSuggest } from '../../client/src/line-start';

// When the extension opens the suggestion widget itself in an ideas list (VS Code keeps quick
// suggestions off in markdown): pure decision logic, no VS Code.

const prefixes = snippetPrefixes(readFileSync(join(__dirname, '..', '..', 'snippets', 'ideas.code-snippets'), 'utf8'));
const when = (before: string) => whenToSuggest(before, before.slice(-1), prefixes);

describe('suggestions as you type in an ideas list (client/src/line-start.ts)', () => {
  it('reads the prefixes of the contributed snippets', () => {
    assert.ok(prefixes.includes('idea'), prefixes.join());
    assert.ok(prefixes.includes('idea-gsoc'));
    assert.deepEqual(snippetPrefixes('not json'), []);
    assert.deepEqual(snippetPrefixes('{"a": {"prefix": ["x", 3]}, "b": null}'), ['x']);
  });

  it('opens the widget at once for the first letter of a line that starts a snippet: `idea`', () => {
    assert.equal(when('i'), 'snippets');
    assert.equal(when('I'), 'snippets');
    assert.equal(when('  p'), 'snippets');
  });

  it('asks the server first at a line start that starts no snippet, at a bullet, and after a colon or comma', () => {
    assert.equal(when('D'), 'server', 'a label without a bullet');
    assert.equal(when('- '), 'server', 'the blank after a bullet: the missing fields');
    assert.equal(when('  * R'), 'server', 'the first letter of a bullet\'s text');
    assert.equal(when('- i'), 'server', 'snippets make headings: not inside a bullet');
    assert.equal(when('- Mentor(s): '), 'server', 'a value\'s start: the mentors of the workspace');
    assert.equal(when('- Recommended Skills: Go, '), 'server', 'after a comma: skills in use');
  });

  it('stays quiet everywhere else: inside words, prose, headings, after the first letter', () => {
    for (const before of ['id', 'idea', '- De', '- Description: x', '- Description: some prose', '#', '## P', '-', '---', '> a, ', '| a, ', '# Title: ', 'well-', '- Mentor(s): Ana (@', '']) {
      assert.equal(when(before), undefined, JSON.stringify(before));
    }
  });

  it('answers a keystroke only: a paste or a deletion opens nothing', () => {
    assert.equal(whenToSuggest('- ', '- ', prefixes), undefined);
    assert.equal(whenToSuggest('i', '', prefixes), undefined);
    assert.equal(whenToSuggest('i', 'x', prefixes), undefined);
  });
});
