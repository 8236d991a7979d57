/**
 * Work done on a document's text, counted in characters that our scans and patterns may read: a
 * measure of cost that does not depend on the machine, so that a test can check it grows in
 * proportion to the text (test/unit/linear.test.ts). A pattern tried at a position counts every
 * character it may read from there, which is why patterns over user text bound their quantifiers.
 */
let done = 0;

/** Records that a scan may read `chars` characters. A module-level sum: its cost is nothing. */
export function work(chars: number): void {
  done += chars;
}

/** The characters counted since the process started; callers compare differences. */
export const workDone = (): number => done;
