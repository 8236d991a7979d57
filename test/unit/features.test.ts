import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CodeActionKind, DiagnosticSeverity, MarkupKind, SymbolKind, type CodeAction, type Diagnostic, type DocumentSymbol, type Hover, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver';
import { ConfigLookup, lint, type Finding, type IdeasDocument, type Range } from '../../server/src/core';
import { applyEdits } from '../../server/src/core/fix/fixes';
import * as actionFeature from '../../server/src/features/code-actions';
import * as completionFeature from '../../server/src/features/completion';
import * as diagnosticFeature from '../../server/src/features/diagnostics';
import { ruleDocsFile } from '../../server/src/features/rule-docs';
import * as foldingFeature from '../../server/src/features/folding';
import * as hoverFeature from '../../server/src/features/hover';
import * as insertionFeature from '../../server/src/features/insertion';
import * as linkFeature from '../../server/src/features/links';
import * as symbolFeature from '../../server/src/features/symbols';
import * as workspaceSymbolFeature from '../../server/src/features/workspace-symbols';
import { Analyzer, MAX_DOCUMENT_LENGTH } from '../../server/src/host/analysis';
import { SettingsCache } from '../../server/src/host/settings';
import { WorkspaceIndex } from '../../server/src/host/workspace-index';
import { ideas, messy, orbit } from '../support/lists';

// The feature functions called in process, on the inputs server.ts gives them: the document of a
// lint result, its findings turned into diagnostics by toDiagnostic, the workspace index. Their
// answers are compared as the client gets them, through JSON: the core's ranges are objects that
// move with their section (AnchoredRange) and serialize to plain ranges.

/** The checkout: the rule pages a diagnostic links to are its docs/rules. */
const REPOSITORY = join(__dirname, '..', '..');

/** A value as it crosses the connection. */
const wire = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

const { FIX_ALL_KIND, SHOW_DOCS_COMMAND } = actionFeature;
type CodeActionContext = actionFeature.CodeActionContext;
const codeActions = (...args: Parameters<typeof actionFeature.codeActions>) => wire(actionFeature.codeActions(...args));
const fixAllEdits = (...args: Parameters<typeof actionFeature.fixAllEdits>) => wire(actionFeature.fixAllEdits(...args));
const completions = (...args: Parameters<typeof completionFeature.completions>) => wire(completionFeature.completions(...args));
const toDiagnostic = (...args: Parameters<typeof diagnosticFeature.toDiagnostic>) => wire(diagnosticFeature.toDiagnostic(...args));
const diagnosticsOf = (...args: Parameters<typeof diagnosticFeature.diagnosticsOf>) => wire(diagnosticFeature.diagnosticsOf(...args));
const foldingRanges = (...args: Parameters<typeof foldingFeature.foldingRanges>) => wire(foldingFeature.foldingRanges(...args));
const hover = (...args: Parameters<typeof hoverFeature.hover>) => wire(hoverFeature.hover(...args));
const insertionFor = (...args: Parameters<typeof insertionFeature.insertionFor>) => wire(insertionFeature.insertionFor(...args));
const documentLinks = (...args: Parameters<typeof linkFeature.documentLinks>) => wire(linkFeature.documentLinks(...args));
const documentSymbols = (...args: Parameters<typeof symbolFeature.documentSymbols>) => wire(symbolFeature.documentSymbols(...args));
const workspaceSymbols = (...args: Parameters<typeof workspaceSymbolFeature.workspaceSymbols>) => wire(workspaceSymbolFeature.workspaceSymbols(...args));

/** A project under a section, two ideas; Dashboard lacks Recommended Skills. */

/** One problem of each kind a quick fix mends, and an idea that lacks three fields. */


/** Two projects after an introduction. */
const twoProjects = `# Title

intro

### Alpha

#### A1

- Description: a

### Beta

#### B1

- Description: b

#### B2

- Description: c
`;

/** Two ideas right under their project, a third in a group (a heading between project and idea). */
const grouped = `### Atlas

#### A1

- Description: a

#### A2

- Description: b

#### SIG Network

##### Faster routes

- Description: c
`;

/** Ideas with no project heading above them. */
const noProject = `#### I1

- Description: a
- Mentor(s): @x

#### I2

- Description: b
`;

const URI = 'file:///work/project-ideas.md';

