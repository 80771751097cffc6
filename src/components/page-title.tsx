import { memo, useEffect } from 'react';
import { useTranslation } from '../lib/use-translation';

/** Sets the document title as "<view> · Bilateral", so tabs, history and screen readers name the view. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}

/** The view's main heading with an optional lead paragraph (memoised: views redraw on every filter change). */
export const PageHeader = memo(function PageHeader({ title, lead }: { title: string; lead?: string }) {
  usePageTitle(title);
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold text-ink sm:text-3xl">{title}</h1>
      {lead && <p className="mt-2 max-w-3xl text-muted">{lead}</p>}
    </div>
  );
});
