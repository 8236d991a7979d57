import { programAndTerm, type Finding, type IdeasDocument, type Severity } from '../core';
import type { WorkspaceFindings } from '../host/workspace-findings';
import { mentorOf } from './find-idea';
import type { WorkspaceIndex } from '../host/workspace-index';
import type { ListIdea, ListSummary } from '../protocol';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Every list of the workspace index for the workspace view and summary (`ideas/workspaceLists`):
 * its ideas with mentors, and its problems, those of each idea being the findings from its heading
 * to the next idea's. `nameOf` gives the path the program and term are read from.
 */
export function workspaceLists(index: WorkspaceIndex, across: WorkspaceFindings, nameOf: (uri: string) => string): ListSummary[] {
  return index.files().map(({ file: uri, doc }) => {
    const path = nameOf(uri);
    const findings = [...index.findings(uri), ...across.of(uri, doc)];
    return { uri, path, ...programAndTerm(path), problems: findings.length, ideas: ideasOf(doc, findings) };
  });
}

function ideasOf(doc: IdeasDocument, findings: readonly Finding[]): ListIdea[] {
  return doc.ideas.map((idea, i) => {
    const from = idea.heading.range.start.line;
    const to = doc.ideas[i + 1]?.heading.range.start.line ?? Number.POSITIVE_INFINITY;
    const own = findings.filter((finding) => finding.range.start.line >= from && finding.range.start.line < to);
    const entry: ListIdea = {
      title: idea.title,
      range: idea.heading.titleRange,
      mentors: idea.fields.flatMap((field) => field.mentors ?? []).map(mentorOf),
      problems: own.length,
    };
    if (idea.project) entry.project = idea.project.title;
    const worst = own.map((finding) => finding.severity).sort((a, b) => RANK[a] - RANK[b])[0];
    if (worst) entry.worst = worst;
    return entry;
  });
}
