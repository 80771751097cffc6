import { describe, expect, it } from 'vitest';
import { clampHeight, embedDataAddress, embedQuery, embedSnippet, embedUrl, escapeAttribute, scriptUrl, type EmbedOptions } from '../../src/features/embed/lib/embed-url';
import { controlsShown, titleOverride } from '../../src/features/embed/lib/widgets';

const base: EmbedOptions = {
  widget: 'trade',
  kinds: [],
  sectors: [],
  statuses: [],
  view: 'chart',
  theme: 'light',
  lang: 'en',
  controls: true,
  title: '',
  heightMode: 'auto',
  height: 520,
};

describe('embed addresses', () => {
  it('writes only what differs from the defaults, and always the language', () => {
    expect(embedQuery(base).toString()).toBe('lang=en');
    expect(embedQuery({ ...base, from: 2013, to: 2020, view: 'table', theme: 'dark', controls: false, title: ' Trade ' }).toString()).toBe(
      'from=2013&to=2020&view=table&lang=en&theme=dark&controls=0&title=Trade',
    );
  });

  it('writes only the filters the widget reads', () => {
    const options = { ...base, kinds: ['state-visit', 'virtual'], sectors: ['energy'], statuses: ['signed'], view: 'table' } as const;
    expect(embedQuery({ ...options, widget: 'timeline' }).toString()).toBe('kind=state-visit%2Cvirtual&lang=en');
    expect(embedQuery({ ...options, widget: 'agreements' }).toString()).toBe('sector=energy&status=signed&lang=en');
    expect(embedQuery({ ...options, widget: 'sectors' }).toString()).toBe('status=signed&view=table&lang=en');
    expect(embedQuery({ ...options, widget: 'meetings' }).toString()).toBe('kind=state-visit%2Cvirtual&view=table&lang=en');
  });

  it('carries the address of another dataset, so the embed shows the same data', () => {
    const other = 'https://example.org/other.json';
    expect(embedDataAddress(new URLSearchParams({ data: other }))).toBe(other);
    expect(embedDataAddress(new URLSearchParams({ data: 'local' }))).toBeUndefined();
    expect(embedDataAddress(new URLSearchParams({ data: 'javascript:alert(1)' }))).toBeUndefined();
    expect(embedDataAddress(new URLSearchParams())).toBeUndefined();
    expect(embedQuery({ ...base, data: 'https://example.org/other.json' }).toString()).toBe('lang=en&data=https%3A%2F%2Fexample.org%2Fother.json');
    expect(embedUrl('https://example.org/', { ...base, data: 'https://example.org/other.json' })).toBe(
      'https://example.org/embed/trade?lang=en&data=https%3A%2F%2Fexample.org%2Fother.json',
    );
  });

  it('builds absolute URLs under the base path', () => {
    expect(embedUrl('https://example.org/bilateral/', { ...base, from: 2015 })).toBe('https://example.org/bilateral/embed/trade?from=2015&lang=en');
    expect(embedUrl('https://example.org', base)).toBe('https://example.org/embed/trade?lang=en');
    expect(scriptUrl('https://example.org/b')).toBe('https://example.org/b/embed.js');
  });
});

describe('embed snippet', () => {
  it('in auto mode: the marked iframe with a title and starting height, and the script', () => {
    expect(embedSnippet('https://example.org/', { ...base, from: 2015, theme: 'dark' }, 'Russia–China trade, 2015–2024')).toBe(
      '<iframe data-bilateral src="https://example.org/embed/trade?from=2015&amp;lang=en&amp;theme=dark" title="Russia–China trade, 2015–2024" ' +
        'width="100%" height="520" style="width:100%;border:0" loading="lazy"></iframe>\n' +
        '<script src="https://example.org/embed.js" async></script>',
    );
  });

  it('in fixed mode: no script, the iframe marked fixed at the height asked for (bounded)', () => {
    const snippet = embedSnippet('https://example.org/', { ...base, heightMode: 'fixed', height: 99999 }, 'T');
    expect(snippet).toContain('data-bilateral="fixed"');
    expect(snippet).toContain('height="4000"');
    expect(snippet).not.toContain('<script');
  });

  it('escapes titles so they cannot break out of the attribute', () => {
    const snippet = embedSnippet('https://example.org/', { ...base, title: '"><script>alert(1)</script>' }, '"><script>alert(1)</script>');
    expect(snippet).not.toContain('"><script>alert');
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(escapeAttribute('a & b')).toBe('a &amp; b');
  });

  it('clamps heights', () => {
    expect(clampHeight(10)).toBe(200);
    expect(clampHeight(Number.NaN)).toBe(200);
    expect(clampHeight(612.4)).toBe(612);
  });
});

describe('embed-only parameters', () => {
  it('controls=0 (and false/no/off) hides controls', () => {
    expect(controlsShown(new URLSearchParams(''))).toBe(true);
    expect(controlsShown(new URLSearchParams('controls=1'))).toBe(true);
    for (const value of ['0', 'false', 'NO', 'off']) expect(controlsShown(new URLSearchParams(`controls=${value}`))).toBe(false);
  });

  it('title= is trimmed, collapsed and bounded', () => {
    expect(titleOverride(new URLSearchParams('title=%20%20Trade%0A%20since%202013%20'))).toBe('Trade since 2013');
    expect(titleOverride(new URLSearchParams(`title=${'x'.repeat(300)}`))).toHaveLength(120);
  });
});
