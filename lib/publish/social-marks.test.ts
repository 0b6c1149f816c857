import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromXml } from 'xast-util-from-xml';
import type { Element } from 'xast';
import { socialMarksSprite } from './social-marks';

describe('social marks', () => {
  it('are one well-formed SVG file with one symbol per network the author links to', () => {
    const sprite = socialMarksSprite([
      { kind: 'github', url: 'https://github.com/lin-yi' },
      { kind: 'email', url: 'mailto:lin@example.com' },
      { kind: 'github', url: 'https://github.com/other' },
      { kind: 'rss', url: '/rss.xml' },
    ]);
    const root = fromXml(sprite).children.find((n): n is Element => n.type === 'element');
    assert.equal(root?.name, 'svg');
    const symbols = (root?.children ?? []).filter((n): n is Element => n.type === 'element');
    assert.deepEqual(symbols.map((s) => [s.name, s.attributes.id, s.attributes.viewBox]), [
      ['symbol', 'github', '0 0 24 24'],
      ['symbol', 'email', '0 0 24 24'],
      ['symbol', 'rss', '0 0 24 24'],
    ]);
    const paths = symbols.map((s) => s.children.find((n): n is Element => n.type === 'element'));
    assert.equal(paths[0]?.attributes.fill, 'currentColor');
    assert.match(String(paths[0]?.attributes.d), /^M12/);
    // Email's envelope is drawn in strokes.
    assert.equal(paths[1]?.attributes.stroke, 'currentColor');
    assert.equal(paths[1]?.attributes.fill, 'none');
  });

  it('is an empty SVG without links', () => {
    assert.equal(socialMarksSprite([]), '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n');
  });
});
