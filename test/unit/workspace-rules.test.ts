import assert from 'node:assert/strict';
import { checkWorkspace, lint, type Finding } from '../../server/src/core';
import { issueKey, titleKey } from '../../server/src/core/workspace/workspace-rules';
import { termStart } from '../../server/src/core/workspace/term-order';

/** An idea of the default template, with its title and issue. */
const idea = (title: string, issue: string) =>
  `#### ${title}\n\n- Description: d\n- Recommended Skills: Go\n- Mentor(s): Jane Doe (@janedoe)\n- Upstream Issue (URL): ${issue}\n`;
const list = (...ideas: string[]) => `### Stellar Mesh\n\n${ideas.join('\n')}`;

const SPRING_25 = 'programs/lfx-mentorship/2025/01-Mar-May/README.md';
const SUMMER_25 = 'programs/lfx-mentorship/2025/02-Jun-Aug/README.md';

/** The workspace findings of the files, by file, with the rule options given. */
function run(files: Record<string, string>, rules?: Record<string, 'off' | 'info' | 'warning' | 'error'>): Map<string, Finding[]> {
  const results = checkWorkspace(Object.entries(files).map(([file, text]) => ({ file, doc: lint(text).doc, options: rules ? { rules } : undefined })));
  return new Map(results.map(({ file, findings }) => [file, findings]));
}

