import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-title';

export function SummitPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('placeholders.summit')} lead={t('placeholders.comingSoon')} />;
}
