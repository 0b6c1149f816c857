import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assetResponse } from './assets';

describe('files served as they are', () => {
  it('answer every kind with its own type, never sniffed; libraries cached for good, media sandboxed', () => {
    const file = { body: Buffer.from('x'), type: 'text/css; charset=utf-8' };
    for (const kind of ['library', 'media', 'site-file'] as const) {
      const response = assetResponse(file, kind);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/css; charset=utf-8');
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', kind);
    }
    assert.match(assetResponse(file, 'library').headers.get('cache-control') ?? '', /immutable/);
    assert.equal(assetResponse(file, 'media').headers.get('content-security-policy'), 'sandbox');
    assert.equal(assetResponse(file, 'site-file').headers.get('cache-control'), null);
    assert.equal(assetResponse(undefined, 'media').status, 404);
  });
});
