/** A maintainers file as `.ideasrc.json` names it. */
export interface MaintainerSource {
  /** A path or a glob, relative to the config's folder, `/`-separated. */
  file: string;
  /** The project the file covers, for the formats that do not name one (OWNERS, MAINTAINERS, CODEOWNERS). */
  project?: string;
  /** Where the config names it: a problem with the file is reported there. */
  offset: number;
}

export type MaintainersFormat = 'csv' | 'yaml' | 'owners' | 'codeowners' | 'lines';

/**
 * The format of a maintainers file, by its name: `*.csv`, `*.yaml` (projects and their people),
 * `OWNERS` (Kubernetes' YAML),
 * `CODEOWNERS`, and any other (`MAINTAINERS`, `MAINTAINERS.md`, `OWNERS.md`) read line by line.
 */
export function formatOf(path: string): MaintainersFormat {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  if (name === 'OWNERS') return 'owners';
  if (/^CODEOWNERS(?:\.\w+)?$/i.test(name)) return 'codeowners';
  return 'lines';
}
