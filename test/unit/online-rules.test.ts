import assert from 'node:assert/strict';
import { lint, onlineFindings, onlineQuery, rules, type IssueState, type OnlineStates, type UserState } from '../../server/src/core';
import { closestHandle } from '../../server/src/core/online/closest-handle';

/** An idea of the default template, with its title, mentors and issue. */
const idea = (title: string, mentors: string, issue: string) =>
  `#### ${title}\n\n- Description: d\n- Recommended Skills: Go\n- Mentor(s): ${mentors}\n- Upstream Issue (URL): ${issue}\n`;
const list = (...ideas: string[]) => `### Stellar Mesh\n\n${ideas.join('\n')}`;

const states = (issues: Record<string, IssueState> = {}, users: Record<string, boolean> = {}): OnlineStates => ({
  issues: new Map(Object.entries(issues)),
  users: new Map(Object.entries(users).map(([login, exists]): [string, UserState] => [login, { login, exists }])),
});

const KEY = 'github.com/stellar/mesh/issues/12';
const ANA = 'Ana Lima (@analima)';

/** The online findings of a list, as `rule: message @line:character`. */
function found(text: string, given: OnlineStates, options = {}, knownHandles: string[] = []): string[] {
  return onlineFindings(lint(text).doc, given, options, knownHandles).map((f) => `${f.rule} ${f.severity}: ${f.message} @${f.range.start.line}:${f.range.start.character}`);
}

