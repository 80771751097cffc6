import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/data/validate';
import { readDatasetFile } from '../../src/features/data-source/lib/data-source';

interface BadCase {
  file: string;
  expect: 'invalid' | 'safe';
  paths?: string[];
  marker?: string;
}

const cases = JSON.parse(readFileSync('tests/fixtures/bad/cases.json', 'utf8')) as BadCase[];
const read = (file: string) => readFileSync(`tests/fixtures/bad/${file}`, 'utf8');

describe('the bad-input corpus (tests/fixtures/bad)', () => {
  it('has a case for every kind of damage a dataset file can come with', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((item) => item.expect === 'safe').length).toBeGreaterThanOrEqual(2);
  });

  it.each(cases.filter((item) => item.expect === 'invalid'))('$file is rejected with problems at $paths', ({ file, paths }) => {
    const result = parseDatasetText(read(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const found = result.problems.map((problem) => problem.path);
    for (const path of paths ?? []) expect(found).toContain(path);
    for (const problem of result.problems) {
      expect(problem.path.length).toBeGreaterThan(0);
      expect(problem.message.length).toBeGreaterThan(0);
    }
  });

  it.each(cases.filter((item) => item.expect === 'safe'))('$file is a valid dataset whose text stays text', ({ file, marker }) => {
    const result = parseDatasetText(read(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.stringify(result.dataset)).toContain(JSON.stringify(marker).slice(1, -1));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});

describe('readDatasetFile', () => {
  it('refuses a file over 50 MB without reading it', async () => {
    let read = false;
    const result = await readDatasetFile({
      name: 'garbage.json',
      size: 50 * 1024 * 1024 + 1,
      text: () => {
        read = true;
        return Promise.resolve('');
      },
    });
    expect(read).toBe(false);
    expect(result).toMatchObject({ ok: false, problems: [{ path: '(file)', message: expect.stringMatching(/larger than 50 MB/) }] });
  });

  it('says an HTML file is not a dataset, in the words of npm run validate-data', async () => {
    const result = await readDatasetFile({ name: 'page.html', size: 30, text: () => Promise.resolve('<!doctype html><p>hi</p>') });
    expect(result).toMatchObject({ ok: false, problems: [{ path: '(file)', message: 'looks like an HTML or XML page, not a JSON dataset' }] });
  });

  it('keeps the text of a valid file so it can be stored', async () => {
    const text = readFileSync('tests/fixtures/other-pair.json', 'utf8');
    const result = await readDatasetFile({ name: 'other-pair.json', size: text.length, text: () => Promise.resolve(text) });
    expect(result.ok).toBe(true);
    expect(result.text).toBe(text);
  });
});
