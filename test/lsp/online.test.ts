import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { FakeGitHub } from '../support/fake-github';
import { LspClient } from '../support/lsp-client';

const list = `### Stellar Mesh

#### Traffic replay

- Description: Record production traffic and replay it against a canary.
- Recommended Skills: Go
- Mentor(s): Ana Silva (@anasilva)
- Upstream Issue (URL): https://github.com/stellar/mesh/issues/12

#### Dashboard

- Description: A dashboard for the health of every sidecar.
- Recommended Skills: React
- Mentor(s): Bo Li (@boli)
- Upstream Issue (URL): https://github.com/stellar/mesh/issues/7
`;

const online = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'issue-state' || d.code === 'mentor-account').map((d) => `${d.range.start.line} ${String(d.code)}`);

describe('language server over stdio: upstream issues and mentors checked against GitHub', () => {
  let github: FakeGitHub;
  let client: LspClient;
  let dir: string;
  const uri = () => pathToFileURL(join(dir, 'ideas.md')).href;

  /** The next publications for the list until one satisfies `done`. */
  async function until(done: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    for (;;) {
      const diagnostics = await client.diagnostics(uri());
      if (done(diagnostics)) return diagnostics;
    }
  }

  beforeEach(async () => {
    github = await FakeGitHub.start({
      issues: [
        { owner: 'stellar', repo: 'mesh', number: 12, kind: 'issue', state: 'open', title: 'Traffic replay', labels: ['mentorship'], assignees: [], updatedAt: '2026-02-01T10:00:00Z' },
        { owner: 'stellar', repo: 'mesh', number: 7, kind: 'issue', state: 'closed', title: 'Mesh dashboard', updatedAt: '2025-11-20T10:00:00Z' },
      ],
      users: ['anasilva'],
    });
    dir = mkdtempSync(join(tmpdir(), 'ideas-online-'));
    writeFileSync(join(dir, 'ideas.md'), list);
    client = new LspClient();
    client.settings = {};
  });

  afterEach(async () => {
    await client.shutdown();
    await github.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('goes online only when the client turns it on: then a closed issue and an unknown handle are reported, and the hover shows the issue', async () => {
    await client.initialize(dir, true);
    await client.open(uri(), list);
    assert.deepEqual(online(await client.diagnostics(uri(), 1)), []);
    await client.connection.sendNotification('ideas/github', { enabled: true, apiUrl: github.url, token: 'test-token' });
    const found = await until((diagnostics) => online(diagnostics).length === 2);
    assert.deepEqual(online(found), ['13 mentor-account', '14 issue-state']);
    assert.equal(found.find((d) => d.code === 'issue-state')!.message, 'The issue https://github.com/stellar/mesh/issues/7 is closed.');
    assert.equal(github.count('graphql'), 1, 'one batched request for the list');
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri: uri() }, position: { line: 7, character: 40 } });
    assert.match((hover.contents as MarkupContent).value, /^\*\*Traffic replay\*\* · issue open\n\nLabels: `mentorship`\n\nNot assigned\n\nUpdated 2026-02-01$/);
    assert.equal(github.received[0].authorization, 'Bearer test-token');
  });

  it("answers the keystroke first: the network's findings come once GitHub's held answer is released", async () => {
    await client.initialize(dir, true);
    await client.open(uri(), list);
    await client.diagnostics(uri(), 1);
    github.hold();
    await client.connection.sendNotification('ideas/github', { enabled: true, apiUrl: github.url, token: 'test-token' });
    // The check waits for the list to rest, then for GitHub: a keystroke meanwhile is answered at once, without them.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await client.change(uri(), 2, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '# Ideas\n\n');
    assert.deepEqual(online(await client.diagnostics(uri(), 2)), []);
    github.release();
    const found = await until((diagnostics) => online(diagnostics).length === 2);
    assert.deepEqual(online(found), ['15 mentor-account', '16 issue-state'], 'on the lines the keystroke moved them to');
  });

  it('never goes online from the workspace: its settings and .ideasrc.json cannot turn the check on', async () => {
    // What a pull request could add: workspace settings and a config naming the check and another API host.
    client.settings = { github: { check: true, apiUrl: github.url }, 'github.check': true };
    writeFileSync(join(dir, '.ideasrc.json'), JSON.stringify({ github: { check: true, apiUrl: github.url } }));
    await client.initialize(dir, true);
    await client.open(uri(), list);
    await client.diagnostics(uri(), 1);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    assert.equal(github.count(), 0);
  });

  it('offline is one quiet status line, and local diagnostics go on', async () => {
    await client.initialize(dir, true);
    const status: { problem?: string }[] = [];
    client.connection.onNotification('ideas/githubStatus', (params: { problem?: string }) => void status.push(params));
    await client.open(uri(), list);
    await client.diagnostics(uri(), 1);
    github.answerWith(502);
    await client.connection.sendNotification('ideas/github', { enabled: true, apiUrl: github.url, token: 'test-token' });
    const deadline = Date.now() + 10000;
    while (status.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(status, [{ problem: 'GitHub answered 502' }]);
    await client.change(uri(), 2, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '# Ideas\n\n');
    assert.deepEqual(online(await client.diagnostics(uri(), 2)), []);
  });
});
