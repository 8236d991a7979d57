import { longerThan } from './json-node';

/** `files` names a few places; more globs than this are left out. */
export const MAX_GLOBS = 100;
/** A glob names a few folders and a file name: longer ones are refused (picomatch throws past 65,536). */
export const MAX_GLOB_LENGTH = 1000;
/**
 * picomatch turns each run of `*` into a lazy `[^/]*?`: with four in one path segment, matching a
 * 250-character name backtracks for seconds, with more for ever.
 */
export const MAX_STARS_PER_SEGMENT = 3;

/** What is wrong with a glob of `files`, or undefined when picomatch may be given it. */
export function globProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'a glob is empty';
  if (longerThan(glob, MAX_GLOB_LENGTH)) return `a glob is longer than ${MAX_GLOB_LENGTH} characters`;
  const stars = (segment: string) => (segment === '**' ? 0 : (segment.match(/\*+/g)?.length ?? 0));
  if (glob.split('/').some((segment) => stars(segment) > MAX_STARS_PER_SEGMENT)) {
    return `"${glob}" has more than ${MAX_STARS_PER_SEGMENT} "*" in one path segment`;
  }
  return undefined;
}
