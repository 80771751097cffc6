import { bundleFromFiles } from '../lib/i18n';

/** The Russian messages, loaded as one file when the reader chooses the language. */
export default bundleFromFiles(
  import.meta.glob<Record<string, unknown>>('./ru/*.json', { eager: true, import: 'default' }),
);
