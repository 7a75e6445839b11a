/**
 * Schedule maths for feed programmes: turning `schedule.sessions` and
 * `schedule.weekly` into concrete occurrences, and answering "when is the next
 * one", "has it ended" and "on which days / parts of the day does it meet".
 *
 * Everything is Europe/Amsterdam (docs/reference/feed.md: dates and times without an offset
 * are Dutch time), whatever the visitor's own time zone. Only `Intl` and `Date` are
 * used: the zone's offset at an instant is read from an `Intl.DateTimeFormat` with
 * `timeZone: 'Europe/Amsterdam'`, so the browser's time zone database decides when
 * summer time starts and ends.
 *
 * Wall-clock times that do not exist or exist twice (daylight saving changes):
 * - spring forward (last Sunday of March, 02:00 -> 03:00): a time in the gap, such
 *   as 02:30, is taken one hour later (03:30 CEST), the time a wall clock that was
 *   not yet moved forward would show.
 * - fall back (last Sunday of October, 03:00 -> 02:00): a time in the repeated hour,
 *   such as 02:30, is the first of the two (02:30 CEST, 00:30 UTC).
 */
import type { Day, Schedule, WeeklyRule } from './schema.js';
import type { PartOfDay } from '../contract/parts-of-day.js';

export type { PartOfDay } from '../contract/parts-of-day.js';

/** The time zone of every feed date and time without an offset. */
export const TIME_ZONE = 'Europe/Amsterdam';

/** A date and time on the wall clocks of Amsterdam. `month` is 1-12. */
export interface AmsterdamParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: Day;
}

/** Part of the day, as the finder's filter and the volunteer form's availability use it. */

/** One meeting of a programme: a dated session, or one week's meeting of a weekly rule. */
export interface Occurrence {
  start: Date;
  /** Missing when the feed gives no end time. */
  end?: Date;
  /** `cancelled` ones are listed too, so the UI can show them struck through. */
  status: 'scheduled' | 'cancelled';
  /** Set for dated sessions that name a location. */
  locationId?: string;
  /** `weekly` for a rule's meeting, also when a dated session changes or cancels it. */
  source: 'session' | 'weekly';
}

/** Options of {@link occurrences}. */
export interface OccurrenceOptions {
  /** Start of the window: occurrences still running at `from` count. */
  from: Date;
  /** End of the window (inclusive): occurrences starting later are left out. */
  to: Date;
  /** The most occurrences to return, earliest first (default 500). */
  limit?: number;
}

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
const DEFAULT_LIMIT = 500;
/** How far {@link nextOccurrence} looks ahead. */
const NEXT_LOOKAHEAD_DAYS = 400;
/** How far {@link scheduleDays} and {@link scheduleParts} look ahead. */
const FILTER_LOOKAHEAD_DAYS = 120;

/** Sunday-first, like `Date#getUTCDay()`. */
const WEEKDAYS: readonly Day[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:\d{2})?$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

// ---------------------------------------------------------------------------
// Time zone arithmetic

let formatter: Intl.DateTimeFormat | undefined;

/** One formatter for the whole module: creating them is slow, using them is not. */
function amsterdamFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return formatter;
}

/**
 * Creates the Amsterdam formatter now and works out the offsets of the months after `from`.
 * The formatter's creation and its first use load the browser's time zone data, which
 * takes tens of milliseconds on a phone: a finder asks for this while it waits for its
 * feed, so the first results do not wait for it.
 */
export function prepareTimeZone(from = Date.now()): void {
  amsterdamFormatter();
  for (let day = 0; day <= 150; day += BLOCK_DAYS) offsetAt(from + day * DAY_MS);
}

