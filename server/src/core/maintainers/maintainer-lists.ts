import type { MaintainerEntry } from './entry';
import { projectKeys } from './project-name';

/** The maintainers files that list one project, and its maintainers' handles in them. */
export interface ProjectMaintainers {
  /** The files as the configuration names them, in its order. */
  files: string[];
  /** Whether `handle` (case aside) is one of them. */
  has(handle: string): boolean;
}

/** Each loading is another generation: a lint under other lists than the last is a whole lint. */
let generations = 0;

/**
 * The maintainers of every project the configured files list, found by the project's name as a
 * reviewer matches names (`projectKeys`), or by the name `projectAliases` maps it to. Made once
 * per reading of the configuration; never changed after.
 */
export class MaintainerLists {
  private readonly byKey = new Map<string, { files: Set<string>; handles: Set<string> }>();
  private readonly aliases = new Map<string, string[]>();
  private readonly generation = ++generations;
  /** Every file read, in the configuration's order, for the message of a project none of them lists. */
  readonly files: readonly string[];

  constructor(
    lists: readonly { file: string; entries: readonly MaintainerEntry[] }[],
    aliases: Readonly<Record<string, string>> = {},
  ) {
    this.files = lists.map((list) => list.file);
    for (const { file, entries } of lists) {
      for (const { project, handle } of entries) {
        if (handle === undefined) continue;
        for (const key of projectKeys(project)) {
          let listed = this.byKey.get(key);
          if (!listed) this.byKey.set(key, (listed = { files: new Set(), handles: new Set() }));
          listed.files.add(file);
          listed.handles.add(handle.toLowerCase());
        }
      }
    }
    for (const [from, to] of Object.entries(aliases)) for (const key of projectKeys(from)) this.aliases.set(key, projectKeys(to));
  }

  /** The maintainers of the project a list's heading names, or undefined when no file lists it. */
  of(project: string): ProjectMaintainers | undefined {
    const keys = projectKeys(project).flatMap((key) => [key, ...(this.aliases.get(key) ?? [])]);
    const listed = keys.flatMap((key) => this.byKey.get(key) ?? []);
    if (listed.length === 0) return undefined;
    const files = new Set(listed.flatMap((each) => [...each.files]));
    return {
      files: this.files.filter((file) => files.has(file)),
      has: (handle) => listed.some((each) => each.handles.has(handle.toLowerCase())),
    };
  }

  /** Lint options are compared as JSON (`DocumentLinter`): the lists compare by their reading, not by their thousands of rows. */
  toJSON(): string {
    return `maintainers#${this.generation}`;
  }
}
