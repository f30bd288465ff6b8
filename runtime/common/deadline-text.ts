const weekdays = '日一二三四五六';

/**
 * 办理期限 as every export and message writes it, the same form as the studio's (`useFormat().deadline`): the last
 * local day it allows, with its weekday — "2026-12-15（周二）前". A deadline at local midnight belongs
 * to the day before; another time of day is shown ("2026-12-15（周二） 17:30前"). '' without one.
 */
export function deadlineText(iso: string | null, utcOffsetMinutes: number): string {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms)) return '';
  const local = new Date(ms + utcOffsetMinutes * 60_000);
  const hhmm = local.toISOString().slice(11, 16);
  const midnight = hhmm === '00:00';
  const day = midnight ? new Date(local.getTime() - 1) : local; // 24:00 is the end of the day before
  const clock = midnight ? '' : ` ${hhmm}`;
  return `${day.toISOString().slice(0, 10)}（周${weekdays[day.getUTCDay()]}）${clock}前`;
}
