import { readFileSync, writeFileSync } from 'node:fs';
import { formatGithub } from './cli/github';
import { expandPaths, readText, UsageError, type Input } from './cli/inputs';
import { ConfigResolver } from './cli/config-resolver';
import { parseOptions, USAGE, type Options } from './cli/options';
import { formatJson, formatText, type FileFindings } from './cli/report';
import { formatSarif } from './cli/sarif';
import { fixAll, formatDocument, isIdeasDocument, lint, type LintOptions } from './core';

function main(argv: string[]): number {
  const options = parseOptions(argv);
  if (options.help) return print(USAGE);
  if (options.version) return print(`${IDEAS_VERSION}\n`);
  const configs = new ConfigResolver(options.config, options.preset);
  const results = options.stdin ? [lintStdin(options, configs)] : lintFiles(expandPaths(options.paths), options, configs);
  for (const p of configs.problems) process.stderr.write(`ideas-lint: ${p.file}:${p.line + 1}:${p.character + 1}: ${p.message}\n`);
  const shown = options.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  print(render(shown, options.format));
  const count = (severity: string) => results.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && count('warning') > options.maxWarnings;
  if (tooManyWarnings && options.format === 'text') process.stderr.write(`ideas-lint: ${count('warning')} warnings, more than --max-warnings ${options.maxWarnings}\n`);
  return count('error') > 0 || tooManyWarnings ? 1 : 0;
}

function lintStdin(options: Options, configs: ConfigResolver): FileFindings {
  const text = readFileSync(0, 'utf8');
  return { file: options.stdinFilename, findings: lint(text, configs.configFor(options.stdinFilename)).findings };
}

function lintFiles(inputs: Input[], options: Options, configs: ConfigResolver): FileFindings[] {
  return inputs.flatMap(({ path, explicit }) => {
    const config: LintOptions = configs.configFor(path);
    const text = readText(path);
    const { doc, findings } = lint(text, config);
    // A walked directory holds READMEs and guides too: only ideas lists are reported (or fixed).
    if (!explicit && !isIdeasDocument(doc) && !configs.matchesFiles(path)) return [];
    let result = text;
    if (options.fix) result = fixAll(result, (t) => lint(t, config).findings).text;
    if (options.formatWrite) result = formatDocument(result, (t) => lint(t, config).doc);
    if (result === text) return [{ file: path, findings }];
    writeFileSync(path, result);
    return [{ file: path, findings: lint(result, config).findings }];
  });
}

function render(results: FileFindings[], format: Options['format']): string {
  switch (format) {
    case 'json':
      return formatJson(results);
    case 'sarif':
      return formatSarif(results);
    case 'github':
      return formatGithub(results);
    default:
      return formatText(results, useColor());
  }
}

function useColor(): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return process.stdout.isTTY === true;
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Usage and I/O problems are the user's to fix: one line, no stack trace.
  const message = error instanceof UsageError ? error.message : `internal error: ${String(error)}`;
  process.stderr.write(`ideas-lint: ${message}\n`);
  process.exitCode = 2;
}
