import { useSearchParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { useDataset } from '../../../app/dataset-context';
import { useLanguage } from '../../../app/app-settings';
import { partyName } from '../../../data/selectors';
import { RangeControl, ViewSwitch } from '../components/controls';
import { EmbedTrade } from '../components/dashboard-charts';
import { WidgetFrame } from '../components/widget-frame';
import { sourceLine, spanLabel, tradeWidgetData } from '../lib/widget-data';
import { titleOverride } from '../lib/widgets';
import { parseWidgetParams } from '../lib/widget-params';
import type { WidgetProps } from './types';

/** Trade turnover per year, as each party reports it: the dashboard's trade chart or its table. */
export default function TradeWidget({ widget, showControls, settingsNotes }: WidgetProps) {
  const { t } = useTranslation('embed');
  const [params] = useSearchParams();
  const dataset = useDataset();
  const language = useLanguage();
  const { value, notes } = parseWidgetParams(params, widget, []);
  const data = tradeWidgetData(dataset.trade, value.range);
  const [a, b] = dataset.meta.parties.map((party) => partyName(dataset, party.id, language));
  const title = t('widgets.trade.title', { a, b, range: spanLabel(data.span) });
  const shownTrade = dataset.trade.filter((row) => (value.range.from ?? -Infinity) <= row.year && row.year <= (value.range.to ?? Infinity));

  return (
    <WidgetFrame
      widget={widget}
      title={title}
      notes={[...settingsNotes, ...notes]}
      showControls={showControls}
      sources={sourceLine(dataset, shownTrade)}
      fullViewParams={{ view: value.view === 'table' ? 'table' : undefined }}
      controls={
        <>
          <RangeControl span={data.fullSpan} range={value.range} />
          <ViewSwitch view={value.view} />
        </>
      }
    >
      <EmbedTrade dataset={dataset} range={value.range} view={value.view} title={titleOverride(params) || title} />
    </WidgetFrame>
  );
}
