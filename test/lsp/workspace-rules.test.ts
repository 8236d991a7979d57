import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { IdeasExport } from '../../server/src/core';
import type { ListSummary } from '../../server/src/protocol';
import { LspClient } from '../support/lsp-client';

const idea = (title: string, issue: string) =>
  `#### ${title}\n\n- Description: d\n- Recommended Skills: Go\n- Mentor(s): Ana Lima (@analima)\n- Upstream Issue (URL): ${issue}\n`;
const SPRING = 'programs/lfx-mentorship/2025/01-Mar-May/README.md';
const SUMMER = 'programs/lfx-mentorship/2025/02-Jun-Aug/README.md';
const spring = `### Stellar Mesh\n\n${idea('Traffic replay', 'https://github.com/stellar/mesh/issues/7')}\n${idea('Mesh dashboard', 'https://github.com/stellar/mesh/issues/9')}`;
/** The later term links the earlier one's issue #7 under another title, and proposes "Mesh Dashboard" again. */
const summer = `### Stellar Mesh\n\n${idea('Record and replay gRPC calls', 'https://github.com/stellar/mesh/issues/7')}\n${idea('Mesh Dashboard', 'https://github.com/stellar/mesh/issues/10')}`;

const across = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'duplicate-issue' || d.code === 'reproposed-idea');

