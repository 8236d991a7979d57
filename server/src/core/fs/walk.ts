import type { Dirent } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { nodeFileSystem, type FileSystem } from './file-system';
import { fileError, type FileError } from './io-errors';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface WalkOptions {
  /** Whether a file is wanted, by its path below the root, `/`-separated. */
  match: (relativePath: string) => boolean;
  /** Hears of each folder that could not be read; the walk goes on without it. */
  onError: (error: FileError) => void;
  fs?: FileSystem;
}

/**
 * The wanted files below `root`, folder by folder in name order, lazily (a caller may pause
 * between files). The walk stays in the tree it names: a linked folder is not entered, a linked
 * file is given only when its real path is a regular file inside the root, and node_modules and
 * .git are passed over. A pull request that adds a link to `/` or to a file elsewhere gets
 * nothing read, nor written, outside the tree.
 */
export function* walkFiles(root: string, { match, onError, fs = nodeFileSystem }: WalkOptions): Generator<string> {
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
  } catch (error) {
    onError(fileError(root, error));
    return;
  }

  const isFileInside = (link: string): boolean => {
    try {
      const real = fs.realpathSync(link);
      const below = relative(realRoot, real);
      return below !== '' && below.split(sep)[0] !== '..' && !isAbsolute(below) && fs.statSync(real).isFile();
    } catch {
      return false; // a dangling or looping link leads to no file
    }
  };

  function* visit(dir: string, below: string): Generator<string> {
    let entries: Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      onError(fileError(dir, error));
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      const relativePath = below === '' ? entry.name : `${below}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) yield* visit(path, relativePath);
      } else if (match(relativePath) && (entry.isFile() || (entry.isSymbolicLink() && isFileInside(path)))) {
        yield path;
      }
    }
  }

  yield* visit(root, '');
}