/** Amsterdam's offset from UTC at an instant, in ms, read from the formatter. */
function formattedOffset(ms: number): number {
  const fields: Record<string, number> = {};
  for (const part of amsterdamFormatter().formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  // Some engines write midnight as 24 even with h23; Date.UTC rolls that over wrongly.
  const hour = fields.hour % 24;
  const wallMs = Date.UTC(fields.year, fields.month - 1, fields.day, hour, fields.minute, fields.second);
  // The formatter drops milliseconds; compare whole seconds.
  return wallMs - Math.floor(ms / 1000) * 1000;
}

/** The offset during one UTC day: `before` until the instant `change`, `after` from then on. */
interface DayOffsets {
  change: number;
  before: number;
  after: number;
}

/**
 * Offsets per UTC day (key: whole days since 1970). Formatting is the slow part of
 * every calculation here and the finder asks about the same few hundred days for
 * every programme, so each day is formatted once. Bounded: cleared when full.
 */
const offsetCache = new Map<number, DayOffsets>();
const OFFSET_CACHE_SIZE = 20_000;

/**
 * Offsets per block of {@link BLOCK_DAYS} UTC days (key: whole blocks since 1970): the
 * offset when it is the same at the start and the end of the block, else null (the block
 * holds a change; look per day). Amsterdam's changes are months apart, so a block never
 * holds two, and a finder needs about two formatter calls a month instead of two a day.
 */
const blockCache = new Map<number, number | null>();
const BLOCK_DAYS = 28;

/** Amsterdam's offset from UTC at an instant, in milliseconds (+1h in winter, +2h in summer). */
function offsetAt(ms: number): number {
  const dayNumber = Math.floor(ms / DAY_MS);
  const blockNumber = Math.floor(dayNumber / BLOCK_DAYS);
  let block = blockCache.get(blockNumber);
  if (block === undefined) {
    const blockStart = blockNumber * BLOCK_DAYS * DAY_MS;
    const first = formattedOffset(blockStart);
    block = first === formattedOffset(blockStart + BLOCK_DAYS * DAY_MS - 1000) ? first : null;
    if (blockCache.size >= OFFSET_CACHE_SIZE) blockCache.clear();
    blockCache.set(blockNumber, block);
  }
  if (block !== null) return block;
  let offsets = offsetCache.get(dayNumber);
  if (!offsets) {
    const dayStart = dayNumber * DAY_MS;
    const before = formattedOffset(dayStart);
    const after = formattedOffset(dayStart + DAY_MS - 1000);
    // Amsterdam changes its offset at most once a day (twice a year, in practice).
    // On a day it does, find the second of the change by bisection (~17 steps).
    let change = Infinity;
    if (before !== after) {
      let low = dayStart; // has `before`
      let high = dayStart + DAY_MS - 1000; // has `after`
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (formattedOffset(middle) === before) low = middle;
        else high = middle;
      }
      change = high;
    }
    if (offsetCache.size >= OFFSET_CACHE_SIZE) offsetCache.clear();
    offsets = { change, before, after };
    offsetCache.set(dayNumber, offsets);
  }
  return ms < offsets.change ? offsets.before : offsets.after;
}

/** Amsterdam wall-clock fields of an instant. */
function wallClock(ms: number) {
  const wall = new Date(ms + offsetAt(ms));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
  };
}

/**
 * The instant at which Amsterdam clocks show `wallMs` (a wall-clock time written
 * as if it were UTC). Gap and overlap handling: see the module comment.
 */
function fromWallClock(wallMs: number): number {
  // Amsterdam changes its offset at most twice a year, so the offsets a day before
  // and a day after are the only two candidates.
  const before = offsetAt(wallMs - DAY_MS);
  const after = offsetAt(wallMs + DAY_MS);
  const first = wallMs - before;
  if (offsetAt(first) === before) return first; // also the earlier one in an overlap
  const second = wallMs - after;
  if (before !== after && offsetAt(second) === after) return second;
  // In the spring gap: read the time with the offset from before the change,
  // which lands as far after the gap as the time was into it (02:30 -> 03:30).
  return first;
}

/**
 * The Amsterdam wall-clock date and time of an instant, with its weekday.
 * `month` is 1-12.
 */
export function amsterdamParts(date: Date): AmsterdamParts {
  const w = wallClock(date.getTime());
  return {
    year: w.year,
    month: w.month,
    day: w.day,
    hour: w.hour,
    minute: w.minute,
    weekday: weekdayOfDayNumber(dayNumberOf(w.year, w.month, w.day)),
  };
}

/**
 * The instant at which Amsterdam clocks show this date and time (`month` 1-12).
 * Out-of-range fields roll over as in `Date.UTC` (day 32 is the next month).
 * A time in the spring-forward gap is taken one hour later; a time in the autumn
 * overlap is the first (summer time) instant.
 */
