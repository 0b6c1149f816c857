type Props =
  | { html: string; className?: string; jsonLd?: never }
  | { jsonLd: string; html?: never; className?: never };

/**
 * The one place the journal puts markup into the page: sanitized HTML from
 * lib/markdown in a div, or JSON-LD from lib/metadata (with `<` escaped) in
 * its script element.
 */
export function HtmlContent(props: Props) {
  if (props.jsonLd !== undefined) {
    return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: props.jsonLd }} />;
  }
  return <div className={props.className} dangerouslySetInnerHTML={{ __html: props.html }} />;
}
