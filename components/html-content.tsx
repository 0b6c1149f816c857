/**
 * The one place the journal puts HTML into the page. Every caller passes
 * HTML made by lib/markdown, which sanitizes it.
 */
export function HtmlContent({ html, className }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
