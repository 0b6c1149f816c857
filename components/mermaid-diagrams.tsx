'use client';

import { useEffect } from 'react';

interface MermaidApi {
  initialize(options: object): void;
  run(options: { nodes: HTMLElement[] }): Promise<void>;
}

function isMermaid(value: unknown): value is MermaidApi {
  return typeof value === 'object' && value !== null && 'initialize' in value && 'run' in value;
}

/**
 * Draws the entry's ```mermaid blocks in the browser, in the site's theme at
 * the time: the library (served from /mermaid/) is loaded only on entries
 * that have a diagram. Until it draws, and without JavaScript, the diagram's
 * source is shown.
 */
export function MermaidDiagrams({ src }: { src: string }) {
  useEffect(() => {
    const nodes = [...document.querySelectorAll<HTMLElement>('.prose pre.mermaid')];
    if (nodes.length === 0) return;
    let gone = false;
    import(/* turbopackIgnore: true */ /* webpackIgnore: true */ src)
      .then(async (module: { default?: unknown }) => {
        const mermaid = module.default;
        if (gone || !isMermaid(mermaid)) return;
        const dark = document.documentElement.dataset.theme === 'dark';
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default' });
        await mermaid.run({ nodes });
      })
      .catch(() => undefined);
    return () => {
      gone = true;
    };
  }, [src]);
  return null;
}
