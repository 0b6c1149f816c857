import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { parseEntry } from '../content/entry';
import { buildJournal } from '../content/journal';
import fs from 'node:fs';
import path from 'node:path';
import { assertGolden } from '../../test/golden';
import { atomFeed, FEED_SIZE, journalFeed, jsonFeed, rssFeed as rssOf, termFeed } from './feeds';
import { escapeXml, xmlSafe } from './xml';
import { makeSite } from '../site/site';

/** The Site the feeds are written for: the defaults, as a journal without settings has. */
const SITE = makeSite({});

const HOSTILE = 'A & B </title><script>x</script> ]]> <![CDATA[ "q" \'s\' 中文';

function journal(count: number, drafts = 0) {
  const entries = [];
  for (let i = 0; i < count + drafts; i++) {
    const draft = i >= count ? 'publish: false\n' : '';
    const raw = `---\ntitle: ${JSON.stringify(i === 0 ? HOSTILE : `Entry ${i}`)}\ndate: ${i === 0 ? '2022-02-15' : `2022-01-${String((i % 28) + 1).padStart(2, '0')}`}\ntags: ["a&b", "<c>"]\n${draft}---\nBody ${i} with <b>html</b> & ]]>.\n`;
    const r = parseEntry(`e${i}.md`, raw, 'Asia/Shanghai');
    assert.ok(r.ok);
    entries.push(r.entry);
  }
  return buildJournal(entries, [], { preview: false }, Date.UTC(2030, 0, 1));
}

const rssFeed = (j: ReturnType<typeof journal>) => rssOf(journalFeed(SITE, j));

function xmllint(xml: string): { ok: boolean; stderr: string } {
  const run = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
  assert.equal(run.error, undefined, 'xmllint is needed (Debian: libxml2-utils)');
  return { ok: run.status === 0, stderr: run.stderr };
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('xml escaping', () => {
  it('round-trips markup characters and drops what XML cannot carry', () => {
    assert.equal(unescape(escapeXml(HOSTILE)), HOSTILE);
    assert.equal(xmlSafe('a\u0000b\u0007c\u001Fd\uFFFEe\uD800f'), 'abcdef');
    assert.equal(xmlSafe('tab\tline\nemoji 😀'), 'tab\tline\nemoji 😀');
  });
});

describe('feeds', () => {
  const j = journal(25, 3);

  it('RSS and Atom are well-formed XML (xmllint)', () => {
    for (const xml of [rssFeed(j), atomFeed(journalFeed(SITE, j))]) {
      const lint = xmllint(xml);
      assert.ok(lint.ok, lint.stderr);
    }
    // A feed that is not well-formed is caught: the check can fail.
    assert.equal(xmllint('<rss><title>a & b</title></rss>').ok, false);
  });

  it(`hold the ${FEED_SIZE} newest published entries, hostile titles escaped`, () => {
    const rss = rssFeed(j);
    assert.equal(rss.match(/<item>/g)?.length, FEED_SIZE);
    assert.ok(rss.includes(`<title>${escapeXml(HOSTILE)}</title>`));
    const feed = JSON.parse(jsonFeed(journalFeed(SITE, j)));
    assert.equal(feed.items.length, FEED_SIZE);
    assert.ok(!rss.includes('<script>'));
  });

  it('carry no draft', () => {
    const small = journal(2, 2);
    for (const text of [rssFeed(small), atomFeed(journalFeed(SITE, small)), jsonFeed(journalFeed(SITE, small))]) {
      assert.ok(text.includes('Body 0') || text.includes('Body 1'));
      assert.ok(!text.includes('Body 2') && !text.includes('Body 3'));
    }
  });

  it('keep a hostile title exactly in JSON Feed', () => {
    const feed = JSON.parse(jsonFeed(journalFeed(SITE, journal(1))));
    assert.equal(feed.items[0].title, HOSTILE);
    assert.equal(feed.items[0].date_published, '2022-02-14T16:00:00.000Z');
  });
});

const FIXTURES = path.join(import.meta.dirname, '../../test/fixtures/feeds');

describe('feed items (golden: test/fixtures/feeds/*.md → *.xml)', () => {
  const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.md'));
  assert.ok(files.length >= 1);
  for (const name of files) {
    it(name, () => {
      const r = parseEntry(name, fs.readFileSync(path.join(FIXTURES, name), 'utf8'), 'Asia/Shanghai');
      assert.ok(r.ok);
      const xml = rssOf(journalFeed(SITE, buildJournal([r.entry], [], { preview: false }, Date.UTC(2030, 0, 1))));
      assertGolden(path.join(FIXTURES, name.replace(/\.md$/, '.xml')), xml.slice(xml.indexOf('<item>')));
    });
  }

  it('each formula once (MathML), no heading anchor, absolute links, no more-marker', () => {
    const r = parseEntry('math.md', fs.readFileSync(path.join(FIXTURES, 'item.md'), 'utf8'), 'Asia/Shanghai');
    assert.ok(r.ok);
    const xml = rssOf(journalFeed(SITE, buildJournal([r.entry], [], { preview: false }, Date.UTC(2030, 0, 1))));
    const content = unescape(/<content:encoded>([\s\S]*?)<\/content:encoded>/.exec(xml)?.[1] ?? '');
    assert.equal(content.match(/<math/g)?.length, 2, 'one inline and one display formula, once each');
    assert.ok(!content.includes('katex-html'), 'no KaTeX HTML beside the MathML');
    assert.ok(!content.includes('heading-anchor') && !/>#<\/a>/.test(content));
    assert.ok(!content.includes('more'), 'no <!-- more --> marker');
    for (const [, target] of content.matchAll(/(?:href|src)="([^"]*)"/g)) assert.match(target ?? '', /^(?:https?:|mailto:)/, `absolute: ${target}`);
  });
});

describe('feeds per term', () => {
  it('hold only the term\'s entries, validate, and name the term and their own address', () => {
    const entries = [1, 2, 3, 4, 5].map((i) => {
      const r = parseEntry(`t${i}.md`, `---\ntitle: T${i}\ndate: 2023-01-0${i}\ntags: [${i <= 2 ? '只这两篇' : 'other'}]\n---\nBody ${i}\n`, 'Asia/Shanghai');
      assert.ok(r.ok);
      return r.entry;
    });
    const own = buildJournal(entries, [], { preview: false }, Date.UTC(2030, 0, 1)).term('tags', '只这两篇');
    assert.ok(own);
    const rss = rssOf(termFeed(SITE, 'tags', own));
    assert.equal(rss.match(/<item>/g)?.length, 2);
    assert.ok(rss.includes('/feeds/tags/%E5%8F%AA%E8%BF%99%E4%B8%A4%E7%AF%87/rss.xml'));
    assert.ok(rss.includes('只这两篇'));
    for (const xml of [rss, atomFeed(termFeed(SITE, 'tags', own))]) assert.ok(xmllint(xml).ok, xmllint(xml).stderr);
  });
});
