/**
 * Builds static exports of the fixture journal (at the root, and under
 * BASE_PATH=/journal) and serves them with nginx on 127.0.0.1, in the
 * foreground, until the test runner stops it.
 *
 *   tsx e2e/serve-export.ts <root port> <base-path port>
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { nginxBinary, nginxConfig } from '../scripts/nginx';

const [rootPort, basePort] = process.argv.slice(2).map(Number);
if (!rootPort || !basePort) throw new Error('usage: tsx e2e/serve-export.ts <root port> <base-path port>');
const ROOT = path.resolve(import.meta.dirname, '..');
const TMP = path.join(ROOT, 'e2e/.tmp');
for (const dir of ['export-root', 'export-base', 'nginx']) fs.rmSync(path.join(TMP, dir), { recursive: true, force: true });
fs.mkdirSync(path.join(TMP, 'export-base'), { recursive: true });
fs.mkdirSync(path.join(TMP, 'nginx'), { recursive: true });

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: 'e2e/fixtures/journal', SITE_URL: 'https://journal.example', EXPORT: '1' };
function exportTo(dist: string, log: string, extra: Record<string, string> = {}): void {
  const run = spawnSync('npx', ['next', 'build'], { cwd: ROOT, env: { ...env, NEXT_DIST_DIR: dist, ...extra }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  fs.writeFileSync(path.join(TMP, log), `${run.stdout}${run.stderr}`);
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout}${run.stderr}`);
    process.exit(1);
  }
  // As npm run export does.
  const finish = spawnSync('npx', ['tsx', 'scripts/finish-export.ts', dist], { cwd: ROOT, env: { ...env, ...extra }, encoding: 'utf8' });
  if (finish.status !== 0) {
    process.stderr.write(`${finish.stdout}${finish.stderr}`);
    process.exit(1);
  }
}
exportTo('e2e/.tmp/export-root', 'export-root.log');
exportTo('e2e/.tmp/export-base/journal', 'export-base.log', { BASE_PATH: '/journal' });

const nginxDir = path.join(TMP, 'nginx');
const sites = [
  { port: rootPort, root: path.join(TMP, 'export-root') },
  { port: basePort, root: path.join(TMP, 'export-base'), basePath: '/journal' },
];
fs.writeFileSync(path.join(nginxDir, 'nginx.conf'), nginxConfig(nginxDir, sites, 256));
const nginx = spawn(nginxBinary(), ['-c', path.join(nginxDir, 'nginx.conf'), '-p', nginxDir], { stdio: 'inherit' });
const stop = () => nginx.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
nginx.on('exit', (code) => process.exit(code ?? 0));
