/**
 * The language server's entry point (dist/server.js): runs the server bundle (dist/server-main.js)
 * through V8's code cache. A cold start spends about a tenth of its time compiling the bundle's
 * functions; the cache, written once per bundle, Node and V8 version, hands V8 their bytecode
 * instead. Node 20 has no `module.enableCompileCache`, and VS Code runs the server on its own
 * Node, so the cache is `vm.Script`'s cached data, kept beside GitHub's answers in the user's
 * cache directory. `IDEAS_CODE_CACHE=off` runs without it. A cache that cannot be read or written
 * only costs the time it would have saved.
 */
import { readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { cacheDirectory } from './host/cache-directory';

const bundle = join(__dirname, 'server-main.js');
const source = readFileSync(bundle, 'utf8');
const cacheFile = process.env.IDEAS_CODE_CACHE === 'off' ? undefined : codeCacheFile();
const cachedData = cacheFile ? readOrNothing(cacheFile) : undefined;
const script = new Script(wrap(source), { filename: bundle, cachedData });
if (cacheFile && (!cachedData || script.cachedDataRejected)) {
  // Written when the server exits, by when it has compiled what a session uses; and a while after
  // start, for a server that is killed rather than asked to exit.
  let written = false;
  const write = () => {
    if (!written) writeCache(cacheFile, script.createCachedData());
    written = true;
  };
  process.once('exit', write);
  setTimeout(write, 30_000).unref();
}
const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
const main = { exports: {} };
run.call(main.exports, main.exports, createRequire(bundle), main, bundle, dirname(bundle));

/** One file per bundle (by size and time), Node, V8 and processor: any other would be rejected. */
function codeCacheFile(): string | undefined {
  try {
    const { size, mtimeMs } = statSync(bundle);
    return join(cacheDirectory(process.env, homedir()), 'code-cache', `server-${size}-${Math.round(mtimeMs)}-${process.versions.v8}-${process.arch}.bin`);
  } catch {
    return undefined;
  }
}

function readOrNothing(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written aside and renamed, so that a server starting meanwhile never reads half of it; caches of other builds of the bundle go. */
function writeCache(file: string, data: Buffer): void {
  try {
    const folder = dirname(file);
    mkdirSync(folder, { recursive: true });
    const build = /^server-\d+-\d+-/.exec(file.slice(folder.length + 1))![0];
    for (const name of readdirSync(folder)) if (name.startsWith('server-') && !name.startsWith(build)) unlinkSync(join(folder, name));
    writeFileSync(`${file}.${process.pid}`, data);
    renameSync(`${file}.${process.pid}`, file);
  } catch {
    // No cache: the next start compiles again.
  }
}
