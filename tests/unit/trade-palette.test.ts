import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PALETTES, contrastRatio } from '../../src/features/trade/lib/palette';

/** The theme's background colours, read from styles.css so a change there cannot silently break the charts. */
function cssVariable(block: 'root' | 'dark', name: string): string {
  const css = readFileSync('src/styles.css', 'utf8');
  const start = css.indexOf(block === 'root' ? ':root {' : '.dark {');
  const body = css.slice(start, css.indexOf('}', start));
  const match = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(body);
  if (!match?.[1]) throw new Error(`--${name} not found in ${block}`);
  return match[1];
}

describe('chart colours', () => {
  it.each([
    ['light', 'root'],
    ['dark', 'dark'],
  ] as const)('meet 3:1 against the %s theme backgrounds', (theme, block) => {
    const palette = PALETTES[theme];
    expect(palette.background.toLowerCase()).toBe(cssVariable(block, 'page'));
    expect(palette.panel.toLowerCase()).toBe(cssVariable(block, 'panel'));
    const colours = [
      ...palette.reporters,
      palette.marker,
      palette.count,
      ...Object.values(palette.groups),
      ...Object.values(palette.statuses),
    ];
    for (const colour of colours) {
      expect(contrastRatio(colour, palette.background), `${colour} on ${palette.background}`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colour, palette.panel), `${colour} on ${palette.panel}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('give the stacked groups distinct colours', () => {
    for (const palette of Object.values(PALETTES)) {
      expect(new Set(Object.values(palette.groups)).size).toBe(4);
      expect(new Set(Object.values(palette.statuses)).size).toBe(6);
    }
  });

  it('computes contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('the dark theme before the app runs', () => {
  /** `--name: value` pairs of the first block opened by `selector` in styles.css. */
  function variables(selector: string): Record<string, string> {
    const css = readFileSync('src/styles.css', 'utf8');
    const start = css.indexOf(`${selector} {`);
    if (start < 0) throw new Error(`${selector} not found in styles.css`);
    const body = css.slice(start, css.indexOf('}', start));
    return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((match) => [match[1], match[2]]));
  }

  it('uses exactly the colours of .dark', () => {
    const early = variables(':root:not(.light, .dark)');
    expect(Object.keys(early).length).toBeGreaterThan(10);
    expect(early).toEqual(variables('.dark'));
  });
});
