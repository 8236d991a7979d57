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

  it('leaves out the Template block on request, with the same ideas, which still lint as ideas', () => {
    const bare = generateIdeas(200, 1, { template: false });
    assert.doesNotMatch(bare, /^## Template$/m);
    assert.equal(bare, generateIdeas(200).replace(/## Template\n\n```\n[^`]*```\n\n/, ''));
    const { doc, findings } = lint(bare);
    assert.equal(doc.ideas.length, 200);
    assert.ok(findings.some((f) => f.rule === 'missing-field'), 'the template inferred from the ideas still finds missing fields');
  });
});
