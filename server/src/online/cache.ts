import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { cacheDirectory } from '../host/cache-directory';

/** One answer kept: what GitHub said, its ETag when REST gave one, and when it was fetched. */
export interface CacheEntry<T = unknown> {
  value: T;
  etag?: string;
  /** Epoch ms. */
  fetchedAt: number;
}

interface CacheFileShape {
  version: 1;
  entries: Record<string, CacheEntry>;
}

/**
 * GitHub's answers by key, kept in a JSON file between runs (none: memory only). The file is
 * read once, at the first use; a file that is missing, unreadable or not ours starts the cache
 * empty. It is written whole after each check, to a temporary file beside it and renamed, so a
 * reader never sees half of it. It holds answers only: never the token.
 */
export class AnswerCache {
  private entries: Map<string, CacheEntry> | undefined;
  private loading: Promise<Map<string, CacheEntry>> | undefined;
  private dirty = false;
  /** Writes one after the other: two checks at once must not rename over each other's file. */
  private writing: Promise<string | undefined> = Promise.resolve(undefined);

  constructor(private readonly file?: string) {}

  async get<T>(key: string): Promise<CacheEntry<T> | undefined> {
    return (await this.load()).get(key) as CacheEntry<T> | undefined;
  }

  async set<T>(key: string, entry: CacheEntry<T>): Promise<void> {
    (await this.load()).set(key, entry);
    this.dirty = true;
  }

  /** Writes the file when anything changed; the reason when it could not (never a throw). */
  save(): Promise<string | undefined> {
    if (this.file === undefined || !this.dirty || this.entries === undefined) return Promise.resolve(undefined);
    this.dirty = false;
    const text = JSON.stringify({ version: 1, entries: Object.fromEntries(this.entries) } satisfies CacheFileShape);
    const file = this.file;
    this.writing = this.writing.then(() => writeAtomically(file, text));
    return this.writing;
  }

  private load(): Promise<Map<string, CacheEntry>> {
    if (this.entries) return Promise.resolve(this.entries);
    return (this.loading ??= readEntries(this.file).then((entries) => (this.entries = entries)));
  }
}

async function readEntries(file: string | undefined): Promise<Map<string, CacheEntry>> {
  if (file === undefined) return new Map();
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFileShape> | null;
    if (parsed?.version !== 1 || typeof parsed.entries !== 'object' || parsed.entries === null) return new Map();
    return new Map(Object.entries(parsed.entries).filter(([, entry]) => isEntry(entry)));
  } catch {
    return new Map();
  }
}

const isEntry = (entry: unknown): entry is CacheEntry =>
  typeof entry === 'object' && entry !== null && 'value' in entry && typeof (entry as CacheEntry).fetchedAt === 'number';

async function writeAtomically(file: string, text: string): Promise<string | undefined> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temporary, text, { mode: 0o600 });
    await rename(temporary, file);
    return undefined;
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    return `the GitHub cache could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}

/** The CLI's cache file: `$XDG_CACHE_HOME/ideas-author/github.json`, else `~/.cache/ideas-author/github.json`. */
export const defaultCacheFile = (env: Readonly<Record<string, string | undefined>>, homedir: string): string => join(cacheDirectory(env, homedir), 'github.json');
