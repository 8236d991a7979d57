import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateIdeas } from './generate-ideas';

/**
 * A mentoring repository of generated lists for the rules across files: `lists` lists of
 * `ideas` ideas each under `programs/<program>/<term>/`, five programs over the years. Each list
 * has issues of its own, but every tenth idea links the same issue in every list, as work carried
 * over from term to term does: the rules across files have findings to make. Returns the paths.
 */
export function generateWorkspace(dir: string, lists = 500, ideas = 20): string[] {
  const paths: string[] = [];
  for (let k = 0; k < lists; k++) {
    const folder = join(dir, 'programs', `program-${k % 5}`, String(2000 + (Math.floor(k / 5) % 27)));
    mkdirSync(folder, { recursive: true });
    let idea = 0;
    const text = generateIdeas(ideas, k + 1)
      .replace(/\/issues\/(\d+)/g, (whole, number: string) => (idea++ % 10 === 0 ? whole : `/issues/${k * 1000 + Number(number)}`))
      // One handle per person, as in a real repository (the generator pairs names and handles at random).
      .replace(/([A-Z][a-z]+ [A-Z][a-z]+) \(@[a-z]+\)/g, (_, name: string) => `${name} (@${name.toLowerCase().replace(' ', '')})`);
    const path = join(folder, `list-${k}.md`);
    writeFileSync(path, text);
    paths.push(path);
  }
  return paths;
}
