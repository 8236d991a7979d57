import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import { mentorLabel } from './symbols';
import type { WorkspaceIndex } from '../host/workspace-index';

const MAX_RESULTS = 500;

/** Ideas whose title, project or mentors contain every word of the query, ignoring case. */
export function workspaceSymbols(index: WorkspaceIndex, query: string): WorkspaceSymbol[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const results: WorkspaceSymbol[] = [];
  for (const idea of index.ideas()) {
    const mentors = idea.mentors.map(mentorLabel).join(', ');
    const haystack = `${idea.title} ${idea.project ?? ''} ${mentors}`.toLowerCase();
    if (!words.every((word) => haystack.includes(word))) continue;
    const symbol: WorkspaceSymbol = { name: idea.title, kind: SymbolKind.Class, location: { uri: idea.uri, range: idea.range } };
    const container = [idea.project, mentors].filter(Boolean).join(' · ');
    if (container) symbol.containerName = container;
    results.push(symbol);
    if (results.length >= MAX_RESULTS) break;
  }
  return results;
}
