import { isAbsolute, join } from 'node:path';

/** Where Ideas Author keeps what it may lose (GitHub's answers, compiled code): `$XDG_CACHE_HOME/ideas-author`, else `~/.cache/ideas-author`. */
export function cacheDirectory(env: Readonly<Record<string, string | undefined>>, homedir: string): string {
  // The XDG spec: a relative XDG_CACHE_HOME is invalid and ignored.
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir, '.cache'), 'ideas-author');
}
