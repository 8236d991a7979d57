import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { nodeFileSystem, type FileSystem } from './file-system';
import { FileError, fileError } from './io-errors';
import { encodeText, type TextFile } from './read';
import { isUnchanged } from './snapshot';

/**
 * Replaces a file read with `readTextFile` by `text`, so that no failure can lose what it held:
 * the text goes to a temporary file beside it (the same folder, so the rename is atomic), synced
 * to disk, with the original's mode (and owner, when root may keep it), and is renamed over the
 * original only if the original is still what was read. A link is written through to its file
 * and stays a link. On any failure the temporary file goes, the original is untouched, and a
 * FileError names `path`. The byte-order mark is kept as read.
 */
export function writeTextFile(path: string, text: string, read: Pick<TextFile, 'bom' | 'stamp'>, fs: FileSystem = nodeFileSystem): void {
  let temp: string | undefined;
  try {
    const target = fs.realpathSync(path);
    const original = fs.statSync(target);
    const name = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    const fd = fs.openSync(name, 'wx', 0o600);
    temp = name;
    try {
      writeAll(fd, encodeText(text, read.bom), fs);
      fs.fchmodSync(fd, original.mode & 0o7777);
      if (process.getuid?.() === 0) fs.fchownSync(fd, original.uid, original.gid);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // Checked last, after the slow part: the user may have saved while the fixes ran.
    if (!isUnchanged(target, read.stamp, fs)) throw new FileError(path, 'CHANGED');
    fs.renameSync(temp, target);
  } catch (error) {
    if (temp !== undefined) removeQuietly(temp, fs);
    throw fileError(path, error);
  }
}

function writeAll(fd: number, bytes: Buffer, fs: FileSystem): void {
  for (let written = 0; written < bytes.length; ) written += fs.writeSync(fd, bytes, written, bytes.length - written);
}

/** The temporary file of a failed write; the failure that is reported is the write's. */
function removeQuietly(temp: string, fs: FileSystem): void {
  try {
    fs.unlinkSync(temp);
  } catch {
    // Gone already, or the disk refuses even this: the write's own error says more.
  }
}

/**
 * Writes `text` (UTF-8, as given: a byte-order mark only if the text starts with one) to an output
 * file the user named, such as an export: never truncated in place, but written to a temporary
 * file beside it, synced and renamed over it, so that a failure leaves what was there. A file that
 * was there is replaced (its mode kept); a link is written through to its file.
 */
export function writeOutputFile(path: string, text: string, fs: FileSystem = nodeFileSystem): void {
  let temp: string | undefined;
  try {
    let target = path;
    let mode: number | undefined;
    try {
      target = fs.realpathSync(path);
      const stats = fs.statSync(target);
      if (!stats.isFile()) throw new FileError(path, stats.isDirectory() ? 'EISDIR' : 'NOT_REGULAR');
      mode = stats.mode & 0o7777;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const name = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    const fd = fs.openSync(name, 'wx', 0o666);
    temp = name;
    try {
      writeAll(fd, Buffer.from(text, 'utf8'), fs);
      if (mode !== undefined) fs.fchmodSync(fd, mode);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    if (temp !== undefined) removeQuietly(temp, fs);
    throw fileError(path, error);
  }
}
