// `taalwijzer export --jsonld | --ics`, run on the sample feed and on small feeds as a
// webmaster or coordinator would, with a fixed --now (2026-11-28) so "upcoming" is stable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SAMPLE = 'examples/feeds/aanbod.json';
const NOW = ['--now', '2026-11-28T10:00'];
const cli = (...args) => spawnSync('node', ['dist/cli.js', ...args], { encoding: 'utf8' });
const tempDir = () => mkdtempSync(join(tmpdir(), 'taalwijzer-export-'));

function tempFeed(content) {
  const file = join(tempDir(), 'feed.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const base = (programmes, extra = {}) => ({
  feedVersion: 1,
  publisher: { name: 'Taalhuis Zutphen', url: 'https://www.bibliotheek-voorbeeld.nl/taalhuis' },
  locations: [
    {
      id: 'bieb',
      name: 'Bibliotheek Zutphen',
      address: { street: "'s-Gravenhof 6", postalCode: '7201 DN', city: 'Zutphen' },
      geo: { lat: 52.1396, lon: 6.1961 },
    },
  ],
  programmes,
  ...extra,
});

function jsonld(...args) {
  const result = cli('export', '--jsonld', ...args, ...NOW);
  assert.equal(result.status, 0, result.stderr);
  const data = JSON.parse(result.stdout);
  const byId = (id) => data['@graph'].find((node) => node['@id'] === id);
  return { data, byId, stderr: result.stderr };
}

