import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { escapeIcsText, feedToIcs, foldIcsLine, programmeToIcs } from '../../src/feed/ics.js';
import type { Feed, Programme } from '../../src/feed/schema.js';

// Amsterdam is UTC+1 in winter and UTC+2 in summer; summer time starts on Sunday
// 2027-03-28. 2027-01-12 and 2027-07-13 are Tuesdays. "Now" is always explicit.
const NOW = new Date('2026-11-28T09:00:00Z');

const programme = (overrides: Partial<Programme> = {}): Programme => ({
  id: 'taalcafe',
  title: { nl: 'Taalcafé', en: 'Language café', ar: 'مقهى اللغة' },
  kind: 'language-cafe',
  learning: 'informal',
  domains: ['leisure-social'],
  format: 'in-person',
  cost: { free: true },
  locationIds: ['bieb'],
  ...overrides,
});

const feed = (programmes: Programme[], overrides: Partial<Feed> = {}): Feed => ({
  feedVersion: 1,
  publisher: { name: 'Taalhuis Zutphen', url: 'https://www.bibliotheek-voorbeeld.nl/taalhuis' },
  organisations: [],
  locations: [
    {
      id: 'bieb',
      name: 'Bibliotheek Zutphen',
      address: { street: "'s-Gravenhof 6", postalCode: '7201 DN', city: 'Zutphen' },
      geo: { lat: 52.1396, lon: 6.1961 },
    },
    { id: 'warnsveld', name: 'Bibliotheek Warnsveld', address: { city: 'Warnsveld' } },
  ],
  programmes,
  volunteerRoles: [],
  goals: [],
  ...overrides,
});

const options = { locale: 'nl', now: NOW };

/** The content lines, unfolded. */
const lines = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');
/** The VEVENT blocks, each as its unfolded lines. */
function events(ics: string): string[][] {
  const result: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines(ics)) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT') {
      result.push(current!);
      current = undefined;
    } else current?.push(line);
  }
  return result;
}
const prop = (event: string[], name: string) =>
  event.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