const range = (startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range => ({
  start: { line: startLine, character: startCharacter },
  end: { line: endLine, character: endCharacter },
});

/** What server.ts hands to codeActions for a lint result of version 1. */
/** The fixtures' lists follow the seed's template, as a list whose configuration names it does. */
const CONFIGURED = { preset: 'cncf-2020' };

function actionContext(text: string, snippets = false): CodeActionContext & { diagnostics: Diagnostic[] } {
  const { doc, findings } = lint(text, CONFIGURED);
  return { uri: URI, version: 1, doc, findings, snippets, diagnostics: findings.map((finding) => toDiagnostic(finding, URI)) };
}

/** The actions for one diagnostic, asked for over its range as a client does. */
function actionsFor(context: CodeActionContext, diagnostic: Diagnostic): CodeAction[] {
  return codeActions(context, { textDocument: { uri: context.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
}

/** The edits of an action: one change to the document, at the version the actions were made for. */
function editsOf(action: CodeAction): TextEdit[] {
  const changes = action.edit?.documentChanges as TextDocumentEdit[] | undefined;
  assert.ok(changes, `"${action.title}" has an edit`);
  assert.equal(changes.length, 1);
  assert.deepEqual(changes[0].textDocument, { uri: URI, version: 1 });
  return changes[0].edits as TextEdit[];
}

const lineOf = (text: string, line: number) => text.split('\n')[line];
const hoverText = (result: Hover | undefined) => {
  assert.ok(result, 'a hover');
  const contents = result.contents as { kind: string; value: string };
  assert.equal(contents.kind, MarkupKind.Markdown);
  return contents.value;
};

/** An analyzer as server.ts makes it, with settings answered in process and no disk to look at. */
function analyzer(settings: unknown = {}): Analyzer {
  return new Analyzer(new SettingsCache(async () => settings, () => {}), new ConfigLookup(), () => []);
}

/** Names, kinds and line spans of the symbols, fields left out. */
type Outline = { name: string; kind: SymbolKind; lines: [number, number]; children?: Outline[] };
function outline(symbols: DocumentSymbol[]): Outline[] {
  return symbols
    .filter((symbol) => symbol.kind !== SymbolKind.Field)
    .map((symbol) => {
      const children = outline(symbol.children ?? []);
      const entry: Outline = { name: symbol.name, kind: symbol.kind, lines: [symbol.range.start.line, symbol.range.end.line] };
      if (children.length) entry.children = children;
      return entry;
    });
}

describe('features in process', () => {
  let ideasDoc: IdeasDocument;
  before(() => {
    ideasDoc = lint(ideas).doc;
  });

  describe('document symbols', () => {
    it('nests section → project → ideas → fields, with the section’s range and the title as selection', () => {
      const symbols = documentSymbols(ideasDoc);
      assert.equal(symbols.length, 1);
      const [section] = symbols;
      assert.deepEqual([section.name, section.kind, section.range, section.selectionRange], ['Ideas', SymbolKind.Namespace, range(0, 0, 16, 64), range(0, 2, 0, 7)]);
      assert.equal(section.children!.length, 1);
      const [project] = section.children!;
      assert.deepEqual([project.name, project.kind, project.range, project.selectionRange], ['Stellar Mesh', SymbolKind.Package, range(2, 0, 16, 64), range(2, 4, 2, 16)]);
      assert.deepEqual(
        project.children!.map((idea) => [idea.name, idea.kind, idea.detail, idea.range, idea.selectionRange]),
        [
          ['Traffic replay', SymbolKind.Class, 'Ana Silva (@anasilva)', range(4, 0, 9, 64), range(4, 5, 4, 19)],
          ['Dashboard', SymbolKind.Class, 'Bo Li (@boli)', range(11, 0, 16, 64), range(11, 5, 11, 14)],
        ],
      );
      const [replay, dashboard] = project.children!;
      assert.deepEqual(
        replay.children!.map((field) => [field.name, field.kind, field.detail, field.range, field.selectionRange]),
        [
          ['Description', SymbolKind.Field, 'Record and replay traffic.', range(6, 2, 6, 41), range(6, 2, 6, 13)],
          ['Recommended Skills', SymbolKind.Field, 'Go, Kubernetes', range(7, 2, 7, 36), range(7, 2, 7, 20)],
          ['Mentor(s)', SymbolKind.Field, 'Ana Silva (@anasilva)', range(8, 2, 8, 34), range(8, 2, 8, 11)],
          ['Upstream Issue (URL)', SymbolKind.Field, 'https://github.com/stellar/mesh/issues/1', range(9, 2, 9, 64), range(9, 2, 9, 22)],
        ],
      );
      assert.deepEqual(dashboard.children!.map((field) => [field.name, field.range.start.line]), [['Description', 13], ['Mentor(s)', 14], ['Upstream Issue (URL)', 16]]);
    });

    it('names a field by its template label, keeps an unknown label, and shortens a value over 80 characters', () => {
      const long = `${'x'.repeat(80)}y`;
      const fits = 'z'.repeat(80);
      const text = messy.replace('Record and replay traffic.', long).replace('- Skills: Go', '- Skills: Go\n- Budget: none').replace('A web dashboard.', fits);
      const [replay, dashboard] = documentSymbols(lint(text).doc)[0].children!;
      const fields = replay.children!;
      assert.deepEqual(fields.map((field) => field.name), ['Description', 'Recommended Skills', 'Budget', 'Mentor(s)', 'Upstream Issue (URL)']);
      assert.equal(fields[0].detail, `${'x'.repeat(79)}…`);
      assert.equal(dashboard.children![0].detail, fits, 'eighty characters are kept whole');
      assert.equal(fields[1].detail, 'Go');
      assert.deepEqual(fields[1].selectionRange, range(5, 2, 5, 8), 'the selection is the label as written');
    });

    it('puts a group between its project and its ideas, and ideas without a project at the top', () => {
      assert.deepEqual(outline(documentSymbols(lint(grouped).doc)), [
        {
          name: 'Atlas', kind: SymbolKind.Package, lines: [0, 14], children: [
            { name: 'A1', kind: SymbolKind.Class, lines: [2, 4] },
            { name: 'A2', kind: SymbolKind.Class, lines: [6, 8] },
            { name: 'SIG Network', kind: SymbolKind.Module, lines: [10, 14], children: [{ name: 'Faster routes', kind: SymbolKind.Class, lines: [12, 14] }] },
          ],
        },
      ]);
      const loose = documentSymbols(lint(noProject).doc);
      assert.deepEqual(outline(loose), [
        { name: 'I1', kind: SymbolKind.Class, lines: [0, 3] },
        { name: 'I2', kind: SymbolKind.Class, lines: [5, 7] },
      ]);
      assert.deepEqual(loose.map((idea) => idea.detail), ['@x', undefined]);
    });
  });

  describe('folding ranges', () => {
    it('folds each project and idea from its heading to its last non-blank line', () => {
      assert.deepEqual(foldingRanges(ideasDoc), [{ startLine: 2, endLine: 16 }, { startLine: 4, endLine: 9 }, { startLine: 11, endLine: 16 }]);
    });

    it('folds every project of the file and leaves the blank lines before the next heading out', () => {
      assert.deepEqual(foldingRanges(lint(twoProjects).doc).map((fold) => [fold.startLine, fold.endLine]), [[4, 8], [6, 8], [10, 18], [12, 14], [16, 18]]);
      assert.deepEqual(foldingRanges(lint(noProject).doc).map((fold) => [fold.startLine, fold.endLine]), [[0, 3], [5, 7]]);
    });

    it('folds a group too', () => {
      assert.deepEqual(foldingRanges(lint(grouped).doc).map((fold) => [fold.startLine, fold.endLine]), [[0, 14], [2, 4], [6, 8], [10, 14], [12, 14]]);
    });
  });

  describe('hover', () => {
    it('on a field label: what the template expects of it, over the label', () => {
      const result = hover(ideasDoc, { line: 7, character: 5 });
      assert.deepEqual(result?.range, range(7, 2, 7, 20));
      const value = hoverText(result);
      assert.equal(value.split('\n')[0], '**Recommended Skills**: required by the cncf-2020 preset');
      assert.match(value, /\n\nAlso written: `Skills`, /);
      assert.ok(value.endsWith('Example:\n\n```markdown\n- Recommended Skills: Go, Kubernetes\n```'), value);
    });

    it('on an alias or a near miss: the field meant; on an unknown label: that the template lacks it', () => {
      const { doc } = lint(messy.replace('- Skills: Go', '- Skills: Go\n- Budget: none\n- Recommended Skils: Rust'));
      const alias = hover(doc, { line: 5, character: 3 });
      assert.deepEqual(alias?.range, range(5, 2, 5, 8));
      assert.equal(hoverText(alias).split('\n')[0], '**Recommended Skills**: required by the cncf-2020 preset');
      const nearMiss = hover(doc, { line: 7, character: 10 });
      assert.deepEqual(nearMiss?.range, range(7, 2, 7, 19));
      assert.equal(hoverText(nearMiss).split('\n')[0], '**Recommended Skills**: required by the cncf-2020 preset');
      const unknown = hover(doc, { line: 6, character: 4 });
      assert.deepEqual(unknown, { contents: { kind: MarkupKind.Markdown, value: '**Budget** is not a field of the cncf-2020 preset.' }, range: range(6, 2, 6, 8) });
    });

    it('on a field with a list of values: says whether it is required and lists them', () => {
      const gsoc = `### P

#### A

- Description: a
- Difficulty: Hard
`;
      const value = hoverText(hover(lint(gsoc, { preset: 'gsoc' }).doc, { line: 5, character: 4 }));
      assert.equal(value.split('\n')[0], '**Difficulty**: required by the gsoc preset');
      assert.match(value, /\n\nOne of: `Easy`, `Medium`, `Hard`\n/);
    });

    it('on a mentor’s handle: the GitHub profile, with the name when there is one', () => {
      assert.deepEqual(hover(ideasDoc, { line: 8, character: 27 }), {
        contents: { kind: MarkupKind.Markdown, value: 'Ana Silva, [@anasilva](https://github.com/anasilva) on GitHub' },
        range: range(8, 25, 8, 33),
      });
      assert.deepEqual(hover(lint(noProject).doc, { line: 3, character: 14 }), {
        contents: { kind: MarkupKind.Markdown, value: '[@x](https://github.com/x) on GitHub' },
        range: range(3, 14, 3, 15),
      });
    });

    it('nothing on a value, a blank line or a heading', () => {
      assert.equal(hover(ideasDoc, { line: 6, character: 20 }), undefined);
      assert.equal(hover(ideasDoc, { line: 8, character: 17 }), undefined, 'the mentor’s name is not the handle');
      assert.equal(hover(ideasDoc, { line: 5, character: 0 }), undefined);
      assert.equal(hover(ideasDoc, { line: 4, character: 8 }), undefined);
    });
  });

  describe('document links', () => {
    it('links each @handle to its GitHub profile', () => {
      assert.deepEqual(documentLinks(ideasDoc), [
        { range: range(8, 25, 8, 33), target: 'https://github.com/anasilva', tooltip: '@anasilva on GitHub' },
        { range: range(14, 21, 14, 25), target: 'https://github.com/boli', tooltip: '@boli on GitHub' },
      ]);
    });

    it('leaves out handles that are already links, profile URLs and invalid handles', () => {
      const mixed = `### Orbit

#### Snapshots

- Description: Faster snapshots.
- Mentor(s): Chidi Okafor ([@chidi](https://github.com/chidi)), https://github.com/bob, @-bad-, @good
`;
      assert.deepEqual(documentLinks(lint(mixed).doc), [{ range: range(5, 97, 5, 101), target: 'https://github.com/good', tooltip: '@good on GitHub' }]);
    });
  });

  describe('insertion', () => {
    it('puts New Idea after the last non-blank line of the project at the cursor, at the ideas’ depth', () => {
      const insertion = insertionFor(ideasDoc, { line: 6, character: 0 }, 'idea');
      assert.deepEqual(insertion.position, { line: 16, character: 64 });
      assert.match(insertion.snippet, /^\n\n#### \$\{1:Idea title\}\n\n- Description: \$\{2:[^}]+\}\n- Recommended Skills: \$\{3:[^}]+\}\n- Mentor\(s\): /);
      assert.ok(!insertion.snippet.endsWith('\n'), 'the line break already there ends it');
    });

    it('puts New Idea at the end of the project the cursor is in, not at the end of the file', () => {
      const { doc } = lint(twoProjects);
      assert.deepEqual(insertionFor(doc, { line: 7, character: 3 }, 'idea').position, { line: 8, character: 16 });
      assert.deepEqual(insertionFor(doc, { line: 4, character: 0 }, 'idea').position, { line: 8, character: 16 }, 'on the project heading');
      assert.deepEqual(insertionFor(doc, { line: 12, character: 0 }, 'idea').position, { line: 18, character: 16 });
    });

    it('puts New Project after the project at the cursor, one level above the ideas', () => {
      const insertion = insertionFor(ideasDoc, { line: 13, character: 4 }, 'project');
      assert.deepEqual(insertion.position, { line: 16, character: 64 });
      assert.match(insertion.snippet, /^\n\n### \$\{1:Project name\}\n\n#### \$\{2:Idea title\}\n\n- Description: \$\{3:/);
      const shallow = lint('## P\n\n### A\n\n- Description: a\n\n### B\n\n- Description: b\n').doc;
      assert.match(insertionFor(shallow, { line: 4, character: 0 }, 'idea').snippet, /^\n\n### \$\{1:Idea title\}\n/);
      assert.match(insertionFor(shallow, { line: 4, character: 0 }, 'project').snippet, /^\n\n## \$\{1:Project name\}\n\n### \$\{2:Idea title\}\n/);
    });

    it('puts New Idea at the cursor’s line when no project holds the cursor, followed by a blank line', () => {
      const insertion = insertionFor(lint(noProject).doc, { line: 8, character: 0 }, 'idea');
      assert.deepEqual(insertion.position, { line: 8, character: 0 });
      assert.match(insertion.snippet, /^#### \$\{1:Idea title\}\n\n- Description: /);
      assert.ok(insertion.snippet.endsWith('}\n\n'), JSON.stringify(insertion.snippet.slice(-20)));
    });

    it('without projects, New Project goes one level above the ideas; without ideas, ideas are ####', () => {
      const shallow = lint('### I1\n\n- Description: a\n\n### I2\n\n- Description: b\n').doc;
      assert.match(insertionFor(shallow, { line: 7, character: 0 }, 'project').snippet, /^## \$\{1:Project name\}\n\n### \$\{2:Idea title\}\n/);
      const empty = lint('').doc;
      assert.deepEqual(insertionFor(empty, { line: 0, character: 0 }, 'idea').position, { line: 0, character: 0 });
      assert.match(insertionFor(empty, { line: 0, character: 0 }, 'idea').snippet, /^#### \$\{1:Idea title\}\n/);
      assert.match(insertionFor(empty, { line: 0, character: 0 }, 'project').snippet, /^### \$\{1:Project name\}\n\n#### \$\{2:Idea title\}\n/);
    });
  });

  describe('code actions', () => {
    it('offers the fix of the diagnostic in range, preferred, then disable, docs and fix-all', () => {
      const context = actionContext(messy);
      const diagnostic = context.diagnostics.find((d) => d.code === 'mentor-handle')!;
      assert.deepEqual(diagnostic.range, range(6, 24, 6, 32));
      const actions = actionsFor(context, diagnostic);
      assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred]), [
        ['Write "(@anasilva)"', CodeActionKind.QuickFix, true],
        ['Disable mentor-handle for this line', CodeActionKind.QuickFix, undefined],
        ['Disable mentor-handle for this idea', CodeActionKind.QuickFix, undefined],
        ['Show documentation for mentor-handle', CodeActionKind.QuickFix, undefined],
        ['Fix all auto-fixable Ideas problems', CodeActionKind.QuickFix, undefined],
      ]);
      for (const action of actions.slice(0, 4)) assert.deepEqual(action.diagnostics, [diagnostic], action.title);
      assert.equal(actions[4].diagnostics, undefined);

      assert.deepEqual(editsOf(actions[0]), [{ range: range(6, 23, 6, 32), newText: '(@anasilva)' }]);
      assert.equal(lineOf(applyEdits(messy, editsOf(actions[0])), 6), '- Mentor(s): Ana Silva (@anasilva)');
      assert.deepEqual(editsOf(actions[1]), [{ range: range(6, 32, 6, 32), newText: ' <!-- ideas-disable-line mentor-handle -->' }]);
      assert.ok(!lint(applyEdits(messy, editsOf(actions[1])), CONFIGURED).findings.some((f) => f.rule === 'mentor-handle'), 'the comment silences the rule');
      assert.equal(actions[3].edit, undefined);
      assert.equal(SHOW_DOCS_COMMAND, 'ideas.showRuleDocs');
      assert.deepEqual(actions[3].command, {
        title: 'Show documentation for mentor-handle',
        command: SHOW_DOCS_COMMAND,
        arguments: ['mentor-handle'],
      });
      assert.deepEqual(editsOf(actions[4]), fixAllEdits(context));
    });

    it('a missing field: its fix is not preferred, "Add all missing fields" inserts them in template order', () => {
      const context = actionContext(messy);
      const missing = context.diagnostics.filter((d) => d.code === 'missing-field');
      assert.equal(missing.length, 3);
      const actions = actionsFor(context, missing[0]);
      assert.deepEqual(actions.map((a) => [a.title, a.isPreferred]), [
        ['Add the "Recommended Skills" field', false],
        ['Add all missing fields', undefined],
        ['Disable missing-field for this line', undefined],
        ['Disable missing-field for this idea', undefined],
        ['Show documentation for missing-field', undefined],
        ['Fix all auto-fixable Ideas problems', undefined],
      ]);
      assert.deepEqual(editsOf(actions[0]), [{ range: range(11, 31, 11, 31), newText: '\n- Recommended Skills: ' }]);
      assert.equal(
        applyEdits(messy, editsOf(actions[1])).split('\n#### Dashboard\n')[1],
        '\n- Description: A web dashboard.\n- Recommended Skills: \n- Mentor(s): \n- Upstream Issue (URL): \n',
      );
      assert.deepEqual(editsOf(actions[2]), [{ range: range(9, 0, 9, 0), newText: '<!-- ideas-disable-next-line missing-field -->\n' }]);
    });

    it('gives a client that takes snippet edits the placeholder as a tab stop', () => {
      const context = actionContext(messy, true);
      const [add] = actionsFor(context, context.diagnostics.find((d) => d.code === 'missing-field')!);
      const [change] = add.edit!.documentChanges as TextDocumentEdit[];
      assert.deepEqual(change.edits, [{ range: range(11, 31, 11, 31), snippet: { kind: 'snippet', value: '\n- Recommended Skills: ${1:Go, Kubernetes}' } }]);
      const [write] = actionsFor(context, context.diagnostics.find((d) => d.code === 'mentor-handle')!);
      assert.deepEqual(editsOf(write), [{ range: range(6, 23, 6, 32), newText: '(@anasilva)' }], 'a fix with no placeholder stays a text edit');
    });

    it('disables a rule at the end of an indented line, and for the idea above its heading with the line break', () => {
      const crlf = '### P\r\n\r\n#### A\r\n\r\n- Description: a\r\n  - Mentor(s): Ana @ana\r\n';
      const context = actionContext(crlf);
      const diagnostic = context.diagnostics.find((d) => d.code === 'mentor-handle')!;
      const disable = actionsFor(context, diagnostic).find((a) => a.title === 'Disable mentor-handle for this line')!;
      assert.deepEqual(editsOf(disable), [{ range: range(5, 23, 5, 23), newText: ' <!-- ideas-disable-line mentor-handle -->' }]);
      const idea = actionsFor(context, diagnostic).find((a) => a.title === 'Disable mentor-handle for this idea')!;
      assert.deepEqual(editsOf(idea), [{ range: range(2, 0, 2, 0), newText: '<!-- ideas-disable-idea mentor-handle -->\r\n' }]);
    });

    it('answers source.fixAll.ideas with every safe fix as one edit, which leaves only what needs the author', () => {
      const context = actionContext(messy);
      const ask = (only: string[]) => codeActions(context, { textDocument: { uri: URI }, range: range(0, 0, 12, 0), context: { diagnostics: [], only } });
      const actions = ask([FIX_ALL_KIND]);
      assert.equal(FIX_ALL_KIND, 'source.fixAll.ideas');
      assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Fix all auto-fixable Ideas problems', 'source.fixAll.ideas']]);
      const fixed = applyEdits(messy, editsOf(actions[0]));
      assert.deepEqual(fixed.split('\n').slice(4, 8), [
        '- Description: Record and replay traffic.',
        '- Recommended Skills: Go',
        '- Mentor(s): Ana Silva (@anasilva)',
        '- Upstream Issue (URL): https://github.com/stellar/mesh/issues/1',
      ]);
      assert.deepEqual(lint(fixed, CONFIGURED).findings.map((f) => f.rule), ['missing-field', 'missing-field', 'missing-field']);
      assert.deepEqual(ask(['source.fixAll']).map((a) => a.kind), ['source.fixAll.ideas']);
      assert.deepEqual(ask(['refactor']), []);
      assert.deepEqual(ask([CodeActionKind.QuickFix]), [], 'no diagnostics, no quick fixes');
    });

    it('offers nothing for a diagnostic that is not one of its findings, and no fix-all for a single fix', () => {
      const context = actionContext(messy);
      const diagnostic = context.diagnostics.find((d) => d.code === 'mentor-handle')!;
      assert.deepEqual(actionsFor(context, { ...diagnostic, source: 'markdownlint' }), []);
      assert.deepEqual(actionsFor(context, { ...diagnostic, message: 'another message' }), []);
      assert.deepEqual(actionsFor(context, { ...diagnostic, range: range(6, 24, 6, 33) }), []);
      const single = actionContext(ideas.replace('Ana Silva (@anasilva)', 'Ana Silva @anasilva').replace('- Mentor(s): Bo Li', '- Recommended Skills: Go\n- Mentor(s): Bo Li'));
      assert.deepEqual(single.diagnostics.map((d) => d.code), ['mentor-handle']);
      assert.deepEqual(actionsFor(single, single.diagnostics[0]).map((a) => a.title), [
        'Write "(@anasilva)"',
        'Disable mentor-handle for this line',
        'Disable mentor-handle for this idea',
        'Show documentation for mentor-handle',
      ]);
    });
  });

  describe('diagnostics', () => {
    const duplicate = `### P

#### A

- Description: one
- Description: two
- Recommended Skills: Go
- Mentor(s): Ana (@ana)
- Upstream Issue (URL): https://github.com/a/b/issues/1

#### B

- Description: b
- Recommended Skills: Go
- Mentor(s): Bo (@bo)
- Upstream Issue (URL): https://github.com/a/b/issues/2
`;

    it('turns a duplicate-field finding into a warning with code, source, rule page and the first field as related', () => {
      const { findings } = lint(duplicate);
      assert.equal(findings.length, 1);
      assert.deepEqual(toDiagnostic(findings[0], URI), {
        range: range(5, 2, 5, 14),
        severity: DiagnosticSeverity.Warning,
        code: 'duplicate-field',
        codeDescription: { href: ruleDocsFile('duplicate-field', REPOSITORY) },
        source: 'ideas',
        message: '"Description" appears again in idea "A".',
        relatedInformation: [{ location: { uri: URI, range: range(4, 2, 4, 14) }, message: 'the first "Description"' }],
      });
    });

    it('points the related places at the document asked for, and keeps one diagnostic per finding and document', () => {
      const [finding] = lint(duplicate).findings;
      const first = diagnosticFeature.toDiagnostic(finding, URI);
      assert.equal(diagnosticFeature.toDiagnostic(finding, URI), first, 'the same object again');
      const other = diagnosticFeature.toDiagnostic(finding, 'file:///work/copy.md');
      assert.deepEqual(other.relatedInformation!.map((info) => info.location.uri), ['file:///work/copy.md']);
      assert.deepEqual(first.relatedInformation!.map((info) => info.location.uri), [URI], 'the first diagnostic is left as it was');
    });

    it('maps error, warning and info to their LSP severities, with no related information when there is none', () => {
      const diagnostics = lint(messy, CONFIGURED).findings.map((finding: Finding) => toDiagnostic(finding, URI));
      assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [
        ['malformed-field', DiagnosticSeverity.Warning],
        ['field-alias', DiagnosticSeverity.Information],
        ['mentor-handle', DiagnosticSeverity.Warning],
        ['issue-url', DiagnosticSeverity.Warning],
        ['missing-field', DiagnosticSeverity.Error],
        ['missing-field', DiagnosticSeverity.Error],
        ['missing-field', DiagnosticSeverity.Error],
      ]);
      assert.ok(diagnostics.every((d) => !('relatedInformation' in d) && d.source === 'ideas'));
    });

    it('diagnosticsOf: the analyzer’s findings under the settings’ severities; none for other markdown', async () => {
      const uri = 'untitled:project-ideas.md';
      const analysis = await analyzer().analyze({ uri, version: 3, getText: () => ideas });
      assert.deepEqual(diagnosticsOf(analysis!).map((d) => [d.code, d.severity, d.range, d.message]), [
        ['missing-field', DiagnosticSeverity.Error, range(11, 0, 11, 14), 'Idea "Dashboard" has no "Recommended Skills" field.'],
      ]);
      const relaxed = await analyzer({ rules: { 'missing-field': 'info' } }).analyze({ uri, version: 3, getText: () => ideas });
      assert.deepEqual(diagnosticsOf(relaxed!).map((d) => d.severity), [DiagnosticSeverity.Information]);
      const readme = await analyzer().analyze({ uri: 'untitled:README.md', version: 1, getText: () => '# My project\n\n- Description: a tool\n' });
      assert.equal(readme!.result, undefined);
      assert.deepEqual(diagnosticsOf(readme!), []);
      const disabled = await analyzer({ enable: false }).analyze({ uri, version: 3, getText: () => ideas });
      assert.deepEqual(diagnosticsOf(disabled!), []);
    });

    it('a document too long to check gets one not-checked information at its start, and no lint', async () => {
      const long = '- Mentor(s): @a\n'.repeat(Math.ceil((MAX_DOCUMENT_LENGTH + 1) / 16));
      const analysis = (await analyzer().analyze({ uri: 'untitled:project-ideas.md', version: 1, getText: () => long }))!;
      assert.equal(analysis.result, undefined);
      assert.deepEqual(diagnosticsOf(analysis), [{
        range: range(0, 0, 0, 0),
        severity: DiagnosticSeverity.Information,
        code: 'not-checked',
        codeDescription: { href: ruleDocsFile('not-checked', REPOSITORY) },
        source: 'ideas',
        message: `Not checked: the document is longer than ${MAX_DOCUMENT_LENGTH.toLocaleString('en')} characters.`,
      }]);
    });

    // micromark takes seconds on this run of delimiters (quadratic in its length): far past 100 ms anywhere.
    const slowToParse = '*a_'.repeat(20_000);

    it('a lint over the time budget is stopped: one not-checked information, and the next version is linted afresh', async () => {
      const budgeted = analyzer({ lintBudget: 100 });
      const hostile = `## Project\n\n### Idea\n\n- Mentor(s): @jane\n- Description: ${slowToParse}\n`;
      const stopped = (await budgeted.analyze({ uri: 'untitled:project-ideas.md', version: 1, getText: () => hostile }))!;
      assert.equal(stopped.result, undefined);
      assert.deepEqual(diagnosticsOf(stopped).map((d) => [d.code, d.message]), [
        ['not-checked', 'Not checked: checking it took longer than 100 ms, the time budget that the ideas.lintBudget setting sets.'],
      ]);
      const mended = (await budgeted.analyze({ uri: 'untitled:project-ideas.md', version: 2, getText: () => ideas }))!;
      assert.ok(mended.result, 'the mended document is linted again');
      const plain = (findings: Finding[]) => findings.map((f) => [f.rule, f.message, f.range.start.line]);
      assert.deepEqual(plain(mended.result.findings), plain(lint(ideas).findings));
    });

    it('the rules setting turns not-checked off like any rule', async () => {
      const quiet = analyzer({ lintBudget: 100, rules: { 'not-checked': 'off' } });
      const stopped = (await quiet.analyze({ uri: 'untitled:project-ideas.md', version: 1, getText: () => `- Mentor(s): @jane\n- Description: ${slowToParse}\n` }))!;
      assert.deepEqual(diagnosticsOf(stopped), []);
    });

    it('markdown that names no mentor and shows no Template is not linted at all, however slow it would be to parse', async () => {
      const analysis = (await analyzer({ lintBudget: 100 }).analyze({ uri: 'untitled:CHANGELOG.md', version: 1, getText: () => `# Changelog\n\n${slowToParse}\n` }))!;
      assert.deepEqual(analysis, { uri: 'untitled:CHANGELOG.md', version: 1 });
    });
  });

  describe('workspace symbols and completion from the workspace index', () => {
    const meshUri = 'untitled:mesh-ideas.md';
    const orbitUri = 'untitled:orbit-ideas.md';
    let index: WorkspaceIndex;
    /** The document of the editor, as the index holds it. */
    let meshDoc: IdeasDocument;

    beforeEach(async () => {
      // As host/workspace.ts does: each analysis that is an ideas list goes into the index.
      index = new WorkspaceIndex();
      const ideasAnalyzer = analyzer();
      for (const [uri, text] of [[meshUri, ideas], [orbitUri, orbit]]) {
        const analysis = await ideasAnalyzer.analyze({ uri, version: 1, getText: () => text });
        index.set(uri, analysis!.result!.doc);
        if (uri === meshUri) meshDoc = analysis!.result!.doc;
      }
    });

    it('finds ideas by every word of the query in title, project or mentors, ignoring case', () => {
      assert.deepEqual(workspaceSymbols(index, 'chidi'), [
        { name: 'Snapshots — Chidi Okafor (@chidi-okafor)', kind: SymbolKind.Class, location: { uri: orbitUri, range: range(2, 5, 2, 14) }, containerName: 'Orbit · Chidi Okafor (@chidi-okafor)' },
        { name: 'Restore — Chidi Okafor (@chidi-okafor)', kind: SymbolKind.Class, location: { uri: orbitUri, range: range(9, 5, 9, 12) }, containerName: 'Orbit · Chidi Okafor (@chidi-okafor)' },
      ]);
      assert.deepEqual(workspaceSymbols(index, 'ORBIT  snap').map((s) => s.name), ['Snapshots — Orbit']);
      assert.deepEqual(workspaceSymbols(index, 'stellar anasilva'), [
        { name: 'Traffic replay — Stellar Mesh, Ana Silva (@anasilva)', kind: SymbolKind.Class, location: { uri: meshUri, range: range(4, 5, 4, 19) }, containerName: 'Stellar Mesh · Ana Silva (@anasilva)' },
      ]);
      assert.deepEqual(workspaceSymbols(index, '').map((s) => s.name), ['Traffic replay', 'Dashboard', 'Snapshots', 'Restore']);
      assert.deepEqual(workspaceSymbols(index, 'orbit anasilva'), []);
      index.delete(orbitUri);
      assert.deepEqual(workspaceSymbols(index, 'replay').map((s) => s.name), ['Traffic replay'], 'found by its title, an idea is named by its title alone');
      assert.deepEqual(workspaceSymbols(index, 'chidi'), []);
    });

    it('names a symbol found by a mentor or a project after them, since VS Code matches the first word of its query against the name', () => {
      // Ctrl+T sends "boli" for "boli mesh" and keeps the symbols whose name matches it; "mesh" must match the container.
      assert.deepEqual(workspaceSymbols(index, 'boli').map((s) => [s.name, s.containerName]), [['Dashboard — Bo Li (@boli)', 'Stellar Mesh · Bo Li (@boli)']]);
      assert.deepEqual(workspaceSymbols(index, '@boli').map((s) => s.name), ['Dashboard — Bo Li (@boli)']);
      assert.deepEqual(workspaceSymbols(index, 'Bo Li').map((s) => s.name), ['Dashboard — Bo Li (@boli)']);
      assert.deepEqual(workspaceSymbols(index, 'mesh').map((s) => s.name), ['Traffic replay — Stellar Mesh', 'Dashboard — Stellar Mesh']);
      assert.deepEqual(workspaceSymbols(index, 'dash boli').map((s) => s.name), ['Dashboard — Bo Li (@boli)']);
    });

    it('gives the mentors alone as container without a project, and no container with neither', () => {
      index.set('untitled:loose.md', lint(noProject).doc);
      assert.deepEqual(workspaceSymbols(index, 'i').filter((s) => s.name.startsWith('I')).map((s) => [s.name, s.containerName]), [['I1', '@x'], ['I2', undefined]]);
      assert.ok(!('containerName' in workspaceSymbols(index, 'i2')[0]));
    });

    it('answers at most 500 symbols', () => {
      const { doc } = lint(noProject);
      const crowded = new WorkspaceIndex();
      for (let i = 0; i < 260; i++) crowded.set(`untitled:list-${i}.md`, doc);
      assert.equal(crowded.ideas().length, 520);
      assert.equal(workspaceSymbols(crowded, '').length, 500);
      assert.equal(workspaceSymbols(crowded, 'i1').length, 260);
    });

    it('completes the fields an idea lacks at a line start, and mentors known to the workspace in a mentors value', () => {
      const doc = meshDoc;
      const fields = completions(doc, { line: 15, character: 0 }, index);
      assert.deepEqual(fields.map((item) => [item.label, item.detail, item.sortText, item.textEdit]), [
        ['Recommended Skills', 'required field', '000', { range: range(15, 0, 15, 0), newText: '- Recommended Skills: ${1:Go, Kubernetes}' }],
      ]);
      assert.deepEqual(completions(doc, { line: 10, character: 0 }, index), [], 'an idea with every field needs none');
      assert.deepEqual(completions(doc, { line: 11, character: 0 }, index), [], 'none on the heading of an idea that lacks a field');
      const mentors = completions(doc, { line: 8, character: 13 }, index);
      assert.deepEqual(mentors.map((item) => [item.label, item.textEdit]), [
        ['Chidi Okafor (@chidi-okafor)', { range: range(8, 13, 8, 13), newText: 'Chidi Okafor (@chidi-okafor)' }],
        ['Bo Li (@boli)', { range: range(8, 13, 8, 13), newText: 'Bo Li (@boli)' }],
      ]);
    });
  });
});
