import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { previewRefusal } from './lib/site/preview-access';
import { config } from './proxy';

describe('proxy matcher: the preview guard', () => {
  // The matcher must be a literal, so the loopback names are written there and in lib/site/preview-access.ts.
  const hostRule = config.matcher.find((m) => typeof m === 'object' && 'missing' in m);
  const hostPattern = hostRule && typeof hostRule === 'object' && 'missing' in hostRule ? hostRule.missing?.[0]?.value : undefined;

  it('lets through, unguarded, exactly the hosts the preview answers', () => {
    assert.ok(hostPattern !== undefined);
    const skipsGuard = new RegExp(`^${hostPattern}$`);
    for (const host of ['localhost', 'localhost:3000', '127.0.0.1:3211', '[::1]:3000']) {
      assert.ok(skipsGuard.test(host), host);
      assert.equal(previewRefusal(host, null, []), null, host);
    }
    for (const host of ['evil.example:3000', 'localhost.evil.example', '127.0.0.1.nip.io']) {
      assert.ok(!skipsGuard.test(host), host);
      assert.notEqual(previewRefusal(host, null, []), null, host);
    }
  });
});
