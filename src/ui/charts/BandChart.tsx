import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { playback, type PlaybackSnapshot } from '../../bridge/playback';
import { sampleIndexAt } from '../../bridge/wall/wallMetrics';
import { axisToMinutes, minutesToAxis, revealedColumns } from './chartData';
import { cursorTimeLabel, timeAxisLabels } from './axisFormat';

export interface BandChartProps {
  /** [x (epoch seconds), lo, hi, mean]. */
  columns: [Float64Array, Float64Array, Float64Array, Float64Array];
  startMs: number;
  locale: string;
  yLabel: string;
  meanLabel: string;
  bandLabel: string;
  ariaLabel: string;
  height?: number;
  /** Draw the curves and band only up to the playhead (training: no future); the x axis keeps the full span. */
  revealUpToPlayhead?: boolean;
}

const MEAN_COLOUR = '#0072B2';
const BAND_FILL = 'rgba(86, 180, 233, 0.35)';
const EDGE_COLOUR = 'rgba(0, 114, 178, 0.45)';
const AXIS_COLOUR = '#4a5868';
const GRID_COLOUR = '#e3e8ee';

function optionsFor(props: BandChartProps, width: number): uPlot.Options {
  const axis = { stroke: AXIS_COLOUR, grid: { stroke: GRID_COLOUR, width: 1 }, ticks: { stroke: GRID_COLOUR, width: 1 } };
  return {
    width, height: props.height ?? 150,
    legend: { show: false },
    cursor: { drag: { x: false, y: false, setScale: false }, points: { show: false } },
    scales: { x: { time: true }, y: { range: (_u, min, max) => [Math.min(0, min), max > 0 ? max * 1.08 : 1] } },
    axes: [
      { ...axis, values: (_u, splits) => timeAxisLabels(splits, props.locale) },
      { ...axis, label: props.yLabel, labelSize: 18, size: 44 },
    ],
    series: [
      { value: (_u, v) => (v == null ? '' : cursorTimeLabel(v, props.locale)) },
      { label: `${props.bandLabel} (lo)`, stroke: EDGE_COLOUR, width: 1, points: { show: false } },
      { label: `${props.bandLabel} (hi)`, stroke: EDGE_COLOUR, width: 1, points: { show: false } },
      { label: props.meanLabel, stroke: MEAN_COLOUR, width: 2, points: { show: false } },
    ],
    bands: [{ series: [2, 1], fill: BAND_FILL }],
  };
}

/**
 * One uPlot line with its 95% band. The playhead is a DOM line moved from playback.subscribe (no React state
 * per tick); pressing or dragging on the plot seeks the playback clock. With `revealUpToPlayhead`, the samples
 * after the playhead are nulls (gaps): setData runs only when the playhead reaches another sample (the clock
 * notifies at ≤ 4 Hz), and the host's `data-revealed-until` says the last minute drawn.
 */
export default function BandChart(props: BandChartProps) {
  const hostRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const playhead = document.createElement('div');
    playhead.className = 'chart-playhead';
    playhead.setAttribute('data-testid', 'chart-playhead');
    const options = optionsFor(props, Math.max(200, host.clientWidth));
    // The scales exist only once uPlot has drawn: place the playhead then, and after every resize.
    options.hooks = { ready: [(u) => placeOn(u, playback.time)], setSize: [(u) => placeOn(u, playback.time)] };
    const reveal = props.revealUpToPlayhead === true;
    const sampleAt = (time: number): number => sampleIndexAt(props.columns[0], minutesToAxis(time, props.startMs));
    let shown = reveal ? sampleAt(playback.time) : -1;
    const dataUpTo = (last: number) => (reveal ? revealedColumns(props.columns, last) : props.columns) as unknown as uPlot.AlignedData;
    const markShown = () => {
      if (!reveal) delete host.dataset.revealedUntil;
      else host.dataset.revealedUntil = shown >= 0 ? String(axisToMinutes(props.columns[0][shown], props.startMs)) : 'none';
    };
    const plot = new uPlot(options, dataUpTo(shown), host);
    plot.over.appendChild(playhead);
    markShown();
    const revealTo = (time: number) => {
      const k = sampleAt(time);
      if (k === shown) return;
      shown = k;
      plot.setData(dataUpTo(k));
      markShown();
    };

    // Hooks may run inside the constructor, before `plot` is assigned: they get the chart as `u`.
    function placeOn(u: uPlot, time: number): void {
      const left = u.valToPos(minutesToAxis(time, props.startMs), 'x');
      const inside = Number.isFinite(left) && left >= 0 && left <= u.over.clientWidth;
      playhead.style.display = inside ? 'block' : 'none';
      if (inside) playhead.style.transform = `translateX(${left}px)`;
    }
    const placePlayhead = (snapshot: Pick<PlaybackSnapshot, 'time'>) => {
      placeOn(plot, snapshot.time);
      if (reveal) revealTo(snapshot.time);
    };
    placePlayhead(playback);
    const unsubscribe = playback.subscribe(placePlayhead);

    let dragging = false;
    const seekAt = (clientX: number) => {
      const x = clientX - plot.over.getBoundingClientRect().left;
      playback.seek(axisToMinutes(plot.posToVal(x, 'x'), props.startMs));
      placePlayhead(playback);
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      dragging = true;
      plot.over.setPointerCapture?.(e.pointerId);
      seekAt(e.clientX);
    };
    const onMove = (e: PointerEvent) => { if (dragging) seekAt(e.clientX); };
    const onUp = (e: PointerEvent) => {
      dragging = false;
      plot.over.releasePointerCapture?.(e.pointerId);
    };
    plot.over.addEventListener('pointerdown', onDown);
    plot.over.addEventListener('pointermove', onMove);
    plot.over.addEventListener('pointerup', onUp);
    plot.over.addEventListener('pointercancel', onUp);

    const resize = new ResizeObserver(() => {
      const width = Math.max(200, host.clientWidth);
      if (Math.abs(width - plot.width) >= 1) plot.setSize({ width, height: plot.height });
    });
    resize.observe(host);

    return () => {
      resize.disconnect();
      unsubscribe();
      plot.destroy();
    };
    // The chart is rebuilt only when what it shows changes (not per frame).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.columns, props.startMs, props.locale, props.yLabel, props.meanLabel, props.bandLabel, props.height, props.revealUpToPlayhead]);

  return <div ref={hostRef} className="band-chart" role="img" aria-label={props.ariaLabel} data-testid="chart" />;
}
