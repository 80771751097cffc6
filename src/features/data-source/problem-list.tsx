import { useTranslation } from '../../lib/use-translation';
import type { DatasetProblem } from '../../data/validate';

/** How many problems to list before saying how many more there are (the CLI lists them all). */
export const SHOWN_PROBLEMS = 10;

/**
 * The first problems of a dataset with their JSON paths, in the words `npm run validate-data` uses:
 * English, like the format's field names (the introduction says so in the reader's language).
 */
export function ProblemList({ problems }: { problems: readonly DatasetProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <>
      <p className="mt-3 text-ink">{t('loadError.problemsIntro', { count: problems.length })}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm text-ink">
        {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
          <li key={index} className="break-words">
            <code className="font-mono break-all">{problem.path}</code>: <span lang="en">{problem.message.slice(0, 300)}</span>
          </li>
        ))}
      </ul>
      {problems.length > SHOWN_PROBLEMS && (
        <p className="mt-2 text-sm text-muted">{t('loadError.more', { count: problems.length - SHOWN_PROBLEMS })}</p>
      )}
    </>
  );
}
