import { useEffect, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';

type ExportState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'copyFailed'; url: string } | { kind: 'downloadFailed' };

/**
 * Downloads of the current rows and a "Copy link" for the current view, with a visible result. The
 * downloads fetch the export code on the first click, so they may fail when the connection has gone.
 */
export function ExportBar({ onCsv, onJson, disabled }: { onCsv: () => Promise<void>; onJson: () => Promise<void>; disabled: boolean }) {
  const { t } = useTranslation('agreements');
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  useEffect(() => {
    if (state.kind !== 'copied') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const download = async (save: () => Promise<void>) => {
    try {
      await save();
      setState({ kind: 'idle' });
    } catch {
      setState({ kind: 'downloadFailed' });
    }
  };

  const copyLink = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'copyFailed', url });
    }
  };

  const button = 'rounded-md border border-line bg-panel px-3 py-1.5 text-sm font-medium text-ink hover:bg-page disabled:opacity-60';
  return (
    <div role="group" aria-label={t('export.label')} className="no-print flex flex-wrap items-center gap-2">
      <button type="button" onClick={() => void download(onCsv)} disabled={disabled} className={button}>
        {t('export.csv')}
      </button>
      <button type="button" onClick={() => void download(onJson)} disabled={disabled} className={button}>
        {t('export.json')}
      </button>
      <button type="button" onClick={() => void copyLink()} className={button}>
        {t('export.copyLink')}
      </button>
      <span role="status" className="text-sm text-ink">
        {state.kind === 'copied' && t('export.copied')}
        {state.kind === 'copyFailed' && <span className="break-all">{t('export.copyFailed', { url: state.url })}</span>}
        {state.kind === 'downloadFailed' && t('common:downloadFailed')}
      </span>
    </div>
  );
}
