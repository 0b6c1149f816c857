import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { makeSite } from '../site/site';
import { folderOf } from '../../test/folder';
import { gitDays } from './git-dates';
import { loadJournal } from './loader';

/** Git in `dir` with a fixed author, committing at `when` (an ISO date-time with its offset). */
function commit(dir: string, message: string, when: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when, GIT_CONFIG_NOSYSTEM: '1', HOME: dir };
  const run = (...args: string[]) => execFileSync('git', ['-c', 'user.name=作者', '-c', 'user.email=a@example.org', '-C', dir, ...args], { env, stdio: 'ignore' });
  run('add', '-A');
  run('commit', '-q', '--no-gpg-sign', '-m', message);
}

describe('dates from git', () => {
  const dir = folderOf({ 'blogs/无日期.md': '# 没有 front matter 的文章\n\n正文。\n' }, 'journal-git-');
  execFileSync('git', ['init', '-q', dir]);
  commit(dir, 'first', '2020-03-04T23:30:00+08:00');
  fs.appendFileSync(path.join(dir, 'blogs/无日期.md'), '又写了一段。\n');
  fs.writeFileSync(path.join(dir, 'blogs/later.md'), '---\ntitle: 后来\n---\n正文。\n');
  commit(dir, 'second', '2021-06-01T01:00:00+09:00');

  it("dates a file by its first commit, on its author's own day, whatever the site's time zone", () => {
    const days = gitDays(dir);
    assert.equal(days?.shallow, false);
    assert.equal(days?.days.get('blogs/无日期.md'), '2020-03-04');
    assert.equal(days?.days.get('blogs/later.md'), '2021-06-01');
    const journal = loadJournal(makeSite({ CONTENT_DIR: dir, NODE_ENV: 'production' }, undefined));
    assert.deepEqual(journal.problems, []);
    const entry = journal.entry('无日期');
    assert.equal(entry?.date.day, '2020-03-04');
    assert.equal(entry?.dateSource, 'git');
    assert.equal(entry?.title, '没有 front matter 的文章');
  });

  it('reads no day from a shallow clone, and says how to fetch the history', () => {
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow], { stdio: 'ignore' });
    assert.deepEqual(gitDays(shallow), { days: new Map(), shallow: true });
    const journal = loadJournal(makeSite({ CONTENT_DIR: shallow, NODE_ENV: 'production' }));
    const problem = journal.problems.find((p) => p.file === 'blogs/无日期.md');
    assert.equal(problem?.field, 'date');
    assert.match(problem?.message.en ?? '', /shallow clone[\s\S]*fetch-depth: 0/);
  });

  it('is no source outside a repository', () => {
    assert.equal(gitDays(folderOf({ 'a.md': 'x' })), null);
  });
});
