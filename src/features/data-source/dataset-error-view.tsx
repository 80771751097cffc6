import { Link } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { DatasetLoadError, type DatasetOrigin } from '../../data/load';
import { ProblemList } from './problem-list';
import { usePageTitle } from '../../components/page-title';
import { errorKind } from './lib/data-source';
import { useBackToShipped } from './use-back-to-shipped';

interface Props {
  error: Error;
  origin: DatasetOrigin;
  onRetry: () => void;
  retrying: boolean;
}

/**
 * Says what went wrong with the dataset in plain words (a specific message per fault, the first
 * problems with their JSON paths), offers Retry, and a way back to the shipped data.
 */
export function DatasetErrorView({ error, origin, onRetry, retrying }: Props) {
  const { t } = useTranslation(['common', 'data']);
  const back = useBackToShipped();
  const loadError = error instanceof DatasetLoadError ? error : undefined;
  const kind = errorKind(error);
  usePageTitle(t('loadError.title'));

  return (
    <section role="alert" aria-labelledby="load-error-title" className="mx-auto my-10 max-w-2xl rounded-lg border border-danger bg-danger-panel p-6">
      <h1 id="load-error-title" className="text-xl font-semibold text-ink">
        {t('loadError.title')}
      </h1>
      <p className="mt-2 break-words text-ink">
        {t(`loadError.${kind}`, { status: loadError?.status ?? '', url: loadError?.url ?? '' })}
      </p>
      {kind === 'offline' && <p className="mt-2 text-ink">{t('data:error.offlineAuto')}</p>}
      <ProblemList problems={loadError?.problems ?? []} />
      <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
        {kind !== 'localMissing' && (
          <button
            type="button"
            onClick={onRetry}
            disabled={retrying}
            className="rounded-md bg-accent px-4 py-2 font-medium text-accent-ink disabled:opacity-60"
          >
            {retrying ? t('loadError.retrying') : t('loadError.retry')}
          </button>
        )}
        {origin.kind !== 'shipped' && <Link to={back.to} onClick={back.onClick}>{t('data:banner.back')}</Link>}
      </div>
      {origin.kind !== 'shipped' && <p className="mt-3 text-sm text-muted">{t('data:error.loadFile')}</p>}
    </section>
  );
}