describe('language server over stdio: the rules across files, the workspace lists, Export Ideas', () => {
  let client: LspClient;
  let dir: string;
  const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;

  /** The diagnostics of the next publications for `uri` until one satisfies `done`. */
  async function until(uri: string, done: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    for (;;) {
      const diagnostics = await client.diagnostics(uri);
      if (done(diagnostics)) return diagnostics;
    }
  }

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ideas-across-'));
    for (const term of [SPRING, SUMMER]) mkdirSync(join(dir, term, '..'), { recursive: true });
    writeFileSync(join(dir, SPRING), spring);
    writeFileSync(join(dir, SUMMER), summer);
    client = new LspClient();
    await client.initialize(dir, true);
  });

  afterEach(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes an open list’s findings across files, each naming the idea in the other list by its uri and path', async () => {
    await client.open(uriOf(SUMMER), summer);
    const found = across(await until(uriOf(SUMMER), (diagnostics) => across(diagnostics).length === 2));
    assert.deepEqual(
      found.map((d) => [d.code, d.severity, d.range.start.line, d.message]),
      [
        ['duplicate-issue', 3, 7, 'The issue https://github.com/stellar/mesh/issues/7 is also the issue of the idea "Traffic replay" in an earlier list.'],
        ['reproposed-idea', 3, 9, 'The idea "Mesh Dashboard" was proposed before, in lfx-mentorship 2025/01-Mar-May.'],
      ],
    );
    assert.deepEqual(found[0].relatedInformation, [
      { location: { uri: uriOf(SPRING), range: { start: { line: 2, character: 0 }, end: { line: 2, character: 19 } } }, message: `the idea "Traffic replay" in ${SPRING}` },
    ]);
  });

  it('moves them with their idea in the keystroke’s own diagnostics, and drops them once the list no longer repeats the issue', async () => {
    await client.open(uriOf(SUMMER), summer);
    await until(uriOf(SUMMER), (diagnostics) => across(diagnostics).length === 2);
    // Two lines typed above the project: the keystroke's publication has them two lines lower, before the rules run again.
    await client.change(uriOf(SUMMER), 2, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '# Ideas\n\n');
    const moved = across(await client.diagnostics(uriOf(SUMMER), 2));
    assert.deepEqual(
      moved.map((d) => [d.code, d.range.start.line]),
      [
        ['duplicate-issue', 9],
        ['reproposed-idea', 11],
      ],
    );
    // The issue replaced: once the lists rest, duplicate-issue is gone and reproposed-idea stays.
    const line = summer.split('\n').findIndex((each) => each.includes('issues/7')) + 2;
    const start = summer.split('\n')[line - 2].indexOf('https://');
    await client.change(uriOf(SUMMER), 3, { start: { line, character: start }, end: { line, character: start + 'https://github.com/stellar/mesh/issues/7'.length } }, 'https://github.com/stellar/mesh/issues/8');
    const after = across(await until(uriOf(SUMMER), (diagnostics) => !across(diagnostics).some((d) => d.code === 'duplicate-issue')));
    assert.deepEqual(
      after.map((d) => d.code),
      ['reproposed-idea'],
    );
  });

  it('reports the earlier list’s side once "Lint Workspace" published it, and updates it when the open list changes', async () => {
    // Within one list: the summer list repeats its own issue #10 under a third idea; Lint Workspace publishes the spring list (closed) too.
    await client.open(uriOf(SUMMER), summer);
    await client.connection.sendRequest('ideas/lintWorkspace');
    const springDiagnostics = await client.diagnostics(uriOf(SPRING));
    assert.deepEqual(across(springDiagnostics), [], 'the earlier list has nothing across files: the later ideas are reported');
    const third = `\n${idea('Mesh topology view', 'https://github.com/stellar/mesh/issues/10')}`;
    const end = summer.split('\n').length - 1;
    await client.change(uriOf(SUMMER), 2, { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, third);
    const found = across(await until(uriOf(SUMMER), (diagnostics) => across(diagnostics).some((d) => d.code === 'duplicate-issue' && d.severity === 2)));
    const within = found.find((d) => d.code === 'duplicate-issue' && d.severity === 2)!;
    assert.match(String(within.message), /also the issue of the idea "Mesh Dashboard"\.$/);
    assert.equal(within.relatedInformation![0].location.uri, uriOf(SUMMER));
  });

  it('lists every list with its program, term, ideas, mentors and problems, those across files counted on their idea', async () => {
    await client.open(uriOf(SUMMER), summer);
    await until(uriOf(SUMMER), (diagnostics) => across(diagnostics).length === 2);
    const lists = await client.connection.sendRequest<ListSummary[]>('ideas/workspaceLists');
    const byPath = new Map(lists.map((list) => [list.path, list]));
    assert.deepEqual([...byPath.keys()].sort(), [SPRING, SUMMER]);
    const later = byPath.get(SUMMER)!;
    assert.deepEqual([later.program, later.term], ['lfx-mentorship', '2025/02-Jun-Aug']);
    assert.deepEqual(
      later.ideas.map((idea) => [idea.title, idea.project, idea.mentors, idea.problems, idea.worst]),
      [
        ['Record and replay gRPC calls', 'Stellar Mesh', [{ name: 'Ana Lima', handle: 'analima' }], 1, 'info'],
        ['Mesh Dashboard', 'Stellar Mesh', [{ name: 'Ana Lima', handle: 'analima' }], 1, 'info'],
      ],
    );
    assert.equal(later.problems, 2);
    assert.deepEqual(
      byPath.get(SPRING)!.ideas.map((idea) => idea.problems),
      [0, 0],
    );
  });

  it('exports every idea of the workspace as JSON, and as CSV with or without a byte-order mark', async () => {
    await client.open(uriOf(SUMMER), summer);
    await until(uriOf(SUMMER), (diagnostics) => across(diagnostics).length === 2);
    const json = await client.connection.sendRequest<{ text: string; ideas: number }>('ideas/exportIdeas', { format: 'json' });
    const data = JSON.parse(json.text) as IdeasExport;
    assert.equal(json.ideas, 4);
    assert.deepEqual(
      data.ideas.map((each) => [each.file, each.term, each.title]),
      [
        [SPRING, '2025/01-Mar-May', 'Traffic replay'],
        [SPRING, '2025/01-Mar-May', 'Mesh dashboard'],
        [SUMMER, '2025/02-Jun-Aug', 'Record and replay gRPC calls'],
        [SUMMER, '2025/02-Jun-Aug', 'Mesh Dashboard'],
      ],
    );
    const csv = await client.connection.sendRequest<{ text: string }>('ideas/exportIdeas', { format: 'csv' });
    assert.ok(csv.text.startsWith('\uFEFFprogram,term,project,title'));
    assert.equal(csv.text.trimEnd().split('\n').length, 5);
    const bare = await client.connection.sendRequest<{ text: string }>('ideas/exportIdeas', { format: 'csv', bom: false });
    assert.ok(bare.text.startsWith('program,'));
  });
});
