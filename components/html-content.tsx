type Props =
  | { html: string; className?: string; jsonLd?: never; script?: never }
  | { jsonLd: string; html?: never; className?: never; script?: never }
  | { script: string; html?: never; className?: never; jsonLd?: never };

/**
 * The one place the journal puts markup into the page: sanitized HTML from
 * lib/markdown in a div, JSON-LD from lib/metadata (with `<` escaped) in its
 * script element, or the theme script from lib/theme (a constant).
 */
export function HtmlContent(props: Props) {
  if (props.jsonLd !== undefined) {
    return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: props.jsonLd }} />;
  }
  if (props.script !== undefined) {
    return <script dangerouslySetInnerHTML={{ __html: props.script }} />;
  }
  return <div className={props.className} dangerouslySetInnerHTML={{ __html: props.html }} />;
}
