import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

/**
 * The house's floors, lowest first: a folder of lib/ imports only from its
 * own floor and the ones below (type-only imports too), and no two files
 * import each other, however far round. The loose modules at lib/'s root
 * (memo.ts, collections.ts) import nothing of the journal and serve all.
 */
const FLOORS = ['text', 'time', 'site', 'markdown', 'content', 'authoring', 'search', 'views', 'publish'];

const LIB = import.meta.dirname;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return sources(full);
    return /\.tsx?$/.test(item.name) && !/\.test\.tsx?$/.test(item.name) ? [full] : [];
  });
}

/** The lib/ files a file imports, resolved. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/g)) {
    const base = path.resolve(path.dirname(file), m[1] ?? '');
    const target = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((c) => fs.existsSync(c));
    if (target) found.push(target);
  }
  return found;
}

/** A file's floor: the first folder below lib/, or '' for the loose modules. */
function floorOf(file: string): string {
  const relative = path.relative(LIB, file).split(path.sep);
  return relative.length > 1 ? (relative[0] ?? '') : '';
}

describe('lib/ layers', () => {
  const files = sources(LIB);
  const graph = new Map(files.map((f) => [f, importsOf(f)]));

  it('has every folder on a floor', () => {
    const folders = fs.readdirSync(LIB, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    assert.deepEqual(folders.filter((f) => !FLOORS.includes(f)), []);
  });

  it('imports only downwards', () => {
    const up: string[] = [];
    for (const [file, targets] of graph) {
      const from = floorOf(file);
      for (const target of targets) {
        const to = floorOf(target);
        const upward = from === '' ? to !== '' : to !== '' && FLOORS.indexOf(to) > FLOORS.indexOf(from);
        if (upward) up.push(`${path.relative(LIB, file)} → ${path.relative(LIB, target)}`);
      }
    }
    assert.deepEqual(up, []);
  });

  it('has no circle of imports', () => {
    assert.deepEqual(circlesIn(graph).map((c) => c.map((f) => path.relative(LIB, f)).join(' → ')), []);
  });

  it('finds a circle when there is one (the check can fail)', () => {
    assert.deepEqual(circlesIn(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]])), [['a', 'b', 'c', 'a']]);
    assert.deepEqual(circlesIn(new Map([['a', ['b']], ['b', []]])), []);
    assert.ok(importsOf(path.join(LIB, 'content/loader.ts')).some((t) => t.endsWith('site/site.ts')), 'imports are found');
  });
});

/** Every circle of imports, each once, as the files round it. */
function circlesIn(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const circles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, trail: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      circles.push([...trail.slice(trail.indexOf(file)), file]);
      return;
    }
    state.set(file, 'open');
    for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  return circles;
}
