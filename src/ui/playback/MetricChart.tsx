import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { playback } from '../../bridge/playback';
import { useRun } from '../../bridge/runStore';
import { currentLocale } from '../../i18n/format';
import { simulatedDate } from './clock';

const PLAYHEAD_COLOUR = '#D55E00';

/**
 * A small chart of one series over simulated time with the playhead marked (a vertical line, moved
 * imperatively at ≤ 4 Hz); clicking the chart seeks there. `times` are simulated minutes.
 */
export function MetricChart({ times, values, label, colour, testId }: {
  times: Float64Array; values: ArrayLike<number>; label: string; colour: string; testId?: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const startDate = useRun((s) => s.settings.startDate);

  useEffect(() => {
    const element = host.current;
    if (!element) return undefined;
    const start = simulatedDate(startDate, 0).getTime() / 1000;
    const xs = Array.from(times, (t) => start + t * 60);
    const ys = Array.from(values, (v) => (Number.isFinite(v) ? v : null));
    const toSeconds = (minutes: number): number => start + minutes * 60;
    const playheadLine = (u: uPlot): void => {
      const x = u.valToPos(toSeconds(playback.time), 'x', true);
      const { top, height } = u.bbox;
      u.ctx.save();
      u.ctx.strokeStyle = PLAYHEAD_COLOUR;
      u.ctx.lineWidth = 2 * devicePixelRatio;
      u.ctx.beginPath();
      u.ctx.moveTo(x, top);
      u.ctx.lineTo(x, top + height);
      u.ctx.stroke();
      u.ctx.restore();
    };
    const locale = currentLocale();
    const hourFormat = new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const chart = new uPlot({
      width: Math.max(200, element.clientWidth),
      height: 120,
      legend: { show: false },
      cursor: { y: false, points: { show: false } },
      scales: { x: { time: true }, y: { range: (_u, min, max) => [Math.min(0, min), max > 0 ? max * 1.1 : 1] } },
      axes: [
        { values: (_u, splits) => splits.map((s) => hourFormat.format(new Date(s * 1000))), size: 28, font: '11px system-ui', gap: 2 },
        { size: 36, font: '11px system-ui', values: (_u, splits) => splits.map((s) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(s)) },
      ],
      series: [{}, { label, stroke: colour, width: 2, fill: `${colour}33`, spanGaps: false }],
      hooks: { draw: [playheadLine] },
    }, [xs, ys], element);
    const onClick = (): void => {
      const left = chart.cursor.left;
      if (left === undefined || left < 0) return;
      playback.seek((chart.posToVal(left, 'x') - start) / 60);
    };
    chart.over.addEventListener('click', onClick);
    const off = playback.subscribe(() => chart.redraw(false, false));
    return () => {
      off();
      chart.over.removeEventListener('click', onClick);
      chart.destroy();
    };
  }, [times, values, label, colour, startDate]);

  return <div ref={host} className="pb-chart-plot" data-testid={testId} aria-hidden="true" />;
}
