import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

/** The README's map of the code stays true: every path it names exists, every folder of lib/ is named. */
const ROOT = path.resolve(import.meta.dirname, '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** Paths the README names, in backticks or in its code map: lib/…, app/…, components/…, scripts/…, bench/…, e2e/…. */
function namedPaths(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?<![\w/.-])((?:lib|app|components|scripts|bench|e2e|test|docs)\/[\w\-./[\]]*[\w\]])/g)) {
    const p = m[1] ?? '';
    // Wildcards and generated folders (bench/.work/) are not files of the repository.
    if (!p.includes('*') && !p.includes('/.')) found.add(p);
  }
  return [...found];
}

describe('README map', () => {
  it('names only paths that exist', () => {
    const paths = namedPaths(README);
    assert.ok(paths.length > 30, `only ${paths.length} paths found`);
    const missing = paths.filter((p) => !fs.existsSync(path.join(ROOT, p)));
    assert.deepEqual(missing, []);
  });

  it('has a line for every folder of lib/', () => {
    const folders = fs.readdirSync(path.join(ROOT, 'lib'), { withFileTypes: true }).filter((d) => d.isDirectory());
    assert.ok(folders.length >= 5);
    for (const d of folders) assert.match(README, new RegExp(`\\| \`lib/${d.name}/\` \\|`), `lib/${d.name}/ has no line in the README`);
  });

  it('calls every client component a client component', () => {
    const components = path.join(ROOT, 'components');
    for (const file of fs.readdirSync(components)) {
      if (!fs.readFileSync(path.join(components, file), 'utf8').startsWith("'use client'")) continue;
      const name = file.replace(/\.tsx$/, '');
      assert.match(README, new RegExp(`Client components[^]*\\b${name}\\b`), `${name} is a client component the README does not name`);
    }
  });

  it('finds a missing path (the check can fail)', () => {
    assert.deepEqual(namedPaths('see `lib/nowhere.ts` and lib/config/'), ['lib/nowhere.ts', 'lib/config']);
    assert.equal(fs.existsSync(path.join(ROOT, 'lib/nowhere.ts')), false);
  });
});
