import assert from 'node:assert/strict';
import { lint } from '../../server/src/core';
import { workDone } from '../../server/src/core/text/work';

/** The work counted for linting `text` (text/work.ts): characters our scans and patterns may read. */
export function workOf(text: string): number {
  const before = workDone();
  lint(text);
  return workDone() - before;
}

/** Work on twice the input is at most about twice the work: 2.5×, above a floor for what any text costs. */
export function assertLinear(input: (n: number) => string, n: number): void {
  const once = workOf(input(n));
  const twice = workOf(input(2 * n));
  assert.ok(twice <= 2.5 * Math.max(once, 2000), `work ${once} for ${n}, ${twice} for ${2 * n}`);
}
