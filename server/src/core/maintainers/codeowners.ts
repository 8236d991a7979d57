import { handleOf, type MaintainerEntry, type MaintainersRead } from './entry';

/**
 * A `CODEOWNERS` file: each rule is a path pattern followed by owners. An owner `@jdoe` is a
 * maintainer; `@org/team` cannot be expanded without GitHub, and an e-mail names no handle, so
 * neither is one.
 */
export function readCodeowners(text: string, project: string): MaintainersRead {
  const entries: MaintainerEntry[] = [];
  const seen = new Set<string>();
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    for (const owner of trimmed.split(/\s+/).slice(1)) {
      if (owner.startsWith('#')) break;
      const handle = owner.startsWith('@') && !owner.includes('/') ? handleOf(owner) : undefined;
      if (handle && !seen.has(handle.toLowerCase())) {
        seen.add(handle.toLowerCase());
        entries.push({ project, handle });
      }
    }
  }
  return { entries };
}
