import type { Translate } from '../lib/i18n';
import type { AgreementStatus, Confidence, SummitKind } from '../data/vocabulary';

/*
 * Badges always carry text; colour only repeats it. The class maps are static so Tailwind sees
 * every class. Each pair meets 4.5:1 contrast in both themes.
 */
const badgeBase = 'inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium';

export const KIND_BADGE_CLASSES = {
  'state-visit': 'border-blue-700 bg-blue-50 text-blue-900 dark:border-blue-300 dark:bg-blue-950 dark:text-blue-100',
  'official-visit': 'border-teal-700 bg-teal-50 text-teal-900 dark:border-teal-300 dark:bg-teal-950 dark:text-teal-100',
  'working-visit': 'border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-300 dark:bg-emerald-950 dark:text-emerald-100',
  multilateral: 'border-amber-700 bg-amber-50 text-amber-900 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-100',
  'co-attended': 'border-slate-600 bg-slate-50 text-slate-800 dark:border-slate-300 dark:bg-slate-800 dark:text-slate-100',
  virtual: 'border-fuchsia-700 bg-fuchsia-50 text-fuchsia-900 dark:border-fuchsia-300 dark:bg-fuchsia-950 dark:text-fuchsia-100',
} as const satisfies Record<SummitKind, string>;

export const STATUS_BADGE_CLASSES = {
  signed: 'border-blue-700 bg-blue-50 text-blue-900 dark:border-blue-300 dark:bg-blue-950 dark:text-blue-100',
  contract: 'border-green-800 bg-green-50 text-green-900 dark:border-green-300 dark:bg-green-950 dark:text-green-100',
  memorandum: 'border-slate-600 bg-slate-50 text-slate-800 dark:border-slate-300 dark:bg-slate-800 dark:text-slate-100',
  'under-negotiation': 'border-amber-700 bg-amber-50 text-amber-900 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-100',
  announced: 'border-purple-700 bg-purple-50 text-purple-900 dark:border-purple-300 dark:bg-purple-950 dark:text-purple-100',
  operational: 'border-emerald-800 bg-emerald-50 text-emerald-900 dark:border-emerald-300 dark:bg-emerald-950 dark:text-emerald-100',
} as const satisfies Record<AgreementStatus, string>;

const CONFIDENCE_CLASSES = {
  verified: 'border-green-800 text-green-900 dark:border-green-300 dark:text-green-100',
  partial: 'border-amber-700 text-amber-900 dark:border-amber-300 dark:text-amber-100',
  derived: 'border-sky-800 text-sky-900 dark:border-sky-300 dark:text-sky-100',
  unverified: 'border-red-800 text-red-900 dark:border-red-300 dark:text-red-100',
} as const satisfies Record<Confidence, string>;

const CONFIDENCE_MARKS: Record<Confidence, string> = { verified: '✓', partial: '◐', derived: '≈', unverified: '?' };

/**
 * Each badge takes its caller's translator (of any namespace) rather than calling useTranslation:
 * badges are drawn in long lists (table rows, the timeline), where a hook in each adds up.
 */
export function KindBadge({ kind, t }: { kind: SummitKind; t: Translate }) {
  return <span className={`${badgeBase} ${KIND_BADGE_CLASSES[kind]}`}>{t(`common:summitKinds.${kind}`)}</span>;
}

export function StatusBadge({ status, t }: { status: AgreementStatus; t: Translate }) {
  return (
    <span className={`${badgeBase} ${STATUS_BADGE_CLASSES[status]}`} title={t(`common:statusDescriptions.${status}`)}>
      {t(`common:statuses.${status}`)}
    </span>
  );
}

/** Confidence with a symbol, a word and (on hover or for screen readers) what it means. */
export function ConfidenceBadge({ confidence, t }: { confidence: Confidence; t: Translate }) {
  return (
    <span className={`${badgeBase} bg-page ${CONFIDENCE_CLASSES[confidence]}`} title={t(`common:confidenceDescriptions.${confidence}`)}>
      <span aria-hidden="true">{CONFIDENCE_MARKS[confidence]}</span>
      {t(`common:confidence.${confidence}`)}
    </span>
  );
}
