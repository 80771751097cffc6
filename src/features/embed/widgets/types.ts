import type { ParamNote } from '../../../lib/url-params';
import type { WidgetName } from '../lib/widgets';

export interface WidgetProps {
  widget: WidgetName;
  showControls: boolean;
  /** Notes on the app-wide parameters (lang, theme, data), shown with the widget's own. */
  settingsNotes: readonly ParamNote[];
}
