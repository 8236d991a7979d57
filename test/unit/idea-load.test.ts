import assert from 'node:assert/strict';
import { parseConfig } from '../../server/src/core/config/config';
import { lint, type LintOptions } from '../../server/src/core/lint';

/** A project's ideas, each with its mentors line. */
const list = (...mentors: string[]) =>
  `### Mesh\n\n${mentors.map((m, i) => `#### Idea ${i + 1}\n- Description: Something.\n- Mentor(s): ${m}\n`).join('\n')}`;

const found = (text: string, options: LintOptions) =>
  lint(text, options)
    .findings.filter((f) => f.rule === 'idea-load')
    .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}${(f.related ?? []).map((r) => ` | ${r.range.start.line + 1} ${r.message}`).join('')}`);

describe('idea-load', () => {
  it('reports a mentor over maxIdeasPerMentor by handle, case aside, on each idea beyond it', () => {
    const text = list('Ana Lima (@analima)', 'Ana (@AnaLima), Bo Chen (@bochen)', 'A. Lima (@analima)', 'Bo Chen (@bochen)');
    assert.deepEqual(found(text, { maxIdeasPerMentor: 2 }), ['13:14 Mentor @analima is on 3 ideas of this list; the program allows 2. | 5 idea 1 of 3: "Idea 1" | 9 idea 2 of 3: "Idea 2"']);
    assert.equal(found(text, { maxIdeasPerMentor: 1 }).length, 3);
  });

  it('knows a mentor without a handle by name, and by the handle the list gives that name elsewhere', () => {
    assert.deepEqual(found(list('Ana Lima', 'ana  lima', 'Bo Chen'), { maxIdeasPerMentor: 1 }), ['9:14 Mentor "Ana Lima" is on 2 ideas of this list; the program allows 1. | 5 idea 1 of 2: "Idea 1"']);
    assert.deepEqual(found(list('Ana Lima (@analima)', 'Ana Lima'), { maxIdeasPerMentor: 1 }), ['9:14 Mentor @analima is on 2 ideas of this list; the program allows 1. | 5 idea 1 of 2: "Idea 1"']);
  });

  it('reports nothing at or under the limit, for a mentor named twice in one idea, or for placeholders', () => {
    assert.deepEqual(found(list('Ana Lima (@analima)', 'Ana Lima (@analima)'), { maxIdeasPerMentor: 2 }), []);
    assert.deepEqual(found(list('Ana Lima (@analima), Ana Lima (@analima)', 'Bo Chen (@bochen)'), { maxIdeasPerMentor: 1 }), []);
    assert.deepEqual(found(list('Name (@github-handle)', 'Name (@github-handle)'), { maxIdeasPerMentor: 1 }), []);
  });

  it('reports a project over maxIdeasPerProject on its heading', () => {
    const text = list('Ana Lima (@analima)', 'Bo Chen (@bochen)', 'Cy Dee (@cydee)');
    assert.deepEqual(found(text, { maxIdeasPerProject: 2 }), ['1:1 Project "Mesh" has 3 ideas; the program allows 2. | 11 idea 3 of 3: "Idea 3"']);
    assert.deepEqual(found(text, { maxIdeasPerProject: 3 }), []);
  });

  it('reports nothing without the keys, however loaded a mentor or project is', () => {
    assert.deepEqual(found(list('Ana Lima (@analima)', 'Ana Lima (@analima)', 'Ana Lima (@analima)'), {}), []);
  });

  it('takes both keys from .ideasrc.json as whole numbers of 1 or more, and reports a bad value', () => {
    assert.deepEqual(parseConfig('{"maxIdeasPerMentor": 2, "maxIdeasPerProject": 5}', 'c').config, { maxIdeasPerMentor: 2, maxIdeasPerProject: 5 });
    const bad = parseConfig('{"maxIdeasPerMentor": 0, "maxIdeasPerProject": "3"}', 'c');
    assert.deepEqual(bad.config, {});
    assert.deepEqual(
      bad.problems.map((p) => p.message),
      ['maxIdeasPerMentor: must be a whole number, 1 or more', 'maxIdeasPerProject: must be a whole number, 1 or more'],
    );
    assert.equal(parseConfig('{"maxIdeasPerMentor": 2.5}', 'c').problems.length, 1);
  });
});
