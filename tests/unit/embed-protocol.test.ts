import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HOST_PARAMS, MAX_VALUE_LENGTH, parseHostMessage, reportedParams, resizeMessage, stateMessage } from '../../src/features/embed/lib/protocol';

describe('parseHostMessage', () => {
  it('accepts a set message with known parameters, numbers as strings', () => {
    expect(parseHostMessage({ type: 'bilateral:set', params: { from: 2015, to: '2020', theme: 'dark' } })).toEqual({
      from: '2015',
      to: '2020',
      theme: 'dark',
    });
  });

  it('removes a parameter for null or an empty string', () => {
    expect(parseHostMessage({ type: 'bilateral:set', params: { to: null, q: '  ' } })).toEqual({ to: undefined, q: undefined });
  });

  it('drops unknown names and values of the wrong type, keeping the rest', () => {
    expect(
      parseHostMessage({
        type: 'bilateral:set',
        params: { from: 2016, data: 'https://evil.example/x.json', onload: 'alert(1)', to: { valueOf: 2020 }, kind: ['state-visit'], view: true, sort: NaN },
      }),
    ).toEqual({ from: '2016' });
  });

  it('refuses over-long values and control characters', () => {
    expect(parseHostMessage({ type: 'bilateral:set', params: { q: 'x'.repeat(MAX_VALUE_LENGTH + 1) } })).toBeNull();
    expect(parseHostMessage({ type: 'bilateral:set', params: { q: 'x'.repeat(MAX_VALUE_LENGTH) } })).toEqual({ q: 'x'.repeat(MAX_VALUE_LENGTH) });
    expect(parseHostMessage({ type: 'bilateral:set', params: { title: 'a\u0000b' } })).toBeNull();
  });

  it('keeps markup as plain text (it is only ever put into the URL and rendered as text)', () => {
    expect(parseHostMessage({ type: 'bilateral:set', params: { title: '<img src=x onerror=alert(1)>' } })).toEqual({
      title: '<img src=x onerror=alert(1)>',
    });
  });

  it.each([
    ['a string', 'bilateral:set'],
    ['null', null],
    ['another type', { type: 'bilateral:resize', params: { from: 2015 } }],
    ['params as a string', { type: 'bilateral:set', params: 'from=2015' }],
    ['params as an array', { type: 'bilateral:set', params: [2015] }],
    ['no params', { type: 'bilateral:set' }],
    ['nothing usable', { type: 'bilateral:set', params: { colour: 'red' } }],
    ['a class instance', { type: 'bilateral:set', params: new Date() }],
  ])('returns null for %s', (_label, message) => {
    expect(parseHostMessage(message)).toBeNull();
  });

  it('ignores inherited and prototype keys', () => {
    const params = JSON.parse('{"__proto__": {"from": "1999"}, "to": "2020"}') as unknown;
    const result = parseHostMessage({ type: 'bilateral:set', params });
    expect(result).toEqual({ to: '2020' });
    expect(({} as Record<string, unknown>).from).toBeUndefined();
  });

  it('never throws and only ever returns known names with bounded string values', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.record({ type: fc.constant('bilateral:set'), params: fc.dictionary(fc.oneof(fc.constantFrom(...HOST_PARAMS), fc.string()), fc.anything()) })),
        (message) => {
          const result = parseHostMessage(message);
          if (result === null) return;
          for (const [name, value] of Object.entries(result)) {
            expect(HOST_PARAMS).toContain(name);
            if (value !== undefined) {
              expect(typeof value).toBe('string');
              expect(value.length).toBeLessThanOrEqual(MAX_VALUE_LENGTH);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('messages to the host', () => {
  it('reports only the host parameters present in the query', () => {
    const params = new URLSearchParams('from=2015&data=https://x.example/d.json&q=&lang=ru&foo=bar&controls=0');
    expect(reportedParams(params)).toEqual({ from: '2015', lang: 'ru', controls: '0' });
    expect(stateMessage('trade', params)).toEqual({ type: 'bilateral:state', widget: 'trade', params: { from: '2015', lang: 'ru', controls: '0' } });
  });

  it('rounds heights up to whole pixels', () => {
    expect(resizeMessage('timeline', 412.2)).toEqual({ type: 'bilateral:resize', widget: 'timeline', height: 413 });
    expect(resizeMessage('timeline', -5).height).toBe(0);
  });
});
