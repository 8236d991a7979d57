import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePath } from './fixtures';

/** Every markdown file copied from the corpus into test/fixtures/corpus. */
export function corpusFiles(dir = fixturePath('corpus')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? corpusFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
  );
}

export const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
