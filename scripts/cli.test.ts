import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.join(import.meta.dirname, '..');

function run(script: string, args: string[], contentDir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
}

describe('command line', () => {
  it('npm run check exits 1 on errors, 0 on warnings only, and prints file:line: field: message', () => {
    const broken = run('check.ts', [], 'test/fixtures/check');
    assert.equal(broken.status, 1);
    assert.match(broken.stdout, /^test\/fixtures\/check\/bad-date\.md:3: date: "2024-02-30" is not a real calendar day$/m);
    assert.match(broken.stdout, /^test\/fixtures\/check\/typos\.md:4: tag: warning: unknown key; did you mean `tags`\?$/m);
    const sample = run('check.ts', [], 'content');
    assert.equal(sample.status, 0, sample.stdout);
    assert.match(sample.stdout, /6 entries checked: 0 errors, 0 warnings/);
  });

  it('npm run new creates the entry, prints its path, and refuses to overwrite', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-cli-'));
    const first = run('new-entry.ts', ['今天的日记', '--tags', '生活,随笔'], dir);
    assert.equal(first.status, 0, first.stderr);
    const file = first.stdout.trim();
    assert.match(file, /\d{4}\/jin-tian-de-ri-ji\.md$/);
    assert.ok(fs.existsSync(path.resolve(ROOT, file)));
    const second = run('new-entry.ts', ['今天的日记'], dir);
    assert.equal(second.status, 1);
    assert.match(second.stderr, /already exists/);
    assert.equal(run('new-entry.ts', [], dir).status, 2);
  });
});
