import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-title';

export function TradePage() {
  const { t } = useTranslation();
  return <PageHeader title={t('placeholders.trade')} lead={t('placeholders.comingSoon')} />;
}
