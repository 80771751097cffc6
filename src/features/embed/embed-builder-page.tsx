import { useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { useDataset } from '../../app/dataset-context';
import { useLanguage } from '../../app/app-settings';
import { PageHeader } from '../../components/page-title';
import { YearRangeFilter } from '../../components/year-range-filter';
import { SECTORS, STATUSES, SUMMIT_KINDS } from '../../data/vocabulary';
import { partyName } from '../../data/selectors';
import { fileName, saveFile } from '../../lib/download';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../lib/i18n';
import { THEMES, type Theme } from '../../lib/theme';
import { parseYearRange, VIEWS, type ViewMode } from '../../lib/url-params';
import { CopyField } from './components/copy-field';
import { PreviewFrame } from './components/preview-frame';
import { widgetPng } from './lib/capture';
import {
  clampHeight,
  embedDataAddress,
  embedQuery,
  embedSnippet,
  embedUrl,
  HEIGHT_MODES,
  MAX_FIXED_HEIGHT,
  MIN_FIXED_HEIGHT,
  type EmbedOptions,
  type HeightMode,
} from './lib/embed-url';
import { effectiveSpan, spanLabel, widgetYearSpan } from './lib/widget-data';
import { WIDGET_SPECS, WIDGETS, type WidgetName } from './lib/widgets';

const fieldClass = 'mt-1.5 rounded-md border border-line bg-page px-2 py-1.5 text-ink';
const legendClass = 'mb-1 text-sm font-semibold text-ink';

/** Checkboxes for one comma-list filter. */
function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
}: {
  legend: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
}) {
  const { t } = useTranslation('embed');
  return (
    <fieldset>
      <legend className={legendClass}>{legend}</legend>
      <p className="mb-1 text-xs text-muted">{t('builder.noneMeansAll')}</p>
      <ul className="grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <li key={option.value}>
            <label className="flex items-start gap-2 text-sm text-ink">
              <input
                type="checkbox"
                className="mt-1"
                checked={selected.includes(option.value)}
                onChange={(event) =>
                  onChange(event.target.checked ? [...selected, option.value] : selected.filter((value) => value !== option.value))
                }
              />
              {option.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * /embed — the embed builder: pick a widget and its settings, see it live in a real iframe, copy
 * the snippet or the address, or download a PNG of a chart.
 */
export function EmbedBuilderPage() {
  const { t } = useTranslation('embed');
  const { t: tc } = useTranslation();
  const dataset = useDataset();
  const language = useLanguage();
  const [params] = useSearchParams();
  const ids = useId();
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [imageState, setImageState] = useState<'idle' | 'working' | 'failed'>('idle');

  const [options, setOptions] = useState<EmbedOptions>(() => {
    const range = parseYearRange(params).value;
    return {
      widget: 'trade',
      from: range.from,
      to: range.to,
      kinds: [],
      sectors: [],
      statuses: [],
      view: 'chart',
      theme: 'light',
      lang: language,
      controls: true,
      title: '',
      heightMode: 'auto',
      height: WIDGET_SPECS.trade.initialHeight,
    };
  });
  const change = (next: Partial<EmbedOptions>) => setOptions((current) => ({ ...current, ...next }));
  const heightInRange = options.height === clampHeight(options.height);

  const spec = WIDGET_SPECS[options.widget];
  const filters: readonly string[] = spec.filters;
  const span = widgetYearSpan(dataset, options.widget);
  // The range as the widget will apply it: ends outside the widget's data are dropped.
  const range = {
    from: span && options.from !== undefined && options.from > span.first ? Math.min(options.from, span.last) : undefined,
    to: span && options.to !== undefined && options.to < span.last ? Math.max(options.to, span.first) : undefined,
  };
  const effective: EmbedOptions = { ...options, ...range, data: embedDataAddress(params) };

  const base = `${window.location.origin}${import.meta.env.BASE_URL}`;
  const url = embedUrl(base, effective);
  const previewSrc = `${import.meta.env.BASE_URL}embed/${effective.widget}?${embedQuery(effective).toString()}`;
  const [a, b] = dataset.meta.parties.map((party) => partyName(dataset, party.id, effective.lang));
  const frameTitle =
    effective.title.trim() ||
    t(`widgets.${effective.widget}.title`, { a, b, range: spanLabel(effectiveSpan(range, span)), lng: effective.lang });
  const snippet = embedSnippet(base, effective, frameTitle);
  const canImage = spec.chart && effective.view === 'chart';

  const downloadPng = async () => {
    const frame = frameRef.current;
    if (!frame) return;
    setImageState('working');
    try {
      const blob = await widgetPng(frame);
      saveFile(blob, fileName(['bilateral', effective.widget, spanLabel(effectiveSpan(range, span))], 'png'), 'image/png');
      setImageState('idle');
    } catch (error) {
      console.warn('PNG export failed', error);
      setImageState('failed');
    }
  };

  return (
    <>
      <PageHeader title={t('builder.title')} lead={t('builder.lead')} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <form className="flex flex-col gap-5" onSubmit={(event) => event.preventDefault()} aria-labelledby={`${ids}-settings`}>
          <h2 id={`${ids}-settings`} className="text-lg font-semibold text-ink">
            {t('builder.settings')}
          </h2>
          <fieldset>
            <legend className={legendClass}>{t('builder.widget')}</legend>
            <ul className="flex flex-col gap-1">
              {WIDGETS.map((widget) => (
                <li key={widget}>
                  <label className="flex items-start gap-2 text-sm text-ink">
                    <input
                      type="radio"
                      name={`${ids}-widget`}
                      className="mt-1"
                      checked={options.widget === widget}
                      onChange={() => change({ widget, height: WIDGET_SPECS[widget as WidgetName].initialHeight })}
                    />
                    <span>
                      <span className="font-medium">{t(`builder.widgets.${widget}`)}</span>
                      <span className="block text-xs text-muted">{t(`widgets.${widget}.name`)}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>

          {span && (
            <YearRangeFilter
              span={span}
              value={{ from: effective.from, to: effective.to }}
              onChange={(next) => change({ from: next.from, to: next.to })}
            />
          )}

          {filters.includes('kind') && (
            <CheckboxGroup
              legend={t('controls.kind')}
              options={SUMMIT_KINDS.map((kind) => ({ value: kind, label: tc(`summitKinds.${kind}`) }))}
              selected={options.kinds}
              onChange={(kinds) => change({ kinds })}
            />
          )}
          {filters.includes('sector') && (
            <CheckboxGroup
              legend={t('controls.sector')}
              options={SECTORS.map((sector) => ({ value: sector, label: tc(`sectors.${sector}`) }))}
              selected={options.sectors}
              onChange={(sectors) => change({ sectors })}
            />
          )}
          {filters.includes('status') && (
            <CheckboxGroup
              legend={t('controls.status')}
              options={STATUSES.map((status) => ({ value: status, label: tc(`statuses.${status}`) }))}
              selected={options.statuses}
              onChange={(statuses) => change({ statuses })}
            />
          )}
          {filters.includes('view') && (
            <fieldset>
              <legend className={legendClass}>{t('controls.view')}</legend>
              <div className="flex gap-4">
                {VIEWS.map((view) => (
                  <label key={view} className="flex items-center gap-2 text-sm text-ink">
                    <input type="radio" name={`${ids}-view`} checked={options.view === view} onChange={() => change({ view: view as ViewMode })} />
                    {t(`controls.views.${view}`)}
                  </label>
                ))}
              </div>
            </fieldset>
          )}

          <fieldset className="flex flex-col gap-3">
            <legend className={legendClass}>{t('builder.appearance')}</legend>
            <div className="flex flex-wrap gap-4">
              <div className="flex flex-col">
                <label htmlFor={`${ids}-theme`} className="text-sm text-muted">
                  {tc('settings.theme')}
                </label>
                <select id={`${ids}-theme`} value={options.theme} onChange={(event) => change({ theme: event.target.value as Theme })} className={fieldClass}>
                  {THEMES.map((theme) => (
                    <option key={theme} value={theme}>
                      {tc(`settings.themes.${theme}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="flex flex-col">
                <label htmlFor={`${ids}-lang`} className="text-sm text-muted">
                  {tc('settings.language')}
                </label>
                <select id={`${ids}-lang`} value={options.lang} onChange={(event) => change({ lang: event.target.value as Language })} className={fieldClass}>
                  {LANGUAGES.map((code) => (
                    <option key={code} value={code} lang={code}>
                      {LANGUAGE_NAMES[code]}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <label className="flex items-center gap-2 text-sm text-ink">
              <input type="checkbox" checked={options.controls} onChange={(event) => change({ controls: event.target.checked })} />
              {t('builder.showControls')}
            </label>
            <div className="flex flex-col">
              <label htmlFor={`${ids}-title`} className="text-sm text-muted">
                {t('builder.heading')}
              </label>
              <input
                id={`${ids}-title`}
                type="text"
                maxLength={120}
                value={options.title}
                placeholder={frameTitle}
                onChange={(event) => change({ title: event.target.value })}
                className={fieldClass}
              />
            </div>
          </fieldset>

          <fieldset className="flex flex-col gap-2">
            <legend className={legendClass}>{t('builder.height')}</legend>
            {HEIGHT_MODES.map((mode) => (
              <label key={mode} className="flex items-start gap-2 text-sm text-ink">
                <input
                  type="radio"
                  name={`${ids}-height`}
                  className="mt-1"
                  checked={options.heightMode === mode}
                  onChange={() => change({ heightMode: mode as HeightMode })}
                />
                <span>
                  {t(`builder.heightModes.${mode}`)}
                  <span className="block text-xs text-muted">{t(`builder.heightHints.${mode}`)}</span>
                </span>
              </label>
            ))}
            <div className="flex flex-col">
              <label htmlFor={`${ids}-px`} className="text-sm text-muted">
                {options.heightMode === 'fixed' ? t('builder.fixedHeight') : t('builder.startHeight')}
              </label>
              <input
                id={`${ids}-px`}
                type="number"
                min={MIN_FIXED_HEIGHT}
                max={MAX_FIXED_HEIGHT}
                step={10}
                // While the box is empty or holds a partial number ("-"), the height is NaN and the
                // box is left as typed, rather than refilled with 0.
                value={Number.isNaN(options.height) ? '' : options.height}
                onChange={(event) => change({ height: event.target.value === '' ? NaN : Number(event.target.value) })}
                onBlur={() => change({ height: clampHeight(options.height) })}
                aria-describedby={`${ids}-px-hint`}
                aria-invalid={heightInRange ? undefined : true}
                className={`${fieldClass} w-32`}
              />
              <p id={`${ids}-px-hint`} className={`mt-1 text-xs ${heightInRange ? 'text-muted' : 'text-danger'}`}>
                {heightInRange
                  ? t('builder.heightRange', { min: MIN_FIXED_HEIGHT, max: MAX_FIXED_HEIGHT })
                  : t('builder.heightUsed', { min: MIN_FIXED_HEIGHT, max: MAX_FIXED_HEIGHT, height: clampHeight(options.height) })}
              </p>
            </div>
          </fieldset>
        </form>

        <div className="flex min-w-0 flex-col gap-6">
          <section aria-labelledby={`${ids}-preview`} className="flex flex-col gap-2">
            <h2 id={`${ids}-preview`} className="text-lg font-semibold text-ink">
              {t('builder.preview')}
            </h2>
            <PreviewFrame
              ref={frameRef}
              src={previewSrc}
              title={t('builder.previewTitle', { title: frameTitle })}
              heightMode={options.heightMode}
              height={clampHeight(options.height)}
              initialHeight={clampHeight(options.height)}
            />
          </section>
          <section aria-labelledby={`${ids}-code`} className="flex flex-col gap-4">
            <h2 id={`${ids}-code`} className="text-lg font-semibold text-ink">
              {t('builder.code')}
            </h2>
            <CopyField label={t('builder.snippet')} value={snippet} multiline copyLabel={t('builder.copySnippet')} />
            <p className="-mt-2 text-xs text-muted">{options.heightMode === 'auto' ? t('builder.snippetHintAuto') : t('builder.snippetHintFixed')}</p>
            <CopyField label={t('builder.url')} value={url} copyLabel={t('builder.copyUrl')} />
            <div className="flex flex-col gap-1">
              <h3 className="text-sm font-medium text-ink">{t('builder.image')}</h3>
              <div className="flex flex-wrap items-center gap-3">
                <button
                  type="button"
                  disabled={!canImage || imageState === 'working'}
                  onClick={() => void downloadPng()}
                  aria-describedby={`${ids}-image-hint`}
                  className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-accent-ink disabled:opacity-60"
                >
                  {imageState === 'working' ? t('builder.imageWorking') : t('builder.downloadPng')}
                </button>
                <span role="status" className="text-sm text-danger">
                  {imageState === 'failed' ? t('builder.imageFailed') : ''}
                </span>
              </div>
              <p id={`${ids}-image-hint`} className="text-xs text-muted">
                {canImage ? t('builder.imageHint') : t('builder.imageUnavailable')}
              </p>
            </div>
          </section>
        </div>
      </div>
    </>
  );
}
