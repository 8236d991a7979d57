import { Script } from 'node:vm';

/**
 * The only way to stop synchronous JavaScript (micromark's parse, a regular expression) from
 * outside is V8's own watchdog, which node's vm module arms for the length of a script. The script
 * calls the work through a global slot, so the watchdog covers every call the work makes.
 */
const SLOT = Symbol.for('ideas-author.budgeted-work');
const runSlot = new Script(`globalThis[Symbol.for(${JSON.stringify(SLOT.description)})]()`);

/**
 * `work()`'s value, or undefined when it ran longer than `ms` and was stopped. Whatever the work
 * was building when stopped may be half made: the caller drops it. Costs about a quarter of a
 * millisecond a call (the watchdog's thread).
 */
export function within<T>(ms: number, work: () => T): { value: T } | undefined {
  const global = globalThis as unknown as Record<symbol, unknown>;
  let value: T | undefined;
  global[SLOT] = () => {
    value = work();
  };
  try {
    runSlot.runInThisContext({ timeout: Math.max(1, Math.round(ms)) });
    return { value: value as T };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return undefined;
    throw error;
  } finally {
    delete global[SLOT];
  }
}
