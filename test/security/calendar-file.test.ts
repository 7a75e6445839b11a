/**
 * "Zet in mijn agenda" (and `taalwijzer export --ics`) writes feed text into an iCalendar
 * file. A line break in a feed value must not start a property of its own there: a feed
 * could otherwise add a `URL:javascript:...`, an `ATTACH`, an alarm, or a second event to
 * the visitor's calendar.
 */
import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { feedToIcs, programmeToIcs } from '../../src/feed/ics.js';

const NOW = new Date('2027-01-11T12:00:00+01:00');
const INJECTED = '\r\nURL:javascript:window.__pwned=1\r\nBEGIN:VALARM\r\nTRIGGER:-PT5M\r\nEND:VALARM\r\nX-A:';

function feedWith(programme: Record<string, unknown>) {
  const result = parseFeed({
    feedVersion: 1,
    publisher: { name: `Taalhuis${INJECTED}` },
    locations: [
      {
        id: 'bieb',
        name: `Bibliotheek${INJECTED}`,
        address: { street: `Markt 1${INJECTED}`, postalCode: '1234 AB', city: `Stad${INJECTED}` },
      },
    ],
    programmes: [
      {
        title: `Taalcafé${INJECTED}`,
        summary: `Samen praten;${INJECTED}`,
        description: { nl: `Koffie,${INJECTED}`, en: 'Coffee' },
        kind: 'language-cafe',
        learning: 'informal',
        domains: ['leisure-social'],
        format: 'in-person',
        locationIds: ['bieb'],
        cost: { free: true },
        schedule: {
          sessions: [{ start: '2027-01-14T14:00', end: '2027-01-14T16:00' }],
          weekly: { days: ['thu'], start: '10:00', end: '11:00', from: '2027-01-01' },
        },
        ...programme,
      },
    ],
  });
  if (!result.ok) throw new Error(result.message);
  return result.feed;
}

/** The content lines of an iCalendar text, folded lines joined again. */
const contentLines = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);

/** Lines that are not `NAME[;PARAMS]:value` with a known-good name, or that a payload made. */
function strayLines(ics: string): string[] {
  return contentLines(ics).filter(
    (line) =>
      !/^[A-Z][A-Z0-9-]*[;:]/.test(line) ||
      /^(URL:javascript|BEGIN:VALARM|TRIGGER|END:VALARM|X-A:)/i.test(line) ||
      /[\r\n]/.test(line),
  );
}

describe('calendar files from a hostile feed', () => {
  it('keep line breaks in titles, descriptions, places and addresses inside their property', () => {
    const feed = feedWith({ id: 'taalcafe' });
    const ics = programmeToIcs(feed.programmes[0], feed, { locale: 'nl', now: NOW });
    expect(strayLines(ics)).to.deep.equal([]);
    expect(contentLines(ics)).to.include(
      'SUMMARY;LANGUAGE=nl:Taalcafé\\nURL:javascript:window.__pwned=1\\nBEGIN:VALARM\\nTRIGGER:-PT5M\\nEND:VALARM\\nX-A:',
    );
    expect(contentLines(ics).filter((line) => line === 'BEGIN:VEVENT')).to.have.length(2);
  });

  it('keep a line break in a programme id out of the UID line', () => {
    // An id is any text up to 200 characters: the schema trims it, but keeps line breaks inside.
    const feed = feedWith({
      id: `taalcafe${INJECTED}`,
      // Two meetings at the same time: the second gets a numbered UID.
      schedule: {
        sessions: [
          { start: '2027-01-14T14:00', end: '2027-01-14T16:00' },
          { start: '2027-01-14T14:00', end: '2027-01-14T15:00' },
        ],
      },
    });
    expect(feed.programmes[0].id).to.contain('\r\nURL:javascript:');
    const one = programmeToIcs(feed.programmes[0], feed, {
      locale: 'nl',
      now: NOW,
      url: 'https://bieb.example/a.json',
    });
    const all = feedToIcs(feed, { locale: 'nl', now: NOW });
    expect(strayLines(one), 'programmeToIcs').to.deep.equal([]);
    expect(strayLines(all), 'feedToIcs').to.deep.equal([]);
  });

  it('never write a link that is not http or https', () => {
    const feed = feedWith({
      id: 'taalcafe',
      registration: { required: true, url: 'https://bieb.example/aanmelden"><x>' },
    });
    const lines = contentLines(programmeToIcs(feed.programmes[0], feed, { locale: 'nl', now: NOW }));
    expect(lines.filter((line) => line.startsWith('URL'))).to.deep.equal([]);
    const safe = feedWith({
      id: 'taalcafe',
      registration: { required: true, url: 'https://bieb.example/aanmelden' },
    });
    expect(
      contentLines(programmeToIcs(safe.programmes[0], safe, { locale: 'nl', now: NOW })).filter((l) =>
        l.startsWith('URL'),
      ),
    ).to.deep.equal(['URL:https://bieb.example/aanmelden', 'URL:https://bieb.example/aanmelden']);
  });
});
