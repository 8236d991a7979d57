import { appendFileSync } from 'node:fs';
import { escapeData, escapeProperty, formatGithub } from '../cli/github';
import { formatSarif } from '../cli/sarif';
import { writeOutputFile, type Finding } from '../core';
import { changedFiles } from './changed-files';
import type { Diff } from './git';
import { readInputs, type FailOn } from './inputs';
import { lintLists } from './lint-lists';
import { jobSummary } from './summary';

const FAILING: Record<FailOn, readonly Finding['severity'][]> = { error: ['error'], warning: ['error', 'warning'], never: [] };

/**
 * One run of the action in the workspace (the current directory): every ideas list is read, so
 * that the rules across files see the unchanged ones, and the findings of the lists the event
 * changed are annotated (`::error file=…` workflow commands), counted in the job summary and
 * decide the exit code: 1 when one fails `fail-on`, 2 when a file or the SARIF output could not
 * be read or written. The SARIF file holds every list's findings: code scanning closes the alerts
 * an analysis no longer reports, and itself shows a pull request only what it changed.
 */
export function runAction(env: NodeJS.ProcessEnv, diff: Diff, print: (text: string) => void): number {
  const inputs = readInputs(env);
  const changed = changedFiles(env, diff);
  const { results, problems, configProblems } = lintLists(inputs.path, inputs.config);
  const reported = changed.files === undefined ? results : results.filter(({ file }) => changed.files.has(file));
  if (changed.files === undefined) print(`ideas-lint: reporting every list: ${changed.reason}\n`);
  print(formatGithub(reported));
  for (const p of configProblems) print(`::warning file=${escapeProperty(p.file)},line=${p.line + 1},col=${p.character + 1},title=.ideasrc.json::${escapeData(p.message)}\n`);
  if (inputs.sarif !== undefined) {
    try {
      writeOutputFile(inputs.sarif, formatSarif(results));
    } catch (error) {
      problems.push(`${inputs.sarif}: ${(error as Error).message}`);
    }
  }
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    try {
      // GitHub's protocol: each step appends its markdown to the file it names.
      appendFileSync(summaryFile, jobSummary(reported, results.length, changed.files === undefined ? changed.reason : undefined));
    } catch (error) {
      problems.push(`${summaryFile}: ${(error as Error).message}`);
    }
  }
  for (const problem of problems) print(`::error::${escapeData(`ideas-lint: ${problem}`)}\n`);
  const count = (severity: Finding['severity']) => reported.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
  print(`ideas-lint: ${reported.length} of ${plural(results.length, 'ideas list')} reported: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'notice')}\n`);
  if (problems.length > 0) return 2;
  return FAILING[inputs.failOn].some((severity) => count(severity) > 0) ? 1 : 0;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
