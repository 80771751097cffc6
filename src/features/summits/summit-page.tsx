import { useEffect, useMemo, useRef } from 'react';
import { Link, NavigationType, useLocation, useNavigationType, useParams, useSearchParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { useDataset } from '../../app/dataset-context';
import { useLanguage } from '../../app/app-settings';
import { usePageTitle } from '../../components/page-title';
import { ConfidenceBadge, KindBadge, StatusBadge } from '../../components/badges';
import { ExternalLink } from '../../components/external-link';
import type { Dataset, Source, Summit } from '../../data/vocabulary';
import { localized } from '../../data/localize';
import { sourcesById } from '../../data/selectors';
import { formatDate, formatDateRange, formatNumber, formatSourceDate } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { linkTo } from '../../lib/url-params';
import { adjacentSummits, agreementsBySummit, claimsForSummit, placeOf } from './lib/timeline';
import { apaPageCitation, apaSourceCitation, bibtexPageCitation, bibtexSourceCitation, todayIso } from './lib/citation';
import { CitePanel, type Citations } from './components/cite-panel';
import { FallbackMark } from './components/fallback-mark';
import { PrintedFrom } from './components/printed-from';

/** The timeline's query string handed over in the link state, so "Back" returns to the same filtered list. */
function timelineSearchFrom(state: unknown): string | undefined {
  if (state && typeof state === 'object' && 'timelineSearch' in state) {
    const value = (state as { timelineSearch: unknown }).timelineSearch;
    if (typeof value === 'string' && (value === '' || value.startsWith('?'))) return value;
  }
  return undefined;
}

/** The address being cited: the current page without the display-only theme. */
function citedUrl(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('theme');
  url.hash = '';
  return url.toString();
}

function citationsFor(summit: Summit, sources: Source[], dataset: Dataset, siteName: string): Citations {
  const page = {
    id: summit.id,
    title: summit.title,
    siteName,
    datasetTitle: dataset.meta.title,
    updated: dataset.meta.updated,
    url: citedUrl(),
    accessed: todayIso(),
  };
  return {
    pageApa: apaPageCitation(page),
    pageBibtex: bibtexPageCitation(page),
    sourcesApa: sources.map(apaSourceCitation).join('\n'),
    sourcesBibtex: sources.map(bibtexSourceCitation).join('\n\n'),
  };
}

function SourceItem({ source, language }: { source: Source; language: Language }) {
  const { t } = useTranslation(['summits', 'common']);
  return (
    <li className="break-inside-avoid">
      <ExternalLink href={source.url} className="font-medium [overflow-wrap:anywhere]">
        <span lang="en">{source.title}</span>
      </ExternalLink>
      <p className="text-sm text-muted">
        {source.publisher} · {formatSourceDate(source, language, t)} · {t(`common:sourceKinds.${source.kind}`)}
        {!source.url && <> · {t('summits:detail.sources.noUrl')}</>}
      </p>
      {/* Paper has no links: the address is printed under the title. */}
      {source.url && <p className="hidden text-xs text-muted [overflow-wrap:anywhere] print:block">{source.url}</p>}
    </li>
  );
}

function NotFound({ id, backHref }: { id: string; backHref: string }) {
  const { t } = useTranslation('summits');
  return (
    <section className="py-12">
      <h1 className="text-2xl font-bold text-ink">{t('detail.notFound.title')}</h1>
      <p className="mt-2 text-muted">{t('detail.notFound.body', { id: id.slice(0, 100) })}</p>
      <p className="mt-4">
        <Link to={backHref}>{t('detail.notFound.back')}</Link>
      </p>
    </section>
  );
}

/** /summits/:id: one meeting with everything known about it, its sources and ready citations. */
export function SummitPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['summits', 'common']);
  const dataset = useDataset();
  const language = useLanguage();
  const [params] = useSearchParams();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);

  const timelineSearch = timelineSearchFrom(location.state);
  const backHref = timelineSearch !== undefined ? `/summits${timelineSearch}` : linkTo('/summits', params);
  const summit = dataset.summits.find((item) => item.id === id);
  const agreements = useMemo(() => (summit ? (agreementsBySummit(dataset).get(summit.id) ?? []) : []), [dataset, summit]);
  const { previous, next } = useMemo(() => adjacentSummits(dataset.summits, id), [dataset.summits, id]);
  const sourceMap = useMemo(() => sourcesById(dataset), [dataset]);

  const title = summit ? localized(summit, 'title', language) : undefined;
  usePageTitle(title?.text ?? t('summits:detail.notFound.title'));

  // A link followed within the app (not a first load, a reload, or the browser's back and forward).
  const arrivedInApp = useNavigationType() !== NavigationType.Pop;
  useEffect(() => {
    // Arriving from another view or meeting is a new page: start at its top, with the heading
    // announced. A load or a reload already starts there with focus on the document, and back and
    // forward return to where the reader was.
    if (!arrivedInApp) return;
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [id, arrivedInApp]);

  if (!summit || !title) return <NotFound id={id} backHref={backHref} />;

  const summary = localized(summit, 'summary', language);
  const sources = summit.sourceIds.map((sourceId) => sourceMap.get(sourceId)).filter((source): source is Source => source !== undefined);
  const claims = claimsForSummit(dataset.claims, summit.id);
  const party = dataset.meta.parties.find((item) => item.id === summit.host);
  const host = party ? localized(party, 'name', language).text : t(`common:hosts.${summit.host}`, { defaultValue: summit.host });
  const place = placeOf(summit);
  const citations = citationsFor(summit, sources, dataset, t('common:app.name'));
  const linkState = timelineSearch !== undefined ? { timelineSearch } : undefined;
  const dtClass = 'text-sm font-medium text-muted';
  const ddClass = 'mb-3 text-ink sm:mb-0';

  return (
    <article aria-labelledby="summit-title">
      <p className="mb-4 print:hidden">
        <Link to={backHref} className="font-medium">
          <span aria-hidden="true">← </span>
          {t('summits:detail.back')}
        </Link>
      </p>
      <h1 id="summit-title" ref={heading} tabIndex={-1} className="text-2xl font-bold text-ink sm:text-3xl [overflow-wrap:anywhere]">
        {title.text}
        <FallbackMark show={title.fallback} />
      </h1>
      <p className="mt-2 text-lg text-muted">
        <time dateTime={summit.start}>{formatDateRange(summit.start, summit.end, language)}</time>
        {/* Places, events and notes exist in the dataset's English only: marked so screen readers say them in English. */}
        {place && (
          <>
            {' · '}
            <span lang="en">{place}</span>
          </>
        )}
      </p>

      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0">
          <section aria-labelledby="summary-title">
            <h2 id="summary-title" className="text-xl font-semibold text-ink">
              {t('summits:detail.summary')}
            </h2>
            <p className="mt-2 max-w-3xl text-ink">
              {summary.text}
              <FallbackMark show={summary.fallback} />
            </p>
          </section>

          <section aria-labelledby="agreements-title" className="mt-8">
            <h2 id="agreements-title" className="text-xl font-semibold text-ink">
              {t('summits:detail.agreements.title')}
            </h2>
            {agreements.length === 0 ? (
              <p className="mt-2 text-muted">{t('summits:detail.agreements.none')}</p>
            ) : (
              <>
                <ul className="mt-3 space-y-3">
                  {agreements.map((agreement) => {
                    const agreementTitle = localized(agreement, 'title', language);
                    return (
                      <li key={agreement.id} className="rounded-md border border-line p-3">
                        <p className="font-medium text-ink">
                          {agreementTitle.text}
                          <FallbackMark show={agreementTitle.fallback} />
                        </p>
                        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
                          <time dateTime={agreement.date}>{formatDate(agreement.date, language)}</time>
                          <span>· {t(`common:sectors.${agreement.sector}`)}</span>
                          <StatusBadge status={agreement.status} t={t} />
                        </p>
                      </li>
                    );
                  })}
                </ul>
                <p className="mt-3 print:hidden">
                  <Link to={linkTo('/agreements', params, { extra: { summit: summit.id } })}>
                    {t('summits:detail.agreements.link', { count: agreements.length, n: formatNumber(agreements.length, language, 0) })}
                  </Link>
                </p>
              </>
            )}
          </section>

          {claims.length > 0 && (
            <section aria-labelledby="claims-title" className="mt-8">
              <h2 id="claims-title" className="text-xl font-semibold text-ink">
                {t('summits:detail.claims.title')}
              </h2>
              <ul className="mt-3 space-y-3">
                {claims.map((claim) => {
                  const statement = localized(claim, 'statement', language);
                  const claimSources = claim.sourceIds.map((sourceId) => sourceMap.get(sourceId)?.title ?? sourceId).join('; ');
                  return (
                    <li key={claim.id} className="border-l-4 border-line pl-3">
                      <p className="text-ink">
                        {statement.text}
                        <FallbackMark show={statement.fallback} />
                      </p>
                      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
                        {claim.confidence && <ConfidenceBadge confidence={claim.confidence} t={t} />}
                        <span>{t('summits:detail.claims.sources', { sources: claimSources })}</span>
                      </p>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}

          <section aria-labelledby="sources-title" className="mt-8">
            <h2 id="sources-title" className="text-xl font-semibold text-ink">
              {t('summits:detail.sources.title')}
            </h2>
            <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-muted">
              {t('summits:detail.sources.confidence')} <ConfidenceBadge confidence={summit.confidence} t={t} />
            </p>
            <ul className="mt-3 space-y-3">
              {sources.map((source) => (
                <SourceItem key={source.id} source={source} language={language} />
              ))}
            </ul>
          </section>
        </div>

        <section aria-labelledby="facts-title" className="h-fit rounded-lg border border-line bg-panel p-4">
          <h2 id="facts-title" className="text-lg font-semibold text-ink">
            {t('summits:detail.facts')}
          </h2>
          <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)] sm:gap-y-3">
            <dt className={dtClass}>{t('summits:detail.date')}</dt>
            <dd className={ddClass}>{formatDateRange(summit.start, summit.end, language)}</dd>
            {place && (
              <>
                <dt className={dtClass}>{t('summits:detail.place')}</dt>
                <dd className={ddClass} lang="en">
                  {place}
                </dd>
              </>
            )}
            <dt className={dtClass}>{t('summits:detail.kind')}</dt>
            {/* The value column is narrow beside a long term ("Государственный визит"): the badge may wrap. */}
            <dd className={`${ddClass} [&>span]:whitespace-normal`}>
              <KindBadge kind={summit.kind} t={t} />
            </dd>
            <dt className={dtClass}>{t('summits:detail.host')}</dt>
            <dd className={ddClass}>{host}</dd>
            {summit.event && (
              <>
                <dt className={dtClass}>{t('summits:detail.event')}</dt>
                <dd className={ddClass} lang="en">
                  {summit.event}
                </dd>
              </>
            )}
            <dt className={dtClass}>{t('summits:detail.confidence')}</dt>
            <dd className={`${ddClass} [&>span]:whitespace-normal`}>
              <ConfidenceBadge confidence={summit.confidence} t={t} />
            </dd>
            {summit.note && (
              <>
                <dt className={dtClass}>{t('summits:detail.note')}</dt>
                <dd className={`${ddClass} [overflow-wrap:anywhere]`} lang="en">
                  {summit.note}
                </dd>
              </>
            )}
          </dl>
        </section>
      </div>

      <CitePanel citations={citations} />

      {(previous || next) && (
        <nav aria-label={t('summits:detail.nav.label')} className="mt-10 border-t border-line pt-6 print:hidden">
          <ul className="grid gap-4 sm:grid-cols-2">
            <li>
              {previous && (
                <Link to={linkTo(`/summits/${encodeURIComponent(previous.id)}`, params)} state={linkState} className="block rounded-md border border-line p-3 no-underline hover:border-accent">
                  <span className="block text-sm text-muted">
                    <span aria-hidden="true">← </span>
                    {t('summits:detail.nav.previous')}
                  </span>
                  <span className="block font-medium text-accent underline">{localized(previous, 'title', language).text}</span>
                  <span className="block text-sm text-muted">{formatDate(previous.start, language)}</span>
                </Link>
              )}
            </li>
            <li className="sm:text-right">
              {next && (
                <Link to={linkTo(`/summits/${encodeURIComponent(next.id)}`, params)} state={linkState} className="block rounded-md border border-line p-3 no-underline hover:border-accent">
                  <span className="block text-sm text-muted">
                    {t('summits:detail.nav.next')}
                    <span aria-hidden="true"> →</span>
                  </span>
                  <span className="block font-medium text-accent underline">{localized(next, 'title', language).text}</span>
                  <span className="block text-sm text-muted">{formatDate(next.start, language)}</span>
                </Link>
              )}
            </li>
          </ul>
        </nav>
      )}
      <PrintedFrom language={language} />
    </article>
  );
}
