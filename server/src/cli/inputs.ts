import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

/** An input problem the user can act on: printed as one line, exit code 2. */
export class UsageError extends Error {}

const MARKDOWN = new Set(['.md', '.markdown']);
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface Input {
  path: string;
  /** Named by the user (a file or a glob match): linted even when it does not look like an ideas list. */
  explicit: boolean;
}

/** The markdown files named by the arguments: files as given, globs expanded, directories walked. */
export function expandPaths(paths: string[]): Input[] {
  const seen = new Set<string>();
  return paths
    .flatMap((path): Input[] => {
      if (!existsSync(path) && isDynamicPattern(path)) {
        const matches = globSync(path, { ignore: ['**/node_modules/**', '**/.git/**'] }).sort();
        if (matches.length === 0) throw new UsageError(`${path}: no file matches this pattern`);
        return matches.map((match) => ({ path: match, explicit: true }));
      }
      if (!statOrThrow(path).isDirectory()) return [{ path, explicit: true }];
      const found = walk(path);
      if (found.length === 0) throw new UsageError(`${path}: directory holds no markdown files`);
      return found.map((file) => ({ path: file, explicit: false }));
    })
    .filter((input) => !seen.has(input.path) && seen.add(input.path));
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : walk(path);
      return entry.isFile() && MARKDOWN.has(extname(entry.name).toLowerCase()) ? [path] : [];
    });
}

function statOrThrow(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    throw new UsageError(`${path}: ${describeIoError(error)}`);
  }
}

/** The file's text, or a UsageError saying why it cannot be linted. */
export function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`${path}: ${describeIoError(error)}`);
  }
  if (bytes.length === 0) throw new UsageError(`${path}: file is empty`);
  if (bytes.subarray(0, 8000).includes(0)) throw new UsageError(`${path}: binary file, not markdown`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${path}: not valid UTF-8 text`);
  }
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}
