import { Suspense, lazy } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { useDataset } from '../../app/dataset-context';
import { useLanguage } from '../../app/app-settings';
import { PageHeader } from '../../components/page-title';
import { linkTo } from '../../lib/url-params';
import { formatChange, formatUsdBn } from '../../lib/format';
import { localized } from '../../data/localize';
import { ErrorBoundary } from '../../components/error-boundary';
import { WhenVisible } from '../../components/when-visible';
import { agreementsPerSector, latestTrade, leadersMet, meetingsPerYear, partyName } from '../../data/selectors';
import { loadEnglish } from '../../lib/i18n';

/**
 * Charts come in their own chunk (with Recharts) after the headline cards have painted, fetched
 * together with their English messages.
 */
const OverviewCharts = lazy(async () => (await Promise.all([import('../trade/components/overview-charts'), loadEnglish('trade')]))[0]);

function HeadlineCard({ title, to, children, linkLabel }: { title: string; to: string; children: React.ReactNode; linkLabel: string }) {
  return (
    <section aria-labelledby={`card-${to}`} className="flex flex-col rounded-lg border border-line bg-panel p-5">
      <h2 id={`card-${to}`} className="text-sm font-semibold tracking-wide text-muted uppercase">
        {title}
      </h2>
      <div className="mt-2 flex-1 text-ink">{children}</div>
      <Link to={to} className="mt-4 font-medium">
        {linkLabel}
      </Link>
    </section>
  );
}

/** The first screen: headline figures computed from the dataset, each leading to its view. */
export function OverviewPage() {
  const { t } = useTranslation(['overview', 'common']);
  const dataset = useDataset();
  const language = useLanguage();
  const [params] = useSearchParams();

  const trade = latestTrade(dataset.trade);
  const meetings = dataset.summits.filter(leadersMet);
  const coAttended = dataset.summits.length - meetings.length;
  const perYear = meetingsPerYear(meetings);
  const busiest = perYear.reduce<(typeof perYear)[number] | undefined>(
    (best, row) => (best === undefined || row.total > best.total ? row : best),
    undefined,
  );
  const sectors = agreementsPerSector(dataset.agreements)
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count);
  const [first, second] = dataset.meta.parties;

  return (
    <>
      <PageHeader
        title={t('overview:title', {
          a: first ? partyName(dataset, first.id, language) : '',
          b: second ? partyName(dataset, second.id, language) : '',
        })}
        lead={localized(dataset.meta, 'description', language).text}
      />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <HeadlineCard title={t('overview:trade.title')} to={linkTo('/trade', params, { keepRange: true })} linkLabel={t('overview:trade.link')}>
          {trade ? (
            <>
              <p className="text-3xl font-bold">{formatUsdBn(trade.totalUsdBn, language)}</p>
              <p className="mt-1 text-muted">
                {t('overview:trade.caption', { year: trade.year, reporter: partyName(dataset, trade.reporter, language) })}
              </p>
              {trade.changePercent !== undefined && (
                <p className="mt-1">
                  {t('overview:trade.change', {
                    change: formatChange(trade.changePercent, language),
                    year: trade.previousYear,
                  })}
                </p>
              )}
            </>
          ) : (
            <p>{t('overview:trade.none')}</p>
          )}
        </HeadlineCard>
        <HeadlineCard title={t('overview:meetings.title')} to={linkTo('/summits', params, { keepRange: true })} linkLabel={t('overview:meetings.link')}>
          <p className="text-3xl font-bold">{meetings.length}</p>
          <p className="mt-1 text-muted">
            {t('overview:meetings.caption', {
              count: meetings.length,
              from: perYear[0]?.year ?? '',
              to: perYear.at(-1)?.year ?? '',
            })}
          </p>
          {busiest && busiest.total > 0 && (
            <p className="mt-1">{t('overview:meetings.busiest', { year: busiest.year, count: busiest.total })}</p>
          )}
          {coAttended > 0 && <p className="mt-1 text-muted">{t('overview:meetings.coAttended', { count: coAttended })}</p>}
        </HeadlineCard>
        <HeadlineCard title={t('overview:agreements.title')} to={linkTo('/agreements', params, { keepRange: true })} linkLabel={t('overview:agreements.link')}>
          <p className="text-3xl font-bold">{dataset.agreements.length}</p>
          <p className="mt-1 text-muted">{t('overview:agreements.caption', { count: dataset.agreements.length })}</p>
          <ul className="mt-2 space-y-1">
            {sectors.map((row) => (
              <li key={row.sector} className="flex justify-between gap-2">
                <Link to={linkTo('/agreements', params, { keepRange: true, extra: { sector: row.sector } })}>
                  {t(`common:sectors.${row.sector}`)}
                </Link>
                <span className="tabular-nums">{row.count}</span>
              </li>
            ))}
          </ul>
        </HeadlineCard>
      </div>
      <WhenVisible minHeight={520}>
        <ErrorBoundary fallback={() => <p className="mt-10 text-muted">{t('overview:charts.failed')}</p>}>
          <Suspense fallback={<p role="status" className="mt-10 text-muted">{t('overview:charts.loading')}</p>}>
            <OverviewCharts />
          </Suspense>
        </ErrorBoundary>
      </WhenVisible>
      <p className="mt-6 text-sm text-muted">
        {t('overview:sourcesNote', { count: dataset.sources.length })}{' '}
        <Link to={linkTo('/sources', params)}>{t('overview:sourcesLink')}</Link>
      </p>
    </>
  );
}
