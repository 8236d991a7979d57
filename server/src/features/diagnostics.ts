import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ruleDocsUrl, type Finding, type Severity } from '../core';
import type { Analysis } from '../host/analysis';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * Lint keeps the findings of untouched ideas from one keystroke to the next, and so their
 * diagnostics; a finding that points at other places is made again for another document's uri.
 */
const made = new WeakMap<Finding, { uri: string; diagnostic: Diagnostic }>();

/** The diagnostic of a finding of the document at `uri`: the places it points at are in that document. */
export function toDiagnostic(finding: Finding, uri: string): Diagnostic {
  const known = made.get(finding);
  if (known && (known.uri === uri || !finding.related?.length)) return known.diagnostic;
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: severities[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocsUrl(finding.rule) },
    source: 'ideas',
    message: finding.message,
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((place) => ({ location: { uri, range: place.range }, message: place.message }));
  }
  made.set(finding, { uri, diagnostic });
  return diagnostic;
}

/** The diagnostics of one analysis: none at all for markdown that is not an ideas list. */
export function diagnosticsOf(analysis: Analysis): Diagnostic[] {
  const findings = analysis.notChecked ?? analysis.result?.findings ?? [];
  return findings.map((finding) => toDiagnostic(finding, analysis.uri));
}
