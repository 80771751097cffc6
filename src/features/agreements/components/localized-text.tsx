import { useTranslation } from 'react-i18next';
import type { LocalizedText as Text } from '../../../data/localize';

/** A record's text; when it is the English original shown for lack of a translation, says so. */
export function LocalizedText({ value }: { value: Text }) {
  const { t } = useTranslation('agreements');
  if (!value.fallback) return <>{value.text}</>;
  return (
    <>
      <span lang="en">{value.text}</span>{' '}
      <span className="text-xs font-normal text-muted" title={t('row.fallbackTitle')}>
        ({t('row.fallback')})
      </span>
    </>
  );
}
