import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, TOP_KEYS } from '../lib/site/settings';
import { KNOWN_KEYS } from '../lib/content/fields';

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

  it('names every environment variable the journal reads, and says which file reads them', () => {
    const source = fs.readFileSync(path.join(ROOT, 'lib/site/environment.ts'), 'utf8');
    const read = [...source.matchAll(/process\.env\.([A-Z_]+)/g)].map((m) => m[1] ?? '');
    assert.ok(read.length >= 15, `only ${read.length} variables found`);
    const unnamed = read.filter((name) => !README.includes(`\`${name}`));
    assert.deepEqual(unnamed, [], 'variables the README does not name');
    assert.match(README, /`lib\/site\/environment\.ts`/);
  });

  it('has no other reader of the environment in the site\'s code', () => {
    const readers: string[] = [];
    const walk = (dir: string) => {
      for (const item of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
        const rel = `${dir}/${item.name}`;
        if (item.isDirectory()) walk(rel);
        else if (/\.tsx?$/.test(item.name) && !/\.test\.tsx?$/.test(item.name) && fs.readFileSync(path.join(ROOT, rel), 'utf8').includes('process.env')) readers.push(rel);
      }
    };
    for (const dir of ['app', 'components', 'lib']) walk(dir);
    for (const file of ['next.config.ts', 'proxy.ts']) if (fs.readFileSync(path.join(ROOT, file), 'utf8').includes('process.env')) readers.push(file);
    assert.deepEqual(readers, ['lib/site/environment.ts']);
  });

  it('names every front matter key the journal reads in the fields table, and only those', () => {
    const start = README.indexOf('| field | meaning |');
    assert.ok(start > 0, 'the README has no front matter table');
    const table = README.slice(start, README.indexOf('\n\n', start));
    const firstColumn = table
      .split('\n')
      .slice(2)
      .map((row) => row.split('|')[1] ?? '')
      .join(' ');
    const named = new Set([...firstColumn.matchAll(/`([A-Za-z_]+)/g)].map((m) => m[1] ?? ''));
    const everywhere = new Set([...table.matchAll(/`([A-Za-z_]+)/g)].map((m) => m[1] ?? ''));
    assert.ok(KNOWN_KEYS.length >= 30, `only ${KNOWN_KEYS.length} keys known`);
    assert.deepEqual(KNOWN_KEYS.filter((key) => !everywhere.has(key)), [], 'keys the table does not name');
    assert.deepEqual([...named].filter((key) => !KNOWN_KEYS.includes(key)), [], 'keys the table names that the journal does not read');
  });

  it('has a row for every setting of the settings file, and only those', () => {
    const start = README.indexOf('| key | meaning | default |');
    assert.ok(start > 0, 'the README has no settings table');
    const rows = README.slice(start, README.indexOf('\n\n', start)).split('\n').slice(2);
    const named = rows.map((row) => /^\| `(\w+)` \|/.exec(row)?.[1] ?? row);
    assert.ok(TOP_KEYS.length >= 15, `only ${TOP_KEYS.length} settings known`);
    assert.deepEqual([...named].sort(), [...TOP_KEYS].sort());
    // A default that is a word or a number is the row's default, as written.
    const defaults = Object.entries(DEFAULT_SETTINGS).filter(([key, value]) => TOP_KEYS.includes(key) && (typeof value === 'number' || (typeof value === 'string' && value !== '')));
    assert.ok(defaults.length >= 5);
    for (const [key, value] of defaults) {
      const row = rows.find((r) => r.startsWith(`| \`${key}\` |`)) ?? '';
      assert.ok(row.trimEnd().endsWith(`| \`${String(value)}\` |`), `${key}: the README's default is not ${String(value)}`);
    }
  });

  it('finds a missing path (the check can fail)', () => {
    assert.deepEqual(namedPaths('see `lib/nowhere.ts` and lib/site/'), ['lib/nowhere.ts', 'lib/site']);
    assert.equal(fs.existsSync(path.join(ROOT, 'lib/nowhere.ts')), false);
  });
});
