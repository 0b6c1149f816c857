/**
 * npm run dev: the author's preview, `next dev` behind the journal's own
 * guard (lib/site/preview-access.ts) for every request and every
 * WebSocket upgrade — including the development server's own endpoints
 * (`/__nextjs_launch-editor`, `/__nextjs_original-stack-frames`, HMR),
 * which Next answers before proxy.ts could run. A request addressed to
 * another host name (DNS rebinding), or sent by another site's page, gets
 * 403 and reaches nothing.
 *
 *   tsx scripts/preview.ts [--hostname 127.0.0.1] [--port 3000]
 */
import http from 'node:http';
import type { Duplex } from 'node:stream';
import next from 'next';
import { currentSite } from '../lib/site/site';
import { previewRefusal } from '../lib/site/preview-access';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const hostname = option('--hostname', '127.0.0.1');
const port = Number(option('--port', process.env.PORT ?? '3000'));

function refusal(request: http.IncomingMessage): string | null {
  const origin = request.headers.origin;
  return previewRefusal(request.headers.host ?? null, typeof origin === 'string' ? origin : null, currentSite().previewHosts);
}

async function main(): Promise<void> {
  const app = next({ dev: true, hostname, port, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  const upgrade = app.getUpgradeHandler();

  const server = http.createServer((request, response) => {
    const refused = refusal(request);
    if (refused !== null) {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`${refused}\n`);
      return;
    }
    void handle(request, response);
  });
  server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (refusal(request) !== null) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    void upgrade(request, socket, head);
  });
  server.listen(port, hostname, () => console.log(`▲ the preview at http://${hostname}:${port}/`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
