/** What makes the action fail: an error finding (the default), a warning or worse, or nothing. */
export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  /** The file or folder to read, relative to the workspace: every ideas list below it. */
  path: string;
  config?: string;
  /** Where to write SARIF for code scanning. */
  sarif?: string;
  failOn: FailOn;
}

/** An input the workflow set to a value the action cannot use: one line, exit code 2. */
export class InputError extends Error {}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

/**
 * The action's inputs as the runner passes them: `INPUT_<NAME>`, the name upper-cased with spaces
 * made underscores (a hyphen stays: `INPUT_FAIL-ON`). An empty input is an absent one, as
 * GitHub gives every declared input, set or not.
 */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const input = (name: string) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim() || undefined;
  const failOn = input('fail-on') ?? 'error';
  if (!isFailOn(failOn)) throw new InputError(`fail-on must be ${FAIL_ON.join(', ')} (not "${failOn}")`);
  return { path: input('path') ?? '.', config: input('config'), sarif: input('sarif'), failOn };
}

function isFailOn(value: string): value is FailOn {
  return (FAIL_ON as readonly string[]).includes(value);
}
