import type { AnalyticsSettings } from '@/lib/site/setting-values';

/** The one deferred script of the analytics the settings name; the layout leaves it out of every preview. */
export function Analytics({ settings }: { settings: AnalyticsSettings }) {
  switch (settings.provider) {
    case 'umami':
      return <script defer src={settings.src} data-website-id={settings.websiteId} />;
    case 'plausible':
      return <script defer src={settings.src} data-domain={settings.domain} />;
    case 'goatcounter':
      return <script defer src={settings.src} data-goatcounter={settings.endpoint} />;
  }
}
