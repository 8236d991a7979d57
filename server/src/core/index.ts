/**
 * The core's one door: the server, its features, the CLI and the bench import the core from here
 * and nowhere else (test/unit/contracts.test.ts; the bench's parsers, timed alone, are the one
 * exemption). What is not exported here is the core's own business. The core knows nothing of LSP
 * connections or of VS Code (ARCHITECTURE.md).
 */
export { isIdeasDocument, lint, mayBeIdeasList, type LintOptions, type LintResult } from './lint';
export { DocumentLinter } from './incremental/document-linter';

export type { Field, Heading, Idea, IdeasDocument, IssueRef, Mentor, Project } from './model/types';
export { sectionRange } from './model/headings';
export { isValidHandle } from './model/handles';

export type { Fix, Finding, Related, Severity, TextEdit } from './rules/finding';
export { rules } from './rules';
export { notCheckedFinding } from './rules/not-checked';
export { type Rule } from './rules/rule';
export { insertFields } from './rules/text-edits';

export type { Template, TemplateField } from './template/template';
export { missingFields } from './template/missing-fields';
export { presets } from './template/presets';
export { fieldSnippet, ideaSnippet, projectSnippet, TabStops } from './template/snippets';

export { compatibleFixes, fixAll } from './fix/fixes';
export { formatAll, formatDocument, formatEdits } from './fix/format';

export { parseConfig, type Config, type ConfigProblem } from './config/config';
export { loadConfig, type LoadedConfig } from './config/files';
export { ConfigLookup, matchesConfigFiles } from './config/lookup';
export { newConfigText, ruleOffEdits, ruleOffTarget, type RuleOffTarget } from './config/rule-off';
export { configSchema, configSchemaText } from './config/schema';

export { nodeFileSystem, type FileSystem } from './fs/file-system';
export { FileError, fileError } from './fs/io-errors';
export { MAX_FILE_BYTES, readTextFile, type TextFile } from './fs/read';
export { writeOutputFile, writeTextFile } from './fs/write';
export { walkFiles } from './fs/walk';

export { EXPORT_VERSION, exportIdeas, issueRefUrl, type ExportedIdea, type ExportedMentor, type IdeasExport } from './export/idea-export';
export { CSV_COLUMNS, toCsv } from './export/csv';
export { presetFor, renderIdeas } from './export/render';
export { ExportError, readExport } from './export/read-export';
export { programAndTerm } from './export/program-term';

export { checkWorkspace, issueKey, workspaceRules, type WorkspaceFile } from './workspace/workspace-rules';
export { isWorkspaceRule, type WorkspaceRule } from './workspace/types';

export type { IssueState, OnlineQuery, OnlineStates, UserState } from './online/states';
export { onlineQuery } from './online/query';
export { onlineFindings, onlineRules } from './online/findings';
export { isOnlineRule, type OnlineRule } from './online/rule';

export { comparePositions, rangeContains, type Position, type Range } from './text/range';
export { firstFromLine } from './text/sorted';
