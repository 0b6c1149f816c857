import fs from 'node:fs';

/**
 * Process helpers shared by the load test and the benchmark (Linux /proc).
 */

/** Resident memory of a process and all its descendants, in MiB. */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  let kib = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const p = queue.pop() ?? 0;
    try {
      kib += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Gone.
    }
    queue.push(...(children.get(p) ?? []));
  }
  return Math.round(kib / 1024);
}

/** Polls `url` until it answers 2xx; throws after `seconds`. */
export async function waitForOk(url: string, seconds: number, what: string): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      const answer = await fetch(url);
      await answer.arrayBuffer();
      if (answer.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not answer ${url} within ${seconds} s`);
}

/** Stops a process started with `detached: true`, and everything it started. */
export function killGroup(pid: number | undefined): void {
  try {
    if (pid) process.kill(-pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
