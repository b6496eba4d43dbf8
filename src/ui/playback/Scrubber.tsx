import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { playback, type PlaybackSnapshot } from '../../bridge/playback';
import { useRun } from '../../bridge/runStore';
import { dayOf, formatClock, simulatedDate } from './clock';

/**
 * The clock and the scrubbing slider. Both follow the playhead imperatively (playback.subscribe writes the
 * DOM at ≤ 4 Hz): no React render while playing.
 */
export function Scrubber({ step }: { step: number }) {
  const { t, i18n } = useTranslation('playback');
  const startDate = useRun((s) => s.settings.startDate);
  const days = useRun((s) => s.settings.days);
  const clock = useRef<HTMLOutputElement>(null);
  const slider = useRef<HTMLInputElement>(null);
  const dragging = useRef(false);

  useEffect(() => {
    const show = (s: PlaybackSnapshot): void => {
      const text = formatClock(simulatedDate(startDate, s.time), i18n.language);
      const day = t('dayOf', { day: dayOf(s.time), days });
      if (clock.current) clock.current.textContent = `${text} · ${day}`;
      const input = slider.current;
      if (!input) return;
      input.min = String(s.start);
      input.max = String(Math.max(s.end, s.start));
      if (!dragging.current) input.value = String(s.time);
      input.setAttribute('aria-valuetext', text);
    };
    show(playback.snapshot());
    return playback.subscribe(show);
  }, [startDate, days, t, i18n.language]);

  return (
    <div className="pb-scrubber">
      <output ref={clock} className="pb-clock" data-testid="playback-clock" aria-label={t('clock')} />
      <input
        ref={slider}
        type="range"
        className="pb-slider"
        data-testid="playback-slider"
        aria-label={t('scrub')}
        step={step}
        defaultValue={0}
        onPointerDown={() => { dragging.current = true; }}
        onPointerUp={() => { dragging.current = false; }}
        onInput={(e) => playback.seek(Number(e.currentTarget.value))}
      />
    </div>
  );
}
