import { relative, sep } from 'node:path';
import { ConfigResolver } from '../cli/config-resolver';
import { expandPaths } from '../cli/inputs';
import type { FileFindings } from '../cli/report';
import { checkWorkspace, FileError, isIdeasDocument, lint, readTextFile, type ConfigProblem, type Finding, type WorkspaceFile } from '../core';

export interface Linted {
  /** Each ideas list's findings, the rules across files included, named relative to the workspace with `/` as git names them. */
  results: FileFindings[];
  /** Files and folders that could not be read: one line each. */
  problems: string[];
  configProblems: ConfigProblem[];
}

/**
 * Every ideas list below `path` (the current directory is the workspace), linted as `ideas-lint`
 * lints a directory: a walked file is a list when it reads as one or `.ideasrc.json` names it, and
 * the rules across files (duplicate-issue, reproposed-idea) compare all the lists.
 */
export function lintLists(path: string, configFile: string | undefined): Linted {
  const configs = new ConfigResolver(configFile, undefined);
  const { inputs, problems } = expandPaths([path]);
  const files: WorkspaceFile[] = [];
  const findings: Finding[][] = [];
  for (const input of inputs) {
    try {
      const options = configs.configFor(input.path);
      const { doc, findings: own } = lint(readTextFile(input.path).text, options);
      if (!input.explicit && !isIdeasDocument(doc) && !configs.matchesFiles(input.path)) continue;
      files.push({ file: relative('.', input.path).split(sep).join('/'), doc, options });
      findings.push(own);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      if (!input.explicit && error.notText) continue;
      problems.push(error.line);
    }
  }
  const across = checkWorkspace(files);
  const results = files.map(({ file }, i) => ({ file, findings: [...findings[i], ...across[i].findings].sort(byPosition) }));
  return { results, problems, configProblems: configs.problems };
}

const byPosition = (a: Finding, b: Finding) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
