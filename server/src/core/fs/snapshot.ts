import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import type { FileSystem } from './file-system';
import { FileError } from './io-errors';

/** What a file was when it was read: a write checks the file is still that before replacing it. */
export interface Stamp {
  size: number;
  mtimeMs: number;
  sha256: string;
}

/**
 * A regular file's bytes and stamp, or a FileError. The size is checked on the opened file, so
 * nothing can swap the file between the check and the read. O_NONBLOCK: opening a named pipe
 * would otherwise wait for a writer before fstat could refuse it.
 */
export function readSnapshot(path: string, maxBytes: number, fs: FileSystem): { bytes: Buffer; stamp: Stamp } {
  const fd = fs.openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new FileError(path, 'NOT_REGULAR');
    if (stat.size > maxBytes) throw new FileError(path, 'TOO_LARGE', `too large: more than ${inUnits(maxBytes)}`);
    const bytes = readAll(fd, stat.size, fs);
    return { bytes, stamp: { size: stat.size, mtimeMs: stat.mtimeMs, sha256: sha256(bytes) } };
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether the file at `path` still has this stamp (it is read again only when size and time agree). */
export function isUnchanged(path: string, stamp: Stamp, fs: FileSystem): boolean {
  const fd = fs.openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    return stat.size === stamp.size && stat.mtimeMs === stamp.mtimeMs && sha256(readAll(fd, stat.size, fs)) === stamp.sha256;
  } finally {
    fs.closeSync(fd);
  }
}

/** Up to `size` bytes: a file that shrank meanwhile gives what it has. */
function readAll(fd: number, size: number, fs: FileSystem): Buffer {
  const bytes = Buffer.alloc(size);
  let read = 0;
  while (read < size) {
    const n = fs.readSync(fd, bytes, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return bytes.subarray(0, read);
}

const inUnits = (bytes: number) => (bytes >= 2 ** 20 ? `${bytes / 2 ** 20} MB` : `${bytes} bytes`);

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
