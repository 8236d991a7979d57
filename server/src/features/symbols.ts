import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { EMPTY_IDEA_DETAIL } from '../protocol';
import { rules, sectionRange, type Field, type Heading, type Idea, type IdeasDocument, type Mentor, type Project, type Range } from '../core';

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

/** An idea heading with no fields (`#### TODO`): no idea of the model, but one the author means to write. */
export interface EmptyIdea {
  heading: Heading;
  project: Project;
}

const emptyIdeaRule = rules.find((rule) => rule.id === 'empty-idea');
/**
 * The headings the empty-idea rule reports, with their project: asked of the rule itself, whatever
 * its configured severity, so that the Ideas view and Find Idea list what the rule calls an idea.
 */
export function emptyIdeas(doc: IdeasDocument): EmptyIdea[] {
  if (!emptyIdeaRule || !('checkProject' in emptyIdeaRule)) return [];
  const checkProject = emptyIdeaRule.checkProject as (doc: IdeasDocument, project: Project) => { range: Range }[];
  const found: EmptyIdea[] = [];
  let byLine: Map<number, Heading> | undefined;
  for (const project of doc.projects) {
    for (const finding of checkProject(doc, project)) {
      byLine ??= new Map(doc.headings.map((heading) => [heading.range.start.line, heading]));
      const heading = byLine.get(finding.range.start.line);
      if (heading) found.push({ heading, project });
    }
  }
  return found;
}

/**
 * Sections → projects → (groups) → ideas → fields; an empty idea (`#### TODO`) stands among its
 * project's ideas, with no fields. Headings that hold no idea are left out: editors already list
 * every heading of a markdown file.
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
  const withEmpty = new Set<DocumentSymbol[]>();
  for (const { heading, project } of emptyIdeas(doc)) {
    const siblings = (symbolFor(project.heading, SymbolKind.Package, top).children ??= []);
    siblings.push({ ...headingSymbol(doc, heading, SymbolKind.Class), detail: EMPTY_IDEA_DETAIL });
    withEmpty.add(siblings);
  }
  for (const siblings of withEmpty) siblings.sort((a, b) => a.range.start.line - b.range.start.line);
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
