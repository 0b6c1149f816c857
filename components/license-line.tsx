import type { LicenseSettings } from '@/lib/site/setting-values';
import { currentSite } from '@/lib/site/site';

/** The licence the author publishes entries under, linked to its deed when known. */
export function LicenseLine({ license }: { license: LicenseSettings }) {
  const { t } = currentSite();
  const [before, name, after] = t.license(license.name);
  return (
    <p className="entry-license">
      {before}
      {license.url ? (
        <a href={license.url} rel="license noopener">
          {name}
        </a>
      ) : (
        name
      )}
      {after}
    </p>
  );
}
