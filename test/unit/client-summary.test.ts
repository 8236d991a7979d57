import assert from 'node:assert/strict';
import { ideaCountText, lintWorkspaceMessage, Severity, severityIcon, statusText, worstSeverity } from '../../client/src/summary';

describe('what the client says: status item, view title, Lint Workspace', () => {
  it('gives the status item the icon of the worst severity present', () => {
    assert.equal(worstSeverity([]), undefined);
    assert.equal(worstSeverity([Severity.Information, Severity.Error, Severity.Warning]), Severity.Error);
    assert.equal(statusText(3, []), '$(check) 3 ideas, 0 problems');
    assert.equal(statusText(1, [Severity.Information]), '$(info) 1 idea, 1 problem');
    assert.equal(statusText(3, [Severity.Warning, Severity.Information]), '$(warning) 3 ideas, 2 problems');
    assert.equal(statusText(3, [Severity.Warning, Severity.Error, Severity.Warning, Severity.Warning]), '$(error) 3 ideas, 4 problems');
    assert.equal(severityIcon([Severity.Hint]), '$(info)');
  });

  it('counts ideas for the view title', () => {
    assert.equal(ideaCountText(1), '1 idea');
    assert.equal(ideaCountText(12), '12 ideas');
  });

  it('says what Lint Workspace linted, open lists included, so that "all open" is not "nothing found"', () => {
    assert.equal(lintWorkspaceMessage({ files: 3, findings: 4, open: 3, openFindings: 4 }), 'Ideas: 4 problems in 3 ideas lists (all open in the editor).');
    assert.equal(lintWorkspaceMessage({ files: 3, findings: 5, open: 1, openFindings: 4 }), 'Ideas: 5 problems in 3 ideas lists (1 open in the editor, 2 on disk).');
    assert.equal(lintWorkspaceMessage({ files: 2, findings: 0, open: 0, openFindings: 0 }), 'Ideas: 0 problems in 2 ideas lists (all on disk).');
    assert.equal(lintWorkspaceMessage({ files: 1, findings: 1, open: 1, openFindings: 1 }), 'Ideas: 1 problem in 1 ideas list (open in the editor).');
    assert.equal(lintWorkspaceMessage({ files: 1, findings: 2, open: 0, openFindings: 0 }), 'Ideas: 2 problems in 1 ideas list (on disk).');
    assert.equal(lintWorkspaceMessage({ files: 0, findings: 0, open: 0, openFindings: 0 }), 'Ideas: no ideas lists in the workspace.');
  });
});
