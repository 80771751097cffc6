import type { AgreementStatus } from '../../../data/vocabulary';
import type { MeetingGroup } from './meetings';

/**
 * Chart colours per theme, from the Okabe–Ito colour-blind-safe set, darkened for the light theme and
 * lightened for the dark one so each meets 3:1 against the page and panel backgrounds (tested in
 * trade-palette.test.ts). Series never rely on colour alone: the second reporter is dashed, uncertain
 * values are hollow, stacks have a legend and a table.
 */
export interface ChartPalette {
  background: string;
  panel: string;
  ink: string;
  muted: string;
  grid: string;
  reporters: readonly [string, string];
  gap: string;
  marker: string;
  groups: Record<MeetingGroup, string>;
  statuses: Record<AgreementStatus, string>;
  count: string;
}

export const PALETTES = {
  light: {
    background: '#ffffff',
    panel: '#f4f6f8',
    ink: '#111827',
    muted: '#4b5563',
    grid: '#d1d5db',
    reporters: ['#0072B2', '#C24E00'],
    gap: '#8A6200',
    marker: '#5B6675',
    groups: { 'state-visit': '#0072B2', 'official-working': '#00795A', multilateral: '#C24E00', virtual: '#A8457E' },
    statuses: {
      signed: '#0072B2',
      contract: '#00795A',
      memorandum: '#5B6675',
      'under-negotiation': '#C24E00',
      announced: '#A8457E',
      operational: '#8A6200',
    },
    count: '#0072B2',
  },
  dark: {
    background: '#0f172a',
    panel: '#1e293b',
    ink: '#f1f5f9',
    muted: '#cbd5e1',
    grid: '#475569',
    reporters: ['#56B4E9', '#FF8A4C'],
    gap: '#F0E442',
    marker: '#B8C2CF',
    groups: { 'state-visit': '#56B4E9', 'official-working': '#2EC4A0', multilateral: '#FF8A4C', virtual: '#E69AC6' },
    statuses: {
      signed: '#56B4E9',
      contract: '#2EC4A0',
      memorandum: '#B8C2CF',
      'under-negotiation': '#FF8A4C',
      announced: '#E69AC6',
      operational: '#F0E442',
    },
    count: '#56B4E9',
  },
} as const satisfies Record<'light' | 'dark', ChartPalette>;

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((offset) => parseInt(hex.slice(offset, offset + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}
