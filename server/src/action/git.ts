import { execFileSync } from 'node:child_process';

/** The files two commits differ by, repository-relative with `/`; throws with git's own reason. */
export type Diff = (base: string, head: string) => string[];

/**
 * `git diff --name-only base...head` in the checkout: what the head changed since it left the
 * base. `-z` gives names as they are (no quoting of non-ASCII names). The only process the
 * action starts; it needs the history of both commits (`fetch-depth: 0`).
 */
export function gitDiff(cwd: string): Diff {
  return (base, head) => {
    try {
      const out = execFileSync('git', ['diff', '--name-only', '-z', `${base}...${head}`, '--'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 2 ** 20 });
      return out.split('\0').filter((name) => name !== '');
    } catch (error) {
      const { stderr, message } = error as { stderr?: string; message: string };
      throw new Error(firstLine(stderr) ?? firstLine(message) ?? 'git failed', { cause: error });
    }
  };
}

const firstLine = (text: string | undefined) => text?.trim().split('\n')[0] || undefined;
