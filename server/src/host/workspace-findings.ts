import { checkWorkspace, type Finding, type IdeasDocument } from '../core';
import { follow, placeAll, samePlaced, type Placed } from './following-findings';
import type { WorkspaceIndex } from './workspace-index';

/** How long the lists rest before the rules across files run again: a burst of keystrokes makes one run. */
export const WORKSPACE_DELAY_MS = 400;

/**
 * The findings of the rules across files (duplicate-issue, reproposed-idea, …) per document, made
 * over the whole workspace index a moment after the lists stop changing, never within a keystroke.
 * Between two runs, a list being edited keeps its findings on the ideas they belong to: each
 * moves with its idea's heading (`of`, `following-findings.ts`), so a line typed above it does not
 * leave it behind.
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
      const now = placeAll(files[i].doc, findings);
      if (!samePlaced(before, now)) changed.push(file);
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
    return placed && doc ? follow(placed, doc) : [];
  }
}
