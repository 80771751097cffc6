import { useTranslation } from '../../../lib/use-translation';

/** Marks a text shown in English because the record has no translation into the reader's language. */
export function FallbackMark({ show }: { show: boolean }) {
  // Most texts are translated; only the others pay for a translation hook (the timeline draws many).
  return show ? <Mark /> : null;
}

function Mark() {
  const { t } = useTranslation('summits');
  return (
    <span
      lang="en"
      title={t('fallback.label')}
      className="ml-1 inline-block rounded border border-line px-1 align-middle text-[0.65rem] font-semibold tracking-wide text-muted"
    >
      <span aria-hidden="true">{t('fallback.mark')}</span>
      <span className="sr-only">{t('fallback.label')}</span>
    </span>
  );
}
