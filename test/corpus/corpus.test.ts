import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { lint } from '../../server/src/core/lint';
import { corpusFiles } from '../support/corpus';
import { fixturePath } from '../support/fixtures';

const corpusDir = fixturePath('corpus');

/** `line rule` pairs (1-based lines) of one file's findings. */
function findingsOf(path: string): string[] {
  return lint(readFileSync(path, 'utf8')).findings.map((f) => `${f.range.start.line + 1} ${f.rule}`);
}

describe('the corpus of real ideas lists', () => {
  const files = corpusFiles();

  it('holds the 50 files of the CNCF mentoring snapshot', () => assert.equal(files.length, 50));

  it('lints every file without an exception, with findings inside the document', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const { findings, doc } = lint(text);
      for (const f of findings) {
        assert.ok(f.range.end.line < doc.lines.lineCount, `${relative(corpusDir, file)}: ${f.rule} past the end`);
      }
    }
  });

  // Each of these was checked by reading the file at that line.
  const verified: [string, number, string][] = [
    ['seed-project-ideas.md', 35, 'mentor-handle'], // Andy Zhang @andyzhangx: handle outside parentheses
    ['seed-project-ideas.md', 37, 'issue-url'], // .../azurefile-csi-driver/issues: the issue list
    ['seed-project-ideas.md', 62, 'issue-url'], // github.com/Mastercard/Kruise-API: a repository
    ['seed-project-ideas.md', 101, 'malformed-field'], // "Recommended Skills:" lost its bullet
    ['seed-project-ideas.md', 105, 'heading-level'], // ### Complete Katacoda tutorials: an idea at project level
    ['seed-project-ideas.md', 114, 'malformed-field'], // "Recommended Skills:" lost its bullet, after a nested list
    ['seed-project-ideas.md', 125, 'issue-url'], // issues/11. — trailing full stop
    ['seed-project-ideas.md', 141, 'issue-url'], // issues/10308. — trailing full stop
    ['seed-project-ideas.md', 148, 'malformed-field'], // Recommended Skills**:
    ['seed-project-ideas.md', 149, 'mentor-handle'], // Twitter profiles instead of GitHub handles
    ['seed-project-ideas.md', 224, 'heading-level'], // ##### under ### Fluentd
    ['seed-project-ideas.md', 237, 'heading-level'], // ##### under ### CoreDNS
    ['seed-project-ideas.md', 243, 'unknown-field'], // "Implementation:" is not a template field
    ['corpus/programs/summerofcode/2017.md', 67, 'empty-idea'], // #### TODO
    ['corpus/programs/summerofcode/2024.md', 174, 'issue-url'], // kubearmor/KubeArmor#1669 shorthand
    ['corpus/programs/lfx-mentorship/2023/01-Mar-May/README.md', 178, 'mentor-handle'], // e-mail, no handle
  ];
  for (const [file, line, rule] of verified) {
    it(`reports ${rule} at ${file}:${line}`, () => assert.ok(findingsOf(fixturePath(file)).includes(`${line} ${rule}`)));
  }

  it('does not take notes, e-mails or split names for mentors', () => {
    const findings = findingsOf(fixturePath('corpus/programs/lfx-mentorship/2026/02-Jun-Aug/README.md'));
    assert.ok(!findings.includes('1806 mentor-handle'), 'Hung-Ying, Tai (@hydai …) is one mentor with a handle');
    const gsoc = findingsOf(fixturePath('corpus/programs/summerofcode/2026.md'));
    assert.ok(!gsoc.includes('307 mentor-handle'), '"#For GSoC, it is required…" is a note, not a mentor');
    const roles = findingsOf(fixturePath('corpus/programs/lfx-mentorship/2021/03-Fall/project_ideas.md'));
    assert.ok(!roles.includes('259 mentor-handle'), '"- Adjunct" above its mentors is a role, not a mentor');
  });
});
