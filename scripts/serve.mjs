// npm start: the published journal, served by Next behind a small front of the journal's own.
//
//   node scripts/serve.mjs [--hostname 127.0.0.1] [--port 3000]
//
// Next answers some requests with a 500 before any of the journal's code runs
// (TRACE on route handlers and Next's own files: it builds a fetch Request,
// which refuses that method), and answers POST, PUT and DELETE on prerendered
// pages with the page. The journal is read-only: this front answers every
// method but GET and HEAD with 405 (Allow: GET, HEAD), and the internal route
// of the old site's files (/site-files/, reached through a rewrite) with the
// 404 page, before Next sees the request. Everything else is Next's.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const hostname = option('--hostname', process.env.HOSTNAME || '127.0.0.1');
const port = Number(option('--port', process.env.PORT || '3000'));
const distDir = process.env.NEXT_DIST_DIR || '.next';

/** The base path the site was built with (next.config.ts compiles it in). */
function builtBasePath() {
  try {
    const built = JSON.parse(fs.readFileSync(path.join(distDir, 'required-server-files.json'), 'utf8'));
    return typeof built?.config?.basePath === 'string' ? built.config.basePath : '';
  } catch {
    return '';
  }
}

const basePath = builtBasePath();
const INTERNAL = /^\/site-files(?:\/|$)/i;

// As `next start` does: the production build of React and of Next itself.
process.env.NODE_ENV ||= 'production';
const { default: next } = await import('next');
const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

http
  .createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': '19' });
      response.end('Method Not Allowed\n');
      return;
    }
    const url = request.url ?? '/';
    const pathname = url.split('?')[0] ?? '/';
    const local = basePath !== '' && pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
    // The old site's files are answered at their own addresses; their internal route is not an address.
    if (INTERNAL.test(local)) request.url = `${basePath}/404/`;
    handle(request, response);
  })
  .listen(port, hostname, () => console.log(`▲ the journal at http://${hostname}:${port}${basePath}/`));
