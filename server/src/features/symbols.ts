import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { sectionRange, type Field, type Heading, type Idea, type IdeasDocument, type Mentor } from '../core';

/** How mentors read in one line: `Jane Doe (@jane), @bob`. */
export function mentorsDetail(idea: Idea): string {
  const mentors = idea.fields.flatMap((field) => field.mentors ?? []);
  return mentors.map(mentorLabel).join(', ');
}

export function mentorLabel(mentor: Pick<Mentor, 'name' | 'handle'> & { text?: string }): string {
  if (mentor.handle && mentor.name) return `${mentor.name} (@${mentor.handle})`;
  if (mentor.handle) return `@${mentor.handle}`;
  return mentor.name ?? mentor.text ?? '';
}

/**
 * Sections → projects → (groups) → ideas → fields. Headings that hold no idea are left out:
 * editors already list every heading of a markdown file.
 */
export function documentSymbols(doc: IdeasDocument): DocumentSymbol[] {
  const top: DocumentSymbol[] = [];
  const byHeading = new Map<Heading, DocumentSymbol>();
  const symbolFor = (heading: Heading, kind: SymbolKind, parent: DocumentSymbol[]): DocumentSymbol => {
    let symbol = byHeading.get(heading);
    if (!symbol) {
      symbol = headingSymbol(doc, heading, kind);
      byHeading.set(heading, symbol);
      parent.push(symbol);
    }
    return symbol;
  };
  for (const project of doc.projects) {
    const parent = project.section ? (symbolFor(project.section, SymbolKind.Namespace, top).children ??= []) : top;
    const projectSymbol = symbolFor(project.heading, SymbolKind.Package, parent);
    for (const idea of project.ideas) {
      const siblings = idea.group ? (symbolFor(idea.group, SymbolKind.Module, projectSymbol.children ??= []).children ??= []) : (projectSymbol.children ??= []);
      siblings.push(ideaSymbol(doc, idea));
    }
  }
  for (const idea of doc.ideas) if (!idea.project) top.push(ideaSymbol(doc, idea));
  return top;
}

function headingSymbol(doc: IdeasDocument, heading: Heading, kind: SymbolKind): DocumentSymbol {
  return { name: heading.title || '(untitled)', kind, range: sectionRange(doc, heading), selectionRange: heading.titleRange, children: [] };
}

function ideaSymbol(doc: IdeasDocument, idea: Idea): DocumentSymbol {
  const symbol = headingSymbol(doc, idea.heading, SymbolKind.Class);
  const detail = mentorsDetail(idea);
  if (detail) symbol.detail = detail;
  symbol.children = idea.fields.map(fieldSymbol);
  return symbol;
}

function fieldSymbol(field: Field): DocumentSymbol {
  const symbol: DocumentSymbol = { name: field.template?.label ?? field.label, kind: SymbolKind.Field, range: field.range, selectionRange: field.labelRange };
  const value = field.value.replace(/\s+/g, ' ');
  if (value) symbol.detail = value.length > 80 ? `${value.slice(0, 79)}…` : value;
  return symbol;
}
