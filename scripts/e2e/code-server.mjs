// Starting and stopping code-server (a real VS Code) for the end-to-end runner and `npm run try`.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server in a process group of its own (so that stopping it stops its children),
 * with HOME and every data folder under `home` and `env` added to its environment, and waits
 * until /healthz answers.
 */
export async function startCodeServer({ cache, home, port, extraArgs = [], env = {}, log }) {
  mkdirSync(home, { recursive: true });
  writeFileSync(join(home, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const node24 = join(cache, 'node24', 'node_modules', 'node', 'bin', 'node');
  const entry = join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const args = [
    entry,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--reconnection-grace-time', '5', '--config', join(home, 'config.yaml'),
    '--user-data-dir', join(home, 'user'), '--extensions-dir', join(home, 'extensions'), ...extraArgs,
  ];
  const child = spawn(node24, args, {
    detached: true,
    stdio: ['ignore', log ?? 'ignore', log ?? 'ignore'],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local'), ...env },
  });
  const stop = () => stopGroup(child.pid);
  const deadline = Date.now() + 60000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return { child, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error('code-server did not answer /healthz within 60 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Kills a whole process group; it may be gone already. */
export function stopGroup(pid) {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  setTimeout(() => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // stopped on SIGTERM
    }
  }, 3000).unref();
}
