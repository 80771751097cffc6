import { useEffect, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; url: string };

/** Downloads of the current rows and a "Copy link" for the current view, with a visible result. */
export function ExportBar({ onCsv, onJson, disabled }: { onCsv: () => void; onJson: () => void; disabled: boolean }) {
  const { t } = useTranslation('agreements');
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  useEffect(() => {
    if (copy.kind !== 'copied') return;
    const timer = setTimeout(() => setCopy({ kind: 'idle' }), 4000);
    return () => clearTimeout(timer);
  }, [copy]);

  const copyLink = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setCopy({ kind: 'copied' });
    } catch {
      setCopy({ kind: 'failed', url });
    }
  };

  const button = 'rounded-md border border-line bg-panel px-3 py-1.5 text-sm font-medium text-ink hover:bg-page disabled:opacity-60';
  return (
    <div role="group" aria-label={t('export.label')} className="no-print flex flex-wrap items-center gap-2">
      <button type="button" onClick={onCsv} disabled={disabled} className={button}>
        {t('export.csv')}
      </button>
      <button type="button" onClick={onJson} disabled={disabled} className={button}>
        {t('export.json')}
      </button>
      <button type="button" onClick={() => void copyLink()} className={button}>
        {t('export.copyLink')}
      </button>
      <span role="status" className="text-sm text-ink">
        {copy.kind === 'copied' && t('export.copied')}
        {copy.kind === 'failed' && <span className="break-all">{t('export.copyFailed', { url: copy.url })}</span>}
      </span>
    </div>
  );
}
