import { useEffect, useRef } from 'react';
import { playback } from '../../bridge/playback';

const PLAYHEAD_COLOUR = '#D55E00';

/**
 * A strip of coloured cells, one per frame, for a bed's or an equipment item's state over time, with the
 * playhead marked; clicking seeks. `colourOf(frame)` gives each cell's CSS colour.
 */
export function StateStrip({ times, colourOf, label }: { times: Float64Array; colourOf: (frame: number) => string; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context || times.length === 0) return undefined;
    const width = (element.width = Math.max(100, element.clientWidth * devicePixelRatio));
    const height = (element.height = 18 * devicePixelRatio);
    const first = times[0];
    const span = Math.max(1, times[times.length - 1] - first);
    const xOf = (t: number): number => ((t - first) / span) * width;
    const draw = (): void => {
      for (let f = 0; f < times.length; f++) {
        const x0 = Math.floor(xOf(times[f]));
        const x1 = f + 1 < times.length ? Math.ceil(xOf(times[f + 1])) : width;
        context.fillStyle = colourOf(f);
        context.fillRect(x0, 0, Math.max(1, x1 - x0), height);
      }
      const x = xOf(playback.time);
      context.fillStyle = '#ffffff';
      context.fillRect(x - 2 * devicePixelRatio, 0, 4 * devicePixelRatio, height);
      context.fillStyle = PLAYHEAD_COLOUR;
      context.fillRect(x - devicePixelRatio, 0, 2 * devicePixelRatio, height);
    };
    draw();
    const onClick = (event: MouseEvent): void => {
      const rect = element.getBoundingClientRect();
      playback.seek(first + ((event.clientX - rect.left) / rect.width) * span);
    };
    element.addEventListener('click', onClick);
    const off = playback.subscribe(draw);
    return () => {
      off();
      element.removeEventListener('click', onClick);
    };
  }, [times, colourOf]);

  return <canvas ref={canvas} className="pb-strip" role="img" aria-label={label} />;
}
