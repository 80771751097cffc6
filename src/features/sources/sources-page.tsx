import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-title';

export function SourcesPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('placeholders.sources')} lead={t('placeholders.comingSoon')} />;
}
