import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../core';
import type { Analysis } from '../host/analysis';
import { packageRoot, ruleDocsHref, type RuleDocs } from './rule-docs';

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

/** Where diagnostics link to: the bundled page, or the client's command that opens it (set once, at initialize). */
let ruleDocs: RuleDocs = { root: packageRoot() };

/** Set by the server when the client says how it opens a rule's page, before any diagnostic is made. */
export function linkRuleDocs(docs: RuleDocs): void {
  ruleDocs = docs;
}

/** The diagnostic of a finding of the document at `uri`: the places it points at are in that document, or in the file they name. */
export function toDiagnostic(finding: Finding, uri: string): Diagnostic {
  const known = made.get(finding);
  if (known && (known.uri === uri || !finding.related?.length)) return known.diagnostic;
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: severities[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocsHref(finding.rule, ruleDocs) },
    source: 'ideas',
    message: finding.message,
  };
  if (finding.related?.length) {
    // A rule across files names places in other lists by their uri (the server names files so).
    diagnostic.relatedInformation = finding.related.map((place) => ({ location: { uri: place.file ?? uri, range: place.range }, message: place.message }));
  }
  made.set(finding, { uri, diagnostic });
  return diagnostic;
}

/** The diagnostics of one analysis: none at all for markdown that is not an ideas list. */
export function diagnosticsOf(analysis: Analysis): Diagnostic[] {
  const findings = analysis.notChecked ?? analysis.result?.findings ?? [];
  return findings.map((finding) => toDiagnostic(finding, analysis.uri));
}
