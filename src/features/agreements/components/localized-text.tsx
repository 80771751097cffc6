import { useTranslation } from '../../../lib/use-translation';
import type { LocalizedText as Text } from '../../../data/localize';

/** A record's text; when it is the English original shown for lack of a translation, says so. */
export function LocalizedText({ value }: { value: Text }) {
  // Most texts are translated; only the others pay for a translation hook (tables draw many of these).
  return value.fallback ? <FallbackText text={value.text} /> : <>{value.text}</>;
}

function FallbackText({ text }: { text: string }) {
  const { t } = useTranslation('agreements');
  return (
    <>
      <span lang="en">{text}</span>{' '}
      <span className="text-xs font-normal text-muted" title={t('row.fallbackTitle')}>
        ({t('row.fallback')})
      </span>
    </>
  );
}
