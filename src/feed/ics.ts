/**
 * iCalendar (RFC 5545) files of a feed's upcoming meetings, for "add to my calendar"
 * in the finder and `taalwijzer export --ics`. Pure text in, text out: no DOM, no
 * dependencies, so it stays small in the browser bundle.
 *
 * What a calendar gets:
 * - every upcoming dated session as its own VEVENT; a cancelled one with
 *   `STATUS:CANCELLED`, so a calendar that already has it marks it as cancelled;
 * - a weekly rule as one VEVENT with `RRULE:FREQ=WEEKLY;BYDAY=..;UNTIL=..`, from its
 *   first upcoming meeting to its `until` (or the horizon, when it has none); a
 *   cancelled dated session on one of its meetings becomes an `EXDATE`, a changed
 *   one (other place or end) an override with `RECURRENCE-ID`;
 * - times as Amsterdam wall-clock times (`DTSTART;TZID=Europe/Amsterdam:20270112T190000`)
 *   with the Europe/Amsterdam VTIMEZONE embedded, so 19:00 stays 19:00 in summer and
 *   winter in every calendar app;
 * - stable UIDs `<programme id>-<start>@<feed host>`, so importing the file again
 *   updates events instead of doubling them.
 *
 * Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.
 */
import type { Feed, Location, Programme, Session } from './schema.js';
import { amsterdamParts, occurrences, parseFeedDateTime, TIME_ZONE } from './schedule.js';
import { pickText, sameLanguage } from './text.js';

export interface IcsOptions {
  /** Language of SUMMARY, DESCRIPTION and LOCATION (falls back like the widgets do). */
  locale: string;
  /** The moment "upcoming" is measured from; also the DTSTAMP. */
  now: Date;
  /** Address the feed was loaded from; its host names the UIDs (default `taalwijzer`). */
  url?: string;
  /** How many days ahead to look (default 365); a weekly rule without `until` ends there. */
  horizonDays?: number;
}

const DAY_MS = 86_400_000;
const DEFAULT_HORIZON_DAYS = 365;
const BYDAY: Record<string, string> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
};

