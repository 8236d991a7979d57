import assert from 'node:assert/strict';
import * as nodeFs from 'node:fs';
import { chmodSync, chownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expandPaths } from '../../server/src/cli/inputs';
import { ConfigLookup, FileError, MAX_FILE_BYTES, readTextFile, walkFiles, writeTextFile, type FileSystem } from '../../server/src/core';
import { Analyzer, MAX_DOCUMENT_LENGTH } from '../../server/src/host/analysis';
import { SettingsCache } from '../../server/src/host/settings';
import { IdeasWorkspace } from '../../server/src/host/workspace';
import { WorkspaceIndex } from '../../server/src/host/workspace-index';

const idea = (title: string) => `#### ${title}\n\n- Description: d\n- Recommended Skills: s\n- Mentor(s): M (@m)\n- Upstream Issue (URL): https://github.com/o/r/issues/1\n`;
const list = (title: string) => `### P\n\n${idea(`${title} one`)}\n${idea(`${title} two`)}`;

/** A system error as node throws it. */
function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/** Node's fs with `hook` run before each `call`, with its arguments. */
function hooked(call: keyof FileSystem, hook: (...args: unknown[]) => void): FileSystem {
  const real = nodeFs[call] as (...args: unknown[]) => unknown;
  return {
    ...nodeFs,
    [call]: (...args: unknown[]) => {
      hook(...args);
      return real(...args);
    },
  };
}

/** Node's fs with `call` failing with `code` whenever `when` says so. */
function failing(call: keyof FileSystem, code: string, when: (...args: unknown[]) => boolean = () => true): FileSystem {
  return hooked(call, (...args) => {
    if (when(...args)) throw errno(code);
  });
}

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'ideas-fs-'));
}

/** The error `run` throws, which must be a FileError. */
function fileErrorOf(run: () => unknown): FileError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof FileError, String(error));
    return error;
  }
  assert.fail('no error');
}

