import assert from 'node:assert/strict';
import { isIdeasDocument, lint, type LintOptions } from '../../server/src/core';

/** `## Title` ideas, each with the given body, as GSoC lists write them (no Template block). */
const list = (...bodies: string[]) => bodies.map((body, i) => `## Idea ${i + 1}\n\n${body}\n`).join('\n');
const found = (text: string, options: LintOptions = {}) => lint(text, options).findings.map((f) => `${f.range.start.line + 1} ${f.rule}: ${f.message}`);
const fieldsOf = (text: string) => lint(text).doc.ideas.map((idea) => idea.fields.map((f) => `${f.template?.kind ?? '?'}=${f.value}`));

describe('any organisation’s list', () => {
  describe('vocabulary and label forms', () => {
    it('reads the labels other organisations use, by their kind', () => {
      const idea = 'Some prose.\n\nEffort: Small (90 hours)\n\nPossible mentors:\n- Ana Li\n\nSkills required: Go\n\nDifficulty: Easy';
      assert.deepEqual(fieldsOf(list(idea, idea, idea))[0], ['enum=Small (90 hours)', 'mentors=- Ana Li', 'skills=Go', 'enum=Easy']);
    });

    it('reads a label with its instruction left in', () => {
      const idea = 'Project Description (max. 5 Sentences)\nA solver.\nExpected Outcome (deliverables): A PR.\n- Skills Required: C++\n- Possible Mentors: Ana Li (lead)\n- Expected Project Size (90 hrs/ small , 175 hrs/medium, 350 hrs/large): 175 hrs (medium)';
      assert.deepEqual(fieldsOf(list(idea))[0], ['description=A solver.', 'text=A PR.', 'skills=C++', 'mentors=Ana Li (lead)', 'enum=175 hrs (medium)']);
    });

    it('reads bold, underlined and emphasised labels, and a bold label above its value', () => {
      const forms = ['**Mentors:** Ana Li', '**Mentors**: Ana Li', '_Mentors:_ Ana Li', '* _Mentors:_ Ana Li', '**Possible mentors**\n\nAna Li'];
      for (const form of forms) assert.deepEqual(fieldsOf(list(`${form}\n\n- Skills required: Go`))[0], ['mentors=Ana Li', 'skills=Go'], form);
    });

    it('keeps a line with a colon inside a value as part of it', () => {
      const idea = 'Skills required:\n- Nix\n- Nice to have: C++\n\nPossible mentors:\n- Ana Li';
      const text = list(idea, idea, idea);
      assert.deepEqual(fieldsOf(text)[0], ['skills=- Nix\n- Nice to have: C++', 'mentors=- Ana Li']);
      assert.deepEqual(found(text), []);
    });
  });

  describe('idea shapes', () => {
    it('takes prose under the heading for the description', () => {
      const text = '### P\n\n#### I\n\nA paragraph that describes the idea.\n\n- Recommended Skills: Go\n- Mentor(s): Ana Li (@ana)\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
      assert.deepEqual(found(text, { preset: 'cncf-2020' }), []);
    });

    it('takes a sub-heading inside an idea for part of it', () => {
      const text = list('Prose.\n\n### Details\n\n- Mentors: Ana Li\n- Skills required: Go', 'Prose.\n\n- Mentors: Bo Li\n- Skills required: Go', 'Prose.\n\n- Mentors: Cy Li\n- Skills required: Go');
      const { doc, findings } = lint(text);
      assert.deepEqual(doc.ideas.map((idea) => idea.title), ['Idea 1', 'Idea 2', 'Idea 3']);
      assert.deepEqual(findings, []);
    });

    it('reports a heading among ideas none of whose lines reads as a field, never skips it', () => {
      const idea = '- Mentors: Ana Li\n- Skills required: Go';
      const text = `# Ideas\n\n${list(idea, idea, idea, 'Let us use the update bot more!\n\n- add scripts\n- add tests')}`;
      assert.deepEqual(found(text), ['18 empty-idea: "Idea 4" under project "Ideas" stands among ideas, but none of its lines reads as a field.']);
    });

    it('keeps a deeper heading with fields of its own an idea, a level off', () => {
      const text = list('- Mentors: Ana Li\n- Skills required: Go\n\n### Another\n\n- Mentors: Bo Li\n- Skills required: Go', '- Mentors: Cy Li\n- Skills required: Go', '- Mentors: Di Li\n- Skills required: Go');
      assert.deepEqual(lint(text).doc.ideas.map((idea) => idea.title), ['Idea 1', 'Another', 'Idea 2', 'Idea 3']);
    });
  });

  describe('the template a list follows', () => {
    const gsoc = (fields: string) => `- Skills required: Go\n- Effort: 175 hours\n${fields}`;

    it('asks only for the fields most of its ideas share, and says how many have them', () => {
      const text = list(gsoc('- Mentors: Ana Li'), gsoc('- Mentors: Bo Li'), gsoc('- Mentors: Cy Li'), '- Skills required: Go\n- Effort: 90 hours');
      assert.deepEqual(found(text), ['19 missing-field: Idea "Idea 4" has no "Mentors" field, which 3 of the list\'s 4 ideas have.']);
      assert.equal(lint(text).doc.template.fields.find((f) => f.kind === 'issues')?.required, false, 'no idea has an upstream issue');
    });

    it('says "most" instead of counting on a very long list, so that a count typed away judges no idea again', () => {
      const many = Array.from({ length: 501 }, () => gsoc('- Mentors: Ana Li'));
      const text = list(...many, '- Skills required: Go\n- Effort: 90 hours');
      assert.ok(found(text).some((f) => f.endsWith('has no "Mentors" field, which most of the list\'s ideas have.')));
    });

    it('follows its preset as it is with one or two ideas, and a named preset or Template block always', () => {
      assert.ok(found(list('- Mentors: Ana Li')).some((f) => f.includes('"Upstream Issue (URL)"')));
      const text = list(gsoc('- Mentors: Ana Li'), gsoc('- Mentors: Bo Li'), gsoc('- Mentors: Cy Li'));
      assert.ok(found(text, { preset: 'gsoc' }).some((f) => f.includes('has no "Upstream Issue (URL)" field.')));
    });
  });

  describe('house style', () => {
    const idea = (mentors: string) => `**Possible mentors:** ${mentors}\n\n**Skills required:** Go`;

    it('is not a mistake: consistent aliases, bold labels and mentors without handles pass', () => {
      assert.deepEqual(found(list(idea('Ana Li'), idea('Bo Li'), idea('Cy Li'))), []);
    });

    it('makes the odd idea out the one reported, saying what the list writes', () => {
      const text = list(idea('Ana Li'), idea('Bo Li'), idea('Cy Li'), '- Mentor(s): Di Li\n- Skills required: Go');
      assert.deepEqual(found(text), ['21 field-alias: "Mentor(s)" is written "Possible mentors" by 3 other ideas of this list.']);
    });

    it('yields to the labels a Template block names', () => {
      const text = `## Template\n\n\`\`\`\n- Mentor(s):\n- Skills required:\n\`\`\`\n\n${list(idea('Ana Li (@ana)'), idea('Bo Li (@bo)'), idea('Cy Li (@cy)'))}`;
      assert.equal(found(text).filter((f) => f.includes('field-alias')).length, 3);
    });

    it('asks for handles where three in four mentors have one, and takes a role for no handle', () => {
      const text = list(idea('Ana Li (@ana)'), idea('Bo Li (@bo)'), idea('Cy Li (@cy)'), idea('Di Li (lead)'));
      assert.deepEqual(found(text), ['21 mentor-handle: Mentor "Di Li" has no GitHub handle.']);
      assert.deepEqual(found(list(idea('Ana Li (lead)'), idea('Bo Li'), idea('Cy Li (@cy)'))), []);
    });

    it('reports a placeholder left for a mentor', () => {
      const text = list(idea('Ana Li'), idea('Bo Li'), idea('(Add yourself here!)'));
      assert.deepEqual(found(text).map((f) => f.split(':')[0]), ['15 placeholder']);
    });
  });

  describe('a list that is not understood', () => {
    it('says so once, for a table of ideas and for repeated labels it cannot read, and a walk reports it', () => {
      const table = '# Mentorships\n\n| # | Mentorship | Mentor(s) |\n|---|---|---|\n| 1 | **Ledger** | Ana Li |\n';
      const labels = list('**Problem:** a\n\n**Responsible:** squad', '**Problem:** b\n\n**Responsible:** squad', '**Problem:** c\n\n**Responsible:** squad');
      for (const text of [table, labels]) {
        const { doc, findings } = lint(text);
        assert.deepEqual(findings.map((f) => f.rule), ['not-understood']);
        assert.ok(isIdeasDocument(doc));
      }
    });

    it('leaves ordinary markdown quiet, labels and all', () => {
      const notes = '# Notes\n\n## Setup\n\nNote: run it.\n\n## Use\n\nTip: read it.\n\n## Help\n\nSee: the docs.\n';
      const { doc, findings } = lint(notes);
      assert.deepEqual(findings, []);
      assert.ok(!isIdeasDocument(doc));
    });
  });
});

