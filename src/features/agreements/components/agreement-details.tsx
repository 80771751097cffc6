import { useTranslation } from '../../../lib/use-translation';
import { ConfidenceBadge } from '../../../components/badges';
import { ExternalLink } from '../../../components/external-link';
import { localized } from '../../../data/localize';
import { useLanguage } from '../../../app/app-settings';
import { formatSourceDate } from '../../../lib/format';
import type { AgreementRow } from '../lib/agreement-rows';
import { LocalizedText } from './localized-text';

/** What opens under a row: summary, note, confidence and the sources with their links. */
export function AgreementDetails({ row }: { row: AgreementRow }) {
  const { t } = useTranslation('agreements');
  const language = useLanguage();
  const { agreement } = row;
  return (
    <div className="grid gap-3 text-sm sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div>
        <h3 className="font-semibold text-ink">{t('row.summary')}</h3>
        <p className="mt-1 text-ink">
          <LocalizedText value={localized(agreement, 'summary', language)} />
        </p>
        {agreement.note && (
          <p className="mt-2 text-muted">
            <span className="font-medium text-ink">{t('common:labelled', { label: t('row.note') })}</span>
            <span lang="en">{agreement.note}</span>
          </p>
        )}
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <span className="font-medium text-ink">{t('common:labelled', { label: t('row.confidence') })}</span>
          <ConfidenceBadge confidence={agreement.confidence} t={t} />
        </p>
      </div>
      <div>
        <h3 className="font-semibold text-ink">{t('row.sources')}</h3>
        <ul className="mt-1 space-y-1">
          {row.sources.map((source) => (
            <li key={source.id} className="break-words">
              <ExternalLink href={source.url}>
                <span lang="en">{source.title}</span>
              </ExternalLink>
              <span className="text-muted">
                {' '}
                — {source.publisher}, {formatSourceDate(source, language, t, 'short')}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
