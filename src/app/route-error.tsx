import { Link, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Shown when a view fails to render; the header and the other views keep working. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const detail = error instanceof Error ? error.message : undefined;
  return (
    <section role="alert" className="mx-auto my-10 max-w-2xl rounded-lg border border-danger bg-danger-panel p-6 text-ink">
      <h1 className="text-xl font-semibold">{t('routeError.title')}</h1>
      <p className="mt-2">{t('routeError.body')}</p>
      {detail && <p className="mt-2 font-mono text-sm break-all">{detail}</p>}
      <div className="mt-4 flex gap-4">
        <button type="button" onClick={() => window.location.reload()} className="rounded-md bg-accent px-4 py-2 font-medium text-accent-ink">
          {t('routeError.reload')}
        </button>
        <Link to="/" className="self-center">
          {t('routeError.home')}
        </Link>
      </div>
    </section>
  );
}
