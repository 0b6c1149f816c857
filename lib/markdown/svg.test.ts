import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { assertGolden } from '../../test/golden';
import { cleanSvg } from './svg';

const DIR = path.join(import.meta.dirname, '../../test/fixtures/svg');
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');
const inputs = fs.readdirSync(DIR).filter((f) => f.endsWith('.svg') && !f.endsWith('.out.svg'));
const UNREADABLE = ['broken.svg', 'entity.svg', 'not-svg-root.svg'];

/** What no published SVG may hold: something that runs, or an address outside the file. */
function assertInert(svg: string, name: string) {
  assert.doesNotMatch(svg, /<(?:[a-z]+:)?(?:script|handler|iframe|object|embed|img|form|input|button|image-set)\b/i, `${name}: active element`);
  assert.doesNotMatch(svg, /\son[a-z]+\s*=/i, `${name}: event handler`);
  assert.doesNotMatch(svg, /javascript|vbscript|evil\.example|@import|-moz-binding|behavior|expression\(/i, `${name}: active value or outside address`);
  for (const [, target] of svg.matchAll(/\s(?:xlink:)?href="([^"]*)"/g)) assert.match(target ?? '', /^(?:#|data:image\/png;base64,)/, `${name}: link ${target}`);
  for (const [, target] of svg.matchAll(/url\(\s*['"]?([^)'"]*)/g)) assert.match(target ?? '', /^(?:#|data:font\/woff2)/, `${name}: url(${target})`);
}

describe('cleanSvg (golden: test/fixtures/svg/*.svg → *.out.svg and what was left out)', () => {
  assert.ok(inputs.length >= 9, `only ${inputs.length} SVGs`);
  for (const name of inputs.filter((n) => !UNREADABLE.includes(n))) {
    it(name, () => {
      const cleaned = cleanSvg(read(name));
      assert.ok(cleaned, `${name} could not be read`);
      assertInert(cleaned.svg, name);
      assertGolden(path.join(DIR, name.replace(/\.svg$/, '.out.svg')), `${cleaned.svg}\n<!-- left out: ${cleaned.removed.join(' | ') || 'nothing'} -->\n`);
      // Cleaning the copy again changes nothing and finds nothing more.
      const again = cleanSvg(cleaned.svg);
      assert.equal(again?.svg, cleaned.svg, `${name}: not stable`);
      assert.deepEqual(again?.removed, []);
    });
  }

  it('a plain icon loses nothing it draws', () => {
    const cleaned = cleanSvg(read('plain.svg'));
    assert.deepEqual(cleaned?.removed, []);
    for (const kept of ['<title>图标</title>', 'd="M12 2a10 10 0 1 0 0 20"', 'fill="url(#g)"', 'stroke="currentColor"', '<radialGradient id="g">']) assert.ok(cleaned?.svg.includes(kept), kept);
  });

  it("keeps draw.io's labels as inert XHTML in the XHTML namespace", () => {
    const cleaned = cleanSvg(read('drawio.svg'));
    assert.ok(cleaned);
    assert.match(cleaned.svg, /<foreignObject[^>]*>\s*<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml" style="display: flex;/);
    assert.match(cleaned.svg, /训练 <b>模型<\/b><br\/>train link/);
    assert.match(cleaned.svg, /<span style="color: red">red<\/span>/);
    assert.doesNotMatch(cleaned.svg, /data-drawio-colors/);
    for (const gone of ['<img>', '<script>', '<iframe>', '<button>', 'onclick', '<form>']) assert.ok(cleaned.removed.includes(gone), gone);
  });

  it('puts every element back in its own namespace', () => {
    const cleaned = cleanSvg(read('namespaces.svg'));
    assert.ok(cleaned);
    assert.match(cleaned.svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" xmlns:xlink="http:\/\/www\.w3\.org\/1999\/xlink"/);
    assert.equal(cleaned.svg.match(/xmlns=/g)?.length, 1, 'no element changes its namespace');
    assert.doesNotMatch(cleaned.svg, /inkscape|sodipodi|rdf|xml:base|alert/);
    assert.match(cleaned.svg, /xml:space="preserve"/);
  });

  for (const name of UNREADABLE) {
    it(`${name} is not read (not well-formed, entities, or no <svg> root)`, () => assert.equal(cleanSvg(read(name)), undefined));
  }

  it('does not read a file nested past its depth', () => {
    const deep = `<svg xmlns="http://www.w3.org/2000/svg">${'<g>'.repeat(300)}${'</g>'.repeat(300)}</svg>`;
    assert.equal(cleanSvg(deep), undefined);
    assert.ok(cleanSvg(`<svg xmlns="http://www.w3.org/2000/svg">${'<g>'.repeat(100)}${'</g>'.repeat(100)}</svg>`));
  });

  it('leaves out links that run code however they are spelt', () => {
    const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">${inner}</svg>`;
    for (const inner of [
      '<a href="javascript:alert(1)"><text>x</text></a>',
      '<a href="&#106;avascript:alert(2)"><text>x</text></a>',
      '<a href="&#x6A;avascript&#58;alert(2)"><text>x</text></a>',
      '<a href="java&#x0A;script:alert(3)"><text>x</text></a>',
      '<a href="java\tscript:alert(3)"><text>x</text></a>',
      '<a xlink:href=" JaVaScRiPt:alert(4)"><text>x</text></a>',
      '<set attributeName="href" to="javascript:alert(5)"/>',
      '<a href="data:text/html,&lt;script&gt;alert(6)&lt;/script&gt;"><text>x</text></a>',
    ]) {
      const cleaned = cleanSvg(svg(inner));
      assert.ok(cleaned && cleaned.removed.length > 0, inner);
      assertInert(cleaned.svg, inner);
    }
    // Character references are not XML names: a handler spelt with one is no XML at all.
    assert.equal(cleanSvg(svg('<rect on&#x6C;oad="alert(7)"/>')), undefined);
    assert.equal(cleanSvg(`<!DOCTYPE svg [<!ENTITY j "javascript:">]>${svg('<a href="&j;alert(1)"/>')}`), undefined);
  });

  it('keeps drawings, links within the file and text that merely mentions the words', () => {
    for (const inner of ['<rect width="10" height="10"/>', '<a href="#top"><text>JavaScript 入门</text></a>', '<text>data: 2023 &amp; script</text>']) {
      assert.deepEqual(cleanSvg(`<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`)?.removed, [], inner);
    }
  });
});
