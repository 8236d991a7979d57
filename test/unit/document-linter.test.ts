import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DocumentLinter } from '../../server/src/core/incremental/document-linter';
import { type LintResult } from '../../server/src/core/lint';
import { generateIdeas } from '../../scripts/bench/generate-ideas';
import { readFixture } from '../support/fixtures';
import { fromScratch } from '../support/from-scratch';
import { readOf } from '../support/model-read';
import { plain } from '../support/plain';
import { type Position, type Range } from '../../server/src/core/text/range';

/** Lints `text`, then `text` with `from` replaced by `to`, which must find what a from-scratch lint finds; the first result. */
function lintThenEdit(text: string, from: string, to: string): LintResult {
  const linter = new DocumentLinter();
  const first = linter.lint(text);
  const edited = text.replace(from, to);
  assert.deepEqual(plain(linter.lint(edited).findings), plain(fromScratch(edited).findings));
  return first;
}

describe('document linter', () => {
  const seed = readFixture('seed-project-ideas.md');

  it('follows prose that appears under a heading, which then takes the fields of its sub-heading', () => {
    const ideas = ['A', 'B', 'C'].map((t) => `#### ${t}\n\n- Description: d\n- Mentor(s): M (@m)\n`).join('\n');
    const text = `### P\n\n${ideas}\n#### Group\n\n##### Sub\n\n- Description: s\n`;
    lintThenEdit(text, '#### Group\n', '####\nGroup\n');
    lintThenEdit(text.replace('#### Group\n', '#### Group\n\nSome prose.\n'), '\nSome prose.\n', '');
  });

  it('patches the last result for a letter typed in an idea or its title, and lints whole when a level changes', () => {
    const linter = new DocumentLinter();
    const first = linter.lint(seed);
    const idea = seed.indexOf('#### Persist Retroactive Rule Reevaluations');
    const at = seed.indexOf('- Description:', idea) + 20;
    const typed = `${seed.slice(0, at)}x${seed.slice(at)}`;
    const patched = linter.lint(typed);
    // The outline was kept, and every project but the one that holds the idea.
    assert.ok(patched.doc.headings.every((heading, i) => heading === first.doc.headings[i]));
    assert.equal(patched.doc.projects.filter((p, i) => p !== first.doc.projects[i]).length, 1);
    assert.deepEqual(plain(patched.findings), plain(fromScratch(typed).findings));
    const retitled = `${typed.slice(0, idea + 6)}x${typed.slice(idea + 6)}`;
    const renamed = linter.lint(retitled);
    assert.equal(renamed.doc.headings.filter((h, i) => h !== patched.doc.headings[i]).length, 1);
    assert.deepEqual(plain(renamed.findings), plain(fromScratch(retitled).findings));
    const leveled = `${retitled.slice(0, idea)}#${retitled.slice(idea)}`;
    const whole = linter.lint(leveled);
    assert.ok(whole.doc.ideas.every((each) => !renamed.doc.ideas.includes(each)));
    assert.deepEqual(plain(whole.findings), plain(fromScratch(leveled).findings));
  });

  it('patches the last result for Enter in an idea and for a line joined again: what lies below moves, and is not read again', () => {
    // Below the edits, findings that name lines: a field given twice, a title given twice.
    const twice = '### Twice\n\n#### Same\n\n- Description: d\n- Mentor(s): @m\n- Description:\n\n#### Same\n\n- Description: e\n';
    const text = `${seed}\n${twice}`;
    const linter = new DocumentLinter();
    const first = linter.lint(text);
    const at = text.indexOf('- Description:', text.indexOf('#### Kruise Deployment Wizard')) + 20;
    const steps = [
      `${text.slice(0, at)}\n${text.slice(at)}`,
      `${text.slice(0, at)}\n\n\n${text.slice(at)}`,
      text,
      // A line added at the start of a heading's line moves the heading's section, tree and all.
      text.replace('#### OPA Go APIs', '\n#### OPA Go APIs'),
      // Lines joined across sections.
      text.replace('\n\n#### OPA Go APIs', '\n#### OPA Go APIs'),
    ];
    let last = first;
    for (const edited of steps) {
      const result = linter.lint(edited);
      const expected = fromScratch(edited);
      assert.deepEqual(plain(result.findings), plain(expected.findings));
      assert.deepEqual(readOf(result.doc), readOf(expected.doc));
      // The ideas of the projects below were moved, not made again.
      assert.equal(result.doc.ideas.at(-1), last.doc.ideas.at(-1));
      last = result;
    }
    assert.ok(['duplicate-field', 'duplicate-idea'].every((rule) => last.findings.some((finding) => finding.rule === rule)));
  });

  it('follows the preset that a keystroke in a label makes the file look like', () => {
    const idea = (title: string) =>
      `#### ${title}\n\n- Description: d\n- Expected Outcome: o\n- Recommended Skills: go\n- Expected project size: large (~350 hours)\n- Mentor(s): @m\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n\n`;
    const text = `### P\n\n${idea('I')}${idea('J')}`;
    const linter = new DocumentLinter();
    assert.equal(linter.lint(text).doc.template.name, 'gsoc');
    // One letter in one idea's label: the file now fits lfx best, and the other idea is read anew.
    const typed = text.replace('project size', 'project sizes');
    const result = linter.lint(typed);
    assert.equal(result.doc.template.name, fromScratch(typed).doc.template.name);
    assert.deepEqual(plain(result.findings), plain(fromScratch(typed).findings));
  });

  it('follows a title edited into or out of a Sample section, and a renamed Template heading', () => {
    const idea = (title: string) => `#### ${title}\n\n- Description: d\n- Mentor(s): @m\n\n`;
    const text = `## Our ideas template\n\n\`\`\`md\n- Description:\n- Mentor(s):\n\`\`\`\n\n### Sampler\n\n${idea('A')}${idea('B')}### P\n\n${idea('C')}`;
    const linter = new DocumentLinter();
    let result = linter.lint(text);
    for (const edited of [text.replace('Sampler', 'Sample'), text, text.replace('Our ideas', 'Their ideas')]) {
      result = linter.lint(edited);
      assert.deepEqual(readOf(result.doc), readOf(fromScratch(edited).doc), edited);
      assert.deepEqual(plain(result.findings), plain(fromScratch(edited).findings));
    }
    assert.equal(result.doc.templateBlock?.heading.title, 'Their ideas template');
  });

  it('keeps the findings of an idea that is also the heading of a project when an idea in it is renamed', () => {
    const text = '# Ideas\n\n- Description: top\n\n#### A\n\n- Description: a\n\n#### B\n\n- Description: b\n';
    const first = lintThenEdit(text, '#### B', '#### Bx');
    assert.ok(first.findings.some((finding) => finding.rule === 'heading-level' && finding.range.start.line === 0));
  });

  it("judges again an idea at its project's own level, which ends the project's section", () => {
    // Beta is an idea of project Alpha (the last level-1 heading before it) and ends Alpha's section.
    const text = '# Alpha\n\n#### A1\n\n- Description: a\n\n# Beta\n\n- Description: b\n\n#### B1\n\n- Description: c\n';
    const first = lintThenEdit(text, '#### A1', '#### A1x');
    assert.deepEqual(first.doc.projects.map((p) => [p.title, p.ideas.map((i) => i.title)]), [['Alpha', ['A1', 'Beta']], ['Beta', ['B1']]]);
  });

  it('judges again the project of a renamed idea that is also the heading of a project', () => {
    const text = '# Alpha\n\n#### A1\n\n- Description: a\n\n# Beta\n\n- Description: b\n\n#### B1\n\n- Description: c\n';
    const first = lintThenEdit(text, '# Beta', '# Betax');
    // Alpha's outline names Beta, its idea, by title.
    assert.ok(first.findings.some((finding) => finding.rule === 'heading-level' && finding.message.includes('"Beta"')));
  });

  it("keeps the findings of an idea outside any project that lies among a renamed project's ideas", () => {
    // Top belongs to SIG, the project before it; B1, under a heading above the project level, to none.
    const text = '### SIG\n\n#### A1\n\n- Description: a\n\n#### A2\n\n- Description: a\n\n## Beta\n\n#### B1\n\n- Description: b\n\n# Top\n\n- Description: c\n';
    const first = lintThenEdit(text, '### SIG', '### SIGx');
    assert.deepEqual(first.doc.ideas.map((idea) => [idea.title, idea.project?.title]), [['A1', 'SIG'], ['A2', 'SIG'], ['B1', undefined], ['Top', 'SIG']]);
    assert.ok(first.findings.some((finding) => finding.rule === 'heading-level' && finding.message.includes('"B1"')));
  });

  it('judges again the ideas of another project whose parent is a renamed idea', () => {
    // Top is an idea of P0 (the project before it) and the parent of D, an idea of P1.
    const text = '## P0\n\n#### Z\n\n- Description: z\n\n# Top\n\n- Description: t\n\n## P1\n\n#### A\n\n- Description: a\n\n#### B\n\n- Description: b\n\n## D\n\n- Description: d\n';
    const first = lintThenEdit(text, '# Top', '# Topx');
    assert.deepEqual(first.doc.ideas.map((idea) => [idea.title, idea.project?.title, idea.parent?.title]), [['Z', 'P0', 'P0'], ['Top', 'P0', undefined], ['A', 'P1', 'P1'], ['B', 'P1', 'P1'], ['D', 'P1', 'Top']]);
    assert.ok(first.findings.some((finding) => finding.rule === 'heading-level' && finding.message.includes('its project "Top"')));
  });

  it('reads again a section that an edit over several sections gave the tree of another, moved', () => {
    // The first "#### B" section is now what both were; it gets the second's tree, from lines below.
    const b = '#### B\n\n- Description: b\n- Description:\n';
    const text = `## P\n\n#### A\n\n- Description: a\n\n${b}\n${b}\n#### C\n\n- Description: c\n`;
    lintThenEdit(text, `a\n\n${b}\n${b}`, `a\nz\n\n${b}\n${b.replace('b\n', 'bx\n')}`);
  });

  it('sees a fence closed by an edit that leaves its range as it was', () => {
    const text = `${seed}\n#### Last\n\n- Description: d\n\n\`\`\`\nfoo`;
    const first = lintThenEdit(text, '```\nfoo', '```\n```');
    assert.ok(first.findings.some((finding) => finding.rule === 'markdown-structure'));
  });

  it('keeps no parse tree once it has read the sections, and reads another template from what it kept', () => {
    const linter = new DocumentLinter();
    const treeless = (result: LintResult) => result.doc.sections.every((section) => section.parsed.tree === undefined);
    const own = linter.lint(seed);
    assert.ok(treeless(own));
    // Another template names other labels: every idea's fields are read again, without a parse.
    const options = { preset: 'lfx', useFileTemplate: false };
    const lfx = linter.lint(seed, options);
    assert.notEqual(lfx.doc.template, own.doc.template);
    assert.ok(treeless(lfx));
    assert.deepEqual(plain(lfx.findings), plain(fromScratch(seed, options).findings));
  });

  it('keeps no earlier version of the text alive through what it read', () => {
    // V8 makes a slice of a string a view of all of it: a title or a value cut from the text would
    // keep that version of the document alive, one per keystroke.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const lines = generateIdeas(2000).split('\n');
    const linter = new DocumentLinter();
    const heldAfter = (keystrokes: number) => {
      for (let i = 0; i < keystrokes; i++) {
        lines[(i * 97) % lines.length] += 'x';
        linter.lint(lines.join('\n'));
      }
      gc();
      return process.memoryUsage().heapUsed;
    };
    const before = heldAfter(1);
    const grown = heldAfter(40) - before;
    // Forty versions of this 660 KB text would be 26 MB.
    assert.ok(grown < 5e6, `${(grown / 1e6).toFixed(1)} MB more held after 40 keystrokes`);
  });

  it('gives every range of a result positions of its own, so that an edit above moves each once', () => {
    // Positions are moved in place: one shared by two ranges would move twice.
    const { doc, findings } = new DocumentLinter().lint(`${seed}\n#### Twice\n\n- Description: d\n- Description:\n- Mentor(s): Jo Li, @jo, jo@e.com\n- Upstream Issue (URL): o/r#1\n`);
    const seen = new Set<Position>();
    const own = (range: Range) => {
      for (const position of [range.start, range.end]) {
        assert.ok(!seen.has(position), `position ${JSON.stringify(position)} shared`);
        seen.add(position);
      }
    };
    for (const reading of doc.readings) {
      for (const heading of reading.headings) [heading.range, heading.titleRange].forEach(own);
      reading.code.forEach(own);
      if (reading.templateCode) own(reading.templateCode.range);
    }
    for (const field of doc.ideas.flatMap((idea) => idea.fields)) {
      [field.labelRange, field.headRange, field.valueRange, field.range].forEach(own);
      for (const mentor of field.mentors ?? []) [mentor.range, mentor.handleRange, mentor.separatorRange].forEach((range) => range && own(range));
      for (const ref of field.issues ?? []) own(ref.range);
    }
    for (const finding of findings) [finding.range, ...finding.fixes.flatMap((fix) => fix.edits.map((edit) => edit.range))].forEach(own);
    // Findings on headings, fields and mentors were among them.
    assert.ok(['heading-level', 'duplicate-field', 'mentor-handle', 'issue-url'].every((rule) => findings.some((finding) => finding.rule === rule)));
  });
});
