'use client';

import MiniSearch, { type SearchResult } from 'minisearch';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { INDEX_OPTIONS, SEARCH_OPTIONS, type SearchDocument } from '@/lib/search/options';
import { snippetWindow } from '@/lib/search/snippet';
import { tokenizeQuery } from '@/lib/search/tokenize';
import { PAGE_IDS } from '@/lib/site/page-ids';

interface Props {
  /** Fetched as it is: carries the base path. */
  indexUrl: string;
  labels: { placeholder: string; loading: string; noResults: string; draft: string; resultCountTemplate: string; moreTemplate: string; help: string };
  /** Bare site paths (Link adds the base path). */
  suggestions: readonly { name: string; href: string }[];
  suggestionsTitle: string;
}

type Hit = SearchResult & Pick<SearchDocument, 'title' | 'url' | 'day' | 'snippet' | 'draft'>;

function isHit(result: SearchResult): result is Hit {
  return typeof result.title === 'string' && typeof result.url === 'string';
}

/** The snippet around the first matched word, with every matched word marked. */
function Highlighted({ text, query }: { text: string; query: string }) {
  const words = [...new Set(tokenizeQuery(query))].sort((a, b) => b.length - a.length);
  const lower = text.normalize('NFKC').toLowerCase();
  let first = -1;
  for (const w of words) {
    const at = lower.indexOf(w);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  const shown = snippetWindow(text, Math.max(first, 0));
  if (words.length === 0) return <>{shown}</>;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = shown.split(new RegExp(`(${words.map(escape).join('|')})`, 'gi'));
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}</>;
}

/** Results shown at first, and added each time the reader asks for more. */
const PAGE = 30;

/** Full-text search over the published journal, in the browser: loaded only on this page. */
export function SearchPanel({ indexUrl, labels, suggestions, suggestionsTitle }: Props) {
  const params = useSearchParams();
  const router = useRouter();
  // What the reader typed, and what is searched: the same, except while an input method is still composing.
  const [text, setText] = useState(params.get('q') ?? '');
  const [query, setQuery] = useState(text);
  const [limit, setLimit] = useState(PAGE);
  const [index, setIndex] = useState<MiniSearch<SearchDocument> | null>(null);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    let cancelled = false;
    void fetch(indexUrl)
      .then((r) => r.text())
      .then((json) => {
        if (!cancelled) setIndex(MiniSearch.loadJSON<SearchDocument>(json, INDEX_OPTIONS));
      });
    return () => {
      cancelled = true;
    };
  }, [indexUrl]);

  const results = useMemo(() => {
    if (!index || query.trim() === '') return [];
    return index.search(query, SEARCH_OPTIONS).filter(isHit);
  }, [index, query]);
  const shown = results.slice(0, limit);

  useEffect(() => {
    setActive(0);
    setLimit(PAGE);
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(window.history.state, '', url);
  }, [query]);

  const onKey = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, shown.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter' && shown[active]) {
      event.preventDefault();
      // Index URLs are bare site paths: the router adds the base path itself.
      router.push(shown[active].url);
    }
  };

  return (
    <div className="search-panel">
      <input
        ref={input}
        type="search"
        className="search-input"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          // A pinyin input method's half-typed letters (`mian'shi`) are not searched.
          if (!(e.nativeEvent instanceof InputEvent && e.nativeEvent.isComposing)) setQuery(e.target.value);
        }}
        onCompositionEnd={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKey}
        placeholder={labels.placeholder}
        aria-label={labels.placeholder}
        aria-describedby={PAGE_IDS.searchHelp}
        autoComplete="off"
      />
      <p id={PAGE_IDS.searchHelp} className="visually-hidden">
        {labels.help}
      </p>
      {!index ? (
        <p className="empty">{labels.loading}</p>
      ) : query.trim() === '' ? (
        <section className="search-suggestions" aria-label={suggestionsTitle}>
          <h2>{suggestionsTitle}</h2>
          <ul className="term-index">
            {suggestions.map((s) => (
              <li key={s.href}>
                <Link href={s.href} prefetch={false}>
                  #{s.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : results.length === 0 ? (
        <p className="empty">{labels.noResults}</p>
      ) : (
        <>
          <p className="search-count" aria-live="polite">
            {labels.resultCountTemplate.replace('{n}', String(results.length))}
          </p>
          <ol id={PAGE_IDS.searchResults} className="search-results">
            {shown.map((r, i) => (
              <li key={r.id} id={`result-${r.id}`} aria-current={i === active ? 'true' : undefined} className={i === active ? 'active' : undefined}>
                <Link href={r.url} prefetch={false}>
                  <span className="search-title">
                    <Highlighted text={r.title} query={query} />
                  </span>
                  {r.draft ? <span className="badge badge-draft">{labels.draft}</span> : null}
                  <time dateTime={r.day}>{r.day}</time>
                  <span className="search-snippet">
                    <Highlighted text={r.snippet} query={query} />
                  </span>
                </Link>
              </li>
            ))}
          </ol>
          {results.length > shown.length ? (
            <button type="button" className="search-more" onClick={() => setLimit((l) => l + PAGE)}>
              {labels.moreTemplate.replace('{n}', String(Math.min(PAGE, results.length - shown.length)))}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}
