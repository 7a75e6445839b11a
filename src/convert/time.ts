/** Dates and times for the command line: `--now`, and ISO strings with the Amsterdam offset. */
import { amsterdamParts, parseFeedDateTime } from '../feed/schedule.js';
import { parseDate } from './csv.js';

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `2027-01-12T19:00:00+01:00`: an instant as Amsterdam wall-clock time with its offset. */
export function isoWithOffset(date: Date): string {
  const p = amsterdamParts(date);
  const seconds = date.getUTCSeconds();
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, seconds);
  const offset = Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(seconds)}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/** `2027-01-12`: the Amsterdam calendar day of an instant. */
export function isoDay(date: Date): string {
  return isoWithOffset(date).slice(0, 10);
}

/**
 * The `--now` option: `2026-11-28` (midnight in Amsterdam), `28-11-2026`, or a date
 * and time like `2026-11-28T12:00` or `2026-11-28T12:00:00Z`. Undefined when it is none.
 */
export function parseNow(value: string): Date | undefined {
  const direct = parseFeedDateTime(value.trim());
  if (!Number.isNaN(direct.getTime())) return direct;
  const dutch = parseDate(value);
  if ('value' in dutch) return parseFeedDateTime(dutch.value);
  return undefined;
}
