import { nodeFileSystem, type FileSystem } from './file-system';
import { FileError, fileError } from './io-errors';
import { readSnapshot, type Stamp } from './snapshot';

/**
 * The largest file read. The server lints at most 4,000,000 UTF-16 units; UTF-8 takes at most
 * 3 bytes for each, so no document the server could lint is refused, and `/dev/zero` or a log
 * named `.md` never fills the memory.
 */
export const MAX_FILE_BYTES = 16 * 2 ** 20;

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A text file as read: its text without the byte-order mark, whether it had one, its stamp. */
export interface TextFile {
  text: string;
  bom: boolean;
  stamp: Stamp;
}

export interface ReadOptions {
  maxBytes?: number;
  fs?: FileSystem;
}

/** A regular file's UTF-8 text, or a FileError saying in one line why it cannot be had. */
export function readTextFile(path: string, { maxBytes = MAX_FILE_BYTES, fs = nodeFileSystem }: ReadOptions = {}): TextFile {
  let snapshot: ReturnType<typeof readSnapshot>;
  try {
    snapshot = readSnapshot(path, maxBytes, fs);
  } catch (error) {
    throw fileError(path, error);
  }
  const { bytes, stamp } = snapshot;
  if (bytes.subarray(0, 8000).includes(0)) throw new FileError(path, 'BINARY');
  let text: string;
  try {
    // The decoder drops a leading byte-order mark; `bom` remembers it for the write.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileError(path, 'NOT_UTF8');
  }
  if (text === '') throw new FileError(path, 'EMPTY');
  return { text, bom: bytes.subarray(0, 3).equals(BOM), stamp };
}

/** The bytes to write for `text`, with the byte-order mark when the file had one. */
export function encodeText(text: string, bom: boolean): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([BOM, bytes]) : bytes;
}
