import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { agreementsDataset } from './agreements-fixture';
import { prepareAgreements, type AgreementRow } from '../../src/features/agreements/lib/agreement-rows';
import { agreementsCsv, agreementsJson, CSV_COLUMNS, type ExportLabels } from '../../src/features/agreements/lib/export';
import { testI18n } from './messages';
import type { Agreement } from '../../src/data/vocabulary';

const base = agreementsDataset();
const labels = (language: 'en' | 'ru'): ExportLabels => {
  const i18n = testI18n(language);
  return {
    header: (column) => i18n.t(`agreements:csv.${column}`),
    sector: (sector) => i18n.t(`sectors.${sector}`),
    status: (status) => i18n.t(`statuses.${status}`),
    confidence: (confidence) => i18n.t(`confidence.${confidence}`),
  };
};

const tricky: Agreement = {
  id: 'tricky',
  title: '=HYPERLINK("http://evil.example","click")',
  date: '2024-02-29',
  sector: 'energy',
  status: 'signed',
  summary: 'Line one, with a comma\nline two with "quotes" — 天然气 协议',
  sourceIds: ['fr-stats', 'sy-press'],
  confidence: 'verified',
  translations: { ru: { title: 'Договор «Сила», этап 2' } },
};

function rowsWith(agreement: Agreement): AgreementRow[] {
  return prepareAgreements({ ...base, agreements: [agreement] }).rows;
}

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('agreements CSV', () => {
  it('quotes commas, quotes and newlines so every cell reads back intact', () => {
    const csv = agreementsCsv(rowsWith(tricky), 'en', labels('en'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, row] = parse(csv);
    expect(header).toEqual(['ID', 'Date', 'Title', 'Sector', 'Status', 'Meeting', 'Meeting date', 'Confidence', 'Summary', 'Sources', 'Source links']);
    expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(row![8]).toBe('Line one, with a comma\nline two with "quotes" — 天然气 协议');
    expect(csv).toContain('"Line one, with a comma\nline two with ""quotes"" — 天然气 协议"');
  });

  it('defuses cells that a spreadsheet would run as a formula', () => {
    const [, row] = parse(agreementsCsv(rowsWith(tricky), 'en', labels('en')));
    expect(row![2]).toBe(`'=HYPERLINK("http://evil.example","click")`);
  });

  it('resolves sources to titles and links, and writes headers and labels in the reader\'s language', () => {
    const [header, row] = parse(agreementsCsv(rowsWith(tricky), 'ru', labels('ru')));
    expect(header!.slice(0, 5)).toEqual(['ID', 'Дата', 'Название', 'Отрасль', 'Статус']);
    expect(row![2]).toBe('Договор «Сила», этап 2');
    expect(row![3]).toBe(testI18n('ru').t('sectors.energy'));
    expect(row![9]).toBe('Freedonia trade yearbook (synthetic); Sylvania Gazette summit coverage (synthetic)');
    expect(row![10]).toBe('https://example.org/freedonia/yearbook');
  });

  it('keeps the order of the rows it is given', () => {
    const rows = prepareAgreements(base).rows;
    const reversed = [...rows].reverse();
    const ids = parse(agreementsCsv(reversed, 'en', labels('en')))
      .slice(1)
      .map((row) => row[0]);
    expect(ids).toEqual(reversed.map((row) => row.id));
  });
});

describe('agreements JSON', () => {
  it('lists the rows with codes, the meeting and resolved sources', () => {
    const rows = prepareAgreements(base).rows.filter((row) => row.id === '2021-06-customs');
    const json = JSON.parse(agreementsJson(rows, 'en', { sector: 'trade-finance' }));
    expect(json.count).toBe(1);
    expect(json.view).toEqual({ sector: 'trade-finance' });
    expect(json.agreements[0]).toMatchObject({
      id: '2021-06-customs',
      sector: 'trade-finance',
      status: 'signed',
      meeting: { id: '2021-06-fredonia-city', start: '2021-06-01' },
      sources: [{ id: 'sy-press', title: 'Sylvania Gazette summit coverage (synthetic)', url: null }],
    });
  });
});
