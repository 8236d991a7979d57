import { escapeData } from '../cli/github';
import { UsageError } from '../cli/inputs';
import { FileError, fileError } from '../core';
import { gitDiff } from './git';
import { InputError } from './inputs';
import { runAction } from './run';

// The action's entry (bundled to scripts/action/index.js): the runner starts it in the workspace.
try {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  try {
    process.chdir(workspace);
  } catch (error) {
    throw fileError(workspace, error);
  }
  process.exitCode = runAction(process.env, gitDiff(workspace), (text) => process.stdout.write(text));
} catch (error) {
  // A wrong input, an unreadable config or workspace is the workflow's to fix: one line, no stack trace.
  const message = error instanceof InputError || error instanceof UsageError ? error.message : error instanceof FileError ? error.line : `internal error: ${String(error)}`;
  process.stdout.write(`::error::${escapeData(`ideas-lint: ${message}`)}\n`);
  process.exitCode = 2;
}
