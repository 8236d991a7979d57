/**
 * Runs one piece of work so that its failure stays its own: the error is logged and, for a
 * request (`rethrow`), answered as an error for that request alone; the server stays up.
 */
export async function guard<T>(log: (message: string) => void, what: string, work: () => Promise<T> | T, rethrow = false): Promise<T> {
  try {
    return await work();
  } catch (error) {
    log(`${what} failed: ${error instanceof Error ? error.stack : String(error)}`);
    if (rethrow) throw error;
    return undefined as T;
  }
}
