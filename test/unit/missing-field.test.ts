import assert from 'node:assert/strict';
import type { CompletionItem, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { parseConfig } from '../../server/src/core/config/config';
import type { TextEdit as CoreEdit } from '../../server/src/core/rules/finding';
import { lint, type LintOptions } from '../../server/src/core/lint';
import { missingFields } from '../../server/src/core/template/missing-fields';
import { codeActions } from '../../server/src/features/code-actions';
import { completions } from '../../server/src/features/completion';
import { WorkspaceIndex } from '../../server/src/host/workspace-index';
import { readFixture } from '../support/fixtures';
import { plain } from '../support/plain';

/** A template of .ideasrc.json whose labels are none of the presets'. */
const { config: ownLabels } = parseConfig(
  JSON.stringify({
    template: {
      fields: [
        { label: 'Summary' },
        { label: 'Skills required', kind: 'skills' },
        { label: 'Who mentors', kind: 'mentors' },
        { label: 'Tracking issue', kind: 'issues' },
        { label: 'Notes', required: false },
      ],
    },
  }),
  'cfg.json',
);

/** Ideas that lack fields before, after and around the ones they have, or have none. */
// Lists of one or two ideas set no norm of their own: the shapes name their template.
const shapes: [string, string, LintOptions][] = [
  ['fields after the last present', '### P\n\n#### I\n\n- Description: d\n',{ preset: 'cncf-2020' }],
  ['fields before the first present', '### P\n\n#### I\n\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n\n#### J\n\n- Description: d\n',{ preset: 'cncf-2020' }],
  ['fields around the one present, CRLF and `*`', '### P\r\n\r\n#### I\r\n\r\n* Recommended Skills: Go\r\n\r\n#### J\r\n',{ preset: 'cncf-2020' }],
  ['no field at all, under the heading', '### P\n\n#### I\n\n#### J\n\n- Description: d\n',{ preset: 'cncf-2020' }],
  ['a misspelt field is there', '### P\n\n#### I\n\n- Descrption: d\n- Mentors: M (@m)\n\n#### J\n', { preset: 'lfx' }],
  ["a configured template's own labels", '### P\n\n#### I\n\n- Who mentors: M (@m)\n\n#### J\n', ownLabels],
];

/** The field lines edits insert, in the order the edits put them. */
const insertedLines = (edits: { newText: string }[]) => edits.flatMap((edit) => edit.newText.split(/\r?\n/).filter(Boolean));

describe('missing-field', () => {
  it('reports each required field an idea lacks, on the idea heading', () => {
    const { findings } = lint(readFixture('missing-fields.md'));
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity, f.range.start.line, f.message]),
      [
        ['missing-field', 'error', 11, 'Idea "Idea without skills and mentors" has no "Recommended Skills" field.'],
        ['missing-field', 'error', 11, 'Idea "Idea without skills and mentors" has no "Mentor(s)" field.'],
      ],
    );
    assert.deepEqual(plain(findings[0].range), { start: { line: 11, character: 0 }, end: { line: 11, character: 36 } });
  });

  it('accepts aliases such as "Issue" for the issue field', () => {
    const text = '### P\n\n#### I\n\n- Description: d\n- Recommended Skills: s\n- Mentors: M (@m)\n- Issue: https://x/issues/1\n';
    assert.deepEqual(lint(text).findings.filter((f) => f.rule === 'missing-field'), []);
  });

  it('are the required fields an idea has under no label, alias or misspelling; with `optional`, the optional ones too', () => {
    const { doc } = lint('### P\n\n#### I\n\n- Descrption: d\n- Mentors: M (@m)\n', { preset: 'lfx' });
    const [idea] = doc.ideas;
    assert.deepEqual(missingFields(idea, doc.template).map((f) => f.label), ['Expected Outcome', 'Recommended Skills', 'Upstream Issue']);
    assert.deepEqual(missingFields(idea, doc.template, { optional: true }).map((f) => f.label), ['Expected Outcome', 'Recommended Skills', 'Upstream Issue', 'LFX URL']);
  });

  for (const [shape, text, options] of shapes) {
    it(`the rule's fixes, "Add all missing fields" and completion agree on what an idea lacks: ${shape}`, () => {
      const { doc, findings } = lint(text, options);
      const [idea] = doc.ideas;
      const missing = findings.filter((f) => f.rule === 'missing-field' && f.range.start.line === idea.heading.range.start.line);
      assert.ok(missing.length >= 2, `${missing.length} missing`);
      assert.deepEqual(missing.map((f) => f.fixes[0].title), missingFields(idea, doc.template).map((field) => `Add the "${field.label}" field`));

      const uri = 'file:///ideas.md';
      const diagnostic = { range: plain(missing[0].range), message: missing[0].message, source: 'ideas', code: 'missing-field' };
      const actions = codeActions({ uri, version: 1, doc, findings, snippets: false }, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
      const all = actions.find((action) => action.title === 'Add all missing fields')!;
      const allEdits = (all.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
      const fixEdits: CoreEdit[] = missing.flatMap((f) => f.fixes[0].edits);
      // The same fields, in template order, at the same places: one edit per place for all of them.
      assert.deepEqual(insertedLines(allEdits), insertedLines(fixEdits));
      const places = (edits: { range: object }[]) => [...new Set(edits.map((edit) => JSON.stringify(plain(edit.range))))].sort();
      assert.deepEqual(places(allEdits), places(fixEdits));

      // At a blank line of the idea, completion offers what it lacks, optional fields included.
      const blank = idea.heading.range.start.line + 1;
      assert.equal(doc.lines.lineText(blank).trim(), '');
      const offered = completions(doc, { line: blank, character: 0 }, new WorkspaceIndex()).map((item: CompletionItem) => item.label);
      assert.deepEqual(offered, missingFields(idea, doc.template, { optional: true }).map((field) => field.label));
    });
  }

});