/** Europe/Amsterdam since 1996: CEST from the last Sunday of March, CET from the last of October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value: backslash, `;`, `,` and line breaks; other control characters go. */
export function escapeIcsText(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
  // RFC 5545 TEXT allows no control characters but the tab.
  let result = '';
  for (const char of escaped) {
    const code = char.charCodeAt(0);
    if (code === 9 || (code >= 32 && code !== 127)) result += char;
  }
  return result;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line into lines of at most 75 octets (UTF-8), each continuation
 * starting with a space, never inside a character. Returns them joined by CRLF.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    // Continuation lines carry one leading space, so 74 octets of content.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20270112T190000`: the Amsterdam wall-clock time of an instant. */
function localStamp(date: Date): string {
  const p = amsterdamParts(date);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(date.getUTCSeconds())}`;
}

/** `20271128T083000Z`: an instant in UTC. */
function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

function isWebUrl(value: string | undefined): value is string {
  if (!value || !/^https?:\/\//i.test(value.trim()) || /[\s"<>]/.test(value.trim())) return false;
  try {
    new URL(value.trim());
    return true;
  } catch {
    return false;
  }
}

function hostOf(url: string | undefined): string {
  try {
    return (url && new URL(url).hostname) || 'taalwijzer';
  } catch {
    return 'taalwijzer';
  }
}

/** One property line, e.g. `text('SUMMARY', picked)` with a LANGUAGE parameter. */
function textProperty(name: string, text: { text: string; lang: string } | undefined): string[] {
  if (!text || text.text.trim() === '') return [];
  const lang = /^[A-Za-z0-9-]+$/.test(text.lang) ? `;LANGUAGE=${text.lang}` : '';
  return [`${name}${lang}:${escapeIcsText(text.text.trim())}`];
}

interface Context {
  feed: Feed;
  locale: string;
  now: Date;
  horizonEnd: Date;
  host: string;
  dtstamp: string;
  uids: Set<string>;
}

function uniqueUid(ctx: Context, base: string): string {
  // A feed id is any text: escaped like every TEXT value, so a line break in it cannot start
  // a line of its own (a URL or an alarm a feed smuggles into the visitor's calendar).
  const safe = escapeIcsText(base);
  let uid = `${safe}@${ctx.host}`;
  for (let n = 2; ctx.uids.has(uid); n++) uid = `${safe}-${n}@${ctx.host}`;
  ctx.uids.add(uid);
  return uid;
}

function locationLines(ctx: Context, location: Location | undefined): string[] {
  if (!location) return [];
  const name = pickText(location.name, ctx.locale);
  const address = location.address;
  const place = [address?.street, [address?.postalCode, address?.city].filter(Boolean).join(' ')]
    .map((part) => part?.trim())
    .filter(Boolean);
  const lines = textProperty(
    'LOCATION',
    name && { text: [name.text.trim(), ...place].join(', '), lang: name.lang },
  );
  if (location.geo) lines.push(`GEO:${location.geo.lat};${location.geo.lon}`);
  return lines;
}

/** What every event of a programme shares: texts, link. */
function programmeLines(ctx: Context, programme: Programme): string[] {
  const lines = textProperty('SUMMARY', pickText(programme.title, ctx.locale));
  const summary = pickText(programme.summary, ctx.locale);
  const description = pickText(programme.description, ctx.locale);
  // One language per property: the description only joins a summary written in its language.
  const body = [summary, description]
    .filter((t): t is { text: string; lang: string } => !!t)
    .filter((t, i, all) => i === 0 || sameLanguage(t.lang, all[0].lang));
  if (body.length) {
    lines.push(
      ...textProperty('DESCRIPTION', {
        text: body.map((t) => t.text.trim()).join('\n\n'),
        lang: body[0].lang,
      }),
    );
  }
  const organisation = ctx.feed.organisations.find((o) => o.id === programme.organisationId);
  const link = [programme.registration?.url, organisation?.url, ctx.feed.publisher?.url].find(isWebUrl);
  if (link) lines.push(`URL:${link.trim()}`);
  return lines;
}

function findLocation(ctx: Context, id: string | undefined): Location | undefined {
  return id === undefined ? undefined : ctx.feed.locations.find((l) => l.id === id);
}

function event(ctx: Context, lines: string[]): string[] {
  return ['BEGIN:VEVENT', ...lines, `DTSTAMP:${ctx.dtstamp}`, 'END:VEVENT'];
}

const timeLines = (start: Date, end: Date | undefined) => [
  `DTSTART;TZID=${TIME_ZONE}:${localStamp(start)}`,
  ...(end && end > start ? [`DTEND;TZID=${TIME_ZONE}:${localStamp(end)}`] : []),
];

/** The content lines (unfolded) of every event of one programme. */
function programmeEvents(ctx: Context, programme: Programme): string[] {
  const schedule = programme.schedule;
  if (!schedule) return [];
  const shared = programmeLines(ctx, programme);
  const defaultLocation = findLocation(ctx, programme.locationIds?.[0]);
  const out: string[] = [];

  // The weekly rule's meetings in the window, without the dated sessions.
  const horizonDays = Math.ceil((ctx.horizonEnd.getTime() - ctx.now.getTime()) / DAY_MS);
  const weekly = schedule.weekly
    ? occurrences({ weekly: schedule.weekly }, { from: ctx.now, to: ctx.horizonEnd, limit: horizonDays + 2 })
    : [];
  const weeklyStarts = new Set(weekly.map((occ) => occ.start.getTime()));
  const seriesUid =
    weekly.length > 0
      ? uniqueUid(
          ctx,
          `${programme.id}-${schedule.weekly!.from ? localStamp(firstMeetingOnOrAfter(programme, weekly[0].start)) : 'weekly'}`,
        )
      : '';

  const exdates: string[] = [];
  const overrides: string[] = [];
  const sessions: { session: Session; start: Date; end?: Date }[] = [];
  for (const session of schedule.sessions ?? []) {
    const start = parseFeedDateTime(session.start);
    if (Number.isNaN(start.getTime())) continue;
    const parsedEnd = session.end ? parseFeedDateTime(session.end) : undefined;
    const end = parsedEnd && parsedEnd > start ? parsedEnd : undefined;
    if ((end ?? start) < ctx.now || start > ctx.horizonEnd) continue;
    if (weeklyStarts.has(start.getTime())) {
      const meeting = weekly.find((occ) => occ.start.getTime() === start.getTime())!;
      if (session.status === 'cancelled') {
        exdates.push(localStamp(start));
      } else if (
        (session.locationId && session.locationId !== programme.locationIds?.[0]) ||
        (end && end.getTime() !== meeting.end?.getTime())
      ) {
        overrides.push(
          ...event(ctx, [
            `UID:${seriesUid}`,
            `RECURRENCE-ID;TZID=${TIME_ZONE}:${localStamp(start)}`,
            ...timeLines(start, end ?? meeting.end),
            ...shared,
            ...locationLines(ctx, findLocation(ctx, session.locationId) ?? defaultLocation),
            'STATUS:CONFIRMED',
          ]),
        );
      }
      continue;
    }
    sessions.push({ session, start, ...(end ? { end } : {}) });
  }

  if (weekly.length > 0) {
    const first = weekly[0];
    const last = weekly[weekly.length - 1];
    const days = schedule.weekly!.days.map((day) => BYDAY[day]).filter(Boolean);
    out.push(
      ...event(ctx, [
        `UID:${seriesUid}`,
        ...timeLines(first.start, first.end),
        `RRULE:FREQ=WEEKLY;BYDAY=${[...new Set(days)].join(',')};UNTIL=${utcStamp(last.start)}`,
        ...(exdates.length ? [`EXDATE;TZID=${TIME_ZONE}:${exdates.join(',')}`] : []),
        ...shared,
        ...locationLines(ctx, defaultLocation),
        'STATUS:CONFIRMED',
      ]),
      ...overrides,
    );
  }

  sessions.sort((a, b) => a.start.getTime() - b.start.getTime());
  for (const { session, start, end } of sessions) {
    out.push(
      ...event(ctx, [
        `UID:${uniqueUid(ctx, `${programme.id}-${localStamp(start)}`)}`,
        ...timeLines(start, end),
        ...shared,
        ...locationLines(ctx, findLocation(ctx, session.locationId) ?? defaultLocation),
        `STATUS:${session.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
      ]),
    );
  }
  return out;
}

