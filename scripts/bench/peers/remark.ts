import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdit } from './edit';
import type { Peer } from './peer';
import { StdioServer } from './stdio-server';

/**
 * remark's language server, as remark-language-server's wrapper builds it (remark-language-server.mjs
 * beside this file), linting with remark-preset-lint-recommended from the workspace's .remarkrc.json.
 * It declares full document sync, so every keystroke sends the whole text, as an editor would.
 */
export const remark: Peer = {
  name: 'remark-language-server',
  runs: `\`node scripts/bench/peers/remark-language-server.mjs --stdio\` (unified-language-server with remark and remark-preset-lint-recommended) on Node ${process.version}`,
  async start(workspace) {
    const server = new StdioServer(process.execPath, [join(__dirname, 'remark-language-server.mjs'), '--stdio'], workspace);
    const folder = pathToFileURL(workspace).href;
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder,
      workspaceFolders: [{ uri: folder, name: 'bench' }],
      capabilities: { workspace: { workspaceFolders: true } },
    });
    await server.connection.sendNotification('initialized', {});
    let text = '';
    return {
      open: (uri, opened) => server.open(uri, (text = opened)),
      async change(uri, version, range, insert) {
        text = applyEdit(text, range, insert);
        await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      },
      diagnostics: (uri, version, timeoutMs) => server.pushed(uri, version, timeoutMs),
      rss: () => server.rss(),
      shutdown: () => server.shutdown(),
    };
  },
};