describe('workspace rules', () => {
  it('duplicate-issue: the same issue in two terms, reported on the later idea, the earlier one a related place in its file', () => {
    const found = run({
      // Given later term first: the order of the files does not decide which is later.
      [SUMMER_25]: list(idea('Record and replay gRPC calls', 'https://github.com/stellar/mesh/pull/7#discussion')),
      [SPRING_25]: list(idea('Traffic replay', 'https://github.com/Stellar/Mesh/issues/7')),
    });
    assert.deepEqual(found.get(SPRING_25), []);
    const [finding, ...rest] = found.get(SUMMER_25)!;
    assert.deepEqual(rest, []);
    assert.equal(finding.rule, 'duplicate-issue');
    // Only in an earlier list: most often the same work carried over, an information.
    assert.equal(finding.severity, 'info');
    assert.equal(finding.message, 'The issue https://github.com/stellar/mesh/pull/7#discussion is also the issue of the idea "Traffic replay" in an earlier list.');
    // On the issue link, line 8 (0-based 7), after the label.
    assert.deepEqual(finding.range.start, { line: 7, character: 24 });
    assert.deepEqual(finding.related, [
      { file: SPRING_25, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 19 } }, message: `the idea "Traffic replay" in ${SPRING_25}` },
    ]);
  });

  it('duplicate-issue: two ideas of one list with one issue; the related place is in the same file', () => {
    const found = run({ [SPRING_25]: list(idea('Traffic replay', 'https://github.com/stellar/mesh/issues/7'), idea('Traffic shadowing', 'stellar/mesh#7')), [SUMMER_25]: list() });
    const [finding] = found.get(SPRING_25)!;
    assert.equal(found.get(SPRING_25)!.length, 1);
    // Two ideas of one list competing for one issue: a warning.
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.range.start.line, 14);
    assert.deepEqual(finding.related, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 19 } }, message: 'the idea "Traffic replay" in this list' }]);
  });

  it('the same idea copied into another file of one term is no duplicate, retitled or not; nor is it re-proposed', () => {
    const ideas = 'programs/lfx-mentorship/2021/01-Spring/project_ideas.md';
    const readme = 'programs/lfx-mentorship/2021/01-Spring/README.md';
    const found = run({
      [ideas]: list(idea('Traffic replay', 'https://github.com/stellar/mesh/issues/7'), idea('Traffic shadowing', 'https://github.com/stellar/mesh/issues/8')),
      [readme]: list(idea('[Traffic replay](https://mentorship.lfx.linuxfoundation.org/project/1)', 'https://github.com/stellar/mesh/issues/7'), idea('Stellar Mesh: traffic shadowing', 'https://github.com/stellar/mesh/issues/8')),
    });
    assert.deepEqual([...found.values()].flat(), []);
  });

  it('reproposed-idea: a title proposed again in a later term (case, spacing, punctuation aside), the earlier ones related, latest first', () => {
    const gsoc = 'programs/summerofcode/2024.md';
    const found = run({
      [gsoc]: list(idea('Traffic replay', 'https://github.com/stellar/mesh/issues/1')),
      [SPRING_25]: list(idea('Traffic  Replay!', 'https://github.com/stellar/mesh/issues/2')),
      [SUMMER_25]: list(idea('traffic replay', 'https://github.com/stellar/mesh/issues/3'), idea('Traffic replay for gRPC', 'https://github.com/stellar/mesh/issues/4')),
    });
    assert.deepEqual(found.get(gsoc), []);
    const [spring] = found.get(SPRING_25)!;
    assert.equal(spring.rule, 'reproposed-idea');
    assert.equal(spring.severity, 'info');
    assert.equal(spring.message, 'The idea "Traffic  Replay!" was proposed before, in summerofcode 2024.');
    const summer = found.get(SUMMER_25)!;
    assert.equal(summer.length, 1);
    assert.equal(summer[0].message, 'The idea "traffic replay" was proposed before, in lfx-mentorship 2025/01-Mar-May and 1 earlier term.');
    assert.deepEqual(
      summer[0].related!.map((place) => [place.file, place.range.start.line, place.message]),
      [
        [SPRING_25, 2, `the idea "Traffic  Replay!" in ${SPRING_25}`],
        [gsoc, 2, `the idea "Traffic replay" in ${gsoc}`],
      ],
    );
  });

  it('a re-proposed idea with its old issue is reproposed-idea only; paths that name no term are not compared for it', () => {
    const found = run({ [SPRING_25]: list(idea('Traffic replay', 'https://github.com/stellar/mesh/issues/7')), [SUMMER_25]: list(idea('Traffic replay', 'https://github.com/stellar/mesh/issues/7')) });
    assert.deepEqual(found.get(SUMMER_25)!.map((f) => f.rule), ['reproposed-idea']);
    const elsewhere = run({ 'a.md': list(idea('Traffic replay', 'https://github.com/stellar/mesh/issues/7')), 'b.md': list(idea('Traffic replay', 'https://github.com/stellar/mesh/issues/7')) });
    // Without a term, two files are not one term: the shared issue is reported, the title is not.
    assert.deepEqual(elsewhere.get('b.md')!.map((f) => f.rule), ['duplicate-issue']);
  });

  it('severity from the file options, off drops the rule, and ideas-disable silences a finding', () => {
    const files = { [SPRING_25]: list(idea('Traffic replay', 'https://github.com/stellar/mesh/issues/7')), [SUMMER_25]: list(idea('Traffic shadowing', 'https://github.com/stellar/mesh/issues/7')) };
    assert.equal(run(files, { 'duplicate-issue': 'error' }).get(SUMMER_25)![0].severity, 'error');
    assert.deepEqual(run(files, { 'duplicate-issue': 'off' }).get(SUMMER_25), []);
    const disabled = { ...files, [SUMMER_25]: files[SUMMER_25].replace('- Upstream Issue', '<!-- ideas-disable-next-line duplicate-issue -->\n- Upstream Issue') };
    assert.deepEqual(run(disabled).get(SUMMER_25), []);
  });

  it('one file linted alone has no workspace finding', () => {
    const text = list(idea('Traffic replay', 'https://github.com/stellar/mesh/issues/7'), idea('Traffic shadowing', 'https://github.com/stellar/mesh/issues/7'));
    assert.deepEqual(lint(text).findings.filter((f) => f.rule === 'duplicate-issue' || f.rule === 'reproposed-idea'), []);
  });

  it('compares issues by the one issue they name, titles without case, spacing, punctuation or link', () => {
    assert.equal(issueKey('http://www.GitHub.com/o/r/pull/3/'), 'github.com/o/r/issues/3');
    assert.equal(issueKey('https://github.com/o/r/issues/3#top'), 'github.com/o/r/issues/3');
    // Two comments of one tracking issue are two items (Karmada lists one idea a comment).
    assert.equal(issueKey('https://github.com/o/r/issues/3#issuecomment-9'), 'github.com/o/r/issues/3#issuecomment-9');
    assert.equal(issueKey('https://gitlab.com/g/p/-/merge_requests/4'), 'gitlab.com/g/p/-/merge_requests/4');
    assert.equal(issueKey('https://issues.apache.org/jira/browse/KAFKA-12'), 'issues.apache.org/jira/browse/kafka-12');
    for (const notOne of ['https://github.com/o/r/issues', 'https://github.com/o/r', 'https://github.com/search?q=a&type=issues', 'https://docs.google.com/document/d/1/edit']) {
      assert.equal(issueKey(notOne), undefined, notOne);
    }
    assert.equal(titleKey('[Traffic  Replay!](https://x.example/1)'), titleKey('traffic replay'));
    assert.notEqual(titleKey('Traffic replay II'), titleKey('Traffic replay'));
  });
});

describe('terms in time across programs (core/workspace/term-order.ts)', () => {
  it('orders CNCF’s LFX terms and GSoC years as they ran', () => {
    const terms = ['2025', '2025/03-Sep-Nov', '2025/01-Mar-May', '2025/02-Jun-Aug', '2020/q3-q4', '2020/q1', '2021/02-Summer', '2021/01-Spring', '2021/03-Fall', '2022/03-Sept-Nov', '2020', null];
    const ordered = [...terms].sort((a, b) => termStart(a) - termStart(b) || (a ?? '').localeCompare(b ?? ''));
    assert.deepEqual(ordered, [null, '2020/q1', '2020', '2020/q3-q4', '2021/01-Spring', '2021/02-Summer', '2021/03-Fall', '2022/03-Sept-Nov', '2025/01-Mar-May', '2025', '2025/02-Jun-Aug', '2025/03-Sep-Nov']);
  });
});