describe('ics', () => {
  describe('escapeIcsText', () => {
    it('escapes backslashes, semicolons, commas and line breaks', () => {
      expect(escapeIcsText('Koffie, thee; en \\ meer\r\nregel 2\nregel 3')).to.equal(
        'Koffie\\, thee\\; en \\\\ meer\\nregel 2\\nregel 3',
      );
      expect(escapeIcsText('Taal\u0007café\tkoffie')).to.equal('Taalcafé\tkoffie');
    });
  });

  describe('foldIcsLine', () => {
    it('leaves a line of 75 octets alone and folds the 76th onto a line starting with a space', () => {
      expect(foldIcsLine('x'.repeat(75))).to.equal('x'.repeat(75));
      expect(foldIcsLine('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
    });

    it('never splits a multibyte character and keeps every physical line within 75 octets', () => {
      const encoder = new TextEncoder();
      const decoder = new TextDecoder('utf-8', { fatal: true });
      // Arabic (2 octets), Tigrinya (3 octets) and an emoji (4 octets), at every offset.
      for (let prefix = 0; prefix < 4; prefix++) {
        const line = `DESCRIPTION:${'a'.repeat(prefix)}${'مقهى اللغة ካፈ ቋንቋ 👋 '.repeat(12)}`;
        const folded = foldIcsLine(line);
        const physical = folded.split('\r\n');
        expect(physical.length).to.be.greaterThan(3);
        for (const part of physical) {
          const bytes = encoder.encode(part);
          expect(bytes.length).to.be.at.most(75);
          expect(() => decoder.decode(bytes), part).not.to.throw();
        }
        physical.slice(1).forEach((part) => expect(part.startsWith(' ')).to.equal(true));
        expect(folded.replace(/\r\n /g, '')).to.equal(line);
      }
    });
  });

  describe('programmeToIcs', () => {
    it('is one VCALENDAR with CRLF line endings, the Amsterdam VTIMEZONE and a DTSTAMP from now', () => {
      const ics = programmeToIcs(
        programme({ schedule: { sessions: [{ start: '2027-01-12T19:00', end: '2027-01-12T21:00' }] } }),
        feed([]),
        options,
      );
      expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
      expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
      expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
      const all = lines(ics);
      expect(all).to.include('BEGIN:VTIMEZONE');
      expect(all).to.include('TZID:Europe/Amsterdam');
      expect(all).to.include('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
      expect(all).to.include('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
      expect(all).to.include('TZOFFSETTO:+0200');
      expect(all).to.include('TZOFFSETTO:+0100');
      const [event] = events(ics);
      expect(prop(event, 'DTSTAMP')).to.equal('DTSTAMP:20261128T090000Z');
    });

    it('keeps a 19:00 session at T190000 in winter and in summer, whatever offset the feed wrote', () => {
      const ics = programmeToIcs(
        programme({
          schedule: {
            sessions: [
              { start: '2027-01-12T19:00', end: '2027-01-12T21:00' },
              { start: '2027-07-13T19:00:00+02:00', end: '2027-07-13T21:00:00+02:00' },
              { start: '2027-03-30T17:00:00Z' },
            ],
          },
        }),
        feed([]),
        options,
      );
      const starts = events(ics).map((event) => prop(event, 'DTSTART'));
      expect(starts).to.deep.equal([
        'DTSTART;TZID=Europe/Amsterdam:20270112T190000',
        'DTSTART;TZID=Europe/Amsterdam:20270330T190000',
        'DTSTART;TZID=Europe/Amsterdam:20270713T190000',
      ]);
      expect(events(ics).map((event) => prop(event, 'DTEND'))).to.deep.equal([
        'DTEND;TZID=Europe/Amsterdam:20270112T210000',
        undefined,
        'DTEND;TZID=Europe/Amsterdam:20270713T210000',
      ]);
    });

    it('lists upcoming sessions only, a cancelled one with STATUS:CANCELLED', () => {
      const ics = programmeToIcs(
        programme({
          schedule: {
            sessions: [
              { start: '2026-11-24T19:00', end: '2026-11-24T21:00' },
              { start: '2027-01-12T19:00', end: '2027-01-12T21:00' },
              { start: '2027-01-19T19:00', end: '2027-01-19T21:00', status: 'cancelled' },
            ],
          },
        }),
        feed([]),
        options,
      );
      const list = events(ics);
      expect(list.map((event) => prop(event, 'DTSTART'))).to.deep.equal([
        'DTSTART;TZID=Europe/Amsterdam:20270112T190000',
        'DTSTART;TZID=Europe/Amsterdam:20270119T190000',
      ]);
      expect(list.map((event) => prop(event, 'STATUS'))).to.deep.equal([
        'STATUS:CONFIRMED',
        'STATUS:CANCELLED',
      ]);
    });

    it('gives stable UIDs from the programme id, the start and the feed host', () => {
      const p = programme({ schedule: { sessions: [{ start: '2027-01-12T19:00' }] } });
      const withHost = programmeToIcs(p, feed([]), {
        ...options,
        url: 'https://www.bibliotheek-voorbeeld.nl/taalhuis/aanbod.json',
      });
      expect(prop(events(withHost)[0], 'UID')).to.equal(
        'UID:taalcafe-20270112T190000@www.bibliotheek-voorbeeld.nl',
      );
      const later = programmeToIcs(p, feed([]), {
        ...options,
        now: new Date('2026-12-20T10:00:00Z'),
        url: 'https://www.bibliotheek-voorbeeld.nl/taalhuis/aanbod.json',
      });
      expect(prop(events(later)[0], 'UID')).to.equal(prop(events(withHost)[0], 'UID'));
      expect(prop(events(programmeToIcs(p, feed([]), options))[0], 'UID')).to.equal(
        'UID:taalcafe-20270112T190000@taalwijzer',
      );
    });

    it('writes a weekly rule as one RRULE with an EXDATE for each cancelled meeting', () => {
      const ics = programmeToIcs(
        programme({
          schedule: {
            weekly: { days: ['tue'], start: '19:00', end: '21:00', from: '2027-01-12', until: '2027-07-06' },
            sessions: [
              { start: '2027-02-16T19:00', status: 'cancelled' },
              { start: '2027-04-27T19:00:00+02:00', status: 'cancelled' },
            ],
          },
        }),
        feed([]),
        options,
      );
      const list = events(ics);
      expect(list).to.have.length(1);
      const [series] = list;
      expect(prop(series, 'DTSTART')).to.equal('DTSTART;TZID=Europe/Amsterdam:20270112T190000');
      expect(prop(series, 'DTEND')).to.equal('DTEND;TZID=Europe/Amsterdam:20270112T210000');
      // The last meeting, 6 July 19:00 summer time, in UTC.
      expect(prop(series, 'RRULE')).to.equal('RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270706T170000Z');
      expect(prop(series, 'EXDATE')).to.equal('EXDATE;TZID=Europe/Amsterdam:20270216T190000,20270427T190000');
    });

    it('starts a running rule at its next meeting, ends one without "until" at the horizon, and names every day', () => {
      const ics = programmeToIcs(
        programme({
          schedule: {
            weekly: { days: ['mon', 'wed', 'fri'], start: '10:00', end: '12:30', from: '2026-01-05' },
          },
        }),
        feed([]),
        { ...options, horizonDays: 30 },
      );
      const [series] = events(ics);
      // Saturday 28 November 2026: the next meeting is Monday 30 November.
      expect(prop(series, 'DTSTART')).to.equal('DTSTART;TZID=Europe/Amsterdam:20261130T100000');
      // 30 days on is Monday 28 December 10:00, just when that meeting starts: it is the last.
      expect(prop(series, 'RRULE')).to.equal('RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20261228T090000Z');
      // The UID belongs to the rule, not to the moving first meeting.
      expect(prop(series, 'UID')).to.equal('UID:taalcafe-20260105T100000@taalwijzer');
    });

    it('turns a changed weekly meeting into an override of the series', () => {
      const ics = programmeToIcs(
        programme({
          schedule: {
            weekly: { days: ['tue'], start: '19:00', end: '21:00', from: '2027-01-12', until: '2027-03-30' },
            sessions: [{ start: '2027-02-02T19:00', end: '2027-02-02T20:00', locationId: 'warnsveld' }],
          },
        }),
        feed([]),
        options,
      );
      const [series, override] = events(ics);
      expect(prop(override, 'UID')).to.equal(prop(series, 'UID'));
      expect(prop(override, 'RECURRENCE-ID')).to.equal('RECURRENCE-ID;TZID=Europe/Amsterdam:20270202T190000');
      expect(prop(override, 'DTEND')).to.equal('DTEND;TZID=Europe/Amsterdam:20270202T200000');
      expect(prop(override, 'LOCATION')).to.equal('LOCATION;LANGUAGE=nl:Bibliotheek Warnsveld\\, Warnsveld');
      expect(prop(series, 'EXDATE')).to.equal(undefined);
    });

    it('writes title, summary, description and place in the locale, escaped, with the address', () => {
      const p = programme({
        summary: { nl: 'Praten, oefenen; gezellig.', ar: 'تحدث وتدرب' },
        description: 'Kom langs.\nKoffie is gratis.',
        schedule: { sessions: [{ start: '2027-01-12T19:00' }] },
      });
      const [nl] = events(programmeToIcs(p, feed([]), options));
      expect(prop(nl, 'SUMMARY')).to.equal('SUMMARY;LANGUAGE=nl:Taalcafé');
      expect(prop(nl, 'DESCRIPTION')).to.equal(
        'DESCRIPTION;LANGUAGE=nl:Praten\\, oefenen\\; gezellig.\\n\\nKom langs.\\nKoffie is gratis.',
      );
      expect(prop(nl, 'LOCATION')).to.equal(
        "LOCATION;LANGUAGE=nl:Bibliotheek Zutphen\\, 's-Gravenhof 6\\, 7201 DN Zutphen",
      );
      expect(prop(nl, 'GEO')).to.equal('GEO:52.1396;6.1961');
      const [ar] = events(programmeToIcs(p, feed([]), { ...options, locale: 'ar' }));
      expect(prop(ar, 'SUMMARY')).to.equal('SUMMARY;LANGUAGE=ar:مقهى اللغة');
      // The Dutch-only description does not join the Arabic summary under LANGUAGE=ar.
      expect(prop(ar, 'DESCRIPTION')).to.equal('DESCRIPTION;LANGUAGE=ar:تحدث وتدرب');
      const [tr] = events(programmeToIcs(p, feed([]), { ...options, locale: 'tr' }));
      expect(prop(tr, 'SUMMARY')).to.equal('SUMMARY;LANGUAGE=nl:Taalcafé');
    });

    it('links to the registration page when it is a web link, never to another scheme', () => {
      const schedule = { sessions: [{ start: '2027-01-12T19:00' }] };
      const safe = programmeToIcs(
        programme({
          schedule,
          registration: { required: true, url: 'https://www.bibliotheek-voorbeeld.nl/aanmelden' },
        }),
        feed([]),
        options,
      );
      expect(prop(events(safe)[0], 'URL')).to.equal('URL:https://www.bibliotheek-voorbeeld.nl/aanmelden');
      const unsafe = programmeToIcs(
        programme({ schedule, registration: { required: true, url: 'javascript:alert(1)' } }),
        feed([], { publisher: { name: 'x' } }),
        options,
      );
      expect(prop(events(unsafe)[0], 'URL')).to.equal(undefined);
      expect(unsafe).not.to.contain('javascript');
    });

    it('has no events for a programme without dates', () => {
      const ics = programmeToIcs(programme({ schedule: { note: 'Op afspraak' } }), feed([]), options);
      expect(events(ics)).to.deep.equal([]);
      expect(lines(ics)).to.include('END:VCALENDAR');
    });
  });

  describe('feedToIcs', () => {
    it('puts the upcoming meetings of every programme in one calendar with one VTIMEZONE', () => {
      const ics = feedToIcs(
        feed([
          programme({
            schedule: { weekly: { days: ['thu'], start: '14:00', end: '16:00', from: '2026-01-08' } },
          }),
          programme({
            id: 'digisterker',
            title: 'Digisterker',
            schedule: {
              sessions: [
                { start: '2027-01-12T10:00', end: '2027-01-12T12:00' },
                { start: '2027-01-19T10:00', end: '2027-01-19T12:00' },
              ],
            },
          }),
          programme({ id: 'voorbij', schedule: { sessions: [{ start: '2026-06-01T10:00' }] } }),
        ]),
        { ...options, url: 'https://taalhuis.example/aanbod.json' },
      );
      expect(ics.match(/BEGIN:VTIMEZONE/g)).to.have.length(1);
      expect(lines(ics)).to.include('X-WR-CALNAME:Taalhuis Zutphen');
      const uids = events(ics).map((event) => prop(event, 'UID'));
      expect(uids).to.deep.equal([
        'UID:taalcafe-20260108T140000@taalhuis.example',
        'UID:digisterker-20270112T100000@taalhuis.example',
        'UID:digisterker-20270119T100000@taalhuis.example',
      ]);
    });
  });
});
