'use client';

import { useEffect } from 'react';

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

/** Adds a copy button to every code block of the entry. Rendered only on entries with code. */
export function CodeCopy({ label, done }: { label: string; done: string }) {
  useEffect(() => {
    const buttons: HTMLButtonElement[] = [];
    for (const figure of document.querySelectorAll<HTMLElement>('.prose figure.code-block')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-code';
      button.textContent = label;
      button.addEventListener('click', () => {
        const code = figure.querySelector('pre code')?.textContent ?? '';
        void copyText(code).then(() => {
          button.textContent = done;
          window.setTimeout(() => (button.textContent = label), 1500);
        });
      });
      figure.appendChild(button);
      buttons.push(button);
    }
    return () => buttons.forEach((b) => b.remove());
  }, [label, done]);
  return null;
}