describe('what a Template block states of a value', () => {
  const block = '## Template\n\n```\n- Expected project size: # one of small (~90 hour projects), medium (~175 hour projects) and large (~350 hour projects)\n- Mentor(s): #For GSoC, it is **required** to have at least 2 mentors with 1 being a primary mentor.\n```\n\n## Ideas\n\n### P\n';
  const idea = (title: string, size: string, mentors: string[]) => `\n#### ${title}\n\n- Expected project size: ${size}\n- Mentor(s):\n${mentors.map((m) => `  - ${m}\n`).join('')}`;
  const valueFindings = (text: string) => lint(text).findings.filter((f) => f.rule === 'field-value').map((f) => `${f.range.start.line + 1}: ${f.message}`);

  it('asks for one of the sizes it lists, two mentors, and a primary one where the list marks them', () => {
    const text = block + idea('A', 'medium', ['Ana Li (@ana) - primary', 'Bo Li (@bo)']) + idea('B', '175 hrs', ['Cy Li (@cy)']);
    assert.deepEqual(valueFindings(text), [
      '21: "Expected project size" is "175 hrs"; this list\'s Template asks for one of small, medium, large.',
      '23: Idea "B" has 1 mentor; this list\'s Template asks for at least 2.',
      '23: Idea "B" names no primary mentor; this list\'s Template asks for one (`- primary` after the name).',
    ]);
  });

  it('tells a list that never marks a primary mentor once, and checks nothing a preset would state', () => {
    const text = block + idea('A', 'small', ['Ana Li (@ana)', 'Bo Li (@bo)']) + idea('B', 'large', ['Cy Li (@cy)', 'Di Li (@di)']);
    assert.deepEqual(valueFindings(text), ['16: No idea of this list names a primary mentor; its Template asks for one in each (`- primary` after the name).']);
    assert.deepEqual(valueFindings(idea('A', '200 hours', ['Ana Li (@ana)'])), []);
  });
});
