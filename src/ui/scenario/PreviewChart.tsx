import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface PreviewChartProps {
  /** x in days from the start of the run. */
  x: Float64Array;
  baseline: Float64Array;
  scenario: Float64Array;
  yLabel: string;
  baselineLabel: string;
  scenarioLabel: string;
  ariaLabel: string;
  stepped?: boolean;
  testId: string;
}

/** Baseline (grey, dashed) vs scenario (orange) over run days; colour-blind-safe Okabe–Ito colours. */
export default function PreviewChart(props: PreviewChartProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const paths = props.stepped ? uPlot.paths.stepped?.({ align: 1 }) : undefined;
    const axis = { stroke: '#4a5868', grid: { stroke: '#e3e8ee', width: 1 }, ticks: { stroke: '#e3e8ee', width: 1 } };
    const plot = new uPlot({
      width: Math.max(240, el.clientWidth), height: 140,
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false, setScale: false } },
      scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] } },
      axes: [{ ...axis, label: 'day', labelSize: 14 }, { ...axis, label: props.yLabel, labelSize: 16, size: 42 }],
      series: [
        {},
        { label: props.baselineLabel, stroke: '#7d8894', width: 1.5, dash: [5, 4], points: { show: false }, paths },
        { label: props.scenarioLabel, stroke: '#D55E00', width: 2, points: { show: false }, paths },
      ],
    }, [props.x, props.baseline, props.scenario] as unknown as uPlot.AlignedData, el);
    const resize = new ResizeObserver(() => {
      const w = Math.max(240, el.clientWidth);
      if (Math.abs(w - plot.width) >= 1) plot.setSize({ width: w, height: plot.height });
    });
    resize.observe(el);
    return () => { resize.disconnect(); plot.destroy(); };
  }, [props.x, props.baseline, props.scenario, props.yLabel, props.baselineLabel, props.scenarioLabel, props.stepped]);
  return <div ref={host} className="scenario-chart" role="img" aria-label={props.ariaLabel} data-testid={props.testId} />;
}
