import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ruleDocsUrl, type Finding, type Severity } from '../core';
import { MAX_DOCUMENT_LENGTH, type Analysis } from '../host/analysis';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Lint keeps the findings of untouched ideas from one keystroke to the next, and so their diagnostics. */
const made = new WeakMap<Finding, Diagnostic>();

export function toDiagnostic(finding: Finding): Diagnostic {
  let diagnostic = made.get(finding);
  if (!diagnostic) {
    diagnostic = {
      range: finding.range,
      severity: severities[finding.severity],
      code: finding.rule,
      codeDescription: { href: ruleDocsUrl(finding.rule) },
      source: 'ideas',
      message: finding.message,
    };
    made.set(finding, diagnostic);
  }
  return diagnostic;
}

/** The diagnostics of one analysis: none at all for markdown that is not an ideas list. */
export function diagnosticsOf(analysis: Analysis): Diagnostic[] {
  if (analysis.tooLarge) {
    return [{
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: 'ideas',
      message: `Not checked: the document is longer than ${MAX_DOCUMENT_LENGTH.toLocaleString('en')} characters.`,
    }];
  }
  return analysis.result?.findings.map(toDiagnostic) ?? [];
}
