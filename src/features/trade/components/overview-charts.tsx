import { Link } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { useDataset } from '../../../app/dataset-context';
import { linkTo } from '../../../lib/url-params';
import { MeetingsPanel, TradePanel } from './chart-panels';
import { useChartsUrl } from './use-charts-url';

/**
 * The overview's charts, loaded on their own (React.lazy) so Recharts stays out of the overview's first
 * chunk. They follow the same URL state as the charts view; the range is set there.
 */
export default function OverviewCharts() {
  const { t } = useTranslation('trade');
  const dataset = useDataset();
  const { params, range, view, groups, setView, setGroups } = useChartsUrl();
  const panel = { dataset, range, params, view, onViewChange: setView, headingLevel: 3 as const };
  return (
    <section aria-labelledby="overview-charts-heading" className="mt-10">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="overview-charts-heading" className="text-xl font-bold text-ink">
          {t('overview.heading')}
        </h2>
        <Link to={linkTo('/trade', params, { keepRange: true })}>{t('overview.link')}</Link>
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <TradePanel {...panel} />
        <MeetingsPanel {...panel} groups={groups} onGroupsChange={setGroups} />
      </div>
    </section>
  );
}
