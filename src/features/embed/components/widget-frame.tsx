import { useId, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { useDataset, useDatasetOrigin } from '../../../app/dataset-context';
import { useLanguage } from '../../../app/app-settings';
import { ParamNotes } from '../../../components/param-notes';
import { usePageTitle } from '../../../components/page-title';
import { localized } from '../../../data/localize';
import { formatDate } from '../../../lib/format';
import { linkTo, type ParamNote } from '../../../lib/url-params';
import type { SourceLine } from '../lib/widget-data';
import { WIDGET_SPECS, titleOverride, type WidgetName } from '../lib/widgets';

export interface WidgetFrameProps {
  widget: WidgetName;
  /** The widget's own title; `title=` in the query replaces it. */
  title: string;
  notes: readonly ParamNote[];
  /** Filter controls, hidden with `controls=0`. */
  controls?: ReactNode;
  showControls: boolean;
  sources: SourceLine;
  /** Filters to carry into the full view's address. */
  fullViewParams?: Record<string, string | undefined>;
  children: ReactNode;
}

/**
 * What every widget shares: its heading, notes on ignored parameters, the filter controls, and a
 * footer with the source credit and a link to the full view (in a new tab, so the host page stays).
 */
export function WidgetFrame({ widget, title, notes, controls, showControls, sources, fullViewParams, children }: WidgetFrameProps) {
  const { t } = useTranslation('embed');
  const [params] = useSearchParams();
  const dataset = useDataset();
  const origin = useDatasetOrigin();
  const language = useLanguage();
  const headingId = useId();
  const heading = titleOverride(params) || title;
  usePageTitle(heading);

  const fullView = linkTo(WIDGET_SPECS[widget].fullView, params, { keepRange: true, extra: fullViewParams ?? {} });
  const publishers =
    sources.publishers.length === 0
      ? ''
      : sources.more > 0
        ? t('footer.sourcesMore', { list: sources.publishers.join(', '), count: sources.more })
        : t('footer.sources', { list: sources.publishers.join(', ') });

  return (
    <section aria-labelledby={headingId} data-embed-capture="" className="flex flex-col gap-3 bg-page">
      <h1 id={headingId} className="text-base leading-snug font-semibold text-ink sm:text-lg">
        {heading}
      </h1>
      <ParamNotes notes={notes} />
      {showControls && controls && (
        <div role="group" aria-label={t('controls.label')} className="no-print flex flex-wrap items-end gap-x-4 gap-y-2">
          {controls}
        </div>
      )}
      <div>{children}</div>
      <footer className="border-t border-line pt-2 text-xs text-muted">
        {publishers && <p>{publishers}</p>}
        <p>
          {t('footer.dataset', {
            title: localized(dataset.meta, 'title', language).text,
            license: dataset.meta.license,
            date: formatDate(dataset.meta.updated, language),
          })}
          {origin.kind !== 'shipped' && ` · ${t('footer.otherData')}`}
          {' · '}
          <Link to={fullView} target="_blank" rel="noopener" className="whitespace-nowrap">
            {t('footer.fullView')}
            <span className="sr-only"> {t('footer.newTab')}</span>
            <span aria-hidden="true"> ↗</span>
          </Link>
        </p>
      </footer>
    </section>
  );
}
