import type { Finding, Range } from '../core';

export interface FileFindings {
  file: string;
  findings: Finding[];
}

/**
 * The JSON contract of ARCHITECTURE.md: one flat array, 0-based LSP positions. `related` (the other
 * places a finding points at) is there only when the finding has some.
 */
export function formatJson(results: FileFindings[]): string {
  const rows = results.flatMap(({ file, findings }) =>
    findings.map((f) => ({
      file,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      range: f.range,
      fixes: f.fixes,
      ...(f.related && f.related.length > 0 && { related: f.related.map((place) => ({ file: place.file ?? file, range: place.range, message: place.message })) }),
    })),
  );
  return JSON.stringify(rows, null, 2) + '\n';
}

/**
 * `file:line:col  severity  message  rule`, 1-based like compilers print, each place the finding
 * points at indented below it (`  file:line:col  message`, in another file for a workspace rule's),
 * and a summary line.
 */
export function formatText(results: FileFindings[], color: boolean): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const tone = { error: 31, warning: 33, info: 36 } as const;
  const out: string[] = [];
  for (const { file, findings } of results) {
    for (const f of findings) {
      const where = (range: Range, at = file) => `${at}:${range.start.line + 1}:${range.start.character + 1}`;
      out.push(`${where(f.range)}  ${paint(tone[f.severity], f.severity)}  ${f.message}  ${paint(90, f.rule)}`);
      for (const place of f.related ?? []) out.push(`  ${where(place.range, place.file)}  ${place.message}`);
    }
  }
  const count = (severity: string, noun: string) => {
    const n = results.reduce((sum, r) => sum + r.findings.filter((f) => f.severity === severity).length, 0);
    return plural(n, noun);
  };
  out.push(`${plural(results.length, 'file')} checked: ${count('error', 'error')}, ${count('warning', 'warning')}, ${count('info', 'info')}`);
  return out.join('\n') + '\n';
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