test('--jsonld: schema.org with a Course per course, an Event per café, Places and Organizations', () => {
  const { data, byId, stderr } = jsonld(SAMPLE);
  assert.equal(data['@context'], 'https://schema.org');
  const types = new Set(data['@graph'].map((node) => node['@type']));
  for (const type of ['Course', 'Event', 'Place', 'Organization', 'Library', 'EducationalOrganization']) {
    assert.ok(types.has(type), type);
  }

  const centre = byId('#locatie-bieb-centrum');
  assert.deepEqual(centre.address, {
    '@type': 'PostalAddress',
    streetAddress: "'s-Gravenhof 6",
    postalCode: '7201 DN',
    addressLocality: 'Zutphen',
    addressCountry: 'NL',
  });
  assert.deepEqual(centre.geo, { '@type': 'GeoCoordinates', latitude: 52.1396, longitude: 6.1961 });

  // A formal course on a weekly rule, with a price.
  const nt2 = byId('#programma-nt2-b1-route-dag');
  assert.equal(nt2['@type'], 'Course');
  assert.deepEqual(nt2.provider, { '@id': '#organisatie-taalschool-ijsselstad' });
  assert.equal(nt2.offers.price, 2950);
  assert.equal(nt2.offers.priceCurrency, 'EUR');
  const run = nt2.hasCourseInstance;
  assert.equal(run['@type'], 'CourseInstance');
  assert.equal(run.courseMode, 'onsite');
  assert.equal(run.inLanguage, 'nl');
  assert.equal(run.location.address.addressLocality, 'Zutphen');
  assert.equal(run.startDate, '2026-11-30T09:00:00+01:00', 'the next meeting after 28 November (a Monday)');
  assert.deepEqual(run.courseSchedule.byDay, [
    'https://schema.org/Monday',
    'https://schema.org/Wednesday',
    'https://schema.org/Friday',
  ]);
  assert.equal(run.courseSchedule.startTime, '09:00');
  assert.equal(run.courseSchedule.endDate, '2027-07-09');

  // Free, full with a waiting list.
  const digisterker = byId('#programma-digisterker-januari-2027');
  assert.equal(digisterker.isAccessibleForFree, true);
  assert.equal(digisterker.offers.price, 0);
  assert.equal(digisterker.offers.availability, 'https://schema.org/LimitedAvailability');
  assert.equal(digisterker.hasCourseInstance.maximumAttendeeCapacity, 8);
  assert.equal(digisterker.hasCourseInstance.remainingAttendeeCapacity, 0);
  assert.equal(digisterker.hasCourseInstance.endDate, '2027-02-01T15:30:00+01:00');

  // A hybrid course is blended; a café is an Event on a schedule.
  assert.equal(byId('#programma-nt2-b1-route-avond').hasCourseInstance.courseMode, 'blended');
  const cafe = byId('#programma-taalcafe-centrum');
  assert.equal(cafe['@type'], 'Event');
  assert.equal(cafe.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
  assert.equal(cafe.eventSchedule.repeatFrequency, 'P1W');
  assert.equal(cafe.startDate, '2026-12-03T14:00:00+01:00');
  assert.deepEqual(cafe.organizer, { '@id': '#organisatie-bibliotheek-zutphen' });
  const online = byId('#programma-online-oefengesprekken');
  assert.equal(online.eventAttendanceMode, 'https://schema.org/OnlineEventAttendanceMode');
  assert.equal(online.location['@type'], 'VirtualLocation');

  // Ended programmes are not advertised, and the coordinator is told which.
  assert.equal(byId('#programma-zomertaalschool-2026'), undefined);
  assert.match(
    stderr,
    /3 programma's zijn voorbij en staan er niet in: zomertaalschool-2026, digisterker-najaar-2026, klik-en-tik-voorjaar-2026-warnsveld/,
  );
});

test('--jsonld marks a cancelled session EventCancelled and lists it in the weekly schedule', () => {
  const file = tempFeed(
    base([
      {
        id: 'taalcafe',
        title: 'Taalcafé',
        kind: 'language-cafe',
        learning: 'informal',
        domains: ['leisure-social'],
        format: 'in-person',
        locationIds: ['bieb'],
        schedule: {
          weekly: { days: ['thu'], start: '14:00', end: '16:00', from: '2026-01-08' },
          sessions: [{ start: '2026-12-24T14:00', status: 'cancelled' }],
        },
        cost: { free: true },
      },
      {
        id: 'workshop',
        title: 'Workshop',
        kind: 'workshop',
        learning: 'non-formal',
        domains: ['health-exercise'],
        format: 'in-person',
        locationIds: ['bieb'],
        schedule: { sessions: [{ start: '2027-01-26T10:00', end: '2027-01-26T12:00', status: 'cancelled' }] },
        cost: { free: false, amount: 7.5 },
        capacity: { places: 15, remaining: 9 },
      },
    ]),
  );
  const { byId } = jsonld(file);
  const cafe = byId('#programma-taalcafe');
  assert.deepEqual(
    cafe.subEvent.map((e) => [e.startDate, e.eventStatus]),
    [['2026-12-24T14:00:00+01:00', 'https://schema.org/EventCancelled']],
  );
  assert.deepEqual(cafe.eventSchedule.exceptDate, ['2026-12-24T14:00:00+01:00']);
  const workshop = byId('#programma-workshop');
  assert.equal(workshop.eventStatus, 'https://schema.org/EventCancelled', 'its only session is cancelled');
  assert.deepEqual(workshop.offers.price, 7.5);
  assert.equal(workshop.maximumAttendeeCapacity, 15);
  assert.equal(workshop.remainingAttendeeCapacity, 9);
});

test('--jsonld -o writes a file; --locale picks the translation', () => {
  const out = join(tempDir(), 'aanbod.jsonld');
  const result = cli('export', '--jsonld', SAMPLE, '-o', out, '--locale', 'ar', ...NOW);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, '');
  const data = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(
    data['@graph'].find((n) => n['@id'] === '#programma-taalcafe-centrum').name,
    'مقهى اللغة في مكتبة زوتفن',
  );
});

test('--ics: one calendar of the upcoming sessions, with the time zone, weekly rules and stable UIDs', () => {
  const result = cli('export', '--ics', SAMPLE, ...NOW);
  assert.equal(result.status, 0, result.stderr);
  const ics = result.stdout;
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  assert.equal(ics.replace(/\r\n/g, '').includes('\n'), false, 'CRLF line endings only');
  const lines = ics.replace(/\r\n /g, '').split('\r\n');
  assert.equal(lines.filter((l) => l === 'BEGIN:VTIMEZONE').length, 1);
  assert.ok(lines.includes('TZID:Europe/Amsterdam'));

  const events = ics.replace(/\r\n /g, '').split('BEGIN:VEVENT').slice(1);
  const cafe = events.find((e) => e.includes('UID:taalcafe-centrum-'));
  assert.match(cafe, /UID:taalcafe-centrum-20260108T140000@www\.bibliotheek-voorbeeld\.nl/);
  assert.match(cafe, /DTSTART;TZID=Europe\/Amsterdam:20261203T140000/);
  assert.match(cafe, /RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=\d{8}T\d{6}Z/);
  assert.match(cafe, /SUMMARY;LANGUAGE=nl:Taalcafé in de Bibliotheek Zutphen/);
  assert.match(
    cafe,
    /LOCATION;LANGUAGE=nl:Bibliotheek Zutphen\\, centrum\\, 's-Gravenhof 6\\, 7201 DN Zutphen/,
  );

  // The KNM course: 8 dated sessions, the last one after the switch to summer time, still at 13:00.
  const knm = events.filter((e) => e.includes('UID:knm-cursus-voorjaar-2027-'));
  assert.equal(knm.length, 8);
  assert.match(knm[0], /DTSTART;TZID=Europe\/Amsterdam:20270202T130000/);
  assert.match(knm[7], /DTSTART;TZID=Europe\/Amsterdam:20270330T130000/);

  // Nothing from programmes that are over.
  assert.equal(ics.includes('zomertaalschool-2026'), false);
});

