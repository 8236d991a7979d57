import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver';
import { lint } from '../../server/src/core';
import { allIdeas } from '../../server/src/features/find-idea';
import { documentSymbols, emptyIdeas } from '../../server/src/features/symbols';
import { WorkspaceIndex } from '../../server/src/host/workspace-index';
import { EMPTY_IDEA_DETAIL } from '../../server/src/protocol';
import { ideaItems, mentorText } from '../../client/src/idea-items';
import { ideas, orbit } from '../support/lists';

/** The shared list with an idea heading left empty between its two ideas, as an author leaves a TODO. */
const withTodo = ideas.replace('#### Dashboard', '#### TODO\n\n#### Dashboard');

const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('Find Idea and empty ideas', () => {
  it('finds the empty idea the empty-idea rule reports, with its project', () => {
    const { doc, findings } = lint(withTodo);
    assert.deepEqual(findings.filter((f) => f.rule === 'empty-idea').map((f) => f.range.start.line), [11]);
    assert.deepEqual(emptyIdeas(doc).map(({ heading, project }) => [heading.title, heading.range.start.line, project.title]), [['TODO', 11, 'Stellar Mesh']]);
    assert.deepEqual(emptyIdeas(lint(ideas).doc), []);
  });

  it('lists an empty idea among its project\'s ideas in the document symbols, in line order, with no fields', () => {
    const [, project] = wire(documentSymbols(lint(withTodo).doc)).flatMap((symbol) => [symbol, ...(symbol.children ?? [])]);
    assert.equal(project.name, 'Stellar Mesh');
    assert.deepEqual(project.children!.map((idea) => [idea.name, idea.kind, idea.detail, idea.children!.length]), [
      ['Traffic replay', SymbolKind.Class, 'Ana Silva (@anasilva)', 4],
      ['TODO', SymbolKind.Class, EMPTY_IDEA_DETAIL, 0],
      ['Dashboard', SymbolKind.Class, 'Bo Li (@boli)', 3],
    ]);
  });

  it('answers every idea of the workspace index, empty ones included, each file in line order', () => {
    const index = new WorkspaceIndex();
    index.set('untitled:mesh-ideas.md', lint(withTodo).doc);
    index.set('untitled:orbit-ideas.md', lint(orbit).doc);
    const all = wire(allIdeas(index));
    assert.deepEqual(all.map((idea) => [idea.uri.slice(9), idea.title, idea.project, idea.range.start.line, idea.mentors, idea.empty]), [
      ['mesh-ideas.md', 'Traffic replay', 'Stellar Mesh', 4, [{ name: 'Ana Silva', handle: 'anasilva' }], undefined],
      ['mesh-ideas.md', 'TODO', 'Stellar Mesh', 11, [], true],
      ['mesh-ideas.md', 'Dashboard', 'Stellar Mesh', 13, [{ name: 'Bo Li', handle: 'boli' }], undefined],
      ['orbit-ideas.md', 'Snapshots', 'Orbit', 2, [{ name: 'Chidi Okafor', handle: 'chidi-okafor' }], undefined],
      ['orbit-ideas.md', 'Restore', 'Orbit', 9, [{ name: 'Chidi Okafor', handle: 'chidi-okafor' }], undefined],
    ]);
    assert.deepEqual(all[0].range, { start: { line: 4, character: 5 }, end: { line: 4, character: 19 } });
    // Workspace symbols and completion keep to the ideas with fields.
    assert.deepEqual(index.ideas().map((idea) => idea.title), ['Traffic replay', 'Dashboard', 'Snapshots', 'Restore']);
  });

  it('builds quick-pick items: title as label, project as description, mentors and file as detail', () => {
    const index = new WorkspaceIndex();
    index.set('untitled:mesh-ideas.md', lint(withTodo).doc);
    const items = ideaItems(wire(allIdeas(index)), (uri) => uri.replace('untitled:', 'programs/'));
    assert.deepEqual(items.map(({ label, description, detail }) => ({ label, description, detail })), [
      { label: '$(lightbulb) Traffic replay', description: 'Stellar Mesh', detail: 'Ana Silva (@anasilva) · programs/mesh-ideas.md' },
      { label: '$(circle-large-outline) TODO', description: 'Stellar Mesh', detail: 'no fields yet · programs/mesh-ideas.md' },
      { label: '$(lightbulb) Dashboard', description: 'Stellar Mesh', detail: 'Bo Li (@boli) · programs/mesh-ideas.md' },
    ]);
    assert.equal(items[2].idea.range.start.line, 13, 'each item keeps the idea it opens');
  });

  it('writes mentors as names with @handles, and says when an idea has none; no description without a project', () => {
    assert.equal(mentorText({ name: 'Jane Doe', handle: 'jd' }), 'Jane Doe (@jd)');
    assert.equal(mentorText({ handle: 'jd' }), '@jd');
    assert.equal(mentorText({ name: 'Jane Doe' }), 'Jane Doe');
    const range = { start: { line: 0, character: 5 }, end: { line: 0, character: 7 } };
    const [item] = ideaItems([{ uri: 'file:///a.md', title: 'I1', range, mentors: [] }], () => 'a.md');
    assert.deepEqual({ ...item, idea: undefined }, { label: '$(lightbulb) I1', detail: 'no mentors · a.md', idea: undefined });
  });
});
