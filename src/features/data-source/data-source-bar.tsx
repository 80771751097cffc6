import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../lib/use-translation';
import { useDatasetQuery } from '../../app/dataset-context';
import { readLocalDataset } from '../../data/local-dataset';
import { ProblemList } from './problem-list';
import { hostOf, LOCAL_FILE_NAME_KEY } from './lib/data-source';
import { useBackToShipped } from './use-back-to-shipped';
import { useLoadFile } from './use-load-file';
import { useOnline } from './use-online';
import { useOfflineCopy } from './use-offline-copy';

function Banner({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-1 flex-wrap items-center gap-x-4 gap-y-2 rounded-md border border-line bg-warn-panel px-4 py-2 text-sm text-warn-ink">
      <p className="min-w-0 flex-1 break-words">{children}</p>
      {action}
    </div>
  );
}

/** Names the dataset on screen when it is not the shipped one, with a way back. */
function SourceBanner() {
  const { t } = useTranslation('data');
  const { origin, query } = useDatasetQuery();
  const back = useBackToShipped();
  const fileName = useQuery({
    queryKey: LOCAL_FILE_NAME_KEY,
    queryFn: async () => (await readLocalDataset())?.name ?? '',
    enabled: origin.kind === 'file',
    staleTime: Infinity,
  });
  if (origin.kind === 'shipped') return null;

  const title = query.data?.meta.title ?? '';
  const text =
    origin.kind === 'url'
      ? t(query.data ? 'banner.url' : query.isError ? 'banner.urlFailed' : 'banner.urlPending', { title, host: hostOf(origin.url) })
      : t(query.data ? 'banner.file' : query.isError ? 'banner.fileFailed' : 'banner.filePending', { title, name: fileName.data ?? '' });

  return (
    <Banner
      action={
        <Link to={back.to} onClick={back.onClick} className="font-medium text-warn-ink">
          {t('banner.back')}
        </Link>
      }
    >
      {text}
    </Banner>
  );
}

/** While offline, the dataset on screen came from the copy the service worker kept. */
function StaleNote() {
  const { t } = useTranslation('data');
  const online = useOnline();
  const { origin, query } = useDatasetQuery();
  useOfflineCopy(origin, query.isSuccess);
  if (online || origin.kind === 'file' || !query.data) return null;
  return (
    <p role="status" className="w-full rounded-md border border-line bg-warn-panel px-4 py-2 text-sm text-warn-ink">
      {t('banner.stale')}
    </p>
  );
}

/** "Load a file": a file picker, plus a drop target over the whole window while a file is dragged. */
function LoadFileControl() {
  const { t } = useTranslation('data');
  const input = useRef<HTMLInputElement>(null);
  const { state, load, dismiss } = useLoadFile();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void load(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [load]);

  return (
    <>
      <div className="flex items-center gap-2">
        <label htmlFor="dataset-file" className="sr-only">
          {t('file.input')}
        </label>
        <input
          ref={input}
          id="dataset-file"
          type="file"
          accept=".json,application/json"
          tabIndex={-1}
          className="sr-only"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void load(file);
          }}
        />
        <button
          type="button"
          onClick={() => input.current?.click()}
          aria-describedby="dataset-file-hint"
          className="rounded-md border border-line bg-panel px-3 py-1.5 text-sm font-medium whitespace-nowrap text-ink hover:bg-page"
        >
          {t('file.load')}
        </button>
        <span id="dataset-file-hint" className="sr-only">
          {t('file.hint')}
        </span>
      </div>
      {state.status === 'reading' && (
        <p role="status" className="w-full text-sm text-muted">
          {t('file.reading', { name: state.name })}
        </p>
      )}
      {(state.status === 'invalid' || state.status === 'unreadable') && (
        <div role="alert" className="w-full rounded-md border border-danger bg-danger-panel px-4 py-3 text-sm text-ink">
          <p className="font-medium break-words">
            {state.status === 'invalid'
              ? t('file.invalid', { name: state.name })
              : t('file.unreadable', { name: state.name, reason: state.reason })}
          </p>
          {state.status === 'invalid' && <ProblemList problems={state.problems} />}
          <button type="button" onClick={dismiss} className="mt-3 rounded-md border border-line bg-page px-3 py-1 text-ink">
            {t('file.dismiss')}
          </button>
        </div>
      )}
      {dragging && (
        <div aria-hidden="true" className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-page/80 p-6">
          <p className="rounded-lg border-2 border-dashed border-accent bg-panel px-8 py-10 text-center text-lg font-semibold text-ink">
            {t('file.drop')}
          </p>
        </div>
      )}
    </>
  );
}

/**
 * The data source line at the top of every view: which dataset is shown (when it is not the shipped
 * one), whether it may be out of date, and "Load a file".
 */
export function DataSourceBar() {
  const { t } = useTranslation('data');
  return (
    <section aria-label={t('bar.label')} className="no-print mb-4 flex flex-wrap items-start justify-end gap-3">
      <SourceBanner />
      <LoadFileControl />
      <StaleNote />
    </section>
  );
}
