/** Time-axis labels in the UI language with a 24-hour clock: "Mon 23" at midnight, else "06:00". */
export function timeAxisLabels(splitsSeconds: readonly number[], locale: string): string[] {
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return splitsSeconds.map((s) => {
    const date = new Date(s * 1000);
    return date.getHours() === 0 && date.getMinutes() === 0 ? day.format(date) : time.format(date);
  });
}

/** Full date and time for the hover readout: "Mon 23 Nov, 14:30". */
export function cursorTimeLabel(seconds: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(seconds * 1000));
}
