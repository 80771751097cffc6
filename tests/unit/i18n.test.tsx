import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { I18n, LANGUAGES, loadMessages, switchLanguage, type Language, type MessageBundle } from '../../src/lib/i18n';
import { I18nProvider, useTranslation } from '../../src/lib/use-translation';
import { allMessages as resources, testI18n } from './messages';
import { formatDate, formatDateForColumn, formatDateRange, formatUsdBn } from '../../src/lib/format';

/** Every key path of a message file, with plural suffixes folded into their base key. */
function keysOf(messages: Record<string, unknown>, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const inner of keysOf(value as Record<string, unknown>, path)) keys.add(inner);
    else keys.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
  }
  return keys;
}

describe('message files', () => {
  const namespaces = Object.keys(resources.en ?? {});

  it('load for a chosen language, one bundle per language', async () => {
    for (const language of LANGUAGES) expect(await loadMessages(language)).toEqual(resources[language]);
  });

  it('exist for every language and namespace', () => {
    expect(namespaces.length).toBeGreaterThan(0);
    for (const language of LANGUAGES) expect(Object.keys(resources[language] ?? {}).sort()).toEqual([...namespaces].sort());
  });

  it.each(namespaces)('namespace %s has the same keys in every language', (namespace) => {
    const english = [...keysOf(resources.en?.[namespace] ?? {})].sort();
    for (const language of LANGUAGES) {
      expect([...keysOf(resources[language]?.[namespace] ?? {})].sort(), `${language}/${namespace}`).toEqual(english);
    }
  });

  it('Russian plurals follow one / few / many', () => {
    const i18n = testI18n('ru');
    expect(i18n.t('footer.sources', { count: 1 })).toBe('1 источник');
    expect(i18n.t('footer.sources', { count: 2 })).toBe('2 источника');
    expect(i18n.t('footer.sources', { count: 5 })).toBe('5 источников');
    expect(i18n.t('footer.sources', { count: 21 })).toBe('21 источник');
  });
});

describe('message lookup', () => {
  // Namespaces the app has, so that `ns:key` is read as a namespace and a key.
  const russian: MessageBundle = {
    common: { only: 'только по-русски', shared: 'общее {{name}}', items_one: '{{count}} пункт', items_few: '{{count}} пункта', items_many: '{{count}} пунктов' },
    trade: { shared: 'торговля' },
  };
  const english: MessageBundle = { common: { only: 'English only', shared: 'shared {{name}}', nested: { deep: 'deep' } } };
  const make = (language: Language) => {
    const i18n = new I18n(language, { ru: russian });
    i18n.addMessages('en', english);
    return i18n;
  };

  it('looks in the namespaces in order, each in the language and then in English', () => {
    const i18n = make('ru');
    expect(i18n.translator(['trade', 'common'])('shared')).toBe('торговля');
    expect(i18n.translator(['common', 'trade'])('shared', { name: 'x' })).toBe('общее x');
    expect(i18n.translator(['trade'])('common:only')).toBe('только по-русски');
    expect(i18n.t('nested.deep')).toBe('deep');
    expect(make('en').t('only')).toBe('English only');
  });

  it('chooses plural forms by the language\'s rules, falling back to _other and then the plain key', () => {
    const t = make('ru').t;
    expect([1, 3, 5, 11, 21, 22].map((count) => t('items', { count }))).toEqual([
      '1 пункт', '3 пункта', '5 пунктов', '11 пунктов', '21 пункт', '22 пункта',
    ]);
    expect(t('shared', { count: 2, name: 'n' })).toBe('общее n');
  });

  it('fills placeholders as text, leaves a missing value empty, and shows an unknown key as itself', () => {
    const t = make('en').t;
    expect(t('shared', { name: '<b>x</b>' })).toBe('shared <b>x</b>');
    expect(t('shared')).toBe('shared ');
    expect(t('common:missing.key')).toBe('missing.key');
    expect(t('missing', { defaultValue: 'fallback {{n}}', n: 2 })).toBe('fallback 2');
  });

  it('translates into another loaded language on request, and into English when it is not loaded', () => {
    expect(make('en').t('only', { lng: 'ru' })).toBe('только по-русски');
    expect(make('en').t('only', { lng: 'zh' })).toBe('English only');
  });

  it('redraws its readers in a newly chosen language', async () => {
    const i18n = make('en');
    function Label() {
      const { t } = useTranslation(['trade', 'common']);
      return <p>{t('only')}</p>;
    }
    render(
      <I18nProvider i18n={i18n}>
        <Label />
      </I18nProvider>,
    );
    expect(screen.getByText('English only')).toBeInTheDocument();
    await act(() => switchLanguage(i18n, 'ru'));
    expect(screen.getByText('только по-русски')).toBeInTheDocument();
  });
});

describe('formatting per locale', () => {
  it('formats billions of dollars', () => {
    expect(formatUsdBn(244.8, 'en')).toBe('US$244.8bn');
    expect(formatUsdBn(244.8, 'ru').replace(/\s/g, ' ')).toBe('244,8 млрд $');
    expect(formatUsdBn(244.8, 'zh')).toBe('US$2448亿');
  });
  it('formats dates without shifting the day', () => {
    expect(formatDate('2013-03-22', 'en')).toBe('22 March 2013');
    expect(formatDate('2013-03-22', 'ru')).toBe('22 марта 2013 г.');
    expect(formatDate('2013-03-22', 'zh')).toBe('2013年3月22日');
    expect(formatDate('2025-05', 'en')).toBe('May 2025');
    // In a narrow column a date may wrap only before its year: the one plain space is there, and
    // the others are non-breaking ones (shown as ·; which one depends on the ICU version).
    const lines = (isoDate: string, language: Language) => formatDateForColumn(isoDate, language).split(' ').map((line) => line.replace(/\s/gu, '·'));
    expect(lines('2025-09-15', 'en')).toEqual(['15·Sept', '2025']);
    expect(lines('2025-09-15', 'ru')).toEqual(['15·сент.', '2025·г.']);
    expect(lines('2025-09-15', 'zh')).toEqual(['2025年9月15日']);
    expect(lines('2025', 'en')).toEqual(['2025']);
    expect(formatDateRange('2013-03-22', '2013-03-24', 'en').replace(/\s/g, ' ')).toBe('22 – 24 March 2013');
    expect(formatDateRange('2024-05-16', '2024-05-17', 'zh')).toBe('2024年5月16日至2024年5月17日');
  });
});
