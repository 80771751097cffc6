import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { hasEnglish, I18n, LANGUAGES, loadEnglish, loadMessages, NAMESPACES, switchLanguage, type Language, type MessageBundle } from '../../src/lib/i18n';
import { I18nProvider, useTranslation } from '../../src/lib/use-translation';
import { allMessages as resources, testI18n } from './messages';
import { formatDate, formatDateForColumn, formatDateRange, formatSourceDate, formatUsdBn } from '../../src/lib/format';

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
    for (const language of ['ru', 'zh'] as const) expect(await loadMessages(language)).toEqual(resources[language]);
  });

  it('in English, give every message of every namespace once its namespace has arrived', async () => {
    for (const namespace of NAMESPACES) {
      await loadEnglish(namespace);
      expect(hasEnglish(namespace)).toBe(true);
      const t = new I18n('en').translator([namespace]);
      const texts = (node: Record<string, unknown>, prefix = ''): [string, string][] =>
        Object.entries(node).flatMap(([key, value]) =>
          typeof value === 'string' ? [[prefix + key, value] as [string, string]] : texts(value as Record<string, unknown>, `${prefix}${key}.`),
        );
      for (const [key, text] of texts(resources.en[namespace] ?? {})) if (!text.includes('{{')) expect(t(key), `${namespace}:${key}`).toBe(text);
    }
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
  // Made-up Russian messages; English is the app's own.
  const russian: MessageBundle = {
    common: {
      shared: 'общее {{name}}',
      nav: { trade: 'Торговля' },
      items_one: '{{count}} пункт',
      items_few: '{{count}} пункта',
      items_many: '{{count}} пунктов',
    },
    trade: { shared: 'торговля' },
  };
  const make = (language: Language) => new I18n(language, { ru: russian });

  it('looks in the namespaces in order, each in the language and then in English', () => {
    const i18n = make('ru');
    expect(i18n.translator(['trade', 'common'])('shared')).toBe('торговля');
    expect(i18n.translator(['common', 'trade'])('shared', { name: 'x' })).toBe('общее x');
    expect(i18n.translator(['trade'])('common:nav.trade')).toBe('Торговля');
    expect(i18n.t('app.name')).toBe('Bilateral');
    expect(make('en').t('nav.trade')).toBe('Trade');
  });

  it("chooses plural forms by the language's rules, falling back to _other and then the plain key", () => {
    const t = make('ru').t;
    expect([1, 3, 5, 11, 21, 22].map((count) => t('items', { count }))).toEqual([
      '1 пункт', '3 пункта', '5 пунктов', '11 пунктов', '21 пункт', '22 пункта',
    ]);
    expect(t('shared', { count: 2, name: 'n' })).toBe('общее n');
    expect(make('en').t('footer.sources', { count: 1 })).not.toBe(make('en').t('footer.sources', { count: 2 }));
  });

  it('fills placeholders as text, leaves a missing value empty, and shows an unknown key as itself', () => {
    const t = make('ru').t;
    expect(t('shared', { name: '<b>x</b>' })).toBe('общее <b>x</b>');
    expect(t('shared')).toBe('общее ');
    expect(t('common:missing.key')).toBe('missing.key');
    expect(t('missing', { defaultValue: 'fallback {{n}}', n: 2 })).toBe('fallback 2');
  });

  it('translates into another loaded language on request, and into English when it is not loaded', () => {
    expect(make('en').t('nav.trade', { lng: 'ru' })).toBe('Торговля');
    expect(make('en').t('nav.trade', { lng: 'zh' })).toBe('Trade');
  });

  it('redraws its readers in a newly chosen language', async () => {
    const i18n = make('en');
    function Label() {
      const { t } = useTranslation(['trade', 'common']);
      return <p>{t('nav.trade')}</p>;
    }
    render(
      <I18nProvider i18n={i18n}>
        <Label />
      </I18nProvider>,
    );
    expect(screen.getByText('Trade')).toBeInTheDocument();
    await act(() => switchLanguage(i18n, 'ru'));
    expect(screen.getByText('Торговля')).toBeInTheDocument();
  });

  it('shows the language chosen last when an earlier choice is still downloading', async () => {
    const i18n = new I18n('en');
    const first = switchLanguage(i18n, 'zh');
    const second = switchLanguage(i18n, 'ru');
    await Promise.all([first, second]);
    expect(i18n.language).toBe('ru');
    const third = switchLanguage(i18n, 'zh');
    await switchLanguage(i18n, 'en');
    await third;
    expect(i18n.language).toBe('en');
  });
});

describe('formatting per locale', () => {
  it('formats billions of dollars', () => {
    expect(formatUsdBn(244.8, 'en')).toBe('US$244.8bn');
    expect(formatUsdBn(244.8, 'ru').replace(/\s/g, ' ')).toBe('244,8 млрд $');
    expect(formatUsdBn(244.8, 'zh')).toBe('US$2448亿');
  });
  it("says when a source's date is worked out from its content, or not known", () => {
    const t = (language: Language) => testI18n(language).translator(['common'], language);
    expect(formatSourceDate({ date: '2016-03-02' }, 'en', t('en'))).toBe('2 March 2016');
    expect(formatSourceDate({ date: '2016', dateInferred: true }, 'en', t('en'))).toBe('2016 (date inferred)');
    expect(formatSourceDate({}, 'en', t('en'))).toBe('date unknown');
    expect(formatSourceDate({ date: '2016', dateInferred: true }, 'ru', t('ru'))).toBe('2016 (дата предположительная)');
    expect(formatSourceDate({}, 'zh', t('zh'))).toBe('日期不详');
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
