import type { Idea, IdeasDocument, IssueRef } from '../model/types';
import type { Related } from '../rules/finding';
import type { Rule, RuleFinding } from '../rules/rule';
import type { Range } from '../text/range';

/** One idea of the workspace, with what the workspace rules compare. */
export interface WorkspaceIdea {
  /** The file as the caller named it. */
  file: string;
  /** How messages name the file: `file`, unless the caller gave a shorter name (the server's uris). */
  name: string;
  doc: IdeasDocument;
  idea: Idea;
  /** From the path (`programs/<program>/<term>…`); null when the path says neither. */
  program: string | null;
  term: string | null;
  /** The title compared: case, spacing and punctuation left out; '' for a placeholder title. */
  titleKey: string;
  /** The upstream issues the idea links, each with its comparison key. */
  issues: { ref: IssueRef; url: string; key: string }[];
  /** The order of ideas in time: earlier terms first, then by file and line. */
  order: number;
}

/** A workspace rule's finding: on one idea's file, pointing at others through `related` (with their files). */
export interface WorkspaceRuleFinding extends Omit<RuleFinding, 'related'> {
  file: string;
  range: Range;
  related: Related[];
}

/**
 * A rule across files: it compares the ideas of many lists, so a single file's lint never runs it
 * (`check` finds nothing); the CLI runs it over the files it is given (`checkWorkspace`).
 */
export interface WorkspaceRule extends Rule {
  workspace: true;
  checkWorkspace(ideas: readonly WorkspaceIdea[]): WorkspaceRuleFinding[];
}

export const isWorkspaceRule = (rule: Rule): rule is WorkspaceRule => 'checkWorkspace' in rule;

/** At most this many other places are named by one finding. */
export const MAX_RELATED = 5;

/** How a finding names another idea: `the idea "X" in programs/…/2025/…/README.md`, or `in this list`. */
export function relatedIdea(at: WorkspaceIdea, other: WorkspaceIdea): Related {
  const where = other.file === at.file ? 'this list' : other.name;
  const place: Related = { range: plain(other.idea.heading.range), message: `the idea "${other.idea.title}" in ${where}` };
  if (other.file !== at.file) place.file = other.file;
  return place;
}

/** A plain copy of a range, free of the section anchor it moves with in an editor. */
export const plain = (range: Range): Range => ({ start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } });

/** Program and term together, or undefined when the path names no term. */
export const termOf = (idea: WorkspaceIdea): string | undefined => (idea.program !== null && idea.term !== null ? `${idea.program} ${idea.term}` : undefined);
