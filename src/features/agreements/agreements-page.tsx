import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-title';

export function AgreementsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('placeholders.agreements')} lead={t('placeholders.comingSoon')} />;
}
