import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { previewRefusal } from './lib/config/preview-access';
import { config } from './proxy';

const HEX = '[0-9A-Fa-f]';
const TAIL = `%[89ABab]${HEX}`;
/** One character of a well-formed path: a plain character or the escapes of one UTF-8 sequence. */
const WELL_FORMED = [
  '[^%]',
  `%[0-7]${HEX}`, // U+0000–U+007F
  `%(?:[Cc][2-9A-Fa-f]|[Dd]${HEX})${TAIL}`, // C2–DF: two bytes
  `%[Ee]0%[ABab]${HEX}${TAIL}`, // E0 A0–BF: no overlong three-byte forms
  `%[Ee][1-9A-Ca-cEFef]${TAIL}${TAIL}`, // E1–EC, EE–EF
  `%[Ee][Dd]%[89]${HEX}${TAIL}`, // ED 80–9F: no surrogates
  `%[Ff]0%(?:9|[ABab])${HEX}${TAIL}${TAIL}`, // F0 90–BF: no overlong four-byte forms
  `%[Ff][1-3]${TAIL}${TAIL}${TAIL}`, // F1–F3
  `%[Ff]4%8${HEX}${TAIL}${TAIL}`, // F4 80–8F: nothing past U+10FFFF
].join('|');

const [matcher] = config.matcher;
const guarded = new RegExp(`^${matcher}$`);

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

describe('proxy matcher', () => {
  it('is the well-formed pattern, written out', () => {
    assert.equal(matcher, `/((?!(?:${WELL_FORMED})*$).*)`);
  });

  it('lets real addresses through without the guard', () => {
    for (const path of ['/', '/posts/ml-interview/', `/tags/${encodeURIComponent('机器学习')}/`, `/posts/${encodeURIComponent('日记😀')}/`, '/search/?q=x']) {
      assert.equal(guarded.test(path), false, path);
    }
  });

  it('sends every malformed address to the guard', () => {
    for (const path of ['/tags/%ZZ', '/tags/%', '/posts/%E0%A4%A', '/posts/%E4%B8', '/posts/%FF', '/tags/%C0%80', '/tags/%ED%A0%80', '/tags/%F4%90%80%80']) {
      assert.equal(guarded.test(path), true, path);
    }
  });

  it('agrees with decodeURIComponent on 20,000 random escape sequences', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const bytes = ['00', '2F', '41', '7F', '80', '8F', '90', '9F', 'A0', 'BF', 'C0', 'C1', 'C2', 'DF', 'E0', 'E4', 'ED', 'EE', 'EF', 'F0', 'F4', 'F5', 'FF', 'ZZ', 'e4', 'b8'];
    let disagreements = 0;
    for (let i = 0; i < 20_000; i++) {
      let path = '/tags/';
      const parts = 1 + Math.floor(random() * 5);
      for (let j = 0; j < parts; j++) path += random() < 0.15 ? 'a' : `%${bytes[Math.floor(random() * bytes.length)]}`;
      if (guarded.test(path) === decodes(path)) disagreements += 1;
    }
    assert.equal(disagreements, 0);
  });
});

describe('proxy matcher: the preview guard', () => {
  // The matcher must be a literal, so the loopback names are written there and in lib/config/preview-access.ts.
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
