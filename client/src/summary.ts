import type { LintWorkspaceResult } from '../../server/src/protocol';

/** vscode.DiagnosticSeverity's values, so that this module needs no `vscode` (unit tests import it). */
export const Severity = { Error: 0, Warning: 1, Information: 2, Hint: 3 } as const;

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The worst of some diagnostics' severities (the lowest value), or undefined for none. */
export function worstSeverity(severities: Iterable<number>): number | undefined {
  let worst: number | undefined;
  for (const severity of severities) if (worst === undefined || severity < worst) worst = severity;
  return worst;
}

/** The codicon of the worst severity: error, warning, info, or a check when there is no problem. */
export function severityIcon(severities: Iterable<number>): string {
  switch (worstSeverity(severities)) {
    case undefined:
      return '$(check)';
    case Severity.Error:
      return '$(error)';
    case Severity.Warning:
      return '$(warning)';
    default:
      return '$(info)';
  }
}

/** The status item: `$(error) 12 ideas, 3 problems`, its icon that of the worst problem. */
export function statusText(ideas: number, severities: readonly number[]): string {
  return `${severityIcon(severities)} ${plural(ideas, 'idea')}, ${plural(severities.length, 'problem')}`;
}

/** The Ideas view's description: `12 ideas`. */
export function ideaCountText(ideas: number): string {
  return plural(ideas, 'idea');
}

/**
 * What "Lint Workspace" says it linted: `Ideas: 4 problems in 3 ideas lists (2 open in the editor,
 * 1 on disk).` Every count is of ideas lists, open ones included, so the message is true when
 * every list is open too.
 */
export function lintWorkspaceMessage({ files, findings, open }: LintWorkspaceResult): string {
  if (files === 0) return 'Ideas: no ideas lists in the workspace.';
  const onDisk = files - open;
  const where = onDisk === 0 ? (files === 1 ? 'open in the editor' : 'all open in the editor') : open === 0 ? (files === 1 ? 'on disk' : 'all on disk') : `${open} open in the editor, ${onDisk} on disk`;
  return `Ideas: ${plural(findings, 'problem')} in ${plural(files, 'ideas list')} (${where}).`;
}