/**
 * The first meeting of a weekly rule on or after its `from` date: the series keeps
 * this UID however far the calendar's first upcoming meeting moves on.
 */
function firstMeetingOnOrAfter(programme: Programme, fallback: Date): Date {
  const rule = programme.schedule!.weekly!;
  const from = parseFeedDateTime(rule.from!);
  if (Number.isNaN(from.getTime())) return fallback;
  return (
    occurrences({ weekly: rule }, { from, to: new Date(from.getTime() + 8 * DAY_MS), limit: 1 })[0]?.start ??
    fallback
  );
}

function context(feed: Feed, options: IcsOptions): Context {
  const horizonDays = options.horizonDays ?? DEFAULT_HORIZON_DAYS;
  return {
    feed,
    locale: options.locale,
    now: options.now,
    horizonEnd: new Date(options.now.getTime() + Math.max(0, horizonDays) * DAY_MS),
    host: hostOf(options.url),
    dtstamp: utcStamp(options.now),
    uids: new Set(),
  };
}

function calendar(name: string | undefined, events: string[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Taalwijzer//Taalwijzer//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(name ? [`X-WR-CALNAME:${escapeIcsText(name)}`] : []),
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    ...VTIMEZONE,
    ...events,
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** An iCalendar file with the upcoming meetings of one programme. */
export function programmeToIcs(programme: Programme, feed: Feed, options: IcsOptions): string {
  const ctx = context(feed, options);
  return calendar(pickText(programme.title, ctx.locale)?.text, programmeEvents(ctx, programme));
}

/** An iCalendar file with the upcoming meetings of every programme in the feed. */
export function feedToIcs(feed: Feed, options: IcsOptions): string {
  const ctx = context(feed, options);
  const events = feed.programmes.flatMap((programme) => programmeEvents(ctx, programme));
  return calendar(pickText(feed.publisher?.name, ctx.locale)?.text, events);
}
