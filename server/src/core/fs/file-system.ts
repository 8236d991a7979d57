import * as nodeFs from 'node:fs';

/**
 * The part of node's `fs` that reading, writing and walking use. It is a parameter so that tests
 * can make any call fail (ENOSPC, EACCES, EIO…) or change a file between a read and a write: as
 * root, as CI runs, a chmod 000 file still reads.
 */
export type FileSystem = Pick<
  typeof nodeFs,
  | 'openSync'
  | 'closeSync'
  | 'fstatSync'
  | 'readSync'
  | 'writeSync'
  | 'fsyncSync'
  | 'fchmodSync'
  | 'fchownSync'
  | 'renameSync'
  | 'unlinkSync'
  | 'realpathSync'
  | 'readdirSync'
  | 'statSync'
>;

export const nodeFileSystem: FileSystem = nodeFs;