test('--ics: --url names the UIDs, --locale the texts, -o writes the file', () => {
  const out = join(tempDir(), 'aanbod.ics');
  const result = cli(
    'export',
    '--ics',
    SAMPLE,
    '--url',
    'https://taalhuis.example/aanbod.json',
    '--locale',
    'ar',
    '-o',
    out,
    ...NOW,
  );
  assert.equal(result.status, 0, result.stderr);
  const ics = readFileSync(out, 'utf8').replace(/\r\n /g, '');
  assert.match(ics, /UID:taalcafe-centrum-20260108T140000@taalhuis\.example/);
  assert.match(ics, /SUMMARY;LANGUAGE=ar:مقهى اللغة في مكتبة زوتفن/);
});

test('--ics marks a cancelled session of a weekly rule as an EXDATE', () => {
  const file = tempFeed(
    base([
      {
        id: 'avondcafe',
        title: 'Avondtaalcafé',
        kind: 'language-cafe',
        learning: 'informal',
        domains: ['leisure-social'],
        format: 'in-person',
        locationIds: ['bieb'],
        schedule: {
          weekly: { days: ['tue'], start: '19:00', end: '20:30', from: '2026-09-01', until: '2027-07-06' },
          sessions: [{ start: '2026-12-29T19:00', status: 'cancelled' }],
        },
        cost: { free: true },
      },
    ]),
  );
  const result = cli('export', '--ics', file, ...NOW);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /EXDATE;TZID=Europe\/Amsterdam:20261229T190000\r\n/);
  assert.match(result.stdout, /RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270706T170000Z\r\n/);
});

test('an unusable feed or a missing file: exit 1; wrong usage: exit 2 with the export help', () => {
  const broken = cli('export', '--ics', tempFeed('<html>Not found</html>'), ...NOW);
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /De feed is niet bruikbaar: This is not valid JSON/);
  const missing = cli('export', '--jsonld', 'bestaat-niet.json');
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /bestaat-niet\.json kon niet worden gelezen \(the file does not exist\)/);
  for (const args of [
    ['export', SAMPLE],
    ['export', '--jsonld', '--ics', SAMPLE],
    ['export', '--jsonld'],
    ['export', '--jsonld', SAMPLE, '--days', 'veel'],
    ['export', '--ics', SAMPLE, '--format', 'x'],
  ]) {
    const result = cli(...args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /Gebruik: taalwijzer export --jsonld/, args.join(' '));
  }
  const help = cli('export', '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /<script type="application\/ld\+json">/);
});

test('a feed with problems still exports what is usable, and says so', () => {
  const file = tempFeed(
    base([
      {
        id: 'ok',
        title: 'Taalcafé',
        kind: 'language-cafe',
        learning: 'informal',
        domains: ['leisure-social'],
        format: 'in-person',
        cost: { free: true },
      },
      { id: 'kapot', title: 'Zonder kosten' },
    ]),
  );
  const result = cli('export', '--jsonld', file, ...NOW);
  assert.equal(result.status, 0);
  assert.match(result.stderr, /de feed heeft \d+ problemen; wat niet klopt, is weggelaten/);
  const ids = JSON.parse(result.stdout)['@graph'].map((n) => n['@id']);
  assert.ok(ids.includes('#programma-ok'));
  assert.equal(ids.includes('#programma-kapot'), false);
});
