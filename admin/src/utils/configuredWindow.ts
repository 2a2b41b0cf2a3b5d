import type { ConfiguredWindow } from '../../../server/src/contracts';

/** 1 January 2024 was a Monday: ISO weekday n is that date plus n - 1 days. */
const weekdayName = (day: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, day));

/**
 * A window of the host's config in words, consecutive days with the same hours together:
 * "Monday – Friday 09:00–12:30, 14:00–19:00 · Saturday 09:00–12:00". Days without hours are left out.
 */
export function describeConfiguredWindow(window: ConfiguredWindow, locale: string): string {
  const hoursOf = (day: number) =>
    (window.days[String(day) as keyof ConfiguredWindow['days']] ?? [])
      .map(([open, close]) => `${open}–${close}`)
      .join(', ');
  const groups: { from: number; to: number; hours: string }[] = [];
  for (let day = 1; day <= 7; day++) {
    const hours = hoursOf(day);
    if (!hours) continue;
    const last = groups[groups.length - 1];
    if (last && last.to === day - 1 && last.hours === hours) last.to = day;
    else groups.push({ from: day, to: day, hours });
  }
  return groups
    .map(({ from, to, hours }) => {
      const days =
        from === to ? weekdayName(from, locale) : `${weekdayName(from, locale)} – ${weekdayName(to, locale)}`;
      return `${days} ${hours}`;
    })
    .join(' · ');
}
