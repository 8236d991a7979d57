import type { Fix } from '../finding';
import type { Heading, IdeasDocument } from '../model';
import type { Rule } from './rule';
import { replaceOffsets } from './text-edits';

export const headingLevel: Rule = {
  id: 'heading-level',
  defaultSeverity: 'warning',
  description: "An idea heading off the file's structure: at another level than the other ideas, or with no project above it.",
  check(doc) {
    const ideaDepth = doc.ideaDepth;
    if (ideaDepth === undefined) return [];
    return doc.ideas.flatMap((idea) => {
      const depth = idea.heading.depth;
      if (depth !== ideaDepth) {
        const where = depth <= (doc.projectDepth ?? 0) ? ', the level of projects' : '';
        return [
          {
            message: `Idea "${idea.title}" is a level ${depth} heading${where}; ideas in this file are level ${ideaDepth}.`,
            range: idea.heading.range,
            fixes: setDepth(doc, idea.heading, ideaDepth),
          },
        ];
      }
      if (!idea.project && doc.projectDepth !== undefined) {
        return [
          {
            message: `Idea "${idea.title}" has no project heading (level ${doc.projectDepth}) above it.`,
            range: idea.heading.range,
            fixes: [],
          },
        ];
      }
      return [];
    });
  },
};

/** Rewrites the `#` marks of an ATX heading; a setext (underlined) heading has no level to edit. */
function setDepth(doc: IdeasDocument, heading: Heading, depth: number): Fix[] {
  const start = doc.lines.offsetAt(heading.range.start);
  const marks = /^ {0,3}(#{1,6})(?=[ \t]|$)/.exec(doc.text.slice(start, doc.lines.lineEnd(heading.range.start.line)));
  if (!marks) return [];
  const at = start + marks[0].length - marks[1].length;
  return [{ title: `Make it a level ${depth} heading`, edits: [replaceOffsets(doc, at, at + marks[1].length, '#'.repeat(depth))] }];
}
