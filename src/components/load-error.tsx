import { useTranslation } from 'react-i18next';
import { DatasetLoadError } from '../data/load';

/** How many problems to list before saying how many more there are. */
const SHOWN_PROBLEMS = 10;

/** Says what failed when the dataset could not be loaded, and offers to try again. */
export function LoadError({ error, onRetry, retrying }: { error: Error; onRetry: () => void; retrying: boolean }) {
  const { t } = useTranslation();
  const loadError = error instanceof DatasetLoadError ? error : undefined;
  const kind = loadError?.kind ?? 'network';
  const problems = loadError?.problems ?? [];

  return (
    <section role="alert" aria-labelledby="load-error-title" className="mx-auto my-10 max-w-2xl rounded-lg border border-danger bg-danger-panel p-6">
      <h1 id="load-error-title" className="text-xl font-semibold text-ink">
        {t('loadError.title')}
      </h1>
      <p className="mt-2 text-ink">
        {t(`loadError.${kind}`, { status: loadError?.status ?? '', url: loadError?.url ?? '' })}
      </p>
      {problems.length > 0 && (
        <>
          <p className="mt-3 text-ink">{t('loadError.problemsIntro', { count: problems.length })}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-sm text-ink">
            {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
              <li key={index}>
                <code className="font-mono break-all">{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
          {problems.length > SHOWN_PROBLEMS && (
            <p className="mt-2 text-sm text-muted">{t('loadError.more', { count: problems.length - SHOWN_PROBLEMS })}</p>
          )}
        </>
      )}
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className="mt-4 rounded-md bg-accent px-4 py-2 font-medium text-accent-ink disabled:opacity-60"
      >
        {retrying ? t('loadError.retrying') : t('loadError.retry')}
      </button>
    </section>
  );
}
