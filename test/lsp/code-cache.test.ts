import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lsp-client';

const LIST = '### Stellar Mesh\n\n#### Traffic replay\n\n- Description: d\n- Recommended Skills: Go\n- Mentor(s): Ana Lima @@analima\n';

describe("language server: V8's code cache (server/src/launch.ts)", () => {
  let cacheHome: string;
  let saved: string | undefined;
  const folder = () => join(cacheHome, 'ideas-author', 'code-cache');

  /** One session of the server with the cache home: its diagnostics of a list with a mistake. */
  async function session(): Promise<string[]> {
    const dir = mkdtempSync(join(tmpdir(), 'ideas-cache-list-'));
    const file = join(dir, 'project-ideas.md');
    writeFileSync(file, LIST);
    const client = new LspClient();
    try {
      await client.initialize(dir, true);
      await client.open(pathToFileURL(file).href, LIST);
      return (await client.diagnostics(pathToFileURL(file).href, 1)).map((d) => String(d.code));
    } finally {
      await client.shutdown();
    }
  }

  before(() => {
    saved = process.env.XDG_CACHE_HOME;
    // The server inherits the test's environment: its cache goes to a folder of the test's own.
    process.env.XDG_CACHE_HOME = cacheHome = mkdtempSync(join(tmpdir(), 'ideas-cache-home-'));
  });
  after(() => {
    if (saved === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = saved;
  });

  it('is written by the first session, used as it is by the next, and written again when it is not V8\'s', async () => {
    const found = await session();
    assert.ok(found.includes('mentor-handle'), found.join());
    const [name] = readdirSync(folder());
    assert.match(name, /^server-\d+-\d+-.*\.bin$/);
    const file = join(folder(), name);
    const written = statSync(file).mtimeMs;

    assert.deepEqual(await session(), found);
    assert.equal(statSync(file).mtimeMs, written, 'a cache V8 accepted is not written again');

    writeFileSync(file, 'not a code cache');
    assert.deepEqual(await session(), found);
    assert.notEqual(readFileSync(file, 'utf8'), 'not a code cache');
    assert.deepEqual(readdirSync(folder()), [name]);
  });
});
