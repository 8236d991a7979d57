import { readFileSync } from 'node:fs';
import {
  ExportError,
  EXPORT_VERSION,
  exportIdeas,
  FileError,
  fileError,
  isIdeasDocument,
  lint,
  presets,
  readExport,
  readTextFile,
  renderIdeas,
  toCsv,
  writeOutputFile,
  type ExportedIdea,
  type IdeasExport,
} from '../core';
import type { ConfigResolver } from './config-resolver';
import type { Input } from './inputs';
import type { Options } from './options';

/**
 * `--export json|csv`: every idea of the inputs as data, to stdout or `--output`. A file that
 * cannot be read is one line on stderr and the rest are exported; exit 2 then, else 0: findings
 * play no part in an export.
 */
export function exportCommand(options: Options, configs: ConfigResolver, inputs: Input[], problems: string[]): number {
  const ideas = options.stdin ? exportStdin(options, configs) : inputs.flatMap((input) => exportFile(input, configs, problems));
  for (const p of configs.problems) process.stderr.write(`ideas-lint: ${p.file}:${p.line + 1}:${p.character + 1}: ${p.message}\n`);
  // When no file could be read there is no export, only the problems.
  if (ideas.length > 0 || problems.length === 0) {
    const data: IdeasExport = { version: EXPORT_VERSION, ideas };
    emit(options, options.export === 'csv' ? toCsv(ideas, { bom: options.bom }) : `${JSON.stringify(data, null, 2)}\n`, problems);
  }
  for (const problem of problems) process.stderr.write(`ideas-lint: ${problem}\n`);
  return problems.length > 0 ? 2 : 0;
}

function exportStdin(options: Options, configs: ConfigResolver): ExportedIdea[] {
  let text: string;
  try {
    text = readFileSync(0, 'utf8');
  } catch (error) {
    throw fileError('standard input', error);
  }
  return exportIdeas(lint(text.replace(/^\uFEFF/, ''), configs.configFor(options.stdinFilename)).doc, options.stdinFilename);
}

/** One file's ideas; none when it is skipped or cannot be read. A walked folder's files count only when they are ideas lists. */
function exportFile({ path, explicit }: Input, configs: ConfigResolver, problems: string[]): ExportedIdea[] {
  try {
    const { doc } = lint(readTextFile(path).text, configs.configFor(path));
    if (!explicit && !isIdeasDocument(doc) && !configs.matchesFiles(path)) return [];
    return exportIdeas(doc, path);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    if (!explicit && error.notText) return [];
    problems.push(error.line);
    return [];
  }
}

/**
 * `--render EXPORT.json`: the export as a markdown ideas list in the labels of `--preset`, or of the
 * preset its ideas fit. An export that cannot be read or is not one is one line, exit 2.
 */
export function renderCommand(options: Options): number {
  const path = options.render!;
  let data: IdeasExport;
  try {
    data = readExport(readTextFile(path).text);
  } catch (error) {
    if (error instanceof ExportError) throw new FileError(path, 'NOT_EXPORT', error.message);
    throw error;
  }
  const text = renderIdeas(data.ideas, options.preset === undefined ? undefined : presets[options.preset]);
  const problems: string[] = [];
  emit(options, text, problems);
  for (const problem of problems) process.stderr.write(`ideas-lint: ${problem}\n`);
  return problems.length > 0 ? 2 : 0;
}

/** To `--output` (written whole or not at all) or standard output. */
function emit(options: Options, text: string, problems: string[]): void {
  if (options.output === undefined) {
    process.stdout.write(text);
    return;
  }
  try {
    writeOutputFile(options.output, text);
    process.stderr.write(`ideas-lint: wrote ${options.output}\n`);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    problems.push(error.line);
  }
}
