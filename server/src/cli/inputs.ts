import type { Stats } from 'node:fs';
import { extname } from 'node:path';
import picomatch from 'picomatch';
import { fileError, nodeFileSystem, walkFiles, type FileError, type FileSystem } from '../core';

/** A usage problem the user can act on: printed as one line, exit code 2. */
export class UsageError extends Error {}

const MARKDOWN = new Set(['.md', '.markdown']);

export interface Input {
  path: string;
  /** Named by the user (a file or a glob match): linted even when it does not look like an ideas list. */
  explicit: boolean;
}

/**
 * The markdown files named by the arguments: files as given, globs expanded, directories walked;
 * globs and walks stay inside the tree they name (`walkFiles`). An argument that names nothing
 * readable, and a folder that cannot be read, is a problem (one line each) and the rest go on.
 */
export function expandPaths(paths: string[], fs: FileSystem = nodeFileSystem): { inputs: Input[]; problems: string[] } {
  const problems: string[] = [];
  const onError = (error: FileError) => problems.push(error.line);
  const seen = new Set<string>();
  const inputs = paths
    .flatMap((path): Input[] => {
      const glob = picomatch.scan(path);
      const stats = statOf(path, fs);
      if (glob.isGlob && stats instanceof Error && stats.code === 'ENOENT') {
        const matches = [...walkFiles(glob.base || '.', { match: picomatch(glob.glob), onError, fs })];
        if (matches.length === 0) problems.push(`${path}: no file matches this pattern`);
        return matches.map((match) => ({ path: match, explicit: true }));
      }
      if (stats instanceof Error) {
        onError(stats);
        return [];
      }
      if (!stats.isDirectory()) return [{ path, explicit: true }];
      const found = [...walkFiles(path, { match: (file) => MARKDOWN.has(extname(file).toLowerCase()), onError, fs })];
      if (found.length === 0) problems.push(`${path}: directory holds no markdown files`);
      return found.map((file) => ({ path: file, explicit: false }));
    })
    .filter((input) => !seen.has(input.path) && seen.add(input.path));
  return { inputs, problems };
}

function statOf(path: string, fs: FileSystem): Stats | FileError {
  try {
    return fs.statSync(path);
  } catch (error) {
    return fileError(path, error);
  }
}
