import { parseArgs } from 'node:util';
import { presets } from '../core';
import { UsageError } from './inputs';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];
export const EXPORTS = ['json', 'csv'] as const;
export type ExportFormat = (typeof EXPORTS)[number];

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
  /** `--export json|csv`: the ideas as data instead of findings. */
  export?: ExportFormat;
  /** `--render EXPORT.json`: an export as a markdown list. */
  render?: string;
  /** `--output FILE`: where --export or --render writes (default standard output). */
  output?: string;
  /** False with `--no-bom`: CSV without the byte-order mark. */
  bom: boolean;
  /** False with `--no-workspace-rules`: no rules across files when several files or a directory are linted. */
  workspaceRules: boolean;
  /** `--online`: issues and mentors checked against GitHub (issue-state, mentor-account). */
  online: boolean;
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
  --no-workspace-rules              with several files or a directory, leave out the rules
                                    across files (duplicate-issue, reproposed-idea,
                                    mentor-identity)
  --online                          also ask GitHub whether the upstream issues are open
                                    issues and the mentors' handles are accounts (issue-state,
                                    mentor-account); token from GITHUB_TOKEN (without one: REST,
                                    60 requests an hour); API from GITHUB_API_URL and
                                    GITHUB_GRAPHQL_URL; answers kept 10 minutes in
                                    ~/.cache/ideas-author (or $XDG_CACHE_HOME/ideas-author)
  --export json|csv                 print every idea as data (JSON: docs/export.schema.json;
                                    CSV: one row per idea, UTF-8 with a byte-order mark)
  --no-bom                          with --export csv, no byte-order mark
  --render EXPORT.json              print an export as a markdown ideas list, in the labels
                                    of --preset (default: the preset its ideas fit)
  --output FILE                     with --export or --render, write FILE instead of stdout
  -h, --help                        show this help
  -v, --version                     show the version

exit status: 0 no error findings, 1 error findings (or too many warnings), 2 usage or I/O error
(GitHub not answering --online is one line on stderr, and changes no status);
--export and --render: 0 written, 2 usage or I/O error or an export that cannot be read
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
        export: { type: 'string' },
        render: { type: 'string' },
        output: { type: 'string' },
        'no-bom': { type: 'boolean', default: false },
        'no-workspace-rules': { type: 'boolean', default: false },
        online: { type: 'boolean', default: false },
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
    bom: !values['no-bom'],
    workspaceRules: !values['no-workspace-rules'],
    online: values.online,
  };
  if (values.config !== undefined) options.config = values.config;
  if (values.preset !== undefined) options.preset = values.preset;
  if (maxWarnings !== undefined) options.maxWarnings = maxWarnings;
  readExportOptions(values, options);
  if (!options.help && !options.version) {
    if (options.stdin && options.paths.length > 0) throw new UsageError('give either --stdin or paths, not both');
    if (!options.stdin && options.paths.length === 0 && values.render === undefined) throw new UsageError('no files given (see ideas-lint --help)');
    if (options.stdin && (options.fix || options.formatWrite)) throw new UsageError('--fix and --format-write rewrite files; with --stdin there is none to rewrite');
  }
  return options;
}

/** `--export`, `--render`, `--output`, `--no-bom`, and what they cannot go with. */
function readExportOptions(values: { export?: string; render?: string; output?: string; format: string; fix: boolean; 'format-write': boolean; 'no-bom': boolean }, options: Options): void {
  if (values.export !== undefined && !EXPORTS.includes(values.export as ExportFormat)) {
    throw new UsageError(`unknown export format "${values.export}" (expected ${EXPORTS.join(', ')})`);
  }
  if (values.export !== undefined) options.export = values.export as ExportFormat;
  if (values.render !== undefined) options.render = values.render;
  if (values.output !== undefined) options.output = values.output;
  if (options.help || options.version) return;
  const mode = values.export !== undefined ? '--export' : values.render !== undefined ? '--render' : undefined;
  if (values.export !== undefined && values.render !== undefined) throw new UsageError('give either --export or --render, not both');
  if (values.render !== undefined && (options.paths.length > 0 || options.stdin)) throw new UsageError('--render reads the one export it names; give no other paths');
  if (mode && (values.fix || values['format-write'])) throw new UsageError(`${mode} rewrites no list; leave out --fix and --format-write`);
  if (mode && values.format !== 'text') throw new UsageError(`${mode} prints ideas, not findings; leave out --format`);
  if (mode && options.online) throw new UsageError(`${mode} prints ideas, not findings; leave out --online`);
  if (!mode && values.output !== undefined) throw new UsageError('--output goes with --export or --render');
  if (values['no-bom'] && values.export !== 'csv') throw new UsageError('--no-bom goes with --export csv');
}
