import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { ConfidenceBadge } from '../../../components/badges';
import { ExternalLink } from '../../../components/external-link';
import { localized } from '../../../data/localize';
import type { Dataset, Source } from '../../../data/vocabulary';
import { partyName } from '../../../data/selectors';
import { useLanguage } from '../../../app/app-settings';
import { formatNumber, formatUsdBn } from '../../../lib/format';
import { linkTo } from '../../../lib/url-params';
import type { Language } from '../../../lib/i18n';
import { claimDifference, type ClaimGroup } from '../lib/claims';
import { sourceAnchor } from './source-card';

/** A difference in percent, one decimal; a difference that rounds to 0.0 reads "<0.1%", not "0%". */
function percentOf(percent: number | undefined, language: Language): string {
  if (percent === undefined) return '—';
  const size = Math.abs(percent);
  return size < 0.05 ? `<${formatNumber(0.1, language, 1)}%` : `${formatNumber(size, language, 1)}%`;
}

/** The dataset's heading for a topic, or (when it gives none) the topic's id as written in the claims. */
function TopicHeading({ group, language }: { group: ClaimGroup; language: Language }) {
  if (!group.heading) return <code className="rounded bg-page px-1.5 py-0.5 text-sm">{group.topic}</code>;
  const title = localized(group.heading, 'title', language);
  return <span lang={title.fallback ? 'en' : undefined}>{title.text}</span>;
}

/** Claims by topic; within a topic the claims sit side by side, each with the dataset's figure when there is one. */
export function ClaimsSection({ groups, dataset, sourcesById }: { groups: ClaimGroup[]; dataset: Dataset; sourcesById: Map<string, Source> }) {
  const { t } = useTranslation('sources');
  const language = useLanguage();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="claims-title" className="mt-10">
      <h2 id="claims-title" className="text-xl font-semibold text-ink">
        {t('claimsTitle')}
      </h2>
      <p className="mt-1 max-w-3xl text-muted">{t('claimsLead')}</p>
      {groups.length === 0 && <p className="mt-3 text-ink">{t('claimsEmpty')}</p>}
      <div className="mt-4 space-y-6">
        {groups.map((group) => (
          <section key={group.topic} aria-labelledby={`topic-${group.topic}`}>
            <h3 id={`topic-${group.topic}`} className="flex flex-wrap items-center gap-2 font-semibold text-ink">
              <TopicHeading group={group} language={language} />
              {group.disagrees && (
                <span className="rounded-full border border-line bg-warn-panel px-2 py-0.5 text-xs font-medium text-warn-ink">{t('disagreement')}</span>
              )}
            </h3>
            <ul className="mt-2 grid gap-3 md:grid-cols-2">
              {group.items.map(({ claim, tradeFigures }) => {
                const statement = localized(claim, 'statement', language);
                return (
                  <li key={claim.id} id={`claim-${claim.id}`} className="scroll-mt-4 rounded-lg border border-line bg-panel p-3 text-sm">
                    <p className="text-ink" lang={statement.fallback ? 'en' : undefined}>
                      {statement.text}
                    </p>
                    <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-muted">
                      {claim.value !== undefined && (
                        <span>
                          {t('claimValue', { value: formatNumber(claim.value, language, 2) })}
                          {/* Units are written in the dataset, in English. */}
                          {claim.unit && <span lang="en"> {claim.unit}</span>}
                        </span>
                      )}
                      {claim.year !== undefined && <span>{t('claimYear', { year: claim.year })}</span>}
                      {claim.confidence && <ConfidenceBadge confidence={claim.confidence} t={t} />}
                    </p>
                    {tradeFigures.length > 0 && claim.value !== undefined && (
                      <div className="mt-2 rounded-md border border-line bg-page p-2">
                        <p className="font-medium text-ink">{t('datasetFigure')}</p>
                        <ul className="mt-1 space-y-1">
                          {tradeFigures.map((figure) => {
                            const difference = claimDifference(claim.value!, figure.totalUsdBn);
                            return (
                              <li key={figure.reporter} className="text-ink">
                                {t('tradeRecord', {
                                  year: figure.year,
                                  reporter: partyName(dataset, figure.reporter, language),
                                  total: formatUsdBn(figure.totalUsdBn, language),
                                })}
                                {difference.notable && (
                                  <span className="block text-muted">
                                    {t(difference.absolute < 0 ? 'differenceBelow' : 'differenceAbove', {
                                      difference: formatUsdBn(Math.abs(difference.absolute), language),
                                      percent: percentOf(difference.percent, language),
                                    })}
                                  </span>
                                )}
                              </li>
                            );
                          })}
                        </ul>
                      </div>
                    )}
                    <p className="mt-2 text-muted">
                      {t('common:labelled', { label: t('claimSources') })}
                      {claim.sourceIds.map((id, index) => {
                        const source = sourcesById.get(id);
                        return (
                          <span key={id}>
                            {index > 0 && '; '}
                            {/* The search is dropped so the source is in the list, whatever was searched for. */}
                            <Link to={`${linkTo('/sources', params)}#${sourceAnchor(id)}`}>
                              <span lang="en">{source?.title ?? id}</span>
                            </Link>
                            {source?.url && (
                              <>
                                {' '}
                                (<ExternalLink href={source.url}>{new URL(source.url).hostname}</ExternalLink>)
                              </>
                            )}
                          </span>
                        );
                      })}
                    </p>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
