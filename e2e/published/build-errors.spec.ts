import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';

test.describe('a journal with broken entries', () => {
  test.setTimeout(300_000);

  test('next build fails, listing every broken entry with its file and field', () => {
    const dist = '.next-e2e-broken';
    const build = spawnSync('npx', ['next', 'build'], {
      env: { ...process.env, CONTENT_DIR: 'e2e/fixtures/broken-journal', NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 280_000,
    });
    fs.rmSync(dist, { recursive: true, force: true });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status, output).not.toBe(0);
    for (const line of [
      'bad-yaml.md:3: front matter: invalid YAML at line',
      'no-date.md:1: date: is missing, and the file name does not begin with a day',
      'impossible.md:3: date: "2022-13-45" is not a real calendar day',
      'publish-string.md:4: publish: must be true or false, got string "false"',
      'a/same.md:1: slug: "same" is also the slug of b/same.md',
      'b/same.md:1: slug: "same" is also the slug of a/same.md',
      'js.md:1: front matter: "---js" front matter is not supported',
      'nesting.md:5: body: nests more than 100 levels deep',
      'long-tag.md:4: tags: "标标标标标标标标标标标标…" makes a URL name of 240 bytes; the limit is 200 bytes',
      'same#name.md:1: slug: "same-name" is also the slug of same?name.md',
      'same?name.md:1: slug: "same-name" is also the slug of same#name.md',
    ]) {
      expect(output, output).toContain(`e2e/fixtures/broken-journal/${line}`);
    }
    expect(output).not.toContain('good.md:');
    // The list ends the build, before anything is compiled: no framework stack trace after it.
    expect(output.trimEnd().split('\n').at(-1)).toMatch(/^  - e2e\/fixtures\/broken-journal\/.+: .+: /);
    expect(output).not.toContain('Creating an optimized production build');
  });
});
