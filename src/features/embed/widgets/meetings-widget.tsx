import { useSearchParams } from 'react-router';
import { useTranslation } from '../../../lib/use-translation';
import { useDataset } from '../../../app/dataset-context';
import { useLanguage } from '../../../app/app-settings';
import { leadersMet, MEETING_KINDS, partyName, spanOfYears, yearOf } from '../../../data/selectors';
import { ListSelect, RangeControl, ViewSwitch } from '../components/controls';
import { EmbedMeetings } from '../components/dashboard-charts';
import { WidgetFrame } from '../components/widget-frame';
import { meetingsByYear, sourceLine, spanLabel } from '../lib/widget-data';
import { titleOverride } from '../lib/widgets';
import { parseWidgetParams } from '../lib/widget-params';
import type { WidgetProps } from './types';

/** Leader meetings per year, stacked by kind: the dashboard's meetings chart or its table. */
export default function MeetingsWidget({ widget, showControls, settingsNotes }: WidgetProps) {
  const { t } = useTranslation('embed');
  const { t: tc } = useTranslation();
  const [params] = useSearchParams();
  const dataset = useDataset();
  const language = useLanguage();
  const { value, notes } = parseWidgetParams(params, widget, []);
  const meetings = dataset.summits.filter(leadersMet);
  const { rows, used } = meetingsByYear(meetings, value.range, value.kinds);
  const span = spanOfYears(rows.map((row) => row.year));
  const fullSpan = spanOfYears(meetings.map((summit) => yearOf(summit.start)));
  const [a, b] = dataset.meta.parties.map((party) => partyName(dataset, party.id, language));
  const title = t('widgets.meetings.title', { a, b, range: spanLabel(span) });

  return (
    <WidgetFrame
      widget={widget}
      title={title}
      notes={[...settingsNotes, ...notes]}
      showControls={showControls}
      sources={sourceLine(dataset, used)}
      fullViewParams={{ kind: value.kinds.join(',') || undefined }}
      controls={
        <>
          <RangeControl span={fullSpan} range={value.range} />
          <ListSelect
            param="kind"
            label={t('controls.kind')}
            allLabel={t('controls.allKinds')}
            options={MEETING_KINDS.map((kind) => ({ value: kind, label: tc(`summitKinds.${kind}`) }))}
            selected={value.kinds}
          />
          <ViewSwitch view={value.view} />
        </>
      }
    >
      <EmbedMeetings dataset={dataset} range={value.range} kinds={value.kinds} view={value.view} title={titleOverride(params) || title} />
    </WidgetFrame>
  );
}
