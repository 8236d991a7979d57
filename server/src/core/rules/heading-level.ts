import type { Fix } from './finding';
import type { Heading, Idea, IdeasDocument } from '../model/types';
import { projectRule, type RuleFinding } from './rule';
import { replaceOffsets } from './text-edits';

export const headingLevel = projectRule({
  id: 'heading-level',
  defaultSeverity: 'warning',
  description: "An idea heading off the file's structure: at another level than the other ideas, or with no project above it.",
  checkProject: (doc, project) => project.ideas.flatMap((idea) => judge(doc, idea)),
  checkOutside: (doc) => doc.ideas.flatMap((idea) => (idea.project ? [] : judge(doc, idea))),
});

function judge(doc: IdeasDocument, idea: Idea): RuleFinding[] {
  const ideaDepth = doc.ideaDepth;
  if (ideaDepth === undefined) return [];
  const depth = idea.heading.depth;
  const parent = idea.parent;
  const report = (message: string, to?: number) => [
    { message: `Idea "${idea.title}" ${message}`, range: idea.heading.range, fixes: to ? setDepth(doc, idea.heading, to) : [] },
  ];
  const projectDepth = doc.projectDepth;
  if (projectDepth !== undefined && parent && depth <= projectDepth && parent.depth < projectDepth) {
    // The whole project sits a level too high: move its heading and the idea down together.
    const fixes = setDepth(doc, parent, projectDepth).concat(setDepth(doc, idea.heading, ideaDepth));
    const message = `Idea "${idea.title}" and its project "${parent.title}" are level ${depth} and ${parent.depth}; in this file projects are level ${projectDepth} and ideas level ${ideaDepth}.`;
    const edits = fixes.flatMap((fix) => fix.edits);
    return [{ message, range: idea.heading.range, fixes: edits.length === 2 ? [{ title: `Make them level ${projectDepth} and ${ideaDepth}`, edits }] : [] }];
  }
  if (projectDepth !== undefined && depth <= projectDepth) {
    return report(`is a level ${depth} heading, the level of projects; ideas in this file are level ${ideaDepth}.`, ideaDepth);
  }
  if (parent && depth > parent.depth + 1) {
    return report(`is a level ${depth} heading right under a level ${parent.depth} one.`, parent.depth + 1);
  }
  // One level under a grouping heading (a SIG, a sub-project) is where such ideas belong.
  if (depth !== ideaDepth && !idea.group) {
    return report(`is a level ${depth} heading; ideas in this file are level ${ideaDepth}.`, ideaDepth);
  }
  if (!idea.project && projectDepth !== undefined) {
    return report(`has no project heading (level ${projectDepth}) above it.`);
  }
  return [];
}

/** Rewrites the `#` marks of an ATX heading; a setext (underlined) heading has no level to edit. */
function setDepth(doc: IdeasDocument, heading: Heading, depth: number): Fix[] {
  const start = doc.lines.offsetAt(heading.range.start);
  const marks = /^ {0,3}(#{1,6})(?=[ \t]|$)/.exec(doc.text.slice(start, doc.lines.lineEnd(heading.range.start.line)));
  if (!marks) return [];
  const at = start + marks[0].length - marks[1].length;
  return [{ title: `Make it a level ${depth} heading`, edits: [replaceOffsets(doc, at, at + marks[1].length, '#'.repeat(depth))] }];
}
