import { parseArgs } from 'node:util';
import { presets } from '../core';
import { UsageError } from './inputs';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface Options {
  format: Format;
  fix: boolean;
  formatWrite: boolean;
  config?: string;
  preset?: string;
  stdin: boolean;
  stdinFilename: string;
  maxWarnings?: number;
  quiet: boolean;
  help: boolean;
  version: boolean;
  paths: string[];
}

export const USAGE = `usage: ideas-lint [options] PATH...

Lints mentorship project-ideas lists (markdown). PATH is a file, a directory (walked for *.md;
only files that look like ideas lists are reported) or a glob such as 'programs/**/*.md'.

options:
  --format text|json|sarif|github   output format (default text)
  --fix                             apply every safe fix in place, then report what is left
  --format-write                    normalise bullets, labels, spacing and field order in place
  --config FILE                     use this .ideasrc.json instead of the nearest one
  --preset cncf-2020|lfx|gsoc|lfx-form
                                    template for files without a Template block
  --stdin                           lint standard input
  --stdin-filename NAME             the name to report and to find config for (with --stdin)
  --max-warnings N                  exit 1 when there are more than N warnings
  --quiet                           report errors only
  -h, --help                        show this help
  -v, --version                     show the version

exit status: 0 no error findings, 1 error findings (or too many warnings), 2 usage or I/O error
`;

export function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        fix: { type: 'boolean', default: false },
        'format-write': { type: 'boolean', default: false },
        config: { type: 'string' },
        preset: { type: 'string' },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string', default: '<stdin>' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (see ideas-lint --help)`);
  }
  const { values, positionals } = parsed;
  if (!FORMATS.includes(values.format as Format)) {
    throw new UsageError(`unknown format "${values.format}" (expected ${FORMATS.join(', ')})`);
  }
  if (values.preset !== undefined && !Object.hasOwn(presets, values.preset)) {
    throw new UsageError(`unknown preset "${values.preset}" (expected ${Object.keys(presets).join(', ')})`);
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings takes a whole number, 0 or more');
  }
  const options: Options = {
    format: values.format as Format,
    fix: values.fix,
    formatWrite: values['format-write'],
    stdin: values.stdin,
    stdinFilename: values['stdin-filename'],
    quiet: values.quiet,
    help: values.help,
    version: values.version,
    paths: positionals,
  };
  if (values.config !== undefined) options.config = values.config;
  if (values.preset !== undefined) options.preset = values.preset;
  if (maxWarnings !== undefined) options.maxWarnings = maxWarnings;
  if (!options.help && !options.version) {
    if (options.stdin && options.paths.length > 0) throw new UsageError('give either --stdin or paths, not both');
    if (!options.stdin && options.paths.length === 0) throw new UsageError('no files given (see ideas-lint --help)');
    if (options.stdin && (options.fix || options.formatWrite)) throw new UsageError('--fix and --format-write rewrite files; with --stdin there is none to rewrite');
  }
  return options;
}
