'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * The author's preview only: notices that an entry file was saved, added,
 * renamed or deleted, and refreshes the open page without a reload.
 */
export function LiveReload({ url, version, interval = 1000 }: { url: string; version: number; interval?: number }) {
  const router = useRouter();
  useEffect(() => {
    // Starts from the version this page was rendered from: any other one means the content changed.
    let known = version;
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(url, { cache: 'no-store' });
        const current = ((await response.json()) as { version: number }).version;
        if (current !== known) {
          known = current;
          router.refresh();
        }
      } catch {
        // The preview server is restarting: try again on the next tick.
      }
      if (!stopped) timer = window.setTimeout(poll, interval);
    };
    let timer = window.setTimeout(poll, 0);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [url, version, interval, router]);
  return null;
}
