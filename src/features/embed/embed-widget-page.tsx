import { useTranslation } from 'react-i18next';

export function EmbedWidgetPage() {
  const { t } = useTranslation();
  return (
    <main className="p-4">
      <h1 className="text-lg font-semibold">{t('placeholders.embedWidget')}</h1>
    </main>
  );
}
