import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ownedCopy } from '../../server/src/core/text/owned';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('ownedCopy', () => {
  it('keeps the piece and lets the text it was cut from go', () => {
    gc();
    const before = process.memoryUsage().heapUsed;
    // Forty distinct 1 MB texts: a view of each would hold 40 MB.
    const kept = Array.from({ length: 40 }, (_, i) => ownedCopy(`${i} ${'value text '.repeat(100_000)}`.slice(1000, 1400)));
    gc();
    const held = process.memoryUsage().heapUsed - before;
    assert.equal(kept[7], `7 ${'value text '.repeat(200)}`.slice(1000, 1400));
    assert.ok(held < 5_000_000, `held ${(held / 1e6).toFixed(1)} MB`);
  });

  it('copies every character', () => {
    const text = 'Mentor(s): Ana Lima (@analima), Ben Ode (@bode) — ✓ 日本';
    for (let from = 0; from < text.length; from += 5) assert.equal(ownedCopy(text.slice(from)), text.slice(from));
  });
});
