import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import type { Schedule } from '../../src/feed/schema.js';
import {
  amsterdamParts,
  isEnded,
  isRunning,
  nextOccurrence,
  occurrences,
  parseFeedDateTime,
  partOfDay,
  scheduleDays,
  scheduleParts,
  TIME_ZONE,
  weekdayOf,
  weeklyDaysAndParts,
  zonedTime,
  type Occurrence,
} from '../../src/feed/schedule.js';

// "Now" and window bounds are always explicit UTC instants, never the real clock.
// Reminders: Amsterdam is UTC+1 in winter, UTC+2 in summer; summer time ends on
// Sunday 2026-10-25 (03:00 CEST -> 02:00 CET) and starts on Sunday 2027-03-28
// (02:00 CET -> 03:00 CEST). 2027-01-12 and 2027-07-13 are Tuesdays.
const utc = (iso: string) => new Date(iso);
const iso = (date: Date | undefined) => date?.toISOString();
const starts = (list: Occurrence[]) => list.map((occ) => occ.start.toISOString());

/** Tuesday 19:00-21:00, three weeks in January 2027. */
const januaryTuesdays = (): Schedule => ({
  weekly: { days: ['tue'], start: '19:00', end: '21:00', from: '2027-01-12', until: '2027-01-26' },
});
const wholeJanuary = { from: utc('2027-01-01T00:00:00Z'), to: utc('2027-02-01T00:00:00Z') };

