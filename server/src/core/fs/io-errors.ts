/** Why a file could not be used, as a user reads it after the file's name. */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  EMPTY: 'file is empty',
  BINARY: 'binary file, not markdown',
  NOT_UTF8: 'not valid UTF-8 text',
  NOT_REGULAR: 'not a regular file',
  CHANGED: 'changed on disk while it was being fixed; not written',
};

/**
 * A file or folder that could not be read or written: a problem for the user, never a bug.
 * `code` is the system's (ENOSPC…) or one of ours (EMPTY, BINARY, NOT_UTF8, TOO_LARGE,
 * NOT_REGULAR, CHANGED); `message` is the reason alone, `line` the one line to print.
 */
export class FileError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    reason: string = REASONS[code] ?? code,
  ) {
    super(reason);
    this.name = 'FileError';
  }

  get line(): string {
    return `${this.path}: ${this.message}`;
  }

  /** The file is there but holds no text to lint: a walked folder passes over it in silence. */
  get notText(): boolean {
    return this.code === 'EMPTY' || this.code === 'BINARY' || this.code === 'NOT_UTF8';
  }
}

/** The FileError of a failed system call on `path`. Anything else is a bug and is thrown on. */
export function fileError(path: string, error: unknown): FileError {
  if (error instanceof FileError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') throw error;
  return new FileError(path, code, REASONS[code] ?? (error as Error).message);
}
