import { memo, useDeferredValue, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { hitSnippet, type SearchDocument } from '../../../shared/minutes/fullTextSearch';
import type { Language } from '../../../shared/domain/settings';
import { minutesStates, type MinutesState } from '../../db/repositories/minutesIndex';
import type { Sitting } from '../../../shared/domain/sitting';
import { useDatabase } from '../../app/DatabaseContext';
import { useLanguage, useMessages, useNumericDate } from '../../app/i18n/useMessages';
import { formatDateShort } from '../../app/format/dates';
import { typedSittingTitle } from '../../app/format/sittingTitle';
import { href } from '../../app/router';
import { MinutesStatusBadge } from './MinutesStatusBadge';
import { fieldIds, minutesPath } from './minutesLinks';
import { minutesSearchIndex, readSearchRows } from './minutesSearch';
import { useGrowingCount } from '../../app/components/useGrowingCount';

/** Protokolle: every sitting with the state of its minutes, and full-text search over all minutes. */
export function MinutesOverview() {
  const t = useMessages().minutes;
  const language = useLanguage();
  const db = useDatabase();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const data = useLiveQuery(async () => {
    const [sittings, minutes, rows] = await Promise.all([
      db.domain('sittings').orderBy('date').reverse().toArray(),
      // Status and version from the index: approved minutes carry their frozen document, not read here.
      minutesStates(db),
      // The texts are read again only after a change (readSearchRows), not on every visit.
      readSearchRows(db),
    ]);
    // Minutes count as begun once an item has text, even before a header field was saved.
    const sittingsWithText = new Set(rows.agendaItems.filter((item) => item.notes.trim()).map((item) => item.sittingId));
    // The index keeps what it folded before: only changed texts are folded again.
    const index = minutesSearchIndex(db, rows);
    return { sittings, minutesBySitting: new Map(minutes.map((m) => [m.sittingId, m])), sittingsWithText, index };
  }, [db]);
  // A keystroke re-renders the input only: the hits follow deferred, the sittings table not at all.
  const found = useMemo(() => data?.index.find(deferredQuery) ?? [], [data, deferredQuery]);

  return (
    <section>
      <div className="mn-page-head">
        <h1>{t.title}</h1>
        <a className="button" href={href('/minutes/tasks')}>
          {t.actionItemsLink}
        </a>
      </div>

      <div className="panel">
        <h2>
          <label htmlFor="minutes-search">{t.search.heading}</label>
        </h2>
        <input
          id="minutes-search"
          className="mn-search-input"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby="minutes-search-hint"
          autoComplete="off"
        />
        <p id="minutes-search-hint" className="field-hint">
          {t.search.hint}
        </p>
        <SearchResults found={found} query={deferredQuery} />
      </div>

      <div className="panel">
        <h2>{t.sittingsHeading}</h2>
        <SittingsTable data={data} language={language} />
      </div>
    </section>
  );
}

/** The hits of the (deferred) query: the first 25 at once, the rest of the 100 right after. */
const SearchResults = memo(function SearchResults({ found, query }: { found: SearchDocument[]; query: string }) {
  const t = useMessages().minutes;
  const rendered = useGrowingCount(found.length, query, 25);
  if (!query.trim()) return null;
  return (
    <>
      <div role="status" aria-live="polite" data-search-query={query}>
        <p className="muted">{found.length ? t.search.results(found.length) : t.search.none}</p>
      </div>
      {found.length > 0 && (
        <ul className="plain-list mn-search-hits">
          {found.slice(0, rendered).map((document) => (
            <SearchHitRow key={`${document.kind}-${document.id}`} document={document} query={query} />
          ))}
        </ul>
      )}
    </>
  );
});

type SittingsTableData = { sittings: Sitting[]; minutesBySitting: Map<string, MinutesState>; sittingsWithText: Set<string> };

/** Every sitting with the state of its minutes; rendered again only when the data changes. */
const SittingsTable = memo(function SittingsTable({ data, language }: { data: SittingsTableData | undefined; language: Language }) {
  const t = useMessages().minutes;
  return (
    <>
        {!data ? (
          <p className="muted">{t.print.loading}</p>
        ) : data.sittings.length === 0 ? (
          <p className="muted">{t.noSittings}</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.columns.date}</th>
                <th scope="col">{t.columns.sitting}</th>
                <th scope="col">{t.columns.body}</th>
                <th scope="col">{t.columns.minutes}</th>
              </tr>
            </thead>
            <tbody>
              {data.sittings.map((sitting) => {
                const minutes = data.minutesBySitting.get(sitting.id);
                return (
                  <tr key={sitting.id}>
                    <td className="nowrap">
                      <a href={href(minutesPath(sitting.id))}>{formatDateShort(sitting.date, language)}</a>
                    </td>
                    <td>
                      {typedSittingTitle(sitting) || sitting.venue}
                      {sitting.status === 'cancelled' && (
                        <>
                          {' '}
                          <span className="badge danger">{t.cancelled}</span>
                        </>
                      )}
                    </td>
                    <td>{t.bodies[sitting.body]}</td>
                    <td>
                      <MinutesStatusBadge status={minutes?.status ?? (data.sittingsWithText.has(sitting.id) ? 'draft' : 'notStarted')} version={minutes?.version ?? 1} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
    </>
  );
});

/** One hit: its snippet is made here, when the hit is shown. */
const SearchHitRow = memo(function SearchHitRow({ document, query }: { document: SearchDocument; query: string }) {
  const t = useMessages().minutes.search;
  const numericDate = useNumericDate();
  const snippet = useMemo(() => hitSnippet(document, query), [document, query]);
  const focus = document.kind === 'decision' ? fieldIds.decisionWording(document.id) : document.itemId ? fieldIds.item(document.itemId) : undefined;
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const mark of snippet.marks) {
    if (mark.start > at) parts.push({ text: snippet.text.slice(at, mark.start), marked: false });
    parts.push({ text: snippet.text.slice(mark.start, mark.end), marked: true });
    at = mark.end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), marked: false });
  return (
    <li>
      <a href={href(minutesPath(document.sittingId, 'minutes', focus))}>
        <span className="badge">{t.kinds[document.kind]}</span> {document.title || document.text}
      </a>
      <span className="muted block">{t.context(numericDate(document.sittingDate), document.itemPosition)}</span>
      <span className="block mn-snippet">
        {parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
      </span>
    </li>
  );
});
