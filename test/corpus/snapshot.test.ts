/**
 * A snapshot of what the core finds in every file of the shared corpus: one line per finding,
 * `file<TAB>line<TAB>column<TAB>rule` (1-based, the file named by its path in ../shared/corpus),
 * sorted by file then position. The files are read from their unmodified copies in test/fixtures
 * (see its README), not from ../shared: what the snapshot pins is our code, and a run must not
 * depend on the state of a folder outside the repository. No message text: the corpus files
 * hold real people's names. A file that a directory walk would not report (`isIdeasDocument` is
 * false) has one line, `file<TAB>-<TAB>-<TAB>(not an ideas list)`, instead of its findings, so a
 * file that stops (or starts) being seen shows in the diff too.
 *
 * When the findings change on purpose, accept them with `UPDATE_SNAPSHOT=1 npm run test:corpus`
 * (or `UPDATE_SNAPSHOT=1 npx mocha test/corpus/snapshot.test.ts`) and commit the snapshot.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isIdeasDocument, lint } from '../../server/src/core';
import { fixturePath } from '../support/fixtures';

/** Where each part of ../shared/corpus was copied in test/fixtures. */
const copies: { corpusPath: string; fixture: string }[] = [
  { corpusPath: 'cncf-mentoring', fixture: fixturePath('corpus') },
  { corpusPath: 'other-orgs', fixture: fixturePath('other-orgs') },
];
const seed = { corpusPath: 'seed/project-ideas.md', fixture: fixturePath('seed-project-ideas.md') };
const snapshotPath = join(__dirname, 'findings.snapshot.txt');
const NOT_AN_IDEAS_LIST = '(not an ideas list)';
/** How many added and lost lines a failure lists; the counts per rule cover the rest. */
const SHOWN = 200;

/** Every corpus file, by its path in ../shared/corpus, with the fixture that holds its copy; sorted by that path. */
function corpusFiles(): { corpusPath: string; fixture: string }[] {
  const found = [seed];
  const walk = (at: string, root: string, prefix: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path, root, prefix);
      else if (entry.isFile() && entry.name.endsWith('.md')) found.push({ corpusPath: `${prefix}/${relative(root, path).split(sep).join('/')}`, fixture: path });
    }
  };
  for (const { corpusPath, fixture } of copies) walk(fixture, fixture, corpusPath);
  return found.sort((a, b) => byCodeUnits(a.corpusPath, b.corpusPath));
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The snapshot lines of one corpus file. */
function linesOf({ corpusPath: file, fixture }: { corpusPath: string; fixture: string }): string[] {
  const { doc, findings } = lint(readFileSync(fixture, 'utf8'));
  if (!isIdeasDocument(doc)) return [`${file}\t-\t-\t${NOT_AN_IDEAS_LIST}`];
  return findings
    .map((f) => ({ line: f.range.start.line + 1, column: f.range.start.character + 1, rule: f.rule }))
    .sort((a, b) => a.line - b.line || a.column - b.column || byCodeUnits(a.rule, b.rule))
    .map((f) => `${file}\t${f.line}\t${f.column}\t${f.rule}`);
}

/** The lines of `a` that `b` lacks, as many times as `a` has them more. */
function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const line of b) left.set(line, (left.get(line) ?? 0) + 1);
  return a.filter((line) => {
    const n = left.get(line) ?? 0;
    if (n === 0) return true;
    left.set(line, n - 1);
    return false;
  });
}

/** Orders snapshot lines by file, then line and column (`-` first), then the rest. */
function compareLines(a: string, b: string): number {
  const [fa, la, ca, ra] = a.split('\t');
  const [fb, lb, cb, rb] = b.split('\t');
  const num = (s: string) => (s === '-' ? 0 : Number(s));
  return byCodeUnits(fa, fb) || num(la) - num(lb) || num(ca) - num(cb) || byCodeUnits(ra, rb);
}

/** The added and lost lines, merged in snapshot order so a finding that moved shows as a pair; counts per rule first. */
function describeDiff(added: string[], lost: string[]): string {
  const perRule = new Map<string, { added: number; lost: number }>();
  const tally = (line: string, key: 'added' | 'lost') => {
    const rule = line.split('\t')[3];
    const counts = perRule.get(rule) ?? { added: 0, lost: 0 };
    counts[key]++;
    perRule.set(rule, counts);
  };
  added.forEach((line) => tally(line, 'added'));
  lost.forEach((line) => tally(line, 'lost'));
  const counts = [...perRule.keys()].sort(byCodeUnits).map((rule) => `  ${rule}: +${perRule.get(rule)!.added} -${perRule.get(rule)!.lost}`);
  const merged = [...added.map((line) => ({ line, mark: '+' })), ...lost.map((line) => ({ line, mark: '-' }))].sort(
    (a, b) => compareLines(a.line, b.line) || byCodeUnits(b.mark, a.mark),
  );
  const shown = merged.slice(0, SHOWN).map(({ line, mark }) => `  ${mark} ${line.replace(/\t/g, '  ')}`);
  if (merged.length > SHOWN) shown.push(`  … and ${merged.length - SHOWN} more`);
  return [`${added.length} added (+), ${lost.length} lost (-); by rule:`, ...counts, '', ...shown].join('\n');
}

describe('corpus findings snapshot', () => {
  it('matches test/corpus/findings.snapshot.txt', function () {
    this.timeout(60000);
    const files = corpusFiles();
    assert.equal(files.length, 61, 'the corpus copies in test/fixtures: 50 CNCF files, 10 of other organisations and the seed');
    const current = files.flatMap(linesOf);
    const text = current.map((line) => `${line}\n`).join('');

    if (process.env.UPDATE_SNAPSHOT === '1') {
      writeFileSync(snapshotPath, text);
      return;
    }
    assert.ok(existsSync(snapshotPath), `${relative(process.cwd(), snapshotPath)} is missing: run UPDATE_SNAPSHOT=1 npm run test:corpus to write it.`);
    const committed = readFileSync(snapshotPath, 'utf8').replace(/\r\n/g, '\n');
    if (committed === text) return;

    const expected = committed.split('\n').filter((line) => line !== '');
    const added = minus(current, expected);
    const lost = minus(expected, current);
    const diff = added.length + lost.length > 0 ? describeDiff(added, lost) : 'The same lines, in another order or with other blank lines.';
    assert.fail(
      `The corpus findings differ from test/corpus/findings.snapshot.txt.\n${diff}\n\n` +
        'If the change is intended, accept it with UPDATE_SNAPSHOT=1 npm run test:corpus ' +
        '(or UPDATE_SNAPSHOT=1 npx mocha test/corpus/snapshot.test.ts) and commit the snapshot.',
    );
  });
});
