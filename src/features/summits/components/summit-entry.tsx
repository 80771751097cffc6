import { memo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import type { Summit } from '../../../data/vocabulary';
import { localized } from '../../../data/localize';
import type { Language } from '../../../lib/i18n';
import { formatDateRange, formatNumber } from '../../../lib/format';
import { KIND_BADGE_CLASSES, KindBadge } from '../../../components/badges';
import { FallbackMark } from './fallback-mark';
import { placeOf } from '../lib/timeline';

export interface SummitEntryProps {
  summit: Summit;
  language: Language;
  hostLabel: string;
  agreementCount: number;
  detailHref: string;
  agreementsHref: string;
  /** The timeline's query string, handed to the meeting page so its back link returns to this list. */
  timelineSearch: string;
  /** Numbers of the printed source list that this meeting cites. */
  sourceRefs: number[];
  /** Element Timing hook for the first entry (measured by the benchmark). */
  timingName?: string | undefined;
}

/**
 * The meeting last opened from the timeline, so that coming back (the browser's Back) puts focus
 * on its link again, where a keyboard user left off. Kept for this page's life only.
 */
let openedFromTimeline: string | undefined;

/** The meeting opened from the timeline since it was last asked, if any. */
export function takeOpenedMeeting(): string | undefined {
  const id = openedFromTimeline;
  openedFromTimeline = undefined;
  return id;
}

/** The element id of a meeting's heading on the timeline (its link is inside). */
export const entryHeadingId = (summitId: string) => `summit-${summitId}`;

/** One meeting on the timeline: date, place, kind, host, event, summary and agreements signed. */
export const SummitEntry = memo(function SummitEntry({
  summit,
  language,
  hostLabel,
  agreementCount,
  detailHref,
  agreementsHref,
  timelineSearch,
  sourceRefs,
  timingName,
}: SummitEntryProps) {
  const { t } = useTranslation('summits');
  const title = localized(summit, 'title', language);
  const summary = localized(summit, 'summary', language);
  const place = placeOf(summit);
  const titleId = entryHeadingId(summit.id);
  return (
    <li className="relative break-inside-avoid pb-6 pl-6 last:pb-2 print:pb-3 print:pl-0">
      {/* The dot takes the kind's colour, as in the kind filter; the badge below says the kind in words. */}
      <span aria-hidden="true" className={`absolute top-1.5 -left-[7px] h-3 w-3 rounded-full border-[3px] ${KIND_BADGE_CLASSES[summit.kind]} print:hidden`} />
      <p className="text-sm text-muted">
        <time dateTime={summit.start} className="font-medium text-ink">
          {formatDateRange(summit.start, summit.end, language)}
        </time>
        {/* Places and events exist in the dataset's English only: marked so screen readers say them in English. */}
        {place && (
          <span>
            {' · '}
            <span lang="en">{place}</span>
          </span>
        )}
      </p>
      <h3 id={titleId} className="mt-0.5 text-lg leading-snug font-semibold [overflow-wrap:anywhere]" {...(timingName ? { elementtiming: timingName } : {})}>
        <Link
          to={detailHref}
          state={{ timelineSearch }}
          onClick={() => (openedFromTimeline = summit.id)}
          className="text-ink decoration-line hover:text-accent hover:decoration-current"
        >
          {title.text}
        </Link>
        <FallbackMark show={title.fallback} />
      </h3>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        <KindBadge kind={summit.kind} t={t} />
        <span>{t('entry.host', { host: hostLabel })}</span>
        {summit.event && (
          <span>
            {t('entry.eventLabel')}
            <span lang="en">{summit.event}</span>
          </span>
        )}
      </p>
      <p className="mt-1.5 max-w-3xl text-ink [overflow-wrap:anywhere]">
        {summary.text}
        <FallbackMark show={summary.fallback} />
      </p>
      <p className="mt-1 text-sm">
        {agreementCount > 0 ? (
          <Link to={agreementsHref} className="print:text-ink print:no-underline">
            {t('entry.agreements', { count: agreementCount, n: formatNumber(agreementCount, language, 0) })}
          </Link>
        ) : (
          <span className="text-muted">{t('entry.noAgreements')}</span>
        )}
        {sourceRefs.length > 0 && (
          <span className="hidden text-muted print:inline">
            {' · '}
            {t('entry.sourceRefs', { refs: sourceRefs.map((n) => `[${n}]`).join(' ') })}
          </span>
        )}
      </p>
    </li>
  );
});