describe('file system', () => {
  describe('readTextFile', () => {
    it('says in one line why a file cannot be linted: missing, permission, empty, binary, latin-1 (items 8, 9)', () => {
      const dir = folder();
      const file = (name: string, bytes: Buffer | string) => (writeFileSync(join(dir, name), bytes), join(dir, name));
      const cases: [string, () => unknown, string][] = [
        ['missing', () => readTextFile(join(dir, 'none.md')), 'no such file or directory'],
        ['EACCES', () => readTextFile(file('a.md', 'x'), { fs: failing('openSync', 'EACCES') }), 'permission denied'],
        ['EIO', () => readTextFile(file('b.md', 'x'), { fs: failing('readSync', 'EIO') }), 'input/output error'],
        ['empty', () => readTextFile(file('e.md', '')), 'file is empty'],
        ['binary', () => readTextFile(file('bin.md', Buffer.from([0x89, 0, 1]))), 'binary file, not markdown'],
        ['latin-1', () => readTextFile(file('l.md', Buffer.from('caf\xe9\n', 'latin1'))), 'not valid UTF-8 text'],
        ['a folder', () => readTextFile(dir), 'not a regular file'],
      ];
      for (const [what, run, reason] of cases) assert.equal(fileErrorOf(run).message, reason, what);
      assert.equal(fileErrorOf(() => readTextFile(join(dir, 'none.md'))).line, `${join(dir, 'none.md')}: no such file or directory`);
    });

    it('never reads /dev/zero through a link, nor a file over the cap, from the opened file (item 6)', () => {
      const dir = folder();
      symlinkSync('/dev/zero', join(dir, 'zero.md'));
      writeFileSync(join(dir, 'big.md'), 'x'.repeat(100));
      let reads = 0;
      const counting = hooked('readSync', () => reads++);
      assert.equal(fileErrorOf(() => readTextFile(join(dir, 'zero.md'), { fs: counting })).code, 'NOT_REGULAR');
      assert.equal(fileErrorOf(() => readTextFile(join(dir, 'big.md'), { maxBytes: 99, fs: counting })).message, 'too large: more than 99 bytes');
      assert.equal(reads, 0);
    });

    it('takes any document the server could lint (item 6)', () => {
      assert.ok(MAX_FILE_BYTES >= MAX_DOCUMENT_LENGTH * 3);
    });
  });

  describe('writeTextFile', () => {
    it('keeps the byte-order mark: read without it, written with it (item 4)', () => {
      const file = join(folder(), 'bom.md');
      writeFileSync(file, '\uFEFF# Ideas\r\n');
      const read = readTextFile(file);
      assert.deepEqual([read.text, read.bom], ['# Ideas\r\n', true]);
      writeTextFile(file, '# Ideas!\r\n', read);
      assert.deepEqual(readFileSync(file), Buffer.from('\uFEFF# Ideas!\r\n'));
    });

    const failures: [keyof FileSystem, string, string][] = [
      ['writeSync', 'ENOSPC', 'no space left on device'],
      ['writeSync', 'EDQUOT', 'disk quota exceeded'],
      ['openSync', 'EACCES', 'permission denied'],
      ['openSync', 'EROFS', 'read-only file system'],
      ['fsyncSync', 'EIO', 'input/output error'],
      ['renameSync', 'EPERM', 'permission denied'],
    ];
    for (const [call, code, reason] of failures) {
      it(`${code} from ${call} leaves the original whole and no temporary file, in one line naming the file (items 1, 9)`, () => {
        const dir = folder();
        const file = join(dir, 'ideas.md');
        writeFileSync(file, list('Old'));
        const read = readTextFile(file);
        // The original is opened for reading too (the check before the rename): fail only the temporary file.
        const error = fileErrorOf(() => writeTextFile(file, list('New'), read, failing(call, code, (path) => typeof path !== 'string' || path !== file)));
        assert.equal(error.line, `${file}: ${reason}`);
        assert.equal(readFileSync(file, 'utf8'), list('Old'));
        assert.deepEqual(readdirSync(dir), ['ideas.md']);
      });
    }

    it('refuses to write over a save made after the read, even of the same size and time (item 2)', () => {
      const dir = folder();
      const file = join(dir, 'ideas.md');
      writeFileSync(file, list('Old'));
      const read = readTextFile(file);
      const { mtime } = statSync(file);
      writeFileSync(file, list('Own'));
      utimesSync(file, mtime, mtime);
      assert.equal(fileErrorOf(() => writeTextFile(file, list('New'), read)).line, `${file}: changed on disk while it was being fixed; not written`);
      assert.equal(readFileSync(file, 'utf8'), list('Own'));
      assert.deepEqual(readdirSync(dir), ['ideas.md']);
    });

    it('refuses when the user saves while the new text is being written (item 2)', () => {
      const file = join(folder(), 'ideas.md');
      writeFileSync(file, list('Old'));
      const read = readTextFile(file);
      const saving = hooked('fsyncSync', () => writeFileSync(file, list('Saved meanwhile')));
      assert.equal(fileErrorOf(() => writeTextFile(file, list('New'), read, saving)).code, 'CHANGED');
      assert.equal(readFileSync(file, 'utf8'), list('Saved meanwhile'));
    });

    it('keeps the mode and the owner (items 1, 9)', () => {
      const file = join(folder(), 'ideas.md');
      writeFileSync(file, list('Old'));
      chmodSync(file, 0o640);
      chownSync(file, 1234, 5678);
      writeTextFile(file, list('New'), readTextFile(file));
      const stat = statSync(file);
      assert.deepEqual([stat.mode & 0o7777, stat.uid, stat.gid], [0o640, 1234, 5678]);
    });

    it('writes a link through to its file; the link stays a link (item 5)', () => {
      const dir = folder();
      mkdirSync(join(dir, 'lists'));
      writeFileSync(join(dir, 'lists', 'real.md'), list('Old'));
      symlinkSync('lists/real.md', join(dir, 'link.md'));
      writeTextFile(join(dir, 'link.md'), list('New'), readTextFile(join(dir, 'link.md')));
      assert.ok(lstatSync(join(dir, 'link.md')).isSymbolicLink());
      assert.equal(readFileSync(join(dir, 'lists', 'real.md'), 'utf8'), list('New'));
      assert.deepEqual(readdirSync(join(dir, 'lists')), ['real.md']);
    });
  });

  /** A tree with links out of it (to a folder, a file, `/` and /dev/zero) and one inside it. */
  function treeWithLinks(): { root: string; outside: string } {
    const outside = folder();
    writeFileSync(join(outside, 'elsewhere.md'), list('Outside'));
    const root = folder();
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 'ideas.md'), list('Inside'));
    symlinkSync(outside, join(root, 'linked-folder'));
    symlinkSync('/', join(root, 'root'));
    symlinkSync(join(outside, 'elsewhere.md'), join(root, 'out.md'));
    symlinkSync('/dev/zero', join(root, 'zero.md'));
    symlinkSync('sub/ideas.md', join(root, 'in.md'));
    return { root, outside };
  }

  describe('walkFiles', () => {
    it('stays in its tree: no linked folder, no link out of it, /dev/zero neither; a link inside it is given (items 5, 6)', () => {
      const { root } = treeWithLinks();
      const walked = [...walkFiles(root, { match: (path) => path.endsWith('.md'), onError: (error) => assert.fail(error.line) })];
      assert.deepEqual(walked, [join(root, 'in.md'), join(root, 'sub', 'ideas.md')]);
    });

    it('reports a folder it cannot read and walks on (item 8)', () => {
      const root = folder();
      for (const name of ['a', 'b']) {
        mkdirSync(join(root, name));
        writeFileSync(join(root, name, 'ideas.md'), list(name));
      }
      const errors: string[] = [];
      const fs = failing('readdirSync', 'EACCES', (path) => path === join(root, 'a'));
      const walked = [...walkFiles(root, { match: () => true, onError: (error) => errors.push(error.line), fs })];
      assert.deepEqual(walked, [join(root, 'b', 'ideas.md')]);
      assert.deepEqual(errors, [`${join(root, 'a')}: permission denied`]);
    });
  });

  describe('the CLI inputs', () => {
    it('a glob stays in the tree it names, a walk too (item 5)', () => {
      const { root } = treeWithLinks();
      const paths = (arg: string) => expandPaths([arg]).inputs.map((input) => input.path);
      assert.deepEqual(paths(join(root, '**/*.md')), [join(root, 'in.md'), join(root, 'sub', 'ideas.md')]);
      assert.deepEqual(paths(root), [join(root, 'in.md'), join(root, 'sub', 'ideas.md')]);
    });

    it('an unreadable sub-folder is one problem; the other files go on (item 8)', () => {
      const root = folder();
      for (const name of ['a', 'b']) {
        mkdirSync(join(root, name));
        writeFileSync(join(root, name, 'ideas.md'), list(name));
      }
      const { inputs, problems } = expandPaths([root], failing('readdirSync', 'EACCES', (path) => path === join(root, 'a')));
      assert.deepEqual(inputs, [{ path: join(root, 'b', 'ideas.md'), explicit: false }]);
      assert.deepEqual(problems, [`${join(root, 'a')}: permission denied`]);
    });
  });

  describe('the server', () => {
    it('indexes no idea from a linked folder or a link out of the workspace (item 5)', async () => {
      const { root } = treeWithLinks();
      const analyzer = new Analyzer(new SettingsCache(async () => ({}), () => {}), new ConfigLookup(), () => [root]);
      const index = new WorkspaceIndex();
      await new IdeasWorkspace(analyzer, index, new TextDocuments(TextDocument), () => {}).scan([root], false);
      const titles = index.ideas().map((idea) => idea.title);
      assert.deepEqual(titles.sort(), ['Inside one', 'Inside one', 'Inside two', 'Inside two']);
    });
  });
});
