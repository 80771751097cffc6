import { useTranslation } from '../../../lib/use-translation';
import { formatDate } from '../../../lib/format';
import type { Language } from '../../../lib/i18n';
import { todayIso } from '../lib/citation';
import { usePrinting } from './use-printing';

/**
 * A handout's footer, drawn for paper only: where it was printed from, and when. Worked out as the
 * page is printed, so the address and the day are those of the printout.
 */
export function PrintedFrom({ language }: { language: Language }) {
  const { t } = useTranslation('summits');
  const printing = usePrinting();
  if (!printing) return null;
  return (
    <p className="mt-6 hidden text-xs text-muted print:block">
      {t('print.printed', { url: window.location.href, date: formatDate(todayIso(), language) })}
    </p>
  );
}
