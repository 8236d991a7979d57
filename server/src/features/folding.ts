import type { FoldingRange } from 'vscode-languageserver';
import { sectionRange, type Heading, type IdeasDocument } from '../core';

/** A fold for every project, group and idea: from its heading to its section's last non-blank line. */
export function foldingRanges(doc: IdeasDocument): FoldingRange[] {
  const headings = new Set<Heading>();
  for (const project of doc.projects) headings.add(project.heading);
  for (const idea of doc.ideas) {
    headings.add(idea.heading);
    if (idea.group) headings.add(idea.group);
  }
  const folds: FoldingRange[] = [];
  for (const heading of headings) {
    const startLine = heading.range.start.line;
    let endLine = sectionRange(doc, heading).end.line;
    // The section runs up to the next heading; a fold should not swallow the blank lines before it.
    while (endLine > startLine && doc.lines.lineText(endLine).trim() === '') endLine--;
    if (endLine > startLine) folds.push({ startLine, endLine });
  }
  return folds.sort((a, b) => a.startLine - b.startLine);
}
