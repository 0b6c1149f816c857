import { spawn, spawnSync } from 'node:child_process';

/**
 * Builds a journal and serves it with `next start` on 127.0.0.1 for the
 * screenshot and Lighthouse scripts. Returns a function that stops it.
 * `project` builds another app on the same content instead (bench/baseline).
 */
export async function serveBuild(options: { contentDir: string; distDir: string; port: number; project?: string }): Promise<() => void> {
  const env = { ...process.env, CONTENT_DIR: options.contentDir, NEXT_DIST_DIR: options.distDir, NEXT_TELEMETRY_DISABLED: '1' };
  const project = options.project === undefined ? [] : [options.project];
  const build = spawnSync('npx', ['next', 'build', ...project], { env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  const server = spawn('npx', ['next', 'start', ...project, '--hostname', '127.0.0.1', '--port', String(options.port)], { env, stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already stopped.
    }
  };
  process.on('exit', stop);
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${options.port}/`)).ok) return stop;
    } catch {
      // Not yet listening.
    }
    if (Date.now() > until) {
      stop();
      throw new Error('next start did not answer within 60 s');
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}
