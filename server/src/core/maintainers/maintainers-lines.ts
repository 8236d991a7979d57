import { handleOf, type MaintainerEntry, type MaintainersRead } from './entry';

/**
 * A `MAINTAINERS` file (or `MAINTAINERS.md`, `OWNERS.md`): a line per person, in prose, a list or
 * a table, with a GitHub handle written `@jdoe` or as a `github.com/jdoe` link; what stands before
 * it on the line, without list and table marks, is taken as the name. A line with no handle (a
 * heading, an e-mail alone) names no one to match.
 */
export function readMaintainerLines(text: string, project: string): MaintainersRead {
  const entries: MaintainerEntry[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const found = handleInLine(line);
    if (!found) continue;
    const before = line.slice(0, found.at);
    // In `[bochen](https://github.com/bochen)` the name stands before the link, not in it.
    const link = before.lastIndexOf('[');
    const name = (link >= 0 && before.indexOf('](', link) >= 0 ? before.slice(0, link) : before)
      .replace(/[|*_[\]()<>`-]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    entries.push(name && !/^(?:https?:|github\.com)/i.test(name) ? { project, name, handle: found.handle } : { project, handle: found.handle });
  }
  return { entries };
}

/**
 * The first handle of a line: `@h` not inside an e-mail (a word character before the `@`) nor a
 * team (`@org/team`), or a
 * github.com profile link (not a link to a repository or a file: nothing after the login but a
 * closing mark).
 */
function handleInLine(line: string): { handle: string; at: number } | undefined {
  for (const match of line.matchAll(/(?<![\w.])@([\w-]{1,39})(?![\w-]*[/@])|github\.com\/([\w-]{1,39})(?![\w-]*\/[\w.-])/gi)) {
    const handle = handleOf(match[1] ?? match[2]);
    if (handle) return { handle, at: match.index };
  }
  return undefined;
}
