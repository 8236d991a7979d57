/**
 * The examples of each rule's page (docs/rules/<id>.md) as tests: every fenced `markdown` block
 * under "## Triggers" must yield at least one finding of that rule, every one under
 * "## Does not trigger" none of it.
 *
 * An example is part of an ideas list, and the test writes the rest of the list the same way for
 * every page (docs/rules/README.md says so for doc writers):
 * - it puts `### Project` and one complete idea (`#### A complete idea` with the default template's
 *   four fields) before the example, so that it stands in a list rather than alone;
 * - an example that does not start with a heading is one idea's field lines: it goes under
 *   `#### An idea`; one that starts with a heading stands as written (an idea heading `####` then
 *   belongs to `### Project`, a project heading `###` starts a project of its own);
 * - an example that starts with a `#` or `##` heading is a whole list (with its own Template block,
 *   say) and stands alone;
 * - a line holding only `…` stands for the fields of an idea the example does not spell out: the
 *   test writes the four fields there (a heading with nothing under it is an empty heading).
 * The list is linted with the default options, as `ideas-lint` lints a file without configuration,
 * unless the example's first line is `<!-- ideasrc: {…} -->`: that JSON is read as `.ideasrc.json`
 * is (it must be valid), and the example, without that line, is linted with it (a rule that is off
 * without configuration, idea-load, shows its limits so). The maintainers files its `maintainers` names
 * are read from docs/example/, as if that JSON were a `.ideasrc.json` there, by the loader the CLI
 * and the server use.
 *
 * A rule across files (a workspace rule: duplicate-issue, reproposed-idea) has examples of several
 * files (or one), each starting with a line `<!-- file: PATH -->`: each file stands as written (`…` still
 * stands for an idea's fields), each is linted, and the rule runs over all of them, as
 * `ideas-lint` runs it over several files.
 *
 * An online rule (issue-state, mentor-account) judges what GitHub answers: its example's first line
 * is `<!-- github: {"issues": {KEY: IssueState}, "users": {LOGIN: UserState}} -->`, the states the
 * rules are handed in place of the network; the rest is an example as above, and the handles
 * suggested are those of its list.
 *
 * An example the rule's current behaviour disagrees with is listed in `knownDisagreements`; the
 * test asserts that exactly those disagree, so mending the rule (or the page) makes it say which
 * entry to remove.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkspace, isOnlineRule, isWorkspaceRule, lint, onlineFindings, onlineQuery, parseConfig, rules, type Finding, type IssueState, type LintOptions, type OnlineStates, type UserState } from '../../server/src/core';
import { loadMaintainers } from '../../server/src/core/maintainers/load';

const rulesDir = join(__dirname, '..', '..', 'docs', 'rules');
const exampleDir = join(__dirname, '..', '..', 'docs', 'example');

/** The default template's (cncf-2020) four fields, written as its labels ask. */
const COMPLETE_FIELDS = [
  '- Description: Add a dry-run mode.',
  '- Recommended Skills: Go',
  '- Mentor(s): Jane Doe (@janedoe)',
  '- Upstream Issue (URL): https://github.com/org/repo/issues/1',
].join('\n');

/**
 * Examples whose rule currently disagrees with its page, as `rule: section #n` (n counts from 1
 * within the section), each with what the rule does instead. The test fails when one of them
 * agrees again: then remove it here.
 */
const knownDisagreements: Record<string, string> = {
  // The page: a near miss (`Descrption`) is reported as a warning and counts as the field. The
  // model reads a heading's fields as an idea only when one of them is a template field, and a
  // near miss is none: `Descrption` and `Slack channel` alone make no idea, so nothing is
  // reported (the same before the house-style change).
  'unknown-field: Triggers #1': 'no finding: an idea whose only labels are a near miss and an unknown label is not read as an idea',
};

/** Rules the editor raises about the check itself (a document too long or too slow), which no example in a list triggers. */
const raisedByTheHost = new Set(['not-checked']);

type Section = 'Triggers' | 'Does not trigger';
const SECTIONS: Section[] = ['Triggers', 'Does not trigger'];

interface Example {
  rule: string;
  section: Section;
  /** 1-based, within its section. */
  n: number;
  text: string;
}

