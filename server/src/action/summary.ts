import type { FileFindings } from '../cli/report';

/**
 * The job summary (markdown for `GITHUB_STEP_SUMMARY`): how many lists were read, which were
 * reported and why, and a row of counts per reported list that has findings.
 */
export function jobSummary(reported: FileFindings[], listCount: number, reason: string | undefined): string {
  const lists = (n: number) => `${n} ideas list${n === 1 ? '' : 's'}`;
  const scope = reason === undefined ? `${lists(reported.length)} of ${listCount} changed` : `every list reported: ${reason}`;
  const lines = ['### ideas-lint', '', `${lists(listCount)} read; ${scope}.`, ''];
  const rows = reported.filter(({ findings }) => findings.length > 0);
  if (rows.length === 0) lines.push(reported.length === 0 ? 'No ideas list to report.' : 'No findings.');
  else lines.push('| List | Errors | Warnings | Notices |', '|---|--:|--:|--:|');
  for (const { file, findings } of rows) {
    const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
    lines.push(`| ${codeCell(file)} | ${count('error')} | ${count('warning')} | ${count('info')} |`);
  }
  return lines.join('\n') + '\n\n';
}

/** A file name as code in a table cell: a pipe would end the cell, a backtick the code span. */
function codeCell(name: string): string {
  const escaped = name.replace(/\|/g, '\\|');
  return name.includes('`') ? `\`\` ${escaped} \`\`` : `\`${escaped}\``;
}
