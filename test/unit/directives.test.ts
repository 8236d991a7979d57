import assert from 'node:assert/strict';
import type { List, Nodes } from 'mdast';
import { CodeActionKind, type CodeAction, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver';
import { toDiagnostic } from '../../server/src/features/diagnostics';
import { codeActions } from '../../server/src/features/code-actions';
import { disableLineEdit } from '../../server/src/features/disable-actions';
import { DocumentLinter } from '../../server/src/core/incremental/document-linter';
import { applyEdits } from '../../server/src/core/fix/fixes';
import { lint } from '../../server/src/core/lint';
import { parseMarkdown } from '../../server/src/core/parse/markdown';

const OPTIONS = { preset: 'cncf-2020' } as const;
const URI = 'file:///w/ideas.md';

/** One project of two ideas; the first has a bare handle and a shorthand issue, the second a bare handle. */
const list = (first = '- Mentor(s): Jane Doe @janedoe', before = '') => `### Project

${before}#### First

- Description: Stream the build log.
- Recommended Skills: Go
${first}
- Upstream Issue (URL): acme/tool#12

#### Second

- Description: Faster snapshots.
- Recommended Skills: Rust
- Mentor(s): Bo Li @boli
- Upstream Issue (URL): https://github.com/acme/tool/issues/7
`;

/** `rule: line` of each finding (1-based lines). */
const found = (text: string) => lint(text, OPTIONS).findings.map((f) => `${f.rule}: ${f.range.start.line + 1}`);

/** The lists of a text, each as the number of its items. */
function lists(text: string): number[] {
  const sizes: number[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'list') sizes.push((node as List).children.length);
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(parseMarkdown(text));
  return sizes;
}

/** The quick fixes for the first finding of `rule`. */
function quickFixes(text: string, rule: string): CodeAction[] {
  const { doc, findings } = lint(text, OPTIONS);
  const finding = findings.find((f) => f.rule === rule)!;
  const diagnostic = toDiagnostic(finding, URI);
  return codeActions({ uri: URI, version: 1, doc, findings, snippets: false }, { textDocument: { uri: URI }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] } });
}

const editsOf = (action: CodeAction) => ((action.edit!.documentChanges as TextDocumentEdit[])[0].edits as TextEdit[]);
const applied = (text: string, action: CodeAction) => applyEdits(text, editsOf(action));

