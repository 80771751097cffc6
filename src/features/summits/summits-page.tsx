import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-title';

export function SummitsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('placeholders.summits')} lead={t('placeholders.comingSoon')} />;
}
