import type { ReactElement } from 'react';
import type { XAxisTickContentProps, YAxisTickContentProps } from 'recharts';

type TickProps = XAxisTickContentProps | YAxisTickContentProps;

/** How far below its anchor point a line of text starts, as Recharts' own labels place it. */
const DROP = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * Axis labels as plain SVG text. Recharts' own tick labels measure each word on the page (a layout
 * each time) so they can wrap; numbers and years never wrap, and a chart's first drawing is
 * shorter without those layouts.
 */
export function plainTick(fill: string, format: (value: number) => string): (tick: TickProps) => ReactElement {
  return function PlainTick(tick) {
    return (
      <text
        x={tick.x}
        y={tick.y}
        dy={DROP[tick.verticalAnchor]}
        textAnchor={tick.textAnchor}
        fill={fill}
        fontSize={12}
        className="recharts-cartesian-axis-tick-value"
      >
        {format(Number(tick.payload.value))}
      </text>
    );
  };
}
