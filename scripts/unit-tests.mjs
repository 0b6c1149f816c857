#!/usr/bin/env node
// Runs every *.test.ts beside the code with Node's test runner and tsx,
// once per time zone in TIME_ZONES, and fails when no test ran.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOTS = ['lib', 'components', 'app', 'scripts'];
const TIME_ZONES = (process.env.TEST_TIME_ZONES ?? 'America/Los_Angeles,Asia/Shanghai').split(',');

function findTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return item.name === 'node_modules' ? [] : findTests(full);
    return /\.test\.tsx?$/.test(item.name) ? [full] : [];
  });
}

const filter = process.argv.slice(2);
// Tests of top-level files (proxy.ts) sit beside them at the root.
const topLevel = fs.readdirSync('.').filter((f) => /\.test\.tsx?$/.test(f));
const files = [...ROOTS.flatMap(findTests), ...topLevel]
  .filter((f) => filter.length === 0 || filter.some((part) => f.includes(part)))
  .sort();
if (files.length === 0) {
  console.error('unit tests: no test files found');
  process.exit(1);
}

let failed = false;
for (const tz of TIME_ZONES) {
  const tap = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'journal-unit-')), 'report.tap');
  console.log(`\n== unit tests, TZ=${tz}, ${files.length} files`);
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { stdio: 'inherit', env: { SITE_SETTINGS: 'e2e/fixtures/site.yml', ...process.env, TZ: tz, NODE_ENV: 'test' } },
  );
  const report = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(report)?.[1] ?? 0);
  const tests = count('tests');
  const pass = count('pass');
  const fail = count('fail');
  console.log(`TZ=${tz}: ${pass} passed, ${fail} failed`);
  if (run.status !== 0 || tests === 0 || fail > 0) failed = true;
  if (tests === 0) console.error(`unit tests: no test ran under TZ=${tz}`);
}
process.exit(failed ? 1 : 0);
