import { lazy, Suspense, useRef, type ComponentType, type LazyExoticComponent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { useAppSettings } from '../../app/app-settings';
import { DatasetGate } from '../../app/dataset-context';
import { ErrorBoundary } from '../../components/error-boundary';
import { ParamNotes } from '../../components/param-notes';
import { usePageTitle } from '../../components/page-title';
import { useEmbedBridge } from './hooks/use-embed-bridge';
import { WIDGETS, controlsShown, isWidget, type WidgetName } from './lib/widgets';
import type { WidgetProps } from './widgets/types';

/*
 * One lazy module per widget, so a widget downloads only its own code: the timeline and the
 * agreements table never load the chart library.
 */
const WIDGET_COMPONENTS: Record<WidgetName, LazyExoticComponent<ComponentType<WidgetProps>>> = {
  trade: lazy(() => import('./widgets/trade-widget')),
  meetings: lazy(() => import('./widgets/meetings-widget')),
  sectors: lazy(() => import('./widgets/sectors-widget')),
  timeline: lazy(() => import('./widgets/timeline-widget')),
  agreements: lazy(() => import('./widgets/agreements-widget')),
};

function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="py-8 text-center text-muted">
      {t('loading.view')}
    </p>
  );
}

function UnknownWidget({ name }: { name: string }) {
  const { t } = useTranslation('embed');
  usePageTitle(t('unknown.title'));
  return (
    <section aria-labelledby="unknown-widget" className="rounded-md border border-line bg-panel p-4">
      <h1 id="unknown-widget" className="text-lg font-semibold text-ink">
        {t('unknown.title')}
      </h1>
      <p className="mt-1 text-ink">
        {t('unknown.body')} <code className="break-all">{name.length > 40 ? `${name.slice(0, 40)}…` : name}</code>
      </p>
      <p className="mt-2 text-ink">{t('unknown.valid')}</p>
      <ul className="mt-1 list-disc pl-6 text-ink">
        {WIDGETS.map((widget) => (
          <li key={widget}>
            <code>{widget}</code> — {t(`widgets.${widget}.name`)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function WidgetError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation('embed');
  return (
    <div role="alert" className="rounded-md border border-danger bg-danger-panel p-4 text-ink">
      <p className="font-medium">{t('error.title')}</p>
      <p className="mt-1 text-sm">{t('error.body')}</p>
      <button type="button" onClick={onRetry} className="mt-3 rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-accent-ink">
        {t('error.retry')}
      </button>
    </div>
  );
}

/**
 * /embed/:widget — one chart or table for an iframe on another site: no site navigation, light
 * theme unless asked, sized to its content and driven by the host page through postMessage
 * (see "Embedding" in README.md).
 */
export function EmbedWidgetPage() {
  const { widget = '' } = useParams();
  const [params] = useSearchParams();
  const { notes } = useAppSettings('light');
  const rootRef = useRef<HTMLDivElement>(null);
  useEmbedBridge(widget, rootRef);
  const Widget = isWidget(widget) ? WIDGET_COMPONENTS[widget] : undefined;
  const { t } = useTranslation('embed');

  return (
    <div ref={rootRef} className="w-full min-w-0 bg-page text-ink">
      {/* Named, so it stays distinct from the host page's own <main> landmark. */}
      <main aria-label={t('landmark')} className="p-3 sm:p-4">
        {Widget && isWidget(widget) ? (
          <DatasetGate>
            <ErrorBoundary fallback={(reset) => <WidgetError onRetry={reset} />}>
              <Suspense fallback={<Loading />}>
                <Widget widget={widget} showControls={controlsShown(params)} settingsNotes={notes} />
              </Suspense>
            </ErrorBoundary>
          </DatasetGate>
        ) : (
          <>
            <ParamNotes notes={notes} />
            <UnknownWidget name={widget} />
          </>
        )}
      </main>
    </div>
  );
}
