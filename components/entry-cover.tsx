import type { Picture } from '@/lib/content/pictures';

/** An entry's cover image: above the entry, or small on a list card; sized when its size is known, so nothing shifts as it loads. */
export function EntryCover({ picture, small }: { picture: Picture; small: boolean }) {
  return (
    <img
      className={small ? 'card-cover' : 'entry-cover'}
      src={picture.src}
      alt={small ? '' : picture.alt}
      {...(picture.width && picture.height ? { width: picture.width, height: picture.height } : {})}
      loading={small ? 'lazy' : 'eager'}
      decoding="async"
      {...(small ? {} : { fetchPriority: 'high' as const })}
    />
  );
}
