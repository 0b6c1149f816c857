'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * The author's preview only: notices that an entry file was saved, added,
 * renamed or deleted, and refreshes the open page without a reload. The
 * server tells it (server-sent events); the browser reconnects by itself
 * when the preview restarts.
 */
export function LiveReload({ url, version }: { url: string; version: number }) {
  const router = useRouter();
  useEffect(() => {
    // Starts from the version this page was rendered from: any other one means the content changed.
    let known = version;
    const events = new EventSource(url);
    events.onmessage = (event: MessageEvent<string>) => {
      const current = Number(event.data);
      if (Number.isFinite(current) && current !== known) {
        known = current;
        router.refresh();
      }
    };
    return () => events.close();
  }, [url, version, router]);
  return null;
}
