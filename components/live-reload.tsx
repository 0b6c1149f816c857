'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * The author's preview only: notices that an entry file was saved, added,
 * renamed or deleted, and refreshes the open page without a reload.
 */
export function LiveReload({ url, interval = 1000 }: { url: string; interval?: number }) {
  const router = useRouter();
  useEffect(() => {
    let last: number | null = null;
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(url, { cache: 'no-store' });
        const { version } = (await response.json()) as { version: number };
        if (last !== null && version !== last) router.refresh();
        last = version;
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
  }, [url, interval, router]);
  return null;
}
