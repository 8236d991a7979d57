import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../core/finding';
import { isIdeasDocument, lint } from '../core/lint';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(finding: Finding): Diagnostic {
  return {
    range: finding.range,
    severity: severities[finding.severity],
    code: finding.rule,
    source: 'ideas',
    message: finding.message,
  };
}

/** Diagnostics for a markdown text; none at all when it is not an ideas list. */
export function diagnose(text: string): Diagnostic[] {
  const { doc, findings } = lint(text);
  return isIdeasDocument(doc) ? findings.map(toDiagnostic) : [];
}
