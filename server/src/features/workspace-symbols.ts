import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import { mentorLabel } from './symbols';
import type { IndexedIdea, WorkspaceIndex } from '../host/workspace-index';

const MAX_RESULTS = 500;

/**
 * Ideas whose title, project or mentors contain every word of the query, ignoring case.
 *
 * VS Code's Go to Symbol in Workspace (Ctrl+T) sends only the query's first word and keeps only the
 * symbols whose name matches it, fuzzily; the words after it must match the container. So a
 * symbol found by its project or a mentor carries that in its name, `Snapshots — Chidi Okafor
 * (@chidi-okafor)`, and the container keeps the project and every mentor. A symbol found by its
 * title (or by no query) is named by its title alone.
 */
export function workspaceSymbols(index: WorkspaceIndex, query: string): WorkspaceSymbol[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const results: WorkspaceSymbol[] = [];
  for (const idea of index.ideas()) {
    const mentors = idea.mentors.map(mentorLabel);
    const haystack = `${idea.title} ${idea.project ?? ''} ${mentors.join(', ')}`.toLowerCase();
    if (!words.every((word) => haystack.includes(word))) continue;
    const symbol: WorkspaceSymbol = { name: symbolName(idea, mentors, words), kind: SymbolKind.Class, location: { uri: idea.uri, range: idea.range } };
    const container = [idea.project, mentors.join(', ')].filter(Boolean).join(' · ');
    if (container) symbol.containerName = container;
    results.push(symbol);
    if (results.length >= MAX_RESULTS) break;
  }
  return results;
}

/** The title, and after it the project and mentors that words of the query name and the title does not. */
function symbolName(idea: IndexedIdea, mentors: string[], words: string[]): string {
  const title = idea.title.toLowerCase();
  const beyond = words.filter((word) => !title.includes(word));
  if (beyond.length === 0) return idea.title;
  const named = new Set<string>();
  if (idea.project && beyond.some((word) => idea.project!.toLowerCase().includes(word))) named.add(idea.project);
  for (const mentor of mentors) if (beyond.some((word) => mentor.toLowerCase().includes(word))) named.add(mentor);
  return named.size ? `${idea.title} — ${[...named].join(', ')}` : idea.title;
}
