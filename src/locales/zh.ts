import { bundleFromFiles } from '../lib/i18n';

/** The Chinese messages, loaded as one file when the reader chooses the language. */
export default bundleFromFiles(
  import.meta.glob<Record<string, unknown>>('./zh/*.json', { eager: true, import: 'default' }),
);
