import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { pathToFileURL } from 'node:url';
import { generateIdeas } from '../../scripts/bench/generate-ideas';
import { fixturePath, fixturesDir, readFixture } from '../support/fixtures';
import { LspClient } from '../support/lsp-client';

describe('language server over stdio: diagnostics', () => {
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    await client.initialize(fixturesDir);
  });

  after(() => client.shutdown());

  it('pushes missing-field diagnostics with the rule id as code and "ideas" as source', async () => {
    const uri = pathToFileURL(fixturePath('missing-fields.md')).href;
    await client.open(uri, readFixture('missing-fields.md'));
    const diagnostics = await client.diagnostics(uri, 1);
    assert.deepEqual(
      diagnostics.map((d) => ({ code: d.code, source: d.source, severity: d.severity, line: d.range.start.line })),
      [
        { code: 'missing-field', source: 'ideas', severity: 1, line: 11 },
        { code: 'missing-field', source: 'ideas', severity: 1, line: 11 },
      ],
    );
    assert.match(String(diagnostics[1].message), /"Mentor\(s\)"/);
  });

  it('points a duplicate at the first as relatedInformation in the same document, and moves with an edit above or between', async () => {
    const uri = pathToFileURL(join(fixturesDir, 'duplicate.md')).href;
    const fields = '- Description: d\n- Recommended Skills: s\n- Mentor(s): M (@m)\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n';
    await client.open(uri, `### P\n\n#### Same\n\n${fields}- Description: again\n\n#### same\n\n${fields}`);
    const related = (diagnostics: Diagnostic[]) =>
      diagnostics.map((d) => ({ code: d.code, line: d.range.start.line, message: d.message, related: d.relatedInformation }));
    const place = (line: number, [start, end]: number[], message: string) => ({ location: { uri, range: { start: { line, character: start }, end: { line, character: end } } }, message });
    const expected = (shift: number) => [
      { code: 'duplicate-field', line: 8 + shift, message: '"Description" appears again in idea "Same".', related: [place(4 + shift, [2, 14], 'the first "Description"')] },
      { code: 'duplicate-idea', line: 10 + shift, message: 'Project "P" already has an idea "same".', related: [place(2 + shift, [0, 9], 'the first idea "Same"')] },
    ];
    assert.deepEqual(related(await client.diagnostics(uri, 1)), expected(0));
    const top = { line: 1, character: 0 };
    await client.change(uri, 2, { start: top, end: top }, '\n');
    assert.deepEqual(related(await client.diagnostics(uri, 2)), expected(1));
    // A line between the two moves the repeat, not the first.
    const between = { line: 6, character: 0 };
    await client.change(uri, 3, { start: between, end: between }, '\n');
    const [field, idea] = expected(1);
    assert.deepEqual(related(await client.diagnostics(uri, 3)), [{ ...field, line: 10 }, { ...idea, line: 12 }]);
  });

  it('lints only the newest version of a burst of edits: stale versions are dropped, not computed', async () => {
    const uri = pathToFileURL(join(fixturesDir, 'burst.md')).href;
    await client.open(uri, generateIdeas(1000));
    await client.diagnostics(uri, 1);
    const at = { line: 20, character: 0 };
    await Promise.all(Array.from({ length: 10 }, (_, i) => client.change(uri, i + 2, { start: at, end: at }, 'x')));
    await client.diagnostics(uri, 11);
    const published = client.publishedVersions.get(uri)!.slice(1);
    assert.equal(published.at(-1), 11);
    assert.ok(published.length < 10, `versions published: ${published.join(', ')}`);
  });

  it('publishes no diagnostics for an ordinary README', async () => {
    const uri = pathToFileURL(fixturePath('plain-readme.md')).href;
    await client.open(uri, readFixture('plain-readme.md'));
    assert.deepEqual(await client.diagnostics(uri, 1), []);
  });

  it('survives binary garbage and keeps answering', async () => {
    const garbage = 'file:///garbage.md';
    await client.open(garbage, '\u0000\uD800#### \u0007\n- Description:\u0000\n'.repeat(50));
    await client.diagnostics(garbage, 1);
    const uri = pathToFileURL(fixturePath('missing-fields.md')).href;
    await client.open(uri, readFixture('missing-fields.md'), 2);
    // Its own findings; what the rules across files add depends on what the earlier tests left open.
    const own = (await client.diagnostics(uri, 2)).filter((d) => !['duplicate-issue', 'reproposed-idea', 'mentor-identity'].includes(String(d.code)));
    assert.deepEqual(own.map((d) => d.code), ['missing-field', 'missing-field']);
  });
});