const keyOf = (example: Example) => `${example.rule}: ${example.section} #${example.n}`;

/** The fenced `markdown` blocks under a page's "## Triggers" and "## Does not trigger" headings. */
function examplesOf(rule: string, page: string): Example[] {
  const examples: Example[] = [];
  const counts = new Map<Section, number>();
  let section: Section | undefined;
  let fence: { marker: string; lines: string[] } | undefined;
  for (const line of page.replace(/\r\n/g, '\n').split('\n')) {
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1][0] === fence.marker[0] && close[1].length >= fence.marker.length) {
        if (section) {
          const n = (counts.get(section) ?? 0) + 1;
          counts.set(section, n);
          examples.push({ rule, section, n, text: fence.lines.join('\n') });
        }
        fence = undefined;
      } else fence.lines.push(line);
      continue;
    }
    const heading = /^##\s+(.*?)\s*$/.exec(line);
    if (heading) {
      section = SECTIONS.find((s) => s === heading[1]);
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})\s*(\S*)/.exec(line);
    if (open) {
      if (section) assert.equal(open[2], 'markdown', `docs/rules/${rule}.md: an example under "${section}" is fenced as "${open[2]}", not markdown`);
      fence = { marker: open[1], lines: [] };
    }
  }
  assert.equal(fence, undefined, `docs/rules/${rule}.md: a fence is never closed`);
  return examples;
}

