/**
 * Every corpus list exported (it validates against docs/export.schema.json) and rendered back:
 * the render holds the same ideas and mentors, and no kind of finding (rule id) the source list
 * did not have.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import { EXPORT_VERSION, exportIdeas, lint, readExport, renderIdeas, type ExportedIdea } from '../../server/src/core';
import { corpusFiles } from '../support/corpus';
import { fixturePath } from '../support/fixtures';

const root = join(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'docs', 'export.schema.json'), 'utf8'));
const validate = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true }).compile(schema);
const otherOrgs = fixturePath('other-orgs');
const lists = [...corpusFiles(), ...readdirSync(otherOrgs).filter((name) => name.endsWith('.md')).map((name) => join(otherOrgs, name))];

/** Mentors as the round trip compares them: by handle, else by name. */
const mentorsOf = (ideas: ExportedIdea[]) => ideas.flatMap((idea) => (idea.mentors ?? []).map((m) => m.handle ?? m.name ?? m.email)).sort();
const titlesOf = (ideas: ExportedIdea[]) => ideas.map((idea) => idea.title).sort();

describe('export of the corpus', () => {
  let exported = 0;
  after(() => console.log(`      ${exported} ideas of ${lists.length} lists exported`));

  it('finds the corpus', () => assert.ok(lists.length >= 60, `${lists.length} lists`));

  for (const file of lists) {
    // Named from test/fixtures/corpus, as the lists stand in cncf/mentoring: `programs/…`.
    const name = relative(fixturePath('corpus'), file).startsWith('..') ? relative(fixturePath(''), file) : relative(fixturePath('corpus'), file);
    describe(name, () => {
      const source = lint(readFileSync(file, 'utf8'));
      const ideas = exportIdeas(source.doc, name);

      it('exports data that validates against docs/export.schema.json', () => {
        exported += ideas.length;
        const data = JSON.parse(JSON.stringify({ version: EXPORT_VERSION, ideas }));
        assert.ok(validate(data), JSON.stringify(validate.errors?.slice(0, 3)));
        assert.equal(ideas.length, source.doc.ideas.length);
        if (name.startsWith('programs/')) assert.ok(ideas.every((idea) => idea.program !== null && idea.term !== null));
      });

      // A list of no ideas renders to a list of none: that is checked too.
      it('renders back to a list of the same ideas and mentors, with no kind of finding the source lacks', () => {
        const rendered = renderIdeas(readExport(JSON.stringify({ version: EXPORT_VERSION, ideas })).ideas);
        const again = lint(rendered);
        const before = new Set(source.findings.map((finding) => finding.rule));
        const added = again.findings.filter((finding) => !before.has(finding.rule));
        assert.deepEqual(added.map((f) => `${f.rule} at ${f.range.start.line + 1}: ${f.message}`), []);
        const back = exportIdeas(again.doc, name);
        assert.deepEqual(titlesOf(back), titlesOf(ideas));
        assert.deepEqual(mentorsOf(back), mentorsOf(ideas));
      });
    });
  }
});
