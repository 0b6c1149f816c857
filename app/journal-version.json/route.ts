import { contentVersion } from '@/lib/content';
import { current } from '@/app/_lib/current';

// Static in a published build (a fixed number nobody asks for). Under
// `next dev` it is the preview's live-reload channel: one long answer of
// server-sent events, a line each time the content changes, so the
// terminal logs one request per open tab rather than one a second.
export const dynamic = 'force-static';

const CHECK_EVERY_MS = 1000;

export function GET(request: Request) {
  const { site } = current();
  if (!site.devServer) return Response.json({ version: contentVersion(site) });
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setInterval> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let last = Number.NaN;
      const send = () => {
        const version = contentVersion(site);
        if (version === last) return;
        last = version;
        controller.enqueue(encoder.encode(`data: ${version}\n\n`));
      };
      send();
      timer = setInterval(send, CHECK_EVERY_MS);
      request.signal.addEventListener('abort', () => {
        clearInterval(timer);
        try {
          controller.close();
        } catch {
          // Already closed.
        }
      });
    },
    cancel() {
      clearInterval(timer);
    },
  });
  // No compression: a compressed stream would hold events back until its buffer fills.
  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Encoding': 'none' } });
}
