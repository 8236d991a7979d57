import assert from 'node:assert/strict';
import { generateIdeas } from '../../scripts/bench/generate-ideas';
import { lint } from '../../server/src/core/lint';

describe('the benchmark generator', () => {
  it('writes ideas lists that lint as ideas, with the mistakes real files have', () => {
    const { doc, findings } = lint(generateIdeas(200));
    assert.equal(doc.ideas.length, 200);
    assert.equal(doc.projects.length, 25);
    const rules = new Set(findings.map((f) => f.rule));
    for (const rule of ['missing-field', 'malformed-field', 'field-alias', 'mentor-handle', 'issue-url']) assert.ok(rules.has(rule), rule);
  });

  it('gives the same text for the same size', () => {
    assert.equal(generateIdeas(50), generateIdeas(50));
  });
});
