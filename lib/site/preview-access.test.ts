import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { previewRefusal } from './preview-access';

describe('preview access (DNS rebinding)', () => {
  it('answers loopback names with any port', () => {
    for (const host of ['localhost:3000', '127.0.0.1:3211', '[::1]:3000', 'LOCALHOST', '127.0.0.1']) assert.equal(previewRefusal(host, null, []), null, host);
  });

  it('refuses other names, a missing Host and look-alikes', () => {
    for (const host of ['evil.example:3000', 'localhost.evil.example', '127.0.0.1.nip.io:3000', '0.0.0.0:3000', '']) {
      assert.match(previewRefusal(host, null, []) ?? '', /only requests to localhost/, host);
    }
    assert.match(previewRefusal(null, null, []) ?? '', /only requests/);
  });

  it('refuses another site as Origin, answers its own and listed hosts', () => {
    assert.match(previewRefusal('127.0.0.1:3000', 'http://evil.example', []) ?? '', /other sites/);
    assert.match(previewRefusal('127.0.0.1:3000', 'null', []) ?? '', /other sites/);
    assert.equal(previewRefusal('127.0.0.1:3000', 'http://127.0.0.1:3000', []), null);
    assert.equal(previewRefusal('journal.lan:3000', 'http://journal.lan:3000', ['journal.lan']), null);
    assert.equal(previewRefusal('LOCALHOST:3000', 'http://localhost:3000', []), null);
  });

  it('refuses another local site as Origin: another port, another loopback name, another scheme', () => {
    for (const origin of ['http://localhost:9999', 'http://127.0.0.1:9999', 'http://localhost:3000', 'file://', 'chrome-extension://abc']) {
      assert.match(previewRefusal('127.0.0.1:3000', origin, []) ?? '', /other sites/, origin);
    }
  });
});
