import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyEdits, autoFix } from '../../server/src/core/fix/fixes';
import { corpusFiles } from '../support/corpus';
import { checkFixAll, lintText } from '../support/fix-all';
import { readFixture } from '../support/fixtures';

describe('fixes', () => {
  it('fix-all holds on every corpus file', function () {
    this.timeout(120000);
    for (const file of corpusFiles()) checkFixAll(readFileSync(file, 'utf8'), file);
  });

  it('each automatic fix removes its own finding', function () {
    this.timeout(60000);
    const text = readFixture('seed-project-ideas.md') + '\n' + readFixture('corpus/programs/lfx-mentorship/2021/02-Summer/project_ideas.md');
    for (const finding of lintText(text)) {
      const fix = autoFix(finding);
      if (!fix) continue;
      const after = lintText(applyEdits(text, fix.edits));
      const same = after.filter((f) => f.rule === finding.rule && f.message === finding.message && f.range.start.line === finding.range.start.line);
      assert.deepEqual(same, [], `${finding.rule} at line ${finding.range.start.line + 1}: "${fix.title}" did not remove it`);
    }
  });
});
