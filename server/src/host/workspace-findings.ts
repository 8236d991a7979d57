import { checkWorkspace, type Finding, type IdeasDocument } from '../core';
import type { WorkspaceIndex } from './workspace-index';

/** How long the lists rest before the rules across files run again: a burst of keystrokes makes one run. */
export const WORKSPACE_DELAY_MS = 400;

/** A finding of a rule across files, kept with the idea it sits in so that it can follow that idea while the list is edited. */
interface Placed {
  finding: Finding;
  /** The title of the idea it sits in, and which of the ideas so titled (a list may repeat a title). */
  title: string;
  nth: number;
  /** Its lines below that idea's heading. */
  below: number;
}

/**
 * The findings of the rules across files (duplicate-issue, reproposed-idea, …) per document, made
 * over the whole workspace index a moment after the lists stop changing, never within a keystroke.
 * Between two runs, a list being edited keeps its findings on the ideas they belong to: each
 * moves with its idea's heading (`of`), so a line typed above it does not leave it behind.
 */
export class WorkspaceFindings {
  private readonly placed = new Map<string, Placed[]>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** How long the last run took, in milliseconds: the status and the bench read it. */
  lastRunMs = 0;

  /** `changed`: the documents whose findings across files differ from the last run's; `nameOf`: how messages name a list. */
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly changed: (uris: string[]) => void,
    private readonly nameOf: (uri: string) => string = (uri) => uri,
    private readonly delay = WORKSPACE_DELAY_MS,
  ) {}

  /** Runs the rules again once the lists have rested for the delay. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, this.delay);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  /** Runs the rules over every list of the index now, and says which documents' findings changed. */
  run(): void {
    const start = performance.now();
    const files = this.index.files().map((file) => ({ ...file, name: this.nameOf(file.file) }));
    const results = checkWorkspace(files);
    const changed: string[] = [];
    const seen = new Set<string>();
    results.forEach(({ file, findings }, i) => {
      seen.add(file);
      const before = this.placed.get(file) ?? [];
      const now = findings.map((finding) => place(files[i].doc, finding));
      if (!samePlaces(before, now)) changed.push(file);
      if (now.length > 0) this.placed.set(file, now);
      else this.placed.delete(file);
    });
    for (const uri of [...this.placed.keys()]) {
      if (seen.has(uri)) continue;
      this.placed.delete(uri);
      changed.push(uri);
    }
    this.lastRunMs = performance.now() - start;
    if (changed.length > 0) this.changed(changed);
  }

  /**
   * The findings across files of the document at `uri`, as it now reads (`doc`): each on the idea
   * it was found in, moved by as many lines as that idea's heading moved; a finding whose idea is
   * gone waits for the next run.
   */
  of(uri: string, doc: IdeasDocument | undefined): Finding[] {
    const placed = this.placed.get(uri);
    if (!placed || !doc) return [];
    const headings = headingLines(doc);
    return placed.flatMap(({ finding, title, nth, below }) => {
      if (nth === -1) return [finding];
      const line = headings.get(title)?.[nth];
      if (line === undefined) return [];
      const shift = line + below - finding.range.start.line;
      return shift === 0 ? [finding] : [moved(finding, shift)];
    });
  }
}

/** The heading line of each idea, by title, in document order. */
function headingLines(doc: IdeasDocument): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  for (const idea of doc.ideas) {
    const at = lines.get(idea.title);
    if (at) at.push(idea.heading.range.start.line);
    else lines.set(idea.title, [idea.heading.range.start.line]);
  }
  return lines;
}

/** A finding with the idea it lies in: the last idea whose heading is at or above it (the rules find only in ideas). */
function place(doc: IdeasDocument, finding: Finding): Placed {
  const line = finding.range.start.line;
  let idea = doc.ideas[0];
  for (const each of doc.ideas) {
    if (each.heading.range.start.line > line) break;
    idea = each;
  }
  // No idea to follow: it stays where it was found until the next run.
  if (!idea) return { finding, title: '', nth: -1, below: 0 };
  const nth = doc.ideas.filter((each) => each.title === idea.title).indexOf(idea);
  return { finding, title: idea.title, nth, below: line - idea.heading.range.start.line };
}

function moved(finding: Finding, shift: number): Finding {
  const { start, end } = finding.range;
  return { ...finding, range: { start: { line: start.line + shift, character: start.character }, end: { line: end.line + shift, character: end.character } } };
}

/** Whether two runs found the same for a document: rules, severities, messages, places and the places they name. */
function samePlaces(a: Placed[], b: Placed[]): boolean {
  return a.length === b.length && a.every((each, i) => JSON.stringify(each.finding) === JSON.stringify(b[i].finding));
}