describe('schedule', () => {
  it('works in Europe/Amsterdam', () => {
    expect(TIME_ZONE).to.equal('Europe/Amsterdam');
  });

  describe('parseFeedDateTime', () => {
    it('takes a Z time as UTC', () => {
      expect(iso(parseFeedDateTime('2027-01-12T19:00Z'))).to.equal('2027-01-12T19:00:00.000Z');
      expect(iso(parseFeedDateTime('2027-07-13T19:00:00Z'))).to.equal('2027-07-13T19:00:00.000Z');
    });

    it('takes a time with an offset as that instant', () => {
      expect(iso(parseFeedDateTime('2027-01-12T19:00:00+01:00'))).to.equal('2027-01-12T18:00:00.000Z');
      expect(iso(parseFeedDateTime('2027-07-13T19:00+02:00'))).to.equal('2027-07-13T17:00:00.000Z');
      expect(iso(parseFeedDateTime('2027-01-12T19:00:00-05:00'))).to.equal('2027-01-13T00:00:00.000Z');
      expect(iso(parseFeedDateTime('2027-01-12T19:00:00+05:30'))).to.equal('2027-01-12T13:30:00.000Z');
    });

    it('reads a time without offset as Amsterdam winter time (+01:00)', () => {
      expect(iso(parseFeedDateTime('2027-01-12T19:00'))).to.equal('2027-01-12T18:00:00.000Z');
      expect(iso(parseFeedDateTime('2027-01-12T19:00:30'))).to.equal('2027-01-12T18:00:30.000Z');
      expect(iso(parseFeedDateTime('2027-01-01T00:30'))).to.equal('2026-12-31T23:30:00.000Z');
    });

    it('reads a time without offset as Amsterdam summer time (+02:00)', () => {
      expect(iso(parseFeedDateTime('2027-07-13T19:00'))).to.equal('2027-07-13T17:00:00.000Z');
      expect(iso(parseFeedDateTime('2027-07-13T19:00:00.250'))).to.equal('2027-07-13T17:00:00.250Z');
    });

    it('reads a bare date as midnight in Amsterdam', () => {
      expect(iso(parseFeedDateTime('2027-07-13'))).to.equal('2027-07-12T22:00:00.000Z');
    });

    it('gives an invalid Date for text that is not a date-time', () => {
      expect(parseFeedDateTime('next Tuesday').getTime()).to.be.NaN;
      expect(parseFeedDateTime('2027-02-30T19:00').getTime()).to.be.NaN;
      expect(parseFeedDateTime('2027-01-12T24:00').getTime()).to.be.NaN;
      expect(parseFeedDateTime('').getTime()).to.be.NaN;
      // The shape of the common form, with something wrong in it
      expect(parseFeedDateTime('2027-1a-12T19:00').getTime()).to.be.NaN;
      expect(parseFeedDateTime('2027-01-12T19:60').getTime()).to.be.NaN;
      expect(parseFeedDateTime('2027-02-29T10:00').getTime()).to.be.NaN;
      expect(parseFeedDateTime('2027-00-12T10:00').getTime()).to.be.NaN;
      expect(parseFeedDateTime('2027/01/12T19:00').getTime()).to.be.NaN;
    });

    it('reads the common form YYYY-MM-DDTHH:MM exactly as the long form, every day of three years', () => {
      // The short form has a path of its own, and offsets are looked up per four weeks:
      // both are checked here against the long form and against Intl's own Amsterdam clock.
      const wall = new Intl.DateTimeFormat('en-CA', {
        timeZone: TIME_ZONE,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
      const shown = (date: Date) => wall.format(date).replace(', ', 'T');
      expect(iso(parseFeedDateTime('2028-02-29T10:00'))).to.equal('2028-02-29T09:00:00.000Z');
      expect(iso(parseFeedDateTime('2027-01-12t19:00'))).to.equal('2027-01-12T18:00:00.000Z');
      const mismatches: string[] = [];
      for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2029, 0, 1); day += 86_400_000) {
        const date = new Date(day).toISOString().slice(0, 10);
        for (const time of ['00:30', '02:30', '03:30', '12:00', '23:59']) {
          const short = parseFeedDateTime(`${date}T${time}`);
          const long = parseFeedDateTime(`${date}T${time}:00`);
          const inGap = time === '02:30' && shown(short) === `${date}T03:30`;
          if (short.getTime() !== long.getTime()) mismatches.push(`${date}T${time}: short and long differ`);
          else if (!inGap && shown(short) !== `${date}T${time}`)
            mismatches.push(`${date}T${time}: ${shown(short)}`);
        }
      }
      expect(mismatches).to.deep.equal([]);
    });

    it('moves a time in the spring-forward gap one hour later (2027-03-28)', () => {
      // 02:00-02:59 does not exist that night; 02:30 becomes 03:30 CEST.
      const gap = parseFeedDateTime('2027-03-28T02:30');
      expect(iso(gap)).to.equal('2027-03-28T01:30:00.000Z');
      expect(amsterdamParts(gap)).to.include({ day: 28, hour: 3, minute: 30 });
      expect(iso(parseFeedDateTime('2027-03-28T01:59'))).to.equal('2027-03-28T00:59:00.000Z');
      expect(iso(parseFeedDateTime('2027-03-28T03:00'))).to.equal('2027-03-28T01:00:00.000Z');
      expect(iso(parseFeedDateTime('2027-03-28T19:00'))).to.equal('2027-03-28T17:00:00.000Z');
    });

    it('takes the first (summer time) instant in the autumn overlap (2026-10-25)', () => {
      // 02:00-02:59 happens twice that night: first at +02:00, then at +01:00.
      expect(iso(parseFeedDateTime('2026-10-25T02:30'))).to.equal('2026-10-25T00:30:00.000Z');
      expect(iso(parseFeedDateTime('2026-10-25T01:30'))).to.equal('2026-10-24T23:30:00.000Z');
      expect(iso(parseFeedDateTime('2026-10-25T03:30'))).to.equal('2026-10-25T02:30:00.000Z');
      expect(iso(parseFeedDateTime('2026-10-25T19:00'))).to.equal('2026-10-25T18:00:00.000Z');
      // An explicit offset still picks the second 02:30.
      expect(iso(parseFeedDateTime('2026-10-25T02:30+01:00'))).to.equal('2026-10-25T01:30:00.000Z');
    });
  });

  describe('amsterdamParts and zonedTime', () => {
    it('gives the Amsterdam date, time and weekday of an instant', () => {
      expect(amsterdamParts(utc('2027-01-12T18:05:00Z'))).to.deep.equal({
        year: 2027,
        month: 1,
        day: 12,
        hour: 19,
        minute: 5,
        weekday: 'tue',
      });
      expect(amsterdamParts(utc('2027-07-13T17:00:00Z'))).to.include({
        month: 7,
        hour: 19,
        weekday: 'tue',
      });
    });

    it('crosses midnight in Amsterdam before it does in UTC', () => {
      expect(amsterdamParts(utc('2026-12-31T23:30:00Z'))).to.deep.equal({
        year: 2027,
        month: 1,
        day: 1,
        hour: 0,
        minute: 30,
        weekday: 'fri',
      });
    });

    it('tells the two 02:30s of the autumn overlap apart', () => {
      expect(amsterdamParts(utc('2026-10-25T00:30:00Z'))).to.include({ hour: 2, minute: 30 });
      expect(amsterdamParts(utc('2026-10-25T01:30:00Z'))).to.include({ hour: 2, minute: 30 });
      expect(amsterdamParts(utc('2026-10-25T02:30:00Z'))).to.include({ hour: 3, minute: 30 });
    });

    it('turns Amsterdam wall-clock time into the right instant in winter, summer and on change days', () => {
      expect(iso(zonedTime(2027, 1, 12, 19, 0))).to.equal('2027-01-12T18:00:00.000Z');
      expect(iso(zonedTime(2027, 7, 13, 19, 0))).to.equal('2027-07-13T17:00:00.000Z');
      expect(iso(zonedTime(2027, 3, 28, 2, 30))).to.equal('2027-03-28T01:30:00.000Z');
      expect(iso(zonedTime(2026, 10, 25, 2, 30))).to.equal('2026-10-25T00:30:00.000Z');
    });

    it('rolls over out-of-range days like Date.UTC', () => {
      expect(iso(zonedTime(2027, 1, 32, 9, 0))).to.equal('2027-02-01T08:00:00.000Z');
    });
  });

  describe('occurrences', () => {
    it('keeps a weekly Tuesday 19:00-21:00 at 19:00 local across the end of summer time', () => {
      const schedule: Schedule = { weekly: { days: ['tue'], start: '19:00', end: '21:00' } };
      const list = occurrences(schedule, {
        from: utc('2026-10-12T00:00:00Z'),
        to: utc('2026-11-04T00:00:00Z'),
      });
      // Oct 13 and 20 in CEST (UTC 17:00), Oct 27 and Nov 3 in CET (UTC 18:00).
      expect(starts(list)).to.deep.equal([
        '2026-10-13T17:00:00.000Z',
        '2026-10-20T17:00:00.000Z',
        '2026-10-27T18:00:00.000Z',
        '2026-11-03T18:00:00.000Z',
      ]);
      expect(list.map((occ) => occ.start.getUTCHours())).to.deep.equal([17, 17, 18, 18]);
      expect(list.map((occ) => occ.end?.getUTCHours())).to.deep.equal([19, 19, 20, 20]);
      expect(list.map((occ) => amsterdamParts(occ.start).hour)).to.deep.equal([19, 19, 19, 19]);
      expect(list.every((occ) => occ.source === 'weekly' && occ.status === 'scheduled')).to.equal(true);
    });

    it('keeps a weekly meeting at 19:00 local across the start of summer time', () => {
      const schedule: Schedule = { weekly: { days: ['tue'], start: '19:00', end: '21:00' } };
      const list = occurrences(schedule, {
        from: utc('2027-03-22T00:00:00Z'),
        to: utc('2027-04-01T00:00:00Z'),
      });
      expect(starts(list)).to.deep.equal(['2027-03-23T18:00:00.000Z', '2027-03-30T17:00:00.000Z']);
    });

    it('includes both the from and the until day of a weekly rule', () => {
      expect(starts(occurrences(januaryTuesdays(), wholeJanuary))).to.deep.equal([
        '2027-01-12T18:00:00.000Z',
        '2027-01-19T18:00:00.000Z',
        '2027-01-26T18:00:00.000Z',
      ]);
    });

    it('leaves out the days before from and after until', () => {
      const schedule: Schedule = {
        weekly: {
          days: ['tue'],
          start: '19:00',
          end: '21:00',
          from: '2027-01-13',
          until: '2027-01-25',
        },
      };
      expect(starts(occurrences(schedule, wholeJanuary))).to.deep.equal(['2027-01-19T18:00:00.000Z']);
    });

    it('meets on every listed weekday', () => {
      const schedule: Schedule = {
        weekly: {
          days: ['mon', 'thu'],
          start: '09:30',
          end: '11:00',
          from: '2027-01-11',
          until: '2027-01-18',
        },
      };
      expect(starts(occurrences(schedule, wholeJanuary))).to.deep.equal([
        '2027-01-11T08:30:00.000Z',
        '2027-01-14T08:30:00.000Z',
        '2027-01-18T08:30:00.000Z',
      ]);
    });

    it('counts an occurrence that is still running at from, but not one that just ended', () => {
      const running = occurrences(januaryTuesdays(), {
        from: utc('2027-01-12T19:30:00Z'),
        to: wholeJanuary.to,
      });
      expect(iso(running[0]?.start)).to.equal('2027-01-12T18:00:00.000Z');
      const ended = occurrences(januaryTuesdays(), {
        from: utc('2027-01-12T20:00:00Z'),
        to: wholeJanuary.to,
      });
      expect(iso(ended[0]?.start)).to.equal('2027-01-19T18:00:00.000Z');
    });

    it('includes an occurrence starting exactly at to, not one starting after it', () => {
      const window = { from: wholeJanuary.from, to: utc('2027-01-19T18:00:00Z') };
      expect(occurrences(januaryTuesdays(), window)).to.have.length(2);
      const earlier = { from: wholeJanuary.from, to: utc('2027-01-19T17:59:00Z') };
      expect(occurrences(januaryTuesdays(), earlier)).to.have.length(1);
    });

    it('counts a session without an end only from its start on', () => {
      const schedule: Schedule = { sessions: [{ start: '2027-01-12T19:00' }] };
      const atStart = occurrences(schedule, {
        from: utc('2027-01-12T18:00:00Z'),
        to: wholeJanuary.to,
      });
      expect(atStart).to.have.length(1);
      expect(atStart[0].end).to.equal(undefined);
      expect(
        occurrences(schedule, { from: utc('2027-01-12T18:01:00Z'), to: wholeJanuary.to }),
      ).to.have.length(0);
    });

    it('sorts dated sessions between weekly meetings and keeps their details', () => {
      const schedule: Schedule = {
        ...januaryTuesdays(),
        sessions: [
          { start: '2027-01-23T10:00', end: '2027-01-23T12:00', locationId: 'bieb-centrum' },
          { start: '2027-01-14T14:00:00+01:00' },
        ],
      };
      const list = occurrences(schedule, wholeJanuary);
      expect(starts(list)).to.deep.equal([
        '2027-01-12T18:00:00.000Z',
        '2027-01-14T13:00:00.000Z',
        '2027-01-19T18:00:00.000Z',
        '2027-01-23T09:00:00.000Z',
        '2027-01-26T18:00:00.000Z',
      ]);
      expect(list[3]).to.deep.equal({
        start: utc('2027-01-23T09:00:00Z'),
        end: utc('2027-01-23T11:00:00Z'),
        status: 'scheduled',
        locationId: 'bieb-centrum',
        source: 'session',
      });
      expect(list[1].source).to.equal('session');
    });

    it('lets a cancelled session cancel the weekly meeting that starts at the same time', () => {
      const schedule: Schedule = {
        ...januaryTuesdays(),
        sessions: [{ start: '2027-01-19T19:00', status: 'cancelled' }],
      };
      const list = occurrences(schedule, wholeJanuary);
      expect(list).to.have.length(3);
      expect(list.map((occ) => occ.status)).to.deep.equal(['scheduled', 'cancelled', 'scheduled']);
      expect(list[1].source).to.equal('weekly');
      expect(iso(list[1].end)).to.equal('2027-01-19T20:00:00.000Z');
    });

    it('matches a cancellation written with an offset to the weekly meeting', () => {
      const schedule: Schedule = {
        ...januaryTuesdays(),
        sessions: [{ start: '2027-01-19T18:00:00Z', status: 'cancelled' }],
      };
      expect(occurrences(schedule, wholeJanuary).map((occ) => occ.status)).to.deep.equal([
        'scheduled',
        'cancelled',
        'scheduled',
      ]);
    });

    it('keeps a cancelled session at another time as an extra, cancelled occurrence', () => {
      const schedule: Schedule = {
        ...januaryTuesdays(),
        sessions: [{ start: '2027-01-19T20:00', status: 'cancelled' }],
      };
      const list = occurrences(schedule, wholeJanuary);
      expect(list).to.have.length(4);
      expect(list.map((occ) => `${occ.source}:${occ.status}`)).to.deep.equal([
        'weekly:scheduled',
        'weekly:scheduled',
        'session:cancelled',
        'weekly:scheduled',
      ]);
    });

    it('lets a scheduled session at the weekly time change that meeting instead of doubling it', () => {
      const schedule: Schedule = {
        ...januaryTuesdays(),
        sessions: [{ start: '2027-01-19T19:00', end: '2027-01-19T22:00', locationId: 'bieb-west' }],
      };
      const list = occurrences(schedule, wholeJanuary);
      expect(list).to.have.length(3);
      expect(list[1]).to.deep.equal({
        start: utc('2027-01-19T18:00:00Z'),
        end: utc('2027-01-19T21:00:00Z'),
        status: 'scheduled',
        locationId: 'bieb-west',
        source: 'weekly',
      });
    });

    it('returns at most limit occurrences, the earliest ones', () => {
      const daily: Schedule = {
        weekly: {
          days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
          start: '19:00',
          end: '20:00',
        },
        sessions: [{ start: '2027-01-02T10:00' }, { start: '2027-01-04T10:00' }],
      };
      const list = occurrences(daily, {
        from: wholeJanuary.from,
        to: utc('2127-01-01T00:00:00Z'),
        limit: 4,
      });
      expect(starts(list)).to.deep.equal([
        '2027-01-01T18:00:00.000Z',
        '2027-01-02T09:00:00.000Z',
        '2027-01-02T18:00:00.000Z',
        '2027-01-03T18:00:00.000Z',
      ]);
      expect(occurrences(daily, { ...wholeJanuary, limit: 0 })).to.deep.equal([]);
    });

    it('stops at 500 by default for a rule without until and a window thousands of years long', () => {
      const daily: Schedule = {
        weekly: {
          days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
          start: '19:00',
          end: '20:00',
        },
      };
      const list = occurrences(daily, { from: wholeJanuary.from, to: utc('9999-12-31T00:00:00Z') });
      expect(list).to.have.length(500);
      // The 500th day from 2027-01-01 is 2028-05-14, in summer time.
      expect(iso(list[499].start)).to.equal('2028-05-14T17:00:00.000Z');
    });

    it('is empty without a schedule, with only a note, or for a window that ends before it starts', () => {
      expect(occurrences(undefined, wholeJanuary)).to.deep.equal([]);
      expect(occurrences({ note: 'Op afspraak' }, wholeJanuary)).to.deep.equal([]);
      expect(occurrences(januaryTuesdays(), { from: wholeJanuary.to, to: wholeJanuary.from })).to.deep.equal(
        [],
      );
    });

    it('skips a session whose start cannot be read', () => {
      const schedule: Schedule = { sessions: [{ start: 'soon' }, { start: '2027-01-12T19:00' }] };
      expect(starts(occurrences(schedule, wholeJanuary))).to.deep.equal(['2027-01-12T18:00:00.000Z']);
    });
  });

  describe('nextOccurrence', () => {
    it('skips a cancelled session', () => {
      const schedule: Schedule = {
        sessions: [
          { start: '2027-01-12T19:00', status: 'cancelled' },
          { start: '2027-01-14T19:00', end: '2027-01-14T21:00' },
        ],
      };
      expect(iso(nextOccurrence(schedule, utc('2027-01-10T12:00:00Z'))?.start)).to.equal(
        '2027-01-14T18:00:00.000Z',
      );
    });

    it('skips a cancelled weekly meeting', () => {
      const schedule: Schedule = {
        ...januaryTuesdays(),
        sessions: [{ start: '2027-01-19T19:00', status: 'cancelled' }],
      };
      expect(iso(nextOccurrence(schedule, utc('2027-01-13T12:00:00Z'))?.start)).to.equal(
        '2027-01-26T18:00:00.000Z',
      );
    });

    it('counts a session that is running now as next', () => {
      const schedule: Schedule = {
        sessions: [
          { start: '2027-01-12T19:00', end: '2027-01-12T21:00' },
          { start: '2027-01-14T19:00', end: '2027-01-14T21:00' },
        ],
      };
      const now = utc('2027-01-12T19:30:00Z'); // 20:30 in Amsterdam
      const next = nextOccurrence(schedule, now);
      expect(iso(next?.start)).to.equal('2027-01-12T18:00:00.000Z');
      expect(next && isRunning(next, now)).to.equal(true);
      // Once it has ended, the next one is the Thursday.
      expect(iso(nextOccurrence(schedule, utc('2027-01-12T20:00:00Z'))?.start)).to.equal(
        '2027-01-14T18:00:00.000Z',
      );
    });

    it('finds next week after this week’s meeting has ended', () => {
      const schedule: Schedule = { weekly: { days: ['tue'], start: '19:00', end: '21:00' } };
      expect(iso(nextOccurrence(schedule, utc('2027-01-12T20:30:00Z'))?.start)).to.equal(
        '2027-01-19T18:00:00.000Z',
      );
    });

    it('is undefined when everything is past, cancelled or more than 400 days away', () => {
      const now = utc('2027-02-01T00:00:00Z');
      expect(nextOccurrence(januaryTuesdays(), now)).to.equal(undefined);
      expect(
        nextOccurrence({ sessions: [{ start: '2027-03-01T19:00', status: 'cancelled' }] }, now),
      ).to.equal(undefined);
      expect(nextOccurrence({ sessions: [{ start: '2029-01-01T19:00' }] }, now)).to.equal(undefined);
      expect(nextOccurrence(undefined, now)).to.equal(undefined);
    });
  });

  describe('isEnded', () => {
    const now = utc('2027-02-01T12:00:00Z');

    it('is true when every session is past', () => {
      const schedule: Schedule = {
        sessions: [{ start: '2027-01-12T19:00', end: '2027-01-12T21:00' }, { start: '2027-01-20T10:00' }],
      };
      expect(isEnded(schedule, now)).to.equal(true);
    });

    it('is false while a session is upcoming or still running', () => {
      expect(isEnded({ sessions: [{ start: '2027-02-03T19:00' }] }, now)).to.equal(false);
      const running: Schedule = {
        sessions: [{ start: '2027-02-01T12:00', end: '2027-02-01T15:00' }],
      };
      expect(isEnded(running, now)).to.equal(false);
    });

    it('is true when the only upcoming session is cancelled', () => {
      expect(isEnded({ sessions: [{ start: '2027-02-03T19:00', status: 'cancelled' }] }, now)).to.equal(true);
    });

    it('is false for a session years away, beyond what nextOccurrence looks at', () => {
      expect(isEnded({ sessions: [{ start: '2030-09-01T19:00' }] }, now)).to.equal(false);
    });

    it('is true when the weekly rule’s until is past', () => {
      expect(isEnded(januaryTuesdays(), now)).to.equal(true);
    });

    it('ends a weekly rule when its last meeting ends, not at midnight', () => {
      expect(isEnded(januaryTuesdays(), utc('2027-01-26T19:30:00Z'))).to.equal(false);
      expect(isEnded(januaryTuesdays(), utc('2027-01-26T20:00:00Z'))).to.equal(true);
    });

    it('is true when the remaining weekly meetings are all cancelled', () => {
      const schedule: Schedule = {
        ...januaryTuesdays(),
        sessions: [{ start: '2027-01-26T19:00', status: 'cancelled' }],
      };
      expect(isEnded(schedule, utc('2027-01-20T12:00:00Z'))).to.equal(true);
      expect(isEnded(schedule, utc('2027-01-19T12:00:00Z'))).to.equal(false);
    });

    it('is false for a past until when a dated session is still to come', () => {
      const schedule: Schedule = {
        ...januaryTuesdays(),
        sessions: [{ start: '2027-03-02T19:00' }],
      };
      expect(isEnded(schedule, now)).to.equal(false);
    });

    it('never ends a weekly rule without until', () => {
      const schedule: Schedule = {
        weekly: { days: ['wed'], start: '10:00', end: '12:00', from: '2020-01-01' },
      };
      expect(isEnded(schedule, now)).to.equal(false);
      expect(isEnded(schedule, utc('2099-06-01T00:00:00Z'))).to.equal(false);
    });

    it('is false without a schedule, with only a note, or with no sessions', () => {
      expect(isEnded(undefined, now)).to.equal(false);
      expect(isEnded({ note: 'Op afspraak, bel de bibliotheek' }, now)).to.equal(false);
      expect(isEnded({ sessions: [] }, now)).to.equal(false);
    });
  });

  describe('isRunning', () => {
    const occ: Occurrence = {
      start: utc('2027-01-12T18:00:00Z'),
      end: utc('2027-01-12T20:00:00Z'),
      status: 'scheduled',
      source: 'session',
    };

    it('is true from the start up to (not including) the end', () => {
      expect(isRunning(occ, utc('2027-01-12T17:59:00Z'))).to.equal(false);
      expect(isRunning(occ, utc('2027-01-12T18:00:00Z'))).to.equal(true);
      expect(isRunning(occ, utc('2027-01-12T19:59:00Z'))).to.equal(true);
      expect(isRunning(occ, utc('2027-01-12T20:00:00Z'))).to.equal(false);
    });

    it('is false for an occurrence without an end', () => {
      expect(isRunning({ ...occ, end: undefined }, utc('2027-01-12T18:30:00Z'))).to.equal(false);
    });
  });

  describe('weekdayOf and partOfDay', () => {
    it('gives the Amsterdam weekday, which changes an hour or two before UTC’s', () => {
      expect(weekdayOf(utc('2027-01-12T22:59:00Z'))).to.equal('tue');
      expect(weekdayOf(utc('2027-01-12T23:30:00Z'))).to.equal('wed');
      expect(weekdayOf(utc('2027-07-13T21:59:00Z'))).to.equal('tue');
      expect(weekdayOf(utc('2027-07-13T22:30:00Z'))).to.equal('wed');
    });

    it('splits the day at 12:00 and 18:00 Amsterdam time', () => {
      expect(partOfDay(zonedTime(2027, 1, 12, 0, 0))).to.equal('morning');
      expect(partOfDay(zonedTime(2027, 1, 12, 11, 59))).to.equal('morning');
      expect(partOfDay(zonedTime(2027, 1, 12, 12, 0))).to.equal('afternoon');
      expect(partOfDay(zonedTime(2027, 1, 12, 17, 59))).to.equal('afternoon');
      expect(partOfDay(zonedTime(2027, 1, 12, 18, 0))).to.equal('evening');
      expect(partOfDay(zonedTime(2027, 1, 12, 23, 59))).to.equal('evening');
    });

    it('uses Amsterdam time, not UTC', () => {
      // 10:30 UTC is 12:30 in Amsterdam in summer; 16:30 UTC is 17:30 in winter.
      expect(partOfDay(utc('2027-07-13T10:30:00Z'))).to.equal('afternoon');
      expect(partOfDay(utc('2027-01-12T16:30:00Z'))).to.equal('afternoon');
      expect(partOfDay(utc('2027-07-13T16:30:00Z'))).to.equal('evening');
    });
  });

  describe('scheduleDays and scheduleParts', () => {
    const now = utc('2027-01-10T12:00:00Z'); // a Sunday
    const schedule: Schedule = {
      weekly: { days: ['mon', 'thu'], start: '09:30', end: '11:00', until: '2027-12-31' },
      sessions: [
        { start: '2027-01-16T14:00', end: '2027-01-16T16:00' }, // Saturday afternoon
        { start: '2027-01-15T19:00', status: 'cancelled' }, // Friday evening, cancelled
        { start: '2027-01-03T19:00' }, // Sunday, past
        { start: '2027-06-02T19:00' }, // Wednesday, more than 120 days away
      ],
    };

    it('lists the weekdays of upcoming, not cancelled occurrences in the next 120 days', () => {
      expect([...scheduleDays(schedule, now)].sort()).to.deep.equal(['mon', 'sat', 'thu']);
    });

    it('lists the parts of the day of those occurrences', () => {
      expect([...scheduleParts(schedule, now)].sort()).to.deep.equal(['afternoon', 'morning']);
    });

    it('uses the Amsterdam weekday and time of a session given in UTC', () => {
      const late: Schedule = { sessions: [{ start: '2027-01-12T23:30:00Z' }] };
      expect([...scheduleDays(late, now)]).to.deep.equal(['wed']);
      expect([...scheduleParts(late, now)]).to.deep.equal(['morning']);
    });

    it('is empty when nothing meets in the next 120 days', () => {
      const later: Schedule = {
        weekly: { days: ['tue'], start: '19:00', end: '21:00', from: '2027-06-01' },
      };
      expect(scheduleDays(later, now).size).to.equal(0);
      expect(scheduleParts(later, now).size).to.equal(0);
      expect(scheduleDays(undefined, now).size).to.equal(0);
      expect(scheduleDays({ note: 'Op afspraak' }, now).size).to.equal(0);
    });

    it('leaves out a weekday whose only meeting is cancelled', () => {
      const once: Schedule = {
        weekly: { days: ['tue', 'fri'], start: '19:00', end: '21:00', until: '2027-01-15' },
        sessions: [{ start: '2027-01-15T19:00', status: 'cancelled' }],
      };
      expect([...scheduleDays(once, now)]).to.deep.equal(['tue']);
    });
  });
});

