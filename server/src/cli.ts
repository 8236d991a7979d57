import { readFileSync } from 'node:fs';
import { formatGithub } from './cli/github';
import { expandPaths, UsageError, type Input } from './cli/inputs';
import { ConfigResolver } from './cli/config-resolver';
import { exportCommand, renderCommand } from './cli/export';
import { checkOnline } from './cli/online';
import { parseOptions, USAGE, type Options } from './cli/options';
import { formatJson, formatText, type FileFindings } from './cli/report';
import { formatSarif } from './cli/sarif';
import { checkWorkspace, FileError, fileError, fixAll, formatDocument, isIdeasDocument, lint, readTextFile, writeTextFile, type Config, type Finding, type IdeasDocument } from './core';

/** A linted file with what the workspace rules compare. */
interface Linted extends FileFindings {
  doc: IdeasDocument;
  config: Config;
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (options.help) return print(USAGE);
  if (options.version) return print(`${IDEAS_VERSION}\n`);
  if (options.render !== undefined) return renderCommand(options);
  const configs = new ConfigResolver(options.config, options.preset);
  // A file that cannot be read or written is one line here; the other files go on.
  const { inputs, problems } = options.stdin ? { inputs: [], problems: [] } : expandPaths(options.paths);
  if (options.export !== undefined) return exportCommand(options, configs, inputs, problems);
  const linted = options.stdin ? [lintStdin(options, configs)] : inputs.flatMap((input) => lintFile(input, options, configs, problems));
  // Several files, or a directory: the rules across files (duplicate-issue, reproposed-idea) join in.
  const acrossFiles = options.workspaceRules && (inputs.length > 1 || inputs.some((input) => !input.explicit));
  let results = acrossFiles ? withWorkspaceFindings(linted) : linted.map(({ file, findings }) => ({ file, findings }));
  if (options.online) {
    // After the local findings, what GitHub says; GitHub not answering is one line, never the exit status.
    const online = await checkOnline(linted);
    results = results.map(({ file, findings }, i) => ({ file, findings: byPosition([...findings, ...online.findings[i]]) }));
    if (online.problem !== undefined) process.stderr.write(`ideas-lint: ${online.problem}\n`);
  }
  for (const p of configs.problems) process.stderr.write(`ideas-lint: ${p.file}:${p.line + 1}:${p.character + 1}: ${p.message}\n`);
  const shown = options.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  // When no file could be read there is no report, only the problems.
  if (results.length > 0 || problems.length === 0) print(render(shown, options.format));
  for (const problem of problems) process.stderr.write(`ideas-lint: ${problem}\n`);
  if (problems.length > 0) return 2;
  const count = (severity: string) => results.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && count('warning') > options.maxWarnings;
  if (tooManyWarnings && options.format === 'text') process.stderr.write(`ideas-lint: ${count('warning')} warnings, more than --max-warnings ${options.maxWarnings}\n`);
  return count('error') > 0 || tooManyWarnings ? 1 : 0;
}

function lintStdin(options: Options, configs: ConfigResolver): Linted {
  let text: string;
  try {
    text = readFileSync(0, 'utf8');
  } catch (error) {
    throw fileError('standard input', error);
  }
  const config = configs.configFor(options.stdinFilename);
  return { file: options.stdinFilename, ...lint(text, config), config };
}

/** Each file's findings with those of the workspace rules over all of them, in position order. */
function withWorkspaceFindings(linted: Linted[]): FileFindings[] {
  const across = checkWorkspace(linted.map(({ file, doc, config }) => ({ file, doc, options: config })));
  return linted.map(({ file, findings }, i) => ({ file, findings: byPosition([...findings, ...across[i].findings]) }));
}

const byPosition = (findings: Finding[]): Finding[] => findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

/** One file's findings, fixed and written first if asked; none when it is skipped or fails. */
function lintFile({ path, explicit }: Input, options: Options, configs: ConfigResolver, problems: string[]): Linted[] {
  try {
    const file = readTextFile(path);
    const config = configs.configFor(path);
    const { doc, findings } = lint(file.text, config);
    // A walked directory holds READMEs and guides too: only ideas lists are reported (or fixed).
    if (!explicit && !isIdeasDocument(doc) && !configs.matchesFiles(path)) return [];
    let result = file.text;
    if (options.fix) result = fixAll(result, (t) => lint(t, config).findings).text;
    if (options.formatWrite) result = formatDocument(result, (t) => lint(t, config));
    if (result === file.text) return [{ file: path, findings, doc, config }];
    writeTextFile(path, result, file);
    process.stderr.write(`ideas-lint: wrote ${path}\n`);
    return [{ file: path, ...lint(result, config), config }];
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    // What a walk finds that holds no text (empty, binary, another encoding) is no ideas list.
    if (!explicit && error.notText) return [];
    problems.push(error.line);
    return [];
  }
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

main(process.argv.slice(2)).then(
  (status) => (process.exitCode = status),
  (error: unknown) => {
    // Usage and I/O problems are the user's to fix: one line, no stack trace.
    const message = error instanceof UsageError ? error.message : error instanceof FileError ? error.line : `internal error: ${String(error)}`;
    process.stderr.write(`ideas-lint: ${message}\n`);
    process.exitCode = 2;
  },
);
