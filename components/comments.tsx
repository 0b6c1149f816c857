'use client';

import { PAGE_IDS } from '@/lib/site/page-ids';
import { useEffect, useRef, useState } from 'react';
import type { CommentSettings } from '@/lib/site/setting-values';

interface Props {
  settings: CommentSettings;
  /** The entry's path, without the base path: Waline's thread key. */
  path: string;
  language: 'zh-CN' | 'en';
  heading: string;
  waiting: string;
}

const WALINE = 'https://unpkg.com/@waline/client@v3/dist';

const siteTheme = () => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

function loadGiscus(box: HTMLElement, s: Extract<CommentSettings, { provider: 'giscus' }>, language: string): () => void {
  const script = document.createElement('script');
  script.src = 'https://giscus.app/client.js';
  script.async = true;
  script.crossOrigin = 'anonymous';
  const data: Record<string, string> = {
    repo: s.repo,
    repoId: s.repoId,
    category: s.category,
    categoryId: s.categoryId,
    mapping: s.mapping,
    reactionsEnabled: '1',
    emitMetadata: '0',
    inputPosition: 'bottom',
    loading: 'lazy',
    theme: siteTheme(),
    lang: language === 'en' ? 'en' : 'zh-CN',
  };
  for (const [key, value] of Object.entries(data)) script.dataset[key] = value;
  box.append(script);
  // The thread follows the site's theme when the reader switches it.
  const observer = new MutationObserver(() => {
    const frame = box.querySelector<HTMLIFrameElement>('iframe.giscus-frame');
    frame?.contentWindow?.postMessage({ giscus: { setConfig: { theme: siteTheme() } } }, 'https://giscus.app');
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

function loadWaline(box: HTMLElement, serverURL: string, path: string, language: string): () => void {
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = `${WALINE}/waline.css`;
  document.head.append(style);
  let destroy: (() => void) | undefined;
  let gone = false;
  import(/* turbopackIgnore: true */ /* webpackIgnore: true */ `${WALINE}/waline.js`)
    .then((waline: { init?: (options: object) => { destroy?: () => void } | null }) => {
      if (gone || !waline.init) return;
      // `dark` is a selector: Waline's colours follow the site's theme attribute.
      const instance = waline.init({ el: box, serverURL, path, lang: language === 'en' ? 'en' : 'zh-CN', dark: 'html[data-theme="dark"]' });
      destroy = () => instance?.destroy?.();
    })
    .catch(() => undefined);
  return () => {
    gone = true;
    destroy?.();
    style.remove();
  };
}

/**
 * The entry's comments (giscus or Waline, from the settings): nothing is
 * requested until the reader scrolls near the end of the entry.
 */
export function Comments({ settings, path, language, heading, waiting }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el || near) return;
    const observer = new IntersectionObserver((seen) => {
      if (seen.some((e) => e.isIntersecting)) setNear(true);
    }, { rootMargin: '0px 0px 600px 0px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [near]);

  useEffect(() => {
    const el = box.current;
    if (!el || !near) return;
    return settings.provider === 'giscus' ? loadGiscus(el, settings, language) : loadWaline(el, settings.serverURL, path, language);
  }, [near, settings, path, language]);

  return (
    <section className="comments" aria-labelledby={PAGE_IDS.comments}>
      <h2 id={PAGE_IDS.comments}>{heading}</h2>
      <div ref={box} className="comments-thread" data-provider={settings.provider}>
        {near ? null : <p className="comments-waiting">{waiting}</p>}
      </div>
    </section>
  );
}