describe('online rules', () => {
  it('onlineQuery: each github.com issue once by its key (URL, /pull/, shorthand, a comment), each handle once whatever its case; other hosts and placeholders left out', () => {
    const text = list(
      idea('A', `${ANA}, Bo Li (@Bo-Li)`, 'https://github.com/Stellar/Mesh/issues/12'),
      idea('B', 'Ana Lima (@AnaLima), Jane Doe (@github-handle)', 'stellar/mesh#12, https://github.com/stellar/mesh/pull/13#issuecomment-5'),
      idea('C', 'Bo Li (@bo-li)', 'https://gitlab.com/o/r/-/issues/3, https://github.com/org/repo/issues/1, https://github.com/stellar/mesh/issues'),
    );
    assert.deepEqual(onlineQuery(lint(text).doc), {
      issues: [
        { key: KEY, owner: 'Stellar', repo: 'Mesh', number: 12 },
        { key: 'github.com/stellar/mesh/issues/13', owner: 'stellar', repo: 'mesh', number: 13 },
      ],
      users: ['analima', 'Bo-Li'],
    });
  });

  it('issue-state: closed and missing are warnings, a pull request information, on the issue reference', () => {
    const text = list(idea('A', ANA, 'https://github.com/stellar/mesh/issues/12'), idea('B', ANA, 'stellar/mesh#13'), idea('C', ANA, 'https://github.com/stellar/mesh/issues/14'));
    assert.deepEqual(
      found(text, states({ [KEY]: { kind: 'issue', state: 'closed' }, 'github.com/stellar/mesh/issues/13': { kind: 'missing' }, 'github.com/stellar/mesh/issues/14': { kind: 'pull-request', state: 'open' } })),
      [
        'issue-state warning: The issue https://github.com/stellar/mesh/issues/12 is closed. @7:24',
        'issue-state warning: The issue https://github.com/stellar/mesh/issues/13 was not found, or this token cannot see it. @14:24',
        'issue-state info: The issue https://github.com/stellar/mesh/issues/14 is a pull request, not an issue. @21:24',
      ],
    );
  });

  it('issue-state: an open issue assigned to someone who is not a mentor of the idea (information); to a mentor, case aside, nothing', () => {
    const text = list(idea('A', `${ANA}, Bo Li (@bo-li)`, 'https://github.com/stellar/mesh/issues/12'));
    assert.deepEqual(found(text, states({ [KEY]: { kind: 'issue', state: 'open', assignees: ['Bo-Li'] } })), []);
    assert.deepEqual(found(text, states({ [KEY]: { kind: 'issue', state: 'open', assignees: ['octocat', 'bo-li', 'hubot'] } })), [
      'issue-state info: The issue https://github.com/stellar/mesh/issues/12 is assigned to @octocat, @hubot, who are not mentors of this idea. @7:24',
    ]);
    assert.deepEqual(found(text, states({ [KEY]: { kind: 'issue', state: 'open', assignees: ['octocat'] } })), [
      'issue-state info: The issue https://github.com/stellar/mesh/issues/12 is assigned to @octocat, who is not a mentor of this idea. @7:24',
    ]);
    // Closed says enough: who it was assigned to is history.
    assert.deepEqual(found(text, states({ [KEY]: { kind: 'issue', state: 'closed', assignees: ['octocat'] } })).length, 1);
  });

  it('issue-state: an open issue, and an issue with no state yet, give nothing', () => {
    const text = list(idea('A', ANA, 'https://github.com/stellar/mesh/issues/12'));
    assert.deepEqual(found(text, states({ [KEY]: { kind: 'issue', state: 'open', assignees: [] } })), []);
    assert.deepEqual(found(text, states()), []);
  });

  it('mentor-account: a handle that is no account, on the handle, with the closest known handle as a fix the author confirms', () => {
    const text = list(idea('A', 'Ana Lima (@analimma), Bo Li (@bo-li)', 'https://github.com/stellar/mesh/issues/12'));
    const { doc } = lint(text);
    const [finding, ...rest] = onlineFindings(doc, states({}, { analimma: false, 'bo-li': true }), {}, ['AnaLima', 'bo-li']);
    assert.deepEqual(rest, []);
    assert.equal(finding.message, '@analimma is not a GitHub account. Did you mean @AnaLima?');
    assert.deepEqual(finding.range, { start: { line: 6, character: 24 }, end: { line: 6, character: 32 } });
    assert.deepEqual(finding.fixes, [{ title: 'Replace with @AnaLima', edits: [{ range: finding.range, newText: 'AnaLima' }], needsInput: true }]);
    // Without a near handle: the finding alone.
    assert.deepEqual(found(text, states({}, { analimma: false }), {}, ['octocat']), ['mentor-account warning: @analimma is not a GitHub account. @6:24']);
  });

  it('closestHandle: within 2 edits (1 under 8 characters), the nearest then the first alphabetically; never itself nor one known missing', () => {
    assert.equal(closestHandle('analimma', ['zzz', 'analima', 'analim']), 'analima');
    assert.equal(closestHandle('analimma', ['anlimaa', 'analim']), 'analim');
    assert.equal(closestHandle('ctiller', ['dhiller']), undefined);
    assert.equal(closestHandle('olixOr', ['olix0r']), 'olix0r');
    assert.equal(closestHandle('analimma', ['AnaLimma']), undefined);
    assert.equal(closestHandle('analimma', ['analima'], new Set(['analima'])), undefined);
    assert.equal(closestHandle('bob', ['rob', 'bo']), 'bo');
    assert.equal(closestHandle('bob', ['ann']), undefined);
    assert.equal(closestHandle('jdoe', ['jd']), undefined);
  });

  it('severities and off from the options, ideas-disable directives honoured; a plain lint never reports them', () => {
    const text = list(idea('A', 'Ana Lima (@analimma)', 'https://github.com/stellar/mesh/issues/12'));
    const given = states({ [KEY]: { kind: 'issue', state: 'closed' } }, { analimma: false });
    assert.deepEqual(found(text, given, { rules: { 'issue-state': 'error', 'mentor-account': 'off' } }), ['issue-state error: The issue https://github.com/stellar/mesh/issues/12 is closed. @7:24']);
    const disabled = text.replace('- Upstream Issue', '<!-- ideas-disable-next-line issue-state -->\n- Upstream Issue');
    assert.deepEqual(found(disabled, given).map((f) => f.split(':')[0]), ['mentor-account warning']);
    assert.deepEqual(lint(text).findings.filter((f) => f.rule === 'issue-state' || f.rule === 'mentor-account'), []);
    assert.ok(rules.some((rule) => rule.id === 'issue-state') && rules.some((rule) => rule.id === 'mentor-account'));
  });

  it('a placeholder is the placeholder rule\'s: GitHub says nothing of `org/repo/issues/1` or `@github-handle`', () => {
    const text = list(idea('A', 'Jane Doe (@github-handle)', 'https://github.com/org/repo/issues/1'));
    assert.deepEqual(found(text, states({ 'github.com/org/repo/issues/1': { kind: 'missing' } }, { 'github-handle': false })), []);
  });
});
