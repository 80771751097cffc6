import { loadFixture } from './fixtures';
import type { Agreement, Dataset } from '../../src/data/vocabulary';

/** The other-pair fixture with a handful of agreements chosen to exercise filters, search and sorting. */
export function agreementsDataset(): Dataset {
  const base = loadFixture('other-pair.json');
  const extra: Agreement[] = [
    {
      id: 'a-pipeline',
      title: 'Gas pipeline contract',
      date: '2023-05-20',
      sector: 'energy',
      status: 'contract',
      summary: 'Deliveries of natural gas through the Nordlicht pipeline, "phase 2", for thirty years.',
      sourceIds: ['fr-stats', 'sy-press'],
      confidence: 'verified',
      translations: { ru: { title: 'Контракт на газопровод', summary: 'Поставки газа по трубопроводу «Нордлихт».' } },
    },
    {
      id: 'a-reactor',
      title: 'Réacteur nucléaire memorandum',
      date: '2024-01-10',
      sector: 'energy',
      status: 'memorandum',
      summary: 'Intent to study a reactor, with financing, credit lines and the like.',
      sourceIds: ['sy-press'],
      confidence: 'partial',
    },
    {
      id: 'a-bank',
      title: 'Alpha payments agreement',
      date: '2020-11-03',
      sector: 'trade-finance',
      status: 'signed',
      summary: 'Settlements in national currencies.',
      sourceIds: ['fr-stats'],
      confidence: 'verified',
    },
    {
      id: 'a-port',
      title: 'Port logistics roadmap',
      date: '2024-01-10',
      sector: 'infrastructure-logistics',
      status: 'announced',
      summary: 'A roadmap for a shared port; no text published.',
      sourceIds: ['sy-press'],
      confidence: 'unverified',
    },
  ];
  return { ...base, agreements: [...base.agreements, ...extra] };
}