export function zonedTime(year: number, month: number, day: number, hour: number, minute: number): Date {
  return new Date(fromWallClock(Date.UTC(year, month - 1, day, hour, minute)));
}

/**
 * Parses a feed date-time. With `Z` or an offset (`2027-01-12T19:00:00+01:00`) it is
 * that instant; without (`2027-01-12T19:00`) it is Amsterdam wall-clock time, correct
 * on either side of a daylight saving change (gap: one hour later; overlap: the first,
 * summer-time instant). A bare date (`2027-01-12`) is midnight in Amsterdam.
 * Returns an invalid Date (`getTime()` is NaN) for anything else.
 */
export function parseFeedDateTime(value: string): Date {
  if (typeof value !== 'string') return new Date(NaN);
  // Each session's dates are read several times per programme (next meeting, the filters'
  // days, "has it ended"): parse each distinct text once. A new Date each call, as callers
  // may keep it.
  let ms = parsedDateTimes.get(value);
  if (ms === undefined) {
    ms = parseDateTimeMs(value);
    if (parsedDateTimes.size >= PARSED_CACHE_SIZE) parsedDateTimes.clear();
    parsedDateTimes.set(value, ms);
  }
  return new Date(ms);
}

/** Feed date-times already parsed, as ms since 1970 (NaN when invalid). Bounded: cleared when full. */
const parsedDateTimes = new Map<string, number>();
const PARSED_CACHE_SIZE = 50_000;

function parseDateTimeMs(value: string): number {
  return plainDateTimeMs(value) ?? parseUncached(value).getTime();
}

/** Character codes of '0' and '9'. */
const ZERO = 48;
const NINE = 57;

/**
 * The common case, read without a regular expression: `YYYY-MM-DDTHH:MM`, Amsterdam
 * wall-clock time. Undefined for any other text (parseUncached reads it, or rejects it).
 */
