import { parseArgs } from 'node:util';
import { expandPaths, readText, UsageError } from './cli/files';
import { formatJson, formatText, type FileFindings } from './cli/report';
import { lint } from './core/lint';

const USAGE = 'usage: ideas-lint [--format text|json] PATH...';

function main(argv: string[]): number {
  const { values, positionals } = parseOptions(argv);
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown format "${values.format}"`);
  if (positionals.length === 0) throw new UsageError('no files given');
  const results: FileFindings[] = expandPaths(positionals).map((file) => ({ file, findings: lint(readText(file)).findings }));
  process.stdout.write(values.format === 'json' ? formatJson(results) : formatText(results, process.stdout.isTTY === true));
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (see ideas-lint --help)`);
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Usage and I/O problems are the user's to fix: one line, no stack trace.
  const message = error instanceof UsageError ? error.message : `internal error: ${String(error)}`;
  process.stderr.write(`ideas-lint: ${message}\n`);
  process.exitCode = 2;
}
