import { LspClient } from '../../../test/support/lsp-client';
import type { Peer } from './peer';
import { rssOf, Timeout } from './stdio-server';

/** Ideas Author's bundled server, driven by the LSP tests' client as scripts/bench/keystrokes.ts drives it. */
export const ours: Peer = {
  name: 'Ideas Author',
  runs: `\`node dist/server.js --stdio\` on Node ${process.version}`,
  async start(workspace) {
    const client = new LspClient();
    // Generated lists of thousands of ideas take longer than the default time budget, as its setting says.
    client.settings = { lintBudget: 600_000 };
    await client.initialize(workspace, true);
    const pid = client.pid!;
    return {
      open: (uri, text) => client.open(uri, text),
      change: (uri, version, range, text) => client.change(uri, version, range, text),
      async diagnostics(uri, version, timeoutMs) {
        try {
          return (await client.diagnostics(uri, version, timeoutMs)).length;
        } catch {
          throw new Timeout(timeoutMs);
        }
      },
      rss: () => rssOf(pid),
      shutdown: () => client.shutdown(),
    };
  },
};
