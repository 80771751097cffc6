import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { ExternalLink } from '../../../components/external-link';
import { localized } from '../../../data/localize';
import type { Dataset } from '../../../data/vocabulary';
import { partyName } from '../../../data/selectors';
import { useLanguage } from '../../../app/app-settings';
import { formatDate, formatSourceDate, formatUsdBn } from '../../../lib/format';
import { linkTo } from '../../../lib/url-params';
import { citationTotal, type Citations, type SourceRow } from '../lib/citations';

const KINDS = ['trade', 'summits', 'agreements', 'claims'] as const;

export const recordsId = (sourceId: string) => `cites-${sourceId}`;
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;

/** One source: what it is, where to read it, and which records cite it (each count leads to them). */
export function SourceCard({
  row,
  dataset,
  open,
  onOpenChange,
}: {
  row: SourceRow;
  dataset: Dataset;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation('sources');
  const language = useLanguage();
  const [params] = useSearchParams();
  const { source, citations } = row;
  const total = citationTotal(citations);

  const countLink = (kind: (typeof KINDS)[number], count: number) => {
    const text = t(`kinds.${kind}`, { count });
    if (count === 0) return <span className="text-muted">{text}</span>;
    if (kind === 'agreements') return <Link to={linkTo('/agreements', params, { extra: { source: source.id } })}>{text}</Link>;
    return (
      <a href={`#${recordsId(source.id)}-${kind}`} onClick={() => onOpenChange(true)}>
        {text}
      </a>
    );
  };

  return (
    <article id={sourceAnchor(source.id)} aria-labelledby={`${sourceAnchor(source.id)}-title`} className="scroll-mt-4 rounded-lg border border-line bg-panel p-4">
      <h3 id={`${sourceAnchor(source.id)}-title`} className="font-semibold break-words text-ink">
        <ExternalLink href={source.url}>
          <span lang="en">{source.title}</span>
        </ExternalLink>
      </h3>
      <p className="mt-1 text-sm text-muted">
        {t('publishedBy', { publisher: source.publisher, date: formatSourceDate(source, language, t) })} ·{' '}
        <span className="rounded border border-line px-1.5 py-0.5 text-xs text-ink">{t(`common:sourceKinds.${source.kind}`)}</span>
        {!source.url && <> · {t('noLink')}</>}
      </p>
      {source.note && (
        <p className="mt-2 text-sm text-ink" lang="en">
          {source.note}
        </p>
      )}
      <div className="mt-2 text-sm">
        <span className="font-medium text-ink">{t('common:labelled', { label: t('citedBy') })}</span>
        {total === 0 ? (
          <span className="text-muted">{t('notCited')}</span>
        ) : (
          <ul className="inline">
            {KINDS.map((kind, index) => (
              <li key={kind} className="inline">
                {index > 0 && <span aria-hidden="true"> · </span>}
                {countLink(kind, citations[kind].length)}
              </li>
            ))}
          </ul>
        )}
      </div>
      {total > 0 && (
        <details
          id={recordsId(source.id)}
          open={open}
          onToggle={(event) => {
            const next = event.currentTarget.open;
            if (next !== open) onOpenChange(next);
          }}
          className="mt-2 text-sm"
        >
          <summary className="cursor-pointer font-medium text-accent">{t('records', { count: total })}</summary>
          {open && <CitationLists citations={citations} dataset={dataset} sourceId={source.id} />}
        </details>
      )}
    </article>
  );
}

function CitationLists({ citations, dataset, sourceId }: { citations: Citations; dataset: Dataset; sourceId: string }) {
  const { t } = useTranslation('sources');
  const language = useLanguage();
  const [params] = useSearchParams();
  return (
    <div className="mt-2 grid gap-3 sm:grid-cols-2">
      {citations.trade.length > 0 && (
        <section id={`${recordsId(sourceId)}-trade`} className="scroll-mt-4">
          <h4 className="font-semibold text-ink">{t('recordHeadings.trade')}</h4>
          <ul className="list-disc pl-5">
            {citations.trade.map((row) => (
              <li key={`${row.reporter}-${row.year}`}>
                <Link to={linkTo('/trade', params, { extra: { from: row.year, to: row.year } })}>
                  {t('tradeRecord', { year: row.year, reporter: partyName(dataset, row.reporter), total: formatUsdBn(row.totalUsdBn, language) })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {citations.summits.length > 0 && (
        <section id={`${recordsId(sourceId)}-summits`} className="scroll-mt-4">
          <h4 className="font-semibold text-ink">{t('recordHeadings.summits')}</h4>
          <ul className="list-disc pl-5">
            {citations.summits.map((summit) => (
              <li key={summit.id}>
                <Link to={linkTo(`/summits/${summit.id}`, params)}>{localized(summit, 'title', language).text}</Link>{' '}
                <span className="text-muted">({formatDate(summit.start, language, 'short')})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {citations.agreements.length > 0 && (
        <section id={`${recordsId(sourceId)}-agreements`} className="scroll-mt-4">
          <h4 className="font-semibold text-ink">{t('recordHeadings.agreements')}</h4>
          <ul className="list-disc pl-5">
            {citations.agreements.map((agreement) => (
              <li key={agreement.id}>{localized(agreement, 'title', language).text}</li>
            ))}
          </ul>
          <Link to={linkTo('/agreements', params, { extra: { source: sourceId } })}>{t('openInTable')}</Link>
        </section>
      )}
      {citations.claims.length > 0 && (
        <section id={`${recordsId(sourceId)}-claims`} className="scroll-mt-4">
          <h4 className="font-semibold text-ink">{t('recordHeadings.claims')}</h4>
          <ul className="list-disc pl-5">
            {citations.claims.map((claim) => (
              <li key={claim.id}>
                <a href={`#claim-${claim.id}`}>{localized(claim, 'statement', language).text}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
