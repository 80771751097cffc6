import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText, validateDataset } from '../../src/data/validate';

const fixture = () => JSON.parse(readFileSync('tests/fixtures/other-pair.json', 'utf8'));

const problemsOf = (input: unknown) => {
  const result = validateDataset(input);
  return result.ok ? [] : result.problems;
};

describe('validateDataset', () => {
  it('accepts a valid dataset of any pair of parties', () => {
    const result = validateDataset(fixture());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.meta.parties.map((p) => p.id)).toEqual(['FR', 'SY']);
  });

  it('names the path and the problem of a missing field', () => {
    const data = fixture();
    delete data.summits[1].title;
    expect(problemsOf(data)).toEqual([{ path: 'summits[1].title', message: 'is required but missing' }]);
  });

  it('explains wrong types and unknown enum values in plain words', () => {
    const data = fixture();
    data.trade[0].totalUsdBn = '10';
    data.agreements[0].sector = 'space';
    expect(problemsOf(data)).toEqual([
      { path: 'trade[0].totalUsdBn', message: 'must be a number, but is text' },
      {
        path: 'agreements[0].sector',
        message: expect.stringContaining('must be one of: energy, trade-finance'),
      },
    ]);
  });

  it('names a translation under a key that is not a language code', () => {
    const data = fixture();
    data.summits[0].translations = { Russian: { title: 'Встреча' } };
    expect(problemsOf(data)).toEqual([{ path: 'summits[0].translations.Russian', message: 'must be a language code such as "ru" or "zh"' }]);
  });

  it('rejects negative trade, impossible dates and non-http links', () => {
    const data = fixture();
    data.trade[1].totalUsdBn = -3;
    data.summits[0].start = '2021-02-30';
    data.sources[0].url = 'javascript:alert(1)';
    expect(problemsOf(data)).toEqual([
      { path: 'sources[0].url', message: 'must be an http:// or https:// address' },
      { path: 'trade[1].totalUsdBn', message: 'must not be negative' },
      { path: 'summits[0].start', message: 'is not a real calendar date' },
    ]);
  });

  it('finds duplicate ids, dangling references, reversed dates and repeated years', () => {
    const data = fixture();
    data.sources[1].id = 'fr-stats';
    data.summits[0].end = '2021-05-30';
    data.trade[1].year = 2020;
    data.agreements[1].summitId = 'no-such-meeting';
    const paths = problemsOf(data).map((p) => `${p.path}: ${p.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'sources[1].id: repeats the id "fr-stats" already used by sources[0]',
        'summits[0].end: is before the start date 2021-06-01',
        'trade[1].year: repeats 2020 for reporter FR (already in trade[0])',
        'agreements[1].summitId: names the meeting "no-such-meeting", which is not in summits',
        'summits[0].sourceIds[0]: names the source "sy-press", which is not in sources',
      ]),
    );
  });

  it('checks partial source dates and their inferred mark', () => {
    const data = fixture();
    data.sources[0].date = '2024-13';
    delete data.sources[1].date;
    data.sources[1].dateInferred = true;
    expect(problemsOf(data)).toEqual([{ path: 'sources[0].date', message: 'is not a real calendar date' }]);
    data.sources[0].date = '2024-12';
    expect(problemsOf(data)).toEqual([{ path: 'sources[1].dateInferred', message: 'is set, but the source has no date' }]);
    delete data.sources[1].dateInferred;
    expect(problemsOf(data)).toEqual([]);
  });

  it('requires the two-way link between a meeting and its agreements', () => {
    const data = fixture();
    data.summits[0].agreementIds = [];
    expect(problemsOf(data)).toEqual([
      {
        path: 'agreements[0].summitId',
        message: `points to "2021-06-fredonia-city", but that meeting's agreementIds does not list "2021-06-customs"`,
      },
    ]);
  });

  it('checks reporters and hosts against the parties', () => {
    const data = fixture();
    data.trade[0].reporter = 'RU';
    data.summits[0].host = 'moon';
    expect(problemsOf(data).map((p) => p.path)).toEqual(['trade[0].reporter', 'summits[0].host']);
  });
});

describe('parseDatasetText', () => {
  const messageOf = (text: string) => {
    const result = parseDatasetText(text);
    return result.ok ? 'ok' : result.problems[0]?.message;
  };

  it('says what kind of wrong file it got', () => {
    expect(messageOf('')).toBe('is empty');
    expect(messageOf('   \n')).toBe('is empty');
    expect(messageOf('<!doctype html><p>Not found</p>')).toMatch(/HTML/);
    expect(messageOf('year,total\n2020,10')).toMatch(/CSV/);
    expect(messageOf('{"schemaVersion": 1,')).toMatch(/not valid JSON/);
  });

  it('parses a valid file', () => {
    expect(messageOf(readFileSync('tests/fixtures/other-pair.json', 'utf8'))).toBe('ok');
  });
});
