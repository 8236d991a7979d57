import { isAbsolute, relative, sep } from 'node:path';
import { URI } from 'vscode-uri';

/**
 * How a list is named to the user, in a finding's message, the workspace view and an export: its
 * path within the workspace folder that holds it, with `/` (the path the program and term are read
 * from), else its whole path.
 */
export function pathInFolders(uri: string, folders: readonly string[]): string {
  const path = URI.parse(uri).fsPath;
  for (const folder of folders) {
    const inside = relative(folder, path);
    if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) return inside.split(sep).join('/');
  }
  return path;
}
