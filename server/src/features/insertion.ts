import type { Position } from 'vscode-languageserver';
import { ideaSnippet, projectSnippet, rangeContains, sectionRange, type Heading, type IdeasDocument } from '../core';

export interface Insertion {
  position: Position;
  /** Snippet syntax: tab stops and choices. */
  snippet: string;
}

const DEFAULT_IDEA_DEPTH = 4;

/**
 * Where "New Idea" and "New Project" put the template: a new idea at the end of the project the
 * cursor is in, a new project after it; at the cursor's line when the file has no project yet.
 */
export function insertionFor(doc: IdeasDocument, position: Position, kind: 'idea' | 'project'): Insertion {
  const ideaDepth = doc.ideaDepth ?? DEFAULT_IDEA_DEPTH;
  const projectDepth = doc.projectDepth ?? ideaDepth - 1;
  const project = doc.projects.find((candidate) => rangeContains(sectionRange(doc, candidate.heading), position));
  const snippet = kind === 'idea' ? ideaSnippet(doc.template, ideaDepth) : projectSnippet(doc.template, projectDepth);
  if (!project) return { position: { line: position.line, character: 0 }, snippet: `${snippet}\n` };
  // After the section's last line: a blank line, then the template, up to the line break already there.
  return { position: endOfSection(doc, project.heading), snippet: `\n\n${snippet.replace(/\n$/, '')}` };
}

/** The end of a section's last non-blank line. */
function endOfSection(doc: IdeasDocument, heading: Heading): Position {
  let line = sectionRange(doc, heading).end.line;
  while (line > heading.range.start.line && doc.lines.lineText(line).trim() === '') line--;
  return { line, character: doc.lines.lineText(line).length };
}
