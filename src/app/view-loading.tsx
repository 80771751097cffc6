import { useTranslation } from '../lib/use-translation';

/** Shown while a view's code arrives. */
export function ViewLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="py-16 text-center text-muted">
      {t('loading.view')}
    </p>
  );
}