describe('disable comments', () => {
  it('finds in the list what the tests below silence', () => {
    assert.deepEqual(found(list()), ['mentor-handle: 7', 'issue-url: 8', 'mentor-handle: 14']);
    assert.deepEqual(lists(list()), [4, 4]);
  });

  describe('ideas-disable-line at the end of a list item', () => {
    it('silences the named rule on its own line only, and keeps the list whole', () => {
      const text = list('- Mentor(s): Jane Doe @janedoe <!-- ideas-disable-line mentor-handle -->');
      assert.deepEqual(found(text), ['issue-url: 8', 'mentor-handle: 14']);
      assert.deepEqual(lists(text), [4, 4]);
    });

    it('names several rules, comma- or space-separated; without rules it silences every rule on the line', () => {
      const both = list('- Mentor(s): Jane Doe @janedoe').replace('acme/tool#12', 'acme/tool#12 <!-- ideas-disable-line issue-url, mentor-handle -->');
      assert.deepEqual(found(both), ['mentor-handle: 7', 'mentor-handle: 14']);
      assert.deepEqual(found(list('- Mentor(s): Jane Doe @janedoe <!-- ideas-disable-line -->')), ['issue-url: 8', 'mentor-handle: 14']);
    });

    it('changes nothing else: a comment for another rule leaves the value read as before', () => {
      const cases = [
        '- Mentor(s): Jane Doe @janedoe',
        '- Mentor(s): Jane Doe (@janedoe)',
        '- Upstream Issue (URL): https://github.com/acme/tool/issues/3',
        '- Upstream Issue (URL): acme/tool#12',
        '- Mentor(s): Jane Doe (@janedoe), Bo Li (@boli)',
      ];
      for (const line of cases) {
        const plain = list(line).replace('- Upstream Issue (URL): acme/tool#12\n', line.includes('Upstream') ? '' : '- Upstream Issue (URL): acme/tool#12\n');
        const commented = plain.replace(line, `${line} <!-- ideas-disable-line heading-level -->`);
        assert.deepEqual(found(commented), found(plain), line);
      }
    });
  });

  it('the comment is no part of the field’s value: a field that holds only one is empty', () => {
    const text = list('- Mentor(s): <!-- ideas-disable-line mentor-handle -->');
    assert.deepEqual(found(text), ['empty-field: 7', 'issue-url: 8', 'mentor-handle: 14']);
    const field = lint(list('- Mentor(s): Jane Doe (@janedoe) <!-- ideas-disable-line issue-url -->'), OPTIONS).doc.ideas[0].fields[2];
    assert.equal(field.value, 'Jane Doe (@janedoe)');
    assert.deepEqual(field.valueRange.end, { line: 6, character: 32 });
    assert.equal(field.range.end.character, 70, 'the field’s range keeps it, so that moving the field moves its comment');
    const other = lint(list('- Mentor(s): Jane Doe (@janedoe) <!-- a note -->'), OPTIONS).doc.ideas[0].fields[2];
    assert.equal(other.value, 'Jane Doe (@janedoe) <!-- a note -->', 'another comment is left as it is');
  });

  it('ideas-disable-next-line keeps working', () => {
    const text = list('<!-- ideas-disable-next-line mentor-handle -->\n- Mentor(s): Jane Doe @janedoe');
    assert.deepEqual(found(text), ['issue-url: 9', 'mentor-handle: 15']);
  });

  describe('ideas-disable-idea before an idea heading', () => {
    it('silences the named rule in the whole idea, its heading included, and not in the next idea', () => {
      const text = list(undefined, '<!-- ideas-disable-idea mentor-handle issue-url -->\n');
      assert.deepEqual(found(text), ['mentor-handle: 15']);
      const missing = lint(list(undefined, '<!-- ideas-disable-idea missing-field -->\n').replace('- Recommended Skills: Go\n', ''), OPTIONS).findings;
      assert.deepEqual(missing.map((f) => f.rule), ['mentor-handle', 'issue-url', 'mentor-handle'], 'the heading’s missing-field is silenced');
    });

    it('reaches the deeper headings under the idea’s, and stops at the next heading of its level or shallower', () => {
      const deeper = list(undefined, '<!-- ideas-disable-idea mentor-handle -->\n').replace('- Upstream Issue (URL): acme/tool#12\n', '- Upstream Issue (URL): acme/tool#12\n\n##### Notes\n\n- Mentor(s): Al Bo @albo\n');
      assert.deepEqual(found(deeper).filter((f) => f.startsWith('mentor-handle')), ['mentor-handle: 19']);
    });

    it('before a project heading, silences the project; at the end of the heading line, the idea', () => {
      assert.deepEqual(found(`<!-- ideas-disable-idea mentor-handle -->\n${list()}`), ['issue-url: 9']);
      const onHeading = list().replace('#### First', '#### First <!-- ideas-disable-idea mentor-handle -->');
      assert.deepEqual(found(onHeading), ['issue-url: 8', 'mentor-handle: 14']);
      assert.deepEqual(found(`${list()}\n<!-- ideas-disable-idea mentor-handle -->\n`), found(list()), 'after the last heading it silences nothing');
    });

    it('an edit elsewhere gives what a lint of the whole text gives (incremental equals full)', () => {
      const linter = new DocumentLinter();
      let text = list(undefined, '<!-- ideas-disable-idea mentor-handle -->\n');
      const steps = [
        (t: string) => t.replace('- Description: Faster snapshots.', '- Description: Faster snapshots.\n- Mentor(s): Cy Do @cydo'),
        (t: string) => t.replace('- Recommended Skills: Go', '- Recommended Skills: Go\n\n- Mentor(s): Ed Fu @edfu'),
        (t: string) => t.replace('#### Second', '### Second'),
        (t: string) => t.replace('<!-- ideas-disable-idea mentor-handle -->\n', ''),
      ];
      linter.lint(text, OPTIONS);
      for (const step of steps) {
        text = step(text);
        const patched = JSON.parse(JSON.stringify(linter.lint(text, OPTIONS).findings));
        assert.deepEqual(patched, JSON.parse(JSON.stringify(lint(text, OPTIONS).findings)));
      }
    });
  });

  describe('the quick fix "Disable RULE for this line"', () => {
    it('appends ideas-disable-line to the list item’s line, which silences the rule and keeps the list whole', () => {
      const text = list();
      const action = quickFixes(text, 'mentor-handle').find((a) => a.title === 'Disable mentor-handle for this line')!;
      assert.deepEqual(editsOf(action), [{ range: { start: { line: 6, character: 30 }, end: { line: 6, character: 30 } }, newText: ' <!-- ideas-disable-line mentor-handle -->' }]);
      const after = applied(text, action);
      assert.deepEqual(found(after), ['issue-url: 8', 'mentor-handle: 14']);
      assert.deepEqual(lists(after), [4, 4], 'a comment line between two items would split the list');
    });

    it('adds the rule to an ideas-disable-line already there, and keeps a hard line break’s trailing blanks after it', () => {
      const text = list().replace('acme/tool#12', 'acme/tool#12 <!-- ideas-disable-line mentor-handle -->');
      const { doc } = lint(text, OPTIONS);
      assert.equal(applyEdits(text, [disableLineEdit(doc, 'issue-url', 7)]).split('\n')[7], '- Upstream Issue (URL): acme/tool#12 <!-- ideas-disable-line mentor-handle, issue-url -->');
      const broken = list('- Mentor(s): Jane Doe @janedoe  ');
      assert.equal(applyEdits(broken, [disableLineEdit(lint(broken, OPTIONS).doc, 'mentor-handle', 6)]).split('\n')[6], '- Mentor(s): Jane Doe @janedoe <!-- ideas-disable-line mentor-handle -->  ');
    });

    it('puts ideas-disable-next-line above a heading, whose title would take the comment', () => {
      const text = list().replace('- Recommended Skills: Go\n', '');
      const action = quickFixes(text, 'missing-field').find((a) => a.title === 'Disable missing-field for this line')!;
      assert.deepEqual(editsOf(action), [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '<!-- ideas-disable-next-line missing-field -->\n' }]);
      assert.ok(!found(applied(text, action)).some((f) => f.startsWith('missing-field')));
    });

    it('"Disable RULE for this idea" puts ideas-disable-idea above the idea’s heading', () => {
      const text = list().replace('acme/tool#12', 'acme/tool#12\n- Mentor(s): Al Bo @albo');
      const action = quickFixes(text, 'mentor-handle').find((a) => a.title === 'Disable mentor-handle for this idea')!;
      assert.deepEqual(editsOf(action), [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '<!-- ideas-disable-idea mentor-handle -->\n' }]);
      assert.deepEqual(found(applied(text, action)), ['issue-url: 9', 'duplicate-field: 10', 'mentor-handle: 16']);
    });
  });
});
