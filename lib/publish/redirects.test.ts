import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseEntry } from '../content/entry';
import { buildJournal } from '../content/journal';
import { makeSite } from '../site/site';
import { journalRedirects, movedRedirects, nextRedirects, redirectFile } from './redirects';

function journal(days: readonly string[], draftDay?: string, aliases: Record<string, readonly string[]> = {}) {
  const entries = [...days, ...(draftDay ? [draftDay] : [])].map((day, i) => {
    const draft = day === draftDay ? 'publish: false\n' : '';
    const old = aliases[day] ? `aliases: ${JSON.stringify(aliases[day])}\n` : '';
    const r = parseEntry(`e${i}.md`, `---\ntitle: Entry ${i}\ndate: ${day}\n${draft}${old}---\nBody.\n`, 'Asia/Shanghai');
    assert.ok(r.ok);
    return r.entry;
  });
  return buildJournal(entries, [], { preview: false }, Date.UTC(2030, 0, 1));
}

describe('redirects', () => {
  const site = makeSite({ JOURNAL_BASE_PATH: '/journal', SITE_URL: 'https://me.example' });

  it('lead each day with entries, never a draft\'s, to its view on /on-this-day/', () => {
    const redirects = journalRedirects(site, journal(['2021-03-05', '2022-03-05', '2020-12-27'], '2019-06-01'));
    assert.deepEqual(
      redirects.map((r) => [r.from, r.to]),
      [
        ['/on-this-day/03-05/', '/on-this-day/?day=03-05'],
        ['/on-this-day/12-27/', '/on-this-day/?day=12-27'],
      ],
    );
    assert.equal(redirects[0]?.title, '那年今日：3 月 5 日');
  });

  it('are one rule of Next\'s for every day, and none without days', () => {
    const redirects = journalRedirects(site, journal(['2021-03-05', '2020-12-27']));
    assert.deepEqual(nextRedirects(redirects), [{ source: '/on-this-day/:md(03-05|12-27)/', destination: '/on-this-day/?day=:md', permanent: true }]);
    assert.deepEqual(nextRedirects([]), []);
    assert.deepEqual(nextRedirects('preview').map((r) => r.source), ['/on-this-day/:md(\\d{2}-\\d{2})/']);
    const rule = new RegExp(`^${String(nextRedirects(redirects)[0]?.source).replace(/:md\((.*)\)/, '($1)')}$`);
    assert.ok(rule.test('/on-this-day/03-05/'));
    assert.ok(!rule.test('/on-this-day/06-01/'));
  });

  it('are a small file in an export that refreshes to the view under the base path', () => {
    const [redirect] = journalRedirects(site, journal(['2021-03-05']));
    assert.ok(redirect);
    const file = redirectFile(site, { ...redirect, title: '<b>"x"</b>' });
    assert.match(file, /<meta http-equiv="refresh" content="0; url=\/journal\/on-this-day\/\?day=03-05"\/>/);
    assert.match(file, /<link rel="canonical" href="https:\/\/me\.example\/journal\/on-this-day\/\?day=03-05"\/>/);
    assert.match(file, /<meta name="robots" content="noindex"\/>/);
    assert.match(file, /<title>&lt;b&gt;&quot;x&quot;&lt;\/b&gt;<\/title>/);
    assert.doesNotMatch(file, /<b>/);
  });

  it('lead each old address of a published entry to it: one rule each, percent-encoded as browsers send it, with what Next\'s patterns read escaped', () => {
    const j = journal(['2021-03-05', '2020-12-27'], '2019-06-01', { '2021-03-05': ['/旧/地址 (一)/', '/old/a.html'], '2019-06-01': ['/zqx-draft-old/'] });
    const moved = movedRedirects(site, j);
    assert.deepEqual(
      moved.map((r) => [r.from, r.to]),
      [
        ['/旧/地址 (一)/', '/posts/e0/'],
        ['/old/a.html', '/posts/e0/'],
      ],
    );
    const rules = nextRedirects(journalRedirects(site, j));
    assert.deepEqual(rules.slice(1), [
      { source: '/%E6%97%A7/%E5%9C%B0%E5%9D%80%20\\(%E4%B8%80\\)/', destination: '/posts/e0/', permanent: true },
      { source: '/old/a.html', destination: '/posts/e0/', permanent: true },
    ]);
    // The preview answers old addresses live, with its pages.
    assert.equal(nextRedirects('preview').length, 1);
  });
});
