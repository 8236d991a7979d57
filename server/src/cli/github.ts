import type { Severity } from '../core';
import type { FileFindings } from './report';

const commands: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow commands that GitHub Actions turns into annotations on the pull request. */
export function formatGithub(results: FileFindings[]): string {
  return results
    .flatMap(({ file, findings }) =>
      findings.map((f) => {
        const properties = [
          `file=${escapeProperty(file)}`,
          `line=${f.range.start.line + 1}`,
          `col=${f.range.start.character + 1}`,
          `endLine=${f.range.end.line + 1}`,
          `endColumn=${f.range.end.character + 1}`,
          `title=${escapeProperty(f.rule)}`,
        ];
        // An annotation has one place: a place in another file (a workspace rule's) is named in the message.
        const elsewhere = (f.related ?? []).filter((place) => place.file !== undefined && place.file !== file);
        const message = [f.message, ...elsewhere.map((place) => `${place.file}:${place.range.start.line + 1}:${place.range.start.character + 1}: ${place.message}`)].join('\n');
        return `::${commands[f.severity]} ${properties.join(',')}::${escapeData(message)}\n`;
      }),
    )
    .join('');
}

/** As the runner's toolkit escapes command data. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
