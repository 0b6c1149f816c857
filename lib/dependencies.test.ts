import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

/**
 * The oldest Next.js release this journal accepts: the newest patched
 * release of the 16.x line it uses. Raise it when a security release lands.
 */
const MINIMUM_NEXT = '16.4.6';

function compare(a: string, b: string): number {
  const pa = a.split(/[.-]/).map(Number);
  const pb = b.split(/[.-]/).map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

describe('dependencies', () => {
  const root = path.join(import.meta.dirname, '..');
  const installed = (name: string) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version as string;

  it(`next is at least ${MINIMUM_NEXT}`, () => {
    assert.ok(compare(installed('next'), MINIMUM_NEXT) >= 0, `next ${installed('next')} is older than ${MINIMUM_NEXT}`);
    const declared = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).dependencies.next as string;
    assert.ok(compare(declared.replace(/^[^\d]*/, ''), MINIMUM_NEXT) >= 0, `package.json asks for next ${declared}`);
  });

  it('the comparison itself can fail', () => {
    assert.ok(compare('16.4.5', MINIMUM_NEXT) < 0);
    assert.ok(compare('15.9.9', MINIMUM_NEXT) < 0);
    assert.ok(compare('16.10.0', MINIMUM_NEXT) > 0);
  });
});
