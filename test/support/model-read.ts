import { sectionRange } from '../../server/src/core/model/headings';
import type { IdeasDocument } from '../../server/src/core/model/types';
import { plain } from './plain';

/**
 * What the model read from a text, for comparing an incremental lint with a fresh one: as JSON,
 * for the ranges of headings and fields hold the anchor they move with, not their positions.
 */
export const readOf = (doc: IdeasDocument) => plain({
  headings: doc.headings,
  sectionRanges: doc.headings.map((heading) => sectionRange(doc, heading)),
  codeBlocks: doc.codeBlocks,
  directives: doc.directives,
  templateBlock: doc.templateBlock,
  template: doc.template,
  // The house style a patch keeps up to date by the ideas it read again, as a whole reading counts it.
  style: doc.style.key,
  ideas: doc.ideas.map((idea) => [idea.title, idea.fields, idea.parent, idea.group, idea.project?.heading]),
  projects: doc.projects.map((project) => [project.heading, project.section, project.ideas.map((idea) => idea.heading)]),
  depths: [doc.ideaDepth, doc.projectDepth],
});
