'use client';

import { useEffect, useRef, useState } from 'react';

interface Props {
  /** Where the entry's images are: `.prose` inside this element. */
  scope: string;
  labels: { open: string; close: string };
}

/**
 * Click (or Enter / Space on) an image of the entry to see it large, in a
 * modal dialog: Esc, the close button or a click anywhere closes it, and
 * focus returns to the image. Loaded only on entries that have images.
 */
export function ImageZoom({ scope, labels }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [shown, setShown] = useState<{ src: string; alt: string } | null>(null);

  useEffect(() => {
    const root = document.querySelector(scope);
    if (!root) return;
    const images = [...root.querySelectorAll<HTMLImageElement>('.prose img')].filter((img) => !img.closest('a'));
    const open = (img: HTMLImageElement) => {
      setShown({ src: img.currentSrc || img.src, alt: img.alt });
      dialog.current?.showModal();
    };
    const cleanups = images.map((img) => {
      img.tabIndex = 0;
      img.setAttribute('role', 'button');
      img.setAttribute('aria-label', img.alt ? `${labels.open}：${img.alt}` : labels.open);
      img.classList.add('zoomable');
      const onClick = () => open(img);
      const onKey = (event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        open(img);
      };
      img.addEventListener('click', onClick);
      img.addEventListener('keydown', onKey);
      return () => {
        img.removeEventListener('click', onClick);
        img.removeEventListener('keydown', onKey);
      };
    });
    return () => cleanups.forEach((c) => c());
  }, [scope, labels.open]);

  return (
    <dialog ref={dialog} className="image-zoom" aria-label={shown?.alt || labels.open} onClick={() => dialog.current?.close()} onClose={() => setShown(null)}>
      {shown ? <img src={shown.src} alt={shown.alt} /> : null}
      <button type="button" className="image-zoom-close" onClick={() => dialog.current?.close()}>
        {labels.close}
      </button>
    </dialog>
  );
}