describe('weeklyDaysAndParts: the shortcut for a weekly rule alone', () => {
  const DAYS_OF_WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  /** What listing every meeting gives: the reference the shortcut must match. */
  function listed(schedule: Schedule, from: Date, to: Date) {
    const active = occurrences(schedule, { from, to, limit: 1000 }).filter((o) => o.status !== 'cancelled');
    return {
      days: [...new Set(active.map((o) => weekdayOf(o.start)))],
      parts: [...new Set(active.map((o) => partOfDay(o.start)))],
    };
  }

  it('gives the same days, in the same order, and parts as listing the meetings, across rules, windows and summer time', () => {
    const nows = [
      '2026-11-28T11:00:00Z', // a Saturday
      '2026-11-30T09:45:00Z', // Monday, while a 10:00-11:00 (Dutch time) meeting runs
      '2026-11-30T10:30:00Z', // Monday, just after it ended
      '2027-03-27T23:30:00Z', // the night summer time starts
      '2027-10-30T22:00:00Z', // the night it ends
      '2027-06-15T21:59:00Z',
    ].map((t) => new Date(t));
    const times = [
      ['00:00', '01:00'],
      ['06:30', '08:00'],
      ['10:00', '11:00'],
      ['11:59', '12:30'],
      ['12:00', '11:00'], // an end before the start says nothing
      ['17:59', '19:00'],
      ['18:00', '21:00'],
      ['23:30', '23:59'],
    ];
    const dayLists = [['mon'], ['tue', 'thu'], ['sat', 'sun'], [...DAYS_OF_WEEK], ['wed', 'fri', 'mon']];
    const spans = [1, 3, 6, 8, 15, 120].map((days) => days * 86_400_000);
    let compared = 0;
    for (const now of nows) {
      const today = now.toISOString().slice(0, 10);
      const inDays = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString().slice(0, 10);
      const bounds: [string | undefined, string | undefined][] = [
        [undefined, undefined],
        [today, undefined],
        [undefined, today],
        [inDays(2), inDays(9)],
        [inDays(-30), inDays(-1)],
        [inDays(100), undefined],
      ];
      for (const [start, end] of times) {
        for (const days of dayLists) {
          for (const [ruleFrom, until] of bounds) {
            const schedule = {
              weekly: {
                days,
                start,
                end,
                ...(ruleFrom ? { from: ruleFrom } : {}),
                ...(until ? { until } : {}),
              },
            } as Schedule;
            for (const span of spans) {
              const to = new Date(now.getTime() + span);
              const label = `${JSON.stringify(schedule.weekly)} from ${now.toISOString()} for ${span / 86_400_000} days`;
              expect(weeklyDaysAndParts(schedule, now, to), label).to.deep.equal(listed(schedule, now, to));
              compared += 1;
            }
          }
        }
      }
    }
    expect(compared).to.equal(6 * 8 * 5 * 6 * 6);
  });

  it('leaves dated sessions and rules around 02:00 (summer-time changes) to the full listing', () => {
    const now = new Date('2026-11-28T11:00:00Z');
    const to = new Date('2027-03-28T11:00:00Z');
    const withSession = {
      weekly: { days: ['mon'], start: '10:00', end: '11:00' },
      sessions: [{ start: '2026-11-30T10:00', status: 'cancelled' }],
    } as Schedule;
    expect(weeklyDaysAndParts(withSession, now, to)).to.equal(undefined);
    const atTwo = { weekly: { days: ['sun'], start: '02:30', end: '03:30' } } as Schedule;
    expect(weeklyDaysAndParts(atTwo, now, to)).to.equal(undefined);
    expect(weeklyDaysAndParts({ note: 'op afspraak' } as Schedule, now, to)).to.equal(undefined);
  });
});