/** The example in a minimal ideas list, by the convention at the top of this file. */
function inList(example: string): string {
  const body = example
    .split('\n')
    .map((line) => (line.trim() === '…' ? `\n${COMPLETE_FIELDS}\n` : line))
    .join('\n');
  const first = body.split('\n').find((line) => line.trim() !== '') ?? '';
  if (/^ {0,3}#{1,2}(\s|$)/.test(first)) return `${body}\n`;
  const idea = /^ {0,3}#{1,6}(\s|$)/.test(first) ? body : `#### An idea\n\n${body}`;
  return `### Project\n\n#### A complete idea\n\n${COMPLETE_FIELDS}\n\n${idea}\n`;
}

const workspaceRuleIds = new Set(rules.filter(isWorkspaceRule).map((rule) => rule.id));
const FILE_LINE = /^<!-- file: (\S+) -->$/;

/** A workspace rule's example as its files, each standing as written with `…` expanded. */
function filesOf(example: string): { file: string; text: string }[] {
  const files: { file: string; text: string }[] = [];
  for (const line of example.split('\n')) {
    const file = FILE_LINE.exec(line.trim());
    if (file) files.push({ file: file[1], text: '' });
    else if (files.length > 0) files[files.length - 1].text += `${line.trim() === '…' ? `\n${COMPLETE_FIELDS}\n` : line}\n`;
    else assert.equal(line.trim(), '', `a workspace rule's example starts with a line <!-- file: PATH -->, not "${line}"`);
  }
  assert.ok(files.length >= 1, "a workspace rule's example names its file");
  return files;
}

const IDEASRC_LINE = /^<!-- ideasrc: (.*) -->$/;

/** The options an example's first line `<!-- ideasrc: {…} -->` gives, and the example without it. */
function optionsOf(example: string): { options: LintOptions; example: string } {
  const [first, ...rest] = example.split('\n');
  const given = IDEASRC_LINE.exec(first.trim());
  if (!given) return { options: {}, example };
  const { config, problems } = parseConfig(given[1], 'ideasrc line');
  assert.deepEqual(problems, [], `an example's ideasrc line is not a valid .ideasrc.json: ${given[1]}`);
  if (!config.maintainers) return { options: config, example: rest.join('\n') };
  const loaded = loadMaintainers(config.maintainers, config.projectAliases, exampleDir);
  assert.deepEqual(loaded.problems, [], `an example's maintainers files cannot be read from docs/example/: ${given[1]}`);
  return { options: { ...config, maintainerLists: loaded.lists }, example: rest.join('\n') };
}

const onlineRuleIds = new Set(rules.filter(isOnlineRule).map((rule) => rule.id));
const GITHUB_LINE = /^<!-- github: (.*) -->$/;

/** The states an online rule's example gives GitHub's answers as (its first line), and the example without it. */
function statesOf(example: string): { states: OnlineStates; example: string } {
  const [first, ...rest] = example.split('\n');
  const given = GITHUB_LINE.exec(first.trim());
  assert.ok(given, `an online rule's example starts with a line <!-- github: {…} -->, not "${first}"`);
  const { issues = {}, users = {} } = JSON.parse(given[1]) as { issues?: Record<string, IssueState>; users?: Record<string, UserState> };
  return { states: { issues: new Map(Object.entries(issues)), users: new Map(Object.entries(users)) }, example: rest.join('\n') };
}

/** What `rule` finds in the example, and the text to show when the test disagrees. */
function findingsOf(rule: string, written: string): { found: Finding[]; text: string } {
  if (onlineRuleIds.has(rule)) {
    const { states, example } = statesOf(written);
    const text = inList(example);
    const { doc } = lint(text);
    return { found: onlineFindings(doc, states, {}, onlineQuery(doc).users).filter((f) => f.rule === rule), text: `${written.split('\n')[0]}\n${text}` };
  }
  if (!workspaceRuleIds.has(rule)) {
    const { options, example } = optionsOf(written);
    const text = inList(example);
    const shown = Object.keys(options).length > 0 ? `<!-- ideasrc: ${JSON.stringify(options)} -->\n${text}` : text;
    return { found: lint(text, options).findings.filter((f) => f.rule === rule), text: shown };
  }
  const example = written;
  const files = filesOf(example);
  const found = checkWorkspace(files.map(({ file, text }) => ({ file, doc: lint(text).doc }))).flatMap((each) => each.findings.filter((f) => f.rule === rule));
  return { found, text: files.map(({ file, text }) => `<!-- file: ${file} -->\n${text}`).join('') };
}

const describeFindings = (findings: Finding[]) =>
  findings.map((f) => `  ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`).join('\n') || '  (none)';

const numbered = (text: string) =>
  text
    .split('\n')
    .map((line, i) => `  ${String(i + 1).padStart(3)}| ${line}`)
    .join('\n');

const pages = readdirSync(rulesDir)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort()
  .map((name) => name.slice(0, -'.md'.length));
const examples = pages.flatMap((rule) => examplesOf(rule, readFileSync(join(rulesDir, `${rule}.md`), 'utf8')));

describe('docs/rules examples', () => {
  // That every rule has a page is test/unit/contracts.test.ts's to check.
  it('every page names a rule and has examples on both sides', () => {
    const ids = new Set(rules.map((rule) => rule.id));
    assert.deepEqual(pages.filter((page) => !ids.has(page)), [], 'pages that name no rule');
    for (const rule of pages.filter((page) => !raisedByTheHost.has(page))) {
      for (const section of SECTIONS) {
        assert.ok(
          examples.some((e) => e.rule === rule && e.section === section),
          `docs/rules/${rule}.md has no markdown example under "## ${section}"`,
        );
      }
    }
  });

  it('knownDisagreements names only examples that exist', () => {
    const keys = new Set(examples.map(keyOf));
    assert.deepEqual(Object.keys(knownDisagreements).filter((key) => !keys.has(key)), []);
  });

  for (const rule of pages) {
    describe(rule, () => {
      for (const example of examples.filter((e) => e.rule === rule)) {
        const key = keyOf(example);
        it(`${example.section} #${example.n}${key in knownDisagreements ? ' (a known disagreement)' : ''}`, () => {
          const { found, text } = findingsOf(rule, example.text);
          const triggers = example.section === 'Triggers';
          const agrees = triggers ? found.length > 0 : found.length === 0;
          const shown = `The example in its list:\n${numbered(text)}\n${rule} findings:\n${describeFindings(found)}`;
          if (key in knownDisagreements) {
            assert.ok(!agrees, `"${key}" now agrees with its page (it was listed as: ${knownDisagreements[key]}): remove it from knownDisagreements.\n${shown}`);
          } else {
            assert.ok(agrees, `docs/rules/${rule}.md: this example ${triggers ? 'yields no' : 'yields a'} ${rule} finding.\n${shown}`);
          }
        });
      }
    });
  }
});
