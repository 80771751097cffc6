import type { WidgetName } from '../lib/widgets';

export interface WidgetProps {
  widget: WidgetName;
  showControls: boolean;
}
