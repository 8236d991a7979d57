import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { IdeasApi } from '../../client/src/extension';
import { FakeGitHub } from '../support/fake-github';
import { diagnosticsBecome, ideasDiagnostics, openEditor, screenshot, summary, waitFor, workspaceUri } from './support';

const EXPECTED = ['11 missing-field', '14 mentor-handle', '19 missing-field', '22 field-alias'];

describe('Ideas Author in VS Code', () => {
  let api: IdeasApi;
  const ideas = workspaceUri('project-ideas.md');

  /** Puts the fixture back as it was, so each test starts from the same text. */
  async function reset(editor: vscode.TextEditor, text: string): Promise<void> {
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    await editor.edit((edit) => edit.replace(whole, text));
    await diagnosticsBecome(ideas, EXPECTED);
  }

  it('activates on an ideas file and shows its diagnostics with their ranges', async () => {
    // The chat side bar of recent VS Code takes a third of the screenshots' width.
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    const editor = await openEditor('project-ideas.md');
    const extension = vscode.extensions.getExtension<IdeasApi>('ideas-author.ideas-author')!;
    api = extension.isActive ? extension.exports : await extension.activate();
    await diagnosticsBecome(ideas, EXPECTED);
    const mentor = ideasDiagnostics(ideas).find((d) => d.code && (d.code as { value: string }).value === 'mentor-handle')!;
    assert.deepEqual([mentor.range.start.line, mentor.range.start.character, mentor.range.end.character], [14, 20, 24]);
    assert.equal(mentor.severity, vscode.DiagnosticSeverity.Warning);
    // The extension opens the bundled page itself: the link is its command, with the rule id.
    assert.match(String((mentor.code as { target: vscode.Uri }).target), /^command:ideas\.showRuleDocs\?.*mentor-handle/);
    editor.selection = new vscode.Selection(14, 20, 14, 20);
    await screenshot('diagnostics');
  });

  it('gives an ordinary README no diagnostics', async () => {
    await openEditor('README.md');
    // The server answers documents in order: once the file opened after it has diagnostics, the README's are in.
    await openEditor('sentinel-ideas.md');
    await waitFor('sentinel diagnostics', [vscode.languages.onDidChangeDiagnostics], () => ideasDiagnostics(workspaceUri('sentinel-ideas.md')).length > 0);
    assert.deepEqual(ideasDiagnostics(workspaceUri('README.md')), []);
  });

  it('updates the diagnostics as the author types a missing field', async () => {
    const editor = await openEditor('project-ideas.md');
    const original = editor.document.getText();
    await editor.edit((edit) => edit.insert(new vscode.Position(14, 0), '- Recommended Skills: React\n'));
    await diagnosticsBecome(ideas, ['15 mentor-handle', '20 missing-field', '23 field-alias']);
    await reset(editor, original);
  });

  it('applies the quick fix for a missing field and for a mentor handle', async () => {
    const editor = await openEditor('project-ideas.md');
    const original = editor.document.getText();
    const actionsAt = async (line: number, code: string) => {
      const diagnostic = ideasDiagnostics(ideas).find((d) => d.range.start.line === line && (d.code as { value: string }).value === code)!;
      return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', ideas, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    };
    editor.selection = new vscode.Selection(14, 20, 14, 20);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await screenshot('quick-fix');
    await vscode.commands.executeCommand('hideCodeActionWidget');

    const handleActions = await actionsAt(14, 'mentor-handle');
    const handle = handleActions.find((a) => a.isPreferred);
    assert.equal(handle?.title, 'Write "(@boli)"', JSON.stringify(handleActions.map((a) => [a.title, a.isPreferred])));
    assert.ok(await vscode.workspace.applyEdit(handle!.edit!));
    assert.equal(editor.document.lineAt(14).text, '- Mentor(s): Bo Li (@boli)');

    const add = (await actionsAt(11, 'missing-field')).find((a) => a.title === 'Add the "Recommended Skills" field')!;
    assert.ok(await vscode.workspace.applyEdit(add.edit!));
    assert.equal(editor.document.lineAt(14).text, '- Recommended Skills: Go, Kubernetes');
    assert.equal(editor.document.lineAt(13).text, '- Description: A web dashboard for the health of every sidecar.');
    await diagnosticsBecome(ideas, ['20 missing-field', '23 field-alias']);
    await reset(editor, original);
  });

  it('fixes everything safe at once: source.fixAll.ideas and Ideas: Fix All in File', async () => {
    const editor = await openEditor('project-ideas.md');
    const original = editor.document.getText();
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const [fixAll] = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', ideas, whole, 'source.fixAll.ideas');
    assert.equal(fixAll.kind?.value, 'source.fixAll.ideas');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    assert.equal(editor.document.lineAt(14).text, '- Mentor(s): Bo Li (@boli)');
    assert.equal(editor.document.lineAt(22).text, '- Mentor(s): Chidi Okafor (@chidiokafor)');
    await diagnosticsBecome(ideas, ['11 missing-field', '19 missing-field']);
    await reset(editor, original);
    assert.equal(await vscode.commands.executeCommand('ideas.fixAll'), true);
    await diagnosticsBecome(ideas, ['11 missing-field', '19 missing-field']);
    await reset(editor, original);

    // Fixes that chain: the misspelt label is renamed, and only then is its value read as mentors
    // and written with parentheses. One Fix All does both.
    await editor.edit((edit) => edit.replace(editor.document.lineAt(14).range, '- Metor(s): Bo Li @boli'));
    await waitFor('the misspelt label reported', [vscode.languages.onDidChangeDiagnostics], () => summary(ideas).includes('14 unknown-field'));
    const [chained] = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', ideas, whole, 'source.fixAll.ideas');
    assert.ok(await vscode.workspace.applyEdit(chained.edit!));
    assert.equal(editor.document.lineAt(14).text, '- Mentor(s): Bo Li (@boli)');
    await reset(editor, original);
  });

  it('walks the authoring loop: a snippet typed as `idea`, its placeholders reported at once, the idea clean once they are replaced', async () => {
    const editor = await openEditor('project-ideas.md');
    const original = editor.document.getText();
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    // Typing at the start of a line opens the suggestions by itself, key by key as a user types;
    // accepting the first inserts an idea snippet, which only an open widget can do.
    for (const key of 'idea') {
      await vscode.commands.executeCommand('type', { text: key });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await screenshot('suggest-idea');
    await vscode.commands.executeCommand('acceptSelectedSuggestion');
    await waitFor('the snippet', [vscode.workspace.onDidChangeTextDocument], () => editor.document.getText().includes('#### Idea title'));
    const first = end.line;
    const inserted = () => editor.document.getText(new vscode.Range(first, 0, editor.document.lineCount, 0)).split('\n');
    assert.match(inserted().join('\n'), /^#### Idea title\n\n- Description: What the mentee will build, and why it matters\.\n/);
    // The tab stops walk through the placeholders.
    assert.equal(editor.document.getText(editor.selection), 'Idea title');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.equal(editor.document.getText(editor.selection), 'What the mentee will build, and why it matters.');
    await vscode.commands.executeCommand('leaveSnippet');
    // Every value the snippet put in is reported at once (a size or difficulty is a real choice).
    const expected = inserted().flatMap((line, i) => (/^(#### |- (?!Expected project size|Difficulty))/.test(line) ? [first + i] : []));
    const placeholderLines = () => [...new Set(ideasDiagnostics(ideas).filter((d) => (d.code as { value: string }).value === 'placeholder').map((d) => d.range.start.line))].sort((a, b) => a - b);
    await waitFor(`placeholders on lines ${expected.join(', ')}`, [vscode.languages.onDidChangeDiagnostics], () => JSON.stringify(placeholderLines()) === JSON.stringify(expected));
    assert.ok(ideasDiagnostics(ideas).filter((d) => (d.code as { value: string }).value === 'placeholder').every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    await screenshot('placeholders');
    const real = ['#### Load testing', '', '- Description: Replay recorded traffic at ten times its rate.', '- Recommended Skills: Go, k6', '- Mentor(s): Ana Silva (@anasilva)', '- Upstream Issue (URL): https://github.com/orbit-storage/orbit/issues/42', ''];
    await editor.edit((edit) => edit.replace(new vscode.Range(first, 0, editor.document.lineCount, 0), real.join('\n')));
    await diagnosticsBecome(ideas, EXPECTED);
    await reset(editor, original);
  });

  it("opens a rule's page offline from its diagnostic's link, as a markdown preview", async () => {
    await openEditor('project-ideas.md');
    await diagnosticsBecome(ideas, EXPECTED);
    const mentor = ideasDiagnostics(ideas).find((d) => (d.code as { value: string }).value === 'mentor-handle')!;
    const target = (mentor.code as { target: vscode.Uri }).target;
    // What the Problems panel does with a command link: runs the command with the link's arguments.
    await vscode.commands.executeCommand(target.path, ...(JSON.parse(decodeURIComponent(target.query)) as unknown[]));
    await waitFor('the preview', [vscode.window.tabGroups.onDidChangeTabs], () => {
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
      return tab?.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType) && /mentor-handle/.test(tab.label);
    });
    // The preview paints its page a moment after its tab opens.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await screenshot('rule-docs');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it("finds an idea by its mentor's handle", async () => {
    const found = vscode.commands.executeCommand<{ uri: string; title: string } | undefined>('ideas.findIdea', 'boli');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await screenshot('find-idea');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal((await found)?.title, 'Dashboard for mesh health');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), ideas.toString());
    assert.equal(editor.selection.active.line, 11);
  });

  it('shows the Ideas view and the status bar for the active ideas file', async () => {
    await openEditor('project-ideas.md');
    await waitFor('the Ideas view', [api.active.onDidChange], () => api.active.snapshot?.uri.toString() === ideas.toString() && api.active.snapshot.problems.length === 4);
    const roots = api.view.getChildren();
    const labels = (nodes: typeof roots) => nodes.map((node) => {
      const item = api.view.getTreeItem(node);
      return [item.label, item.description ?? ''];
    });
    assert.deepEqual(labels(roots), [['Stellar Mesh', ''], ['Orbit Storage', '']]);
    assert.deepEqual(labels(api.view.getChildren(roots[0])), [
      ['Traffic replay', 'Ana Silva (@anasilva)'],
      ['Dashboard for mesh health', 'Bo Li (@boli) · 2 problems'],
    ]);
    assert.equal(api.view.treeView.description, '3 ideas');
    // The icon is the worst severity present: missing-field is an error.
    assert.equal(api.statusBar.item.text, '$(error) 3 ideas, 4 problems');
    await vscode.commands.executeCommand('ideas.outline.focus');
    await screenshot('ideas-view');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('problems');
  });

  it('says in the status bar when a list is not understood, with the page that explains it', async () => {
    const table = workspaceUri('mentorship-table.md');
    await openEditor('mentorship-table.md');
    await waitFor('not understood', [api.active.onDidChange], () => api.active.snapshot?.uri.toString() === table.toString() && api.active.snapshot.notUnderstood === true);
    assert.equal(api.statusBar.item.text, '$(question) Ideas: not understood');
    const command = api.statusBar.item.command as vscode.Command;
    assert.equal(command.command, 'markdown.showPreview');
    assert.match((command.arguments![0] as vscode.Uri).path, /docs\/any-list\.md$/);
    await screenshot('not-understood');
  });

  it('turns a rule off from the settings', async () => {
    const config = vscode.workspace.getConfiguration('ideas', ideas);
    await config.update('rules', { 'missing-field': 'off' }, vscode.ConfigurationTarget.Workspace);
    await diagnosticsBecome(ideas, ['14 mentor-handle', '22 field-alias']);
    await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await diagnosticsBecome(ideas, EXPECTED);
  });

  it('runs the commands: New Idea, Lint Workspace, Restart Server', async () => {
    const editor = await openEditor('project-ideas.md');
    const original = editor.document.getText();
    editor.selection = new vscode.Selection(6, 0, 6, 0);
    await vscode.commands.executeCommand('ideas.newIdea');
    await waitFor('the new idea', [vscode.workspace.onDidChangeTextDocument], () => editor.document.getText().includes('#### Idea title'));
    assert.equal(editor.document.lineAt(17).text, '#### Idea title');
    assert.equal(editor.document.lineAt(19).text, '- Description: Add a dry-run mode to the CLI so that users can preview changes before applying them.');
    await vscode.commands.executeCommand('leaveSnippet');
    await reset(editor, original);

    // The open lists are counted rather than left out (their diagnostics are current); the two of programs/ are read from disk.
    const linted = await vscode.commands.executeCommand<{ files: number; findings: number; open: number; openFindings: number }>('ideas.lintWorkspace');
    assert.ok(linted.open >= 1 && linted.files >= linted.open + 2 && linted.findings >= linted.openFindings, JSON.stringify(linted));

    await vscode.commands.executeCommand('ideas.restartServer');
    await waitFor('the server to run again', [api.client.onDidChangeState], () => api.client.isRunning());
    await diagnosticsBecome(ideas, EXPECTED);
  });

  it('shows every list of the workspace by program and term, a finding across files naming the other list, the summary and the export', async () => {
    const later = workspaceUri('programs/summerofcode/2026.md');
    await openEditor('programs/summerofcode/2026.md');
    const duplicate = await waitFor('duplicate-issue across lists', [vscode.languages.onDidChangeDiagnostics], () => ideasDiagnostics(later).find((d) => typeof d.code === 'object' && d.code.value === 'duplicate-issue'));
    assert.equal(duplicate.range.start.line, 9);
    assert.equal(duplicate.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(duplicate.relatedInformation![0].location.uri.toString(), workspaceUri('programs/summerofcode/2025.md').toString());
    assert.equal(duplicate.relatedInformation![0].message, 'the idea "Snapshot diffing" in programs/summerofcode/2025.md');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('across-files');

    await vscode.commands.executeCommand('ideas.showWorkspace');
    const groups = api.view.getChildren();
    const label = (node: (typeof groups)[number]) => {
      const item = api.view.getTreeItem(node);
      return [item.label, item.description ?? ''];
    };
    assert.deepEqual(groups.slice(0, 2).map(label), [
      ['summerofcode 2026', '1 list'],
      ['summerofcode 2025', '1 list'],
    ]);
    assert.equal(label(groups[2])[0], 'Other lists');
    const [list] = api.view.getChildren(groups[0]);
    assert.deepEqual(label(list), ['summerofcode/2026.md', '2 ideas · 2 problems']);
    const [project] = api.view.getChildren(list);
    assert.deepEqual(api.view.getChildren(project).map(label), [
      ['Incremental snapshot diffs', 'Chidi Okafor (@chidiokafor) · 1 problem'],
      ['Storage metrics exporter', 'Bo Li (@boli) · 1 problem'],
    ]);
    await vscode.commands.executeCommand('ideas.outline.focus');
    await screenshot('workspace-view');
    // Filtered by a mentor's handle: only the ideas Bo Li mentors, in whichever list.
    api.view.workspace.filter = '@boli';
    api.view.workspaceChanged();
    const titles = api.view.getChildren().flatMap((group) => api.view.getChildren(group).flatMap((each) => api.view.getChildren(each).flatMap((node) => [node, ...api.view.getChildren(node)])));
    assert.deepEqual(
      titles.map(label).filter(([, description]) => String(description).includes('@boli')).map(([title]) => title),
      ['Storage metrics exporter', 'Storage metrics exporter', 'Dashboard for mesh health'],
    );
    api.view.workspace.filter = '';
    await vscode.commands.executeCommand('ideas.showActiveFile');

    const summaryText = await vscode.commands.executeCommand<string>('ideas.showSummary');
    assert.match(summaryText, /\| programs\/summerofcode\/2026\.md \| summerofcode \| 2026 \| 2 \| 1 \| 2 \| 2 \| Orbit Storage 2 \| {2}\|$/m);
    await screenshot('workspace-summary');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

    const target = workspaceUri('ideas-export.json');
    const exported = await vscode.commands.executeCommand<number>('ideas.exportIdeas', target, 'json');
    const data = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as { ideas: { file: string; term: string | null }[] };
    assert.equal(data.ideas.length, exported);
    assert.deepEqual(
      data.ideas.filter((each) => each.term !== null).map((each) => [each.file, each.term]),
      [
        ['programs/summerofcode/2025.md', '2025'],
        ['programs/summerofcode/2025.md', '2025'],
        ['programs/summerofcode/2026.md', '2026'],
        ['programs/summerofcode/2026.md', '2026'],
      ],
    );
  });

  it('checks upstream issues and mentor accounts online, signed in through a fake github provider', async () => {
    // test/e2e/fake-github-auth, signed in already (the runner lets our extension use its accounts:
    // VS Code refuses the consent dialog while tests run); the fake GitHub accepts its token alone.
    const auth = vscode.extensions.getExtension<{ token: string }>('ideas-e2e.fake-github-auth')!;
    const { token } = auth.isActive ? auth.exports : await auth.activate();
    const fake = await FakeGitHub.start(
      {
        issues: [
          { owner: 'stellar-mesh', repo: 'mesh', number: 12, kind: 'issue', state: 'open', title: 'Replay recorded traffic', assignees: ['anasilva'] },
          { owner: 'stellar-mesh', repo: 'dashboard', number: 7, kind: 'issue', state: 'closed', title: 'Sidecar health dashboard', labels: ['mentorship'] },
          { owner: 'orbit-storage', repo: 'orbit', number: 31, kind: 'issue', state: 'open', title: 'Parallel snapshot restore' },
        ],
        users: ['anasilva', 'boli'], // @chidiokafor has no account
      },
      token,
    );
    const github = vscode.workspace.getConfiguration('ideas.github');
    const online = () => summary(ideas).filter((line) => /issue-state|mentor-account/.test(line));
    try {
      await openEditor('project-ideas.md');
      // User settings: a workspace cannot turn the check on. Not api.github.com: the github-enterprise provider.
      await github.update('apiUrl', fake.url, vscode.ConfigurationTarget.Global);
      await github.update('check', true, vscode.ConfigurationTarget.Global);
      await waitFor(`issue-state and mentor-account, have ${JSON.stringify(summary(ideas))}`, [vscode.languages.onDidChangeDiagnostics], () =>
        JSON.stringify(online()) === JSON.stringify(['15 issue-state', '22 mentor-account']),
      );
      // `code` is `{ value, target }`: our diagnostics link their rule's page.
      const closed = ideasDiagnostics(ideas).find((d) => typeof d.code === 'object' && d.code.value === 'issue-state')!;
      assert.equal(closed.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(closed.message, /closed/i);
      const account = ideasDiagnostics(ideas).find((d) => typeof d.code === 'object' && d.code.value === 'mentor-account')!;
      assert.match(account.message, /chidiokafor/);
      assert.ok(fake.count('graphql') > 0, JSON.stringify(fake.received.map((request) => request.path)));
      assert.deepEqual([...new Set(fake.received.map((request) => request.authorization))], [`Bearer ${token}`]);

      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', ideas, closed.range.start.translate(0, 2));
      const shown = hovers.flatMap((each) => each.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
      assert.match(shown, /Sidecar health dashboard/);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await screenshot('github-checks');

      await github.update('check', undefined, vscode.ConfigurationTarget.Global);
      await diagnosticsBecome(ideas, EXPECTED);
    } finally {
      await github.update('check', undefined, vscode.ConfigurationTarget.Global);
      await github.update('apiUrl', undefined, vscode.ConfigurationTarget.Global);
      await fake.close();
    }
  });
});
