import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-title';

export function EmbedBuilderPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('placeholders.embedBuilder')} lead={t('placeholders.comingSoon')} />;
}
