import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where a rule's page is. The pages ship with the server: `docs/rules/<id>.md` next to the
 * folder that holds the bundle (`dist/` in the extension and the npm package), so a link to
 * one works offline and names nothing that may not exist.
 */
export interface RuleDocs {
  /** The folder that holds `docs/rules/`. */
  root: string;
  /**
   * The client opens a rule's page itself with the command `ideas.showRuleDocs` (argument: the
   * rule id), as the VS Code extension does with a markdown preview: links are `command:` URIs.
   */
  clientCommand?: string;
}

/** The folder above this module's that holds `docs/rules/`: `dist/..` bundled, the repository from source. */
export function packageRoot(from = __dirname): string {
  for (let dir = dirname(from), up = 0; up < 4; dir = dirname(dir), up++) {
    if (existsSync(join(dir, 'docs', 'rules'))) return dir;
  }
  return dirname(from);
}

/** The `file:` URI of a rule's page. */
export function ruleDocsFile(id: string, root: string): string {
  return pathToFileURL(join(root, 'docs', 'rules', `${id}.md`)).href;
}

/**
 * The link of a diagnostic's `codeDescription.href`: the client's command when it has one
 * (VS Code opens `command:` links from the Problems panel and the hover), else the page's file.
 */
export function ruleDocsHref(id: string, docs: RuleDocs): string {
  if (docs.clientCommand) return `command:${docs.clientCommand}?${encodeURIComponent(JSON.stringify([id]))}`;
  return ruleDocsFile(id, docs.root);
}
