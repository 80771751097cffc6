import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';

type CopyState = 'idle' | 'copied' | 'failed';

/** A citation shown as selectable text, with a button that copies it and says so. */
function CopyBlock({ label, text, copyLabel, mono }: { label: string; text: string; copyLabel: string; mono: boolean }) {
  const { t } = useTranslation('summits');
  const id = useId();
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="mt-3">
      <h4 id={`${id}-label`} className="text-sm font-semibold text-ink">
        {label}
      </h4>
      <pre
        aria-labelledby={`${id}-label`}
        className={`mt-1 rounded-md border border-line bg-page p-3 text-sm whitespace-pre-wrap text-ink [overflow-wrap:anywhere] ${mono ? 'font-mono' : 'font-sans'}`}
      >
        {text}
      </pre>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => void copy()}
          className="rounded-md border border-line bg-panel px-3 py-1.5 text-sm font-medium text-ink hover:border-accent"
        >
          {copyLabel}
        </button>
        <span role="status" className={`text-sm ${state === 'failed' ? 'text-danger' : 'text-muted'}`}>
          {state === 'copied' ? t('detail.cite.copied') : state === 'failed' ? t('detail.cite.failed') : ''}
        </span>
      </div>
    </div>
  );
}

export interface Citations {
  pageApa: string;
  pageBibtex: string;
  sourcesApa: string;
  sourcesBibtex: string;
}

/** "Cite this page": APA 7 and BibTeX for the page and for its sources, each with a copy button. */
export function CitePanel({ citations }: { citations: Citations }) {
  const { t } = useTranslation('summits');
  return (
    <section aria-labelledby="cite-title" className="mt-10 rounded-lg border border-line bg-panel p-4 sm:p-6 print:hidden">
      <h2 id="cite-title" className="text-xl font-semibold text-ink">
        {t('detail.cite.title')}
      </h2>
      <p className="mt-1 text-sm text-muted">{t('detail.cite.intro')}</p>
      <div className="mt-2 grid gap-6 lg:grid-cols-2">
        <div className="min-w-0">
          <h3 className="mt-2 font-semibold text-ink">{t('detail.cite.page')}</h3>
          <CopyBlock label={t('detail.cite.apa')} text={citations.pageApa} copyLabel={t('detail.cite.copyPageApa')} mono={false} />
          <CopyBlock label={t('detail.cite.bibtex')} text={citations.pageBibtex} copyLabel={t('detail.cite.copyPageBibtex')} mono />
        </div>
        <div className="min-w-0">
          <h3 className="mt-2 font-semibold text-ink">{t('detail.cite.sources')}</h3>
          <CopyBlock label={t('detail.cite.apa')} text={citations.sourcesApa} copyLabel={t('detail.cite.copySourcesApa')} mono={false} />
          <CopyBlock label={t('detail.cite.bibtex')} text={citations.sourcesBibtex} copyLabel={t('detail.cite.copySourcesBibtex')} mono />
        </div>
      </div>
    </section>
  );
}
