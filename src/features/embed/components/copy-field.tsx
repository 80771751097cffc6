import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';

/** A read-only text (one line or several) with a Copy button that says whether copying worked. */
export function CopyField({ label, value, multiline = false, copyLabel }: { label: string; value: string; multiline?: boolean; copyLabel: string }) {
  const { t } = useTranslation('embed');
  const id = useId();
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      // No clipboard access (permissions, insecure context): select the text so Ctrl+C works.
      fieldRef.current?.focus();
      fieldRef.current?.select();
      setStatus('failed');
    }
  };

  const fieldClass = 'w-full rounded-md border border-line bg-page px-2 py-1.5 font-mono text-xs text-ink';
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-ink">
        {label}
      </label>
      {multiline ? (
        <textarea id={id} ref={fieldRef} readOnly value={value} rows={5} className={`${fieldClass} resize-y break-all`} onFocus={(event) => event.target.select()} />
      ) : (
        <input id={id} ref={fieldRef} readOnly value={value} className={fieldClass} onFocus={(event) => event.target.select()} />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => void copy()}
          className="rounded-md border border-line bg-panel px-3 py-1.5 text-sm font-medium text-ink hover:bg-page"
        >
          {copyLabel}
        </button>
        <span role="status" className="text-sm text-muted">
          {status === 'copied' ? t('builder.copied') : status === 'failed' ? t('builder.copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