function plainDateTimeMs(value: string): number | undefined {
  if (value.length !== 16) return undefined;
  const digits = (from: number, to: number): number => {
    let n = 0;
    for (let i = from; i < to; i += 1) {
      const code = value.charCodeAt(i);
      if (code < ZERO || code > NINE) return NaN;
      n = n * 10 + code - ZERO;
    }
    return n;
  };
  if (value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':') return undefined;
  const year = digits(0, 4);
  const month = digits(5, 7);
  const day = digits(8, 10);
  const hour = digits(11, 13);
  const minute = digits(14, 16);
  if ([year, month, day, hour, minute].some(Number.isNaN)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  if (hour > 23 || minute > 59) return NaN;
  return fromWallClock(Date.UTC(year, month - 1, day, hour, minute));
}

function parseUncached(value: string): Date {
  const m = DATE_TIME.exec(value.trim());
  if (!m) return new Date(NaN);
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = m;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return new Date(NaN);
  if (hour > 23 || minute > 59 || second > 59) return new Date(NaN);
  if (zone && !/^z$/i.test(zone) && zone.length === 6 && Number(zone.slice(4)) > 59) return new Date(NaN);
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  if (!zone) return new Date(fromWallClock(wallMs));
  if (/^z$/i.test(zone)) return new Date(wallMs);
  const sign = zone[0] === '-' ? -1 : 1;
  const offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * MINUTE;
  return new Date(wallMs - offset);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// ---------------------------------------------------------------------------
// Calendar days, counted as whole days since 1970-01-01 (no time zone involved)

function dayNumberOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The Amsterdam calendar day an instant falls on. */
function amsterdamDayNumber(date: Date): number {
  const w = wallClock(date.getTime());
  return dayNumberOf(w.year, w.month, w.day);
}

/** Parses `YYYY-MM-DD` into a day number; undefined when it is not a real date. */
function parseDayNumber(value: string): number | undefined {
  const m = DATE.exec(value);
  if (!m) return undefined;
  const [year, month, day] = m.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumberOf(year, month, day);
}

function weekdayOfDayNumber(dayNumber: number): Day {
  // 1970-01-01 was a Thursday.
  return WEEKDAYS[(((dayNumber + 4) % 7) + 7) % 7];
}

// ---------------------------------------------------------------------------
// Occurrences

/** A weekly rule checked and turned into numbers. */
interface Rule {
  days: Set<Day>;
  startMinutes: number;
  endMinutes: number;
  /** First and last calendar day (inclusive), as day numbers. */
  firstDay: number;
  lastDay: number;
}

/** Checks a weekly rule; undefined for one that cannot produce sensible meetings. */
function compileRule(rule: WeeklyRule | undefined): Rule | undefined {
  if (!rule || !Array.isArray(rule.days)) return undefined;
  const days = new Set(rule.days.filter((day) => WEEKDAYS.includes(day)));
  const startMinutes = parseTime(rule.start);
  const endMinutes = parseTime(rule.end);
  const firstDay = rule.from === undefined ? -Infinity : parseDayNumber(rule.from);
  const lastDay = rule.until === undefined ? Infinity : parseDayNumber(rule.until);
  if (days.size === 0 || startMinutes === undefined || endMinutes === undefined) return undefined;
  if (firstDay === undefined || lastDay === undefined || lastDay < firstDay) return undefined;
  return { days, startMinutes, endMinutes, firstDay, lastDay };
}

/** `HH:MM` as minutes after midnight; undefined when it is not a time. */
function parseTime(value: string): number | undefined {
  const m = typeof value === 'string' ? TIME.exec(value) : null;
  if (!m) return undefined;
  const [hour, minute] = [Number(m[1]), Number(m[2])];
  return hour <= 23 && minute <= 59 ? hour * 60 + minute : undefined;
}

/** The rule's meeting on a calendar day (which must be one of its days). */
function ruleOccurrence(rule: Rule, dayNumber: number): { start: Date; end?: Date } {
  const base = dayNumber * DAY_MS;
  const start = new Date(fromWallClock(base + rule.startMinutes * MINUTE));
  const end = new Date(fromWallClock(base + rule.endMinutes * MINUTE));
  // An end not after the start (bad data, or 02:00-02:30 inside the spring gap) says nothing.
  return end > start ? { start, end } : { start };
}

/** Whether the rule has a meeting that starts exactly at `start`. */
function ruleStartsAt(rule: Rule, start: Date): boolean {
  const dayNumber = amsterdamDayNumber(start);
  if (dayNumber < rule.firstDay || dayNumber > rule.lastDay) return false;
  if (!rule.days.has(weekdayOfDayNumber(dayNumber))) return false;
  return ruleOccurrence(rule, dayNumber).start.getTime() === start.getTime();
}

/** Whether an occurrence overlaps [from, to]: still running at `from`, started by `to`. */
function overlaps(occ: { start: Date; end?: Date }, from: Date, to: Date): boolean {
  if (occ.start > to) return false;
  return occ.end ? occ.end > from : occ.start >= from;
}

/**
 * Every occurrence of a schedule that overlaps [from, to], sorted by start: the dated
 * sessions plus the meetings of the weekly rule. An occurrence counts while it is
 * running (its end is after `from`; one without an end counts when it starts at or
 * after `from`) and when it starts at or before `to`.
 *
 * Weekly meetings fall on the listed weekdays of every Amsterdam calendar day from
 * the rule's `from` to its `until` (both inclusive), at the same wall-clock times on
 * both sides of a daylight saving change.
 *
 * A dated session that starts exactly when a weekly meeting does replaces that
 * meeting instead of adding a second one: one occurrence with the session's status
 * (so a cancelled session cancels the meeting), its location, and its end when it has
 * one. Cancelled occurrences are included; the caller decides how to show them.
 *
 * At most `limit` (default 500) occurrences are returned, the earliest ones. The work
 * is bounded by the days in the window and by `limit`, never by minutes, so a rule
 * without `until` and a `to` years away is cheap. Unparsable dates are skipped.
 */
export function occurrences(schedule: Schedule | undefined, options: OccurrenceOptions): Occurrence[] {
  const { from, to } = options;
  const limit =
    options.limit === undefined || Number.isNaN(options.limit)
      ? DEFAULT_LIMIT
      : Math.max(0, Math.floor(options.limit));
  if (!schedule || limit === 0 || Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from) {
    return [];
  }
  const rule = compileRule(schedule.weekly);
  const result: Occurrence[] = [];
  /** Starts (ms) of weekly meetings that a dated session replaces. */
  const replaced = new Set<number>();

  for (const session of Array.isArray(schedule.sessions) ? schedule.sessions : []) {
    const start = parseFeedDateTime(session.start);
    // A session starting after `to` cannot overlap; nor can the weekly meeting it would
    // replace, which the loop below never reaches.
    if (Number.isNaN(start.getTime()) || start > to) continue;
    const parsedEnd = session.end === undefined ? undefined : parseFeedDateTime(session.end);
    let end = parsedEnd && parsedEnd > start ? parsedEnd : undefined;
    let source: Occurrence['source'] = 'session';
    if (rule && ruleStartsAt(rule, start)) {
      replaced.add(start.getTime());
      end ??= ruleOccurrence(rule, amsterdamDayNumber(start)).end;
      source = 'weekly';
    }
    const occ: Occurrence = {
      start,
      ...(end ? { end } : {}),
      status: session.status === 'cancelled' ? 'cancelled' : 'scheduled',
      ...(session.locationId ? { locationId: session.locationId } : {}),
      source,
    };
    if (overlaps(occ, from, to)) result.push(occ);
  }

  if (rule) {
    // A weekly meeting starts and ends on the same calendar day, so one that is still
    // running at `from` starts on from's Amsterdam day at the earliest.
    const firstDay = Math.max(amsterdamDayNumber(from), rule.firstDay);
    const lastDay = Math.min(amsterdamDayNumber(to), rule.lastDay);
    let weekly = 0;
    // Every week holds at least one meeting, so `limit` ends the loop within
    // 7 * limit days even when `to` is centuries away.
    for (let dayNumber = firstDay; dayNumber <= lastDay && weekly < limit; dayNumber++) {
      if (!rule.days.has(weekdayOfDayNumber(dayNumber))) continue;
      const occ = ruleOccurrence(rule, dayNumber);
      if (replaced.has(occ.start.getTime()) || !overlaps(occ, from, to)) continue;
      result.push({ ...occ, status: 'scheduled', source: 'weekly' });
      weekly++;
    }
  }

  // Stable sort: sessions starting together keep their feed order.
  result.sort((a, b) => a.start.getTime() - b.start.getTime());
  return result.length > limit ? result.slice(0, limit) : result;
}

/** The number of dated sessions; bounds how many occurrences can be cancelled. */
function sessionCount(schedule: Schedule): number {
  return Array.isArray(schedule.sessions) ? schedule.sessions.length : 0;
}

/**
 * The first occurrence in [from, to] that is not cancelled. Only dated sessions can
 * be cancelled, so asking for one more occurrence than there are sessions is enough.
 */
function firstActive(schedule: Schedule, from: Date, to: Date): Occurrence | undefined {
  return occurrences(schedule, { from, to, limit: sessionCount(schedule) + 1 }).find(
    (occ) => occ.status !== 'cancelled',
  );
}

/**
 * The first occurrence that is not cancelled and is still running at `now` or starts
 * later, looking ahead at most 400 days. Undefined when there is none.
 */
export function nextOccurrence(schedule: Schedule | undefined, now: Date): Occurrence | undefined {
  if (!schedule) return undefined;
  return firstActive(schedule, now, new Date(now.getTime() + NEXT_LOOKAHEAD_DAYS * DAY_MS));
}

/**
 * Whether a programme's schedule is over: it has dated sessions and/or a weekly rule,
 * but no occurrence that is not cancelled is still running or upcoming.
 *
 * A weekly rule without `until` never ends. A programme without a schedule, or with
 * only a `note`, is not ended: it runs on request or continuously.
 */
export function isEnded(schedule: Schedule | undefined, now: Date): boolean {
  if (!schedule) return false;
  const rule = compileRule(schedule.weekly);
  const sessions = Array.isArray(schedule.sessions) ? schedule.sessions : [];
  if (!rule && sessions.length === 0) return false;
  if (rule && rule.lastDay === Infinity) return false;

  // Look as far as the last thing the schedule mentions, however far away that is.
  let horizon = now.getTime();
  if (rule) horizon = Math.max(horizon, (rule.lastDay + 1) * DAY_MS);
  for (const session of sessions) {
    for (const value of [session.start, session.end]) {
      const time = value === undefined ? NaN : parseFeedDateTime(value).getTime();
      if (!Number.isNaN(time)) horizon = Math.max(horizon, time);
    }
  }
  return firstActive(schedule, now, new Date(horizon)) === undefined;
}

/**
 * Whether an occurrence is running at `now`: started at or before `now` and not yet
 * ended. One without an end time is never considered running.
 */
export function isRunning(occ: Occurrence, now: Date): boolean {
  return occ.end !== undefined && occ.start <= now && now < occ.end;
}

/** The Amsterdam weekday of an instant. */
export function weekdayOf(date: Date): Day {
  return amsterdamParts(date).weekday;
}

/**
 * The part of the day of an instant, in Amsterdam time: morning before 12:00,
 * afternoon from 12:00 to 17:59, evening from 18:00.
 */
export function partOfDay(date: Date): PartOfDay {
  const { hour } = amsterdamParts(date);
  if (hour < 12) return 'morning';
  return hour < 18 ? 'afternoon' : 'evening';
}

/**
 * The weekdays (in the order they first come) and parts of the day of the meetings of a
 * schedule that has only a weekly rule, running or starting in [from, to]: the same answer as
 * listing them with {@link occurrences}, without making every meeting of a long window. Undefined
 * when that shortcut does not hold (dated sessions, which may move or cancel a meeting; a rule
 * around 02:00, where a summer-time change moves the clock): then list them.
 */
export function weeklyDaysAndParts(
  schedule: Schedule | undefined,
  from: Date,
  to: Date,
): { days: Day[]; parts: PartOfDay[] } | undefined {
  if (!schedule || sessionCount(schedule) > 0) return undefined;
  const rule = compileRule(schedule.weekly);
  if (!rule || Math.floor(rule.startMinutes / 60) === 2 || Math.floor(rule.endMinutes / 60) === 2) {
    return undefined;
  }
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from) return { days: [], parts: [] };
  const fromDay = amsterdamDayNumber(from);
  const toDay = amsterdamDayNumber(to);
  const firstDay = Math.max(fromDay, rule.firstDay);
  const lastDay = Math.min(toDay, rule.lastDay);
  const days: Day[] = [];
  // Two weeks hold every weekday of the rule that the window has, also when the first
  // day's meeting is already over; only the first and the last day can fall outside.
  for (let dayNumber = firstDay; dayNumber <= lastDay && dayNumber < firstDay + 15; dayNumber++) {
    const day = weekdayOfDayNumber(dayNumber);
    if (!rule.days.has(day) || days.includes(day)) continue;
    if (
      (dayNumber === fromDay || dayNumber === toDay) &&
      !overlaps(ruleOccurrence(rule, dayNumber), from, to)
    ) {
      continue;
    }
    days.push(day);
  }
  const hour = Math.floor(rule.startMinutes / 60);
  const part: PartOfDay = hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
  return { days, parts: days.length ? [part] : [] };
}

/** Not-cancelled occurrences running or starting in the next `days` days. */
function upcoming(schedule: Schedule | undefined, now: Date, days: number): Occurrence[] {
  if (!schedule) return [];
  const to = new Date(now.getTime() + days * DAY_MS);
  // One weekly meeting a day at most, plus every session: nothing is cut off.
  const limit = days + 1 + sessionCount(schedule);
  return occurrences(schedule, { from: now, to, limit }).filter((occ) => occ.status !== 'cancelled');
}

/**
 * The weekdays (Amsterdam) on which the schedule meets in the next 120 days,
 * cancelled occurrences left out. For the finder's day filter.
 */
export function scheduleDays(schedule: Schedule | undefined, now: Date): Set<Day> {
  return new Set(upcoming(schedule, now, FILTER_LOOKAHEAD_DAYS).map((occ) => weekdayOf(occ.start)));
}

/**
 * The parts of the day (Amsterdam, by start time) in which the schedule meets in the
 * next 120 days, cancelled occurrences left out. For the finder's part-of-day filter.
 */
export function scheduleParts(schedule: Schedule | undefined, now: Date): Set<PartOfDay> {
  return new Set(upcoming(schedule, now, FILTER_LOOKAHEAD_DAYS).map((occ) => partOfDay(occ.start)));
}
