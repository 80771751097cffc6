import { useTranslation } from '../lib/use-translation';
import type { ParamNote } from '../lib/url-params';

/** Tells the reader which parts of the address were ignored, and why. */
export function ParamNotes({ notes }: { notes: readonly ParamNote[] }) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  return (
    <div role="note" aria-label={t('paramNotes.label')} className="my-3 rounded-md border border-line bg-warn-panel px-4 py-2 text-sm text-warn-ink">
      <p className="font-medium">{t('paramNotes.intro')}</p>
      <ul className="list-disc pl-5">
        {notes.map((note, index) => (
          <li key={index}>
            <code className="break-all">
              {note.param}={note.value}
            </code>
            : {t(`paramNotes.${note.problem}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
