import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../lib/use-translation';
import { linkTo } from '../lib/url-params';
import { usePageTitle } from '../components/page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  usePageTitle(t('notFound.title'));
  return (
    <section className="py-12">
      <h1 className="text-2xl font-bold">{t('notFound.title')}</h1>
      <p className="mt-2 text-muted">{t('notFound.body')}</p>
      <p className="mt-4">
        <Link to={linkTo('/', params)}>{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
