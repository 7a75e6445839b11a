import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { parseFeed, type ParseFeedResult } from '../../src/feed/parse.js';
import type { Feed, FeedIssue, Programme } from '../../src/feed/schema.js';

type Json = Record<string, unknown>;
type OkResult = Extract<ParseFeedResult, { ok: true }>;

// Words a publisher should never have to read: zod's own defaults and leaked JS values.
const JARGON = /invalid input|invalid option|too big|too small|expected|received|undefined|NaN|\[object|zod/i;

async function fixture(name: string): Promise<Json> {
  const response = await fetch(new URL(`/test/fixtures/feeds/${name}`, location.origin));
  if (!response.ok) throw new Error(`fixture ${name}: ${response.status}`);
  return (await response.json()) as Json;
}

/** A minimal valid programme; `overrides` replace (or, as `undefined`, remove) properties. */
function programme(overrides: Json = {}): Json {
  const base: Json = {
    id: 'taalcafe',
    title: 'Taalcafé',
    kind: 'language-cafe',
    learning: 'non-formal',
    domains: ['leisure-social'],
    format: 'in-person',
    cost: { free: true },
  };
  const merged: Json = { ...base, ...overrides };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged;
}

function feedWith(extra: Json = {}): Json {
  return { feedVersion: 1, publisher: { name: 'Taalhuis Deventer' }, programmes: [], ...extra };
}

function parseOk(input: unknown): OkResult {
  const result = parseFeed(input);
  if (!result.ok) throw new Error(`expected a usable feed, got: ${result.message}`);
  return result;
}

/** Parses a feed holding just these programmes. */
function parseProgrammes(...programmes: Json[]): OkResult {
  return parseOk(feedWith({ programmes }));
}

const paths = (issues: FeedIssue[]) => issues.map((issue) => issue.path);

function expectPlain(issues: FeedIssue[]): void {
  for (const { path, message } of issues) {
    expect(message, `message at ${path}`).to.be.a('string').and.not.equal('');
    expect(message, `message at ${path}`).not.to.match(JARGON);
  }
}

/** The one message reported at `path` (fails when there is none, or more than one). */
function messageAt(issues: FeedIssue[], path: string): string {
  const found = issues.filter((issue) => issue.path === path);
  expect(
    found.map((i) => i.path),
    `issues at ${path} among ${JSON.stringify(paths(issues))}`,
  ).to.deep.equal([path]);
  return found[0].message;
}

/** The programme is skipped and the only issues are at `expected`, in plain words. */
function expectSkipped(result: OkResult, expected: string[]): void {
  expect(result.feed.programmes, 'programmes kept').to.deep.equal([]);
  expect(result.skipped.programmes).to.equal(1);
  expect(paths(result.issues)).to.have.members(expected);
  expect(result.issues).to.have.length(expected.length);
  expectPlain(result.issues);
}

/** The programme stays and the only issues are at `expected`, in plain words. */
function expectKept(result: OkResult, expected: string[]): Programme {
  expect(result.feed.programmes, JSON.stringify(result.issues)).to.have.length(1);
  expect(result.skipped.programmes).to.equal(0);
  expect(paths(result.issues)).to.have.members(expected);
  expect(result.issues).to.have.length(expected.length);
  expectPlain(result.issues);
  return result.feed.programmes[0];
}

describe('parseFeed: a valid feed (valid-small.json)', () => {
  let raw: Json;
  let result: OkResult;
  before(async () => {
    raw = await fixture('valid-small.json');
    result = parseOk(raw);
  });

  it('reports no issues and skips nothing', () => {
    expect(result.issues).to.deep.equal([]);
    expect(result.skipped).to.deep.equal({
      organisations: 0,
      locations: 0,
      programmes: 0,
      volunteerRoles: 0,
      goals: 0,
    });
  });

  it('keeps every item, in feed order', () => {
    const ids = (list: { id: string }[]) => list.map((item) => item.id);
    expect(ids(result.feed.organisations)).to.deep.equal([
      'bibliotheek-deventer',
      'vluchtelingenwerk-deventer',
    ]);
    expect(ids(result.feed.locations)).to.deep.equal(['bieb-centrum', 'buurthuis-rivierenwijk']);
    expect(ids(result.feed.programmes)).to.deep.equal([
      'taalcafe-dinsdag',
      'klik-en-tik',
      'staatsexamen-b1',
      'voorlezen-thuis',
    ]);
    expect(ids(result.feed.volunteerRoles)).to.deep.equal(['taalmaatje', 'gastvrouw-taalcafe']);
    expect(ids(result.feed.goals)).to.deep.equal(['gesprek-huisarts']);
  });

  it('loses no data: the parsed feed equals the published one', () => {
    expect(result.feed).to.deep.equal(raw);
  });

  it('keeps Text both as a plain string and as an object of languages', () => {
    const [taalcafe, klikEnTik] = result.feed.programmes;
    expect(taalcafe.title).to.deep.equal({
      nl: 'Taalcafé op dinsdag',
      en: 'Tuesday language café',
      ar: 'مقهى اللغة يوم الثلاثاء',
    });
    expect(klikEnTik.title).to.equal('Klik & Tik: de basis');
  });

  it('keeps both kinds of cost: free (with a note) and paid (amount in EUR)', () => {
    const cost = Object.fromEntries(result.feed.programmes.map((p) => [p.id, p.cost]));
    expect(cost['klik-en-tik']).to.deep.equal({ free: true, note: 'Gratis met een bibliotheekpas.' });
    expect(cost['staatsexamen-b1']).to.deep.equal({
      free: false,
      amount: 45,
      currency: 'EUR',
      note: { nl: 'Inclusief lesboek.', en: 'Including the course book.' },
    });
  });

  it('keeps a weekly rule and dated sessions with their locations and status', () => {
    const [taalcafe, klikEnTik] = result.feed.programmes;
    expect(taalcafe.schedule?.weekly).to.deep.equal({
      days: ['tue'],
      start: '14:00',
      end: '15:30',
      from: '2027-01-05',
      until: '2027-06-29',
    });
    expect(klikEnTik.schedule?.sessions?.map((s) => [s.locationId, s.status])).to.deep.equal([
      ['bieb-centrum', undefined],
      ['bieb-centrum', 'cancelled'],
      ['bieb-centrum', 'scheduled'],
    ]);
  });

  it('does not change the object it was given', async () => {
    const mixed = await fixture('mixed.json');
    const before = structuredClone(mixed);
    parseFeed(mixed);
    expect(mixed).to.deep.equal(before);
  });
});

describe('parseFeed: a feed with good and broken items (mixed.json)', () => {
  let raw: Json;
  let result: OkResult;
  let feed: Feed;
  const programme = (id: string) => feed.programmes.find((p) => p.id === id);

  before(async () => {
    raw = await fixture('mixed.json');
    result = parseOk(raw);
    feed = result.feed;
  });

  it('reports exactly the broken items and dropped values, each with its JSON path', () => {
    expect(paths(result.issues)).to.have.members([
      'organisations[1].email',
      'organisations[2].url',
      'locations[1].geo.lat',
      'programmes[1].title',
      'programmes[2].cost.free',
      'programmes[3].domains[1]',
      'programmes[4].domains[0]',
      'programmes[4].domains[1]',
      'programmes[4].domains',
      'programmes[5].themes[1]',
      'programmes[6].schedule.weekly.days[1]',
      'programmes[7].registration.url',
      'programmes[8].registration.url',
      'programmes[9].id',
      'programmes[10].schedule.sessions[0].start',
      'programmes[11].level',
      'programmes[12].organisationId',
      'programmes[13].locationIds[1]',
      'programmes[13].schedule.sessions[1].locationId',
      'programmes[14].routes[1]',
      'programmes[15].kind',
      'programmes[16]',
      'programmes[17].instructionLanguages[1]',
      'volunteerRoles[1].locationIds[1]',
      'volunteerRoles[2].hoursPerWeek',
      'goals[1].domain',
    ]);
    expect(result.issues).to.have.length(26);
  });

  it('words every message plainly', () => {
    expectPlain(result.issues);
  });

  it('keeps the usable items and skips the broken ones', () => {
    expect(feed.programmes.map((p) => p.id)).to.deep.equal([
      'taalcafe',
      'rekenen',
      'wonen',
      'avondles',
      'js-aanmelden',
      'data-aanmelden',
      'onbekende-organisatie',
      'onbekende-locaties',
      'onbekende-route',
      'rare-taal',
    ]);
    expect(feed.organisations.map((o) => o.id)).to.deep.equal(['bibliotheek-apeldoorn', 'welzijn-apeldoorn']);
    expect(feed.locations.map((l) => l.id)).to.deep.equal(['bieb-centrum']);
    expect(feed.volunteerRoles.map((r) => r.id)).to.deep.equal(['taalmaatje', 'gastvrouw']);
    expect(feed.goals.map((g) => g.id)).to.deep.equal(['brief-gemeente']);
    expect(result.skipped).to.deep.equal({
      organisations: 1,
      locations: 1,
      programmes: 8,
      volunteerRoles: 1,
      goals: 1,
    });
  });

  it('skips a programme without a title', () => {
    expect(messageAt(result.issues, 'programmes[1].title'))
      .to.match(/missing/)
      .and.match(/skipped/);
    expect(programme('zonder-titel')).to.equal(undefined);
  });

  it('skips a programme whose cost says neither free nor paid', () => {
    expect(messageAt(result.issues, 'programmes[2].cost.free'))
      .to.match(/"free"/)
      .and.match(/skipped/);
    expect(programme('lege-kosten')).to.equal(undefined);
  });

  it('drops an unknown domain next to a known one and keeps the programme', () => {
    expect(messageAt(result.issues, 'programmes[3].domains[1]')).to.contain('"space-travel"');
    expect(programme('rekenen')?.domains).to.deep.equal(['numeracy']);
  });

  it('skips a programme whose domains are all unknown', () => {
    expect(messageAt(result.issues, 'programmes[4].domains[0]')).to.contain('"space-travel"');
    expect(messageAt(result.issues, 'programmes[4].domains[1]')).to.contain('"time-travel"');
    expect(messageAt(result.issues, 'programmes[4].domains')).to.match(/at least one domain/);
    expect(programme('alleen-onbekend')).to.equal(undefined);
  });

  it('drops an unknown theme, route and language code and keeps the programme', () => {
    expect(messageAt(result.issues, 'programmes[5].themes[1]')).to.contain('"gardening"');
    expect(programme('wonen')?.themes).to.deep.equal(['housing']);
    expect(messageAt(result.issues, 'programmes[14].routes[1]')).to.contain('"mbo-route"');
    expect(programme('onbekende-route')?.routes).to.deep.equal(['b1']);
    expect(messageAt(result.issues, 'programmes[17].instructionLanguages[1]')).to.contain('"Nederlands"');
    expect(programme('rare-taal')?.instructionLanguages).to.deep.equal(['nl']);
  });

  it('drops an unknown weekly day and keeps the rule', () => {
    expect(messageAt(result.issues, 'programmes[6].schedule.weekly.days[1]')).to.contain('"someday"');
    expect(programme('avondles')?.schedule?.weekly).to.deep.equal({
      days: ['mon'],
      start: '19:00',
      end: '21:00',
    });
  });

  it('drops javascript: and data: links, keeping the programme and its other ways to register', () => {
    expect(messageAt(result.issues, 'programmes[7].registration.url')).to.contain('"javascript:"');
    expect(programme('js-aanmelden')?.registration).to.deep.equal({
      required: true,
      email: 'werk@bibliotheek-apeldoorn.example.nl',
    });
    expect(messageAt(result.issues, 'programmes[8].registration.url')).to.contain('"data:"');
    expect(programme('data-aanmelden')?.registration).to.deep.equal({ required: false });
    expect(messageAt(result.issues, 'organisations[2].url')).to.contain('"javascript:"');
    expect(feed.organisations[1]).to.deep.equal({
      id: 'welzijn-apeldoorn',
      name: 'Welzijn Apeldoorn',
      kind: 'welfare',
    });
    expect(JSON.stringify(feed)).not.to.match(/javascript:|data:text/);
  });

  it('keeps the first of two programmes with the same id', () => {
    expect(messageAt(result.issues, 'programmes[9].id')).to.contain('"taalcafe"').and.match(/twice/);
    const taalcafes = feed.programmes.filter((p) => p.id === 'taalcafe');
    expect(taalcafes).to.have.length(1);
    expect(taalcafes[0].title).to.deep.equal({ nl: 'Taalcafé', en: 'Language café', ar: 'مقهى اللغة' });
  });

  it('skips a programme with a session date that is not a date-time', () => {
    expect(messageAt(result.issues, 'programmes[10].schedule.sessions[0].start')).to.match(
      /2027-01-31T19:00/,
    );
    expect(programme('verkeerde-datum')).to.equal(undefined);
  });

  it('skips a programme whose lowest level is above its highest', () => {
    expect(messageAt(result.issues, 'programmes[11].level')).to.match(/level/);
    expect(programme('niveau-omgekeerd')).to.equal(undefined);
  });

  it('skips a programme of an unknown kind, naming the value', () => {
    expect(messageAt(result.issues, 'programmes[15].kind'))
      .to.contain('"excursion"')
      .and.contain('language-cafe');
    expect(programme('soort-onbekend')).to.equal(undefined);
  });

  it('skips an entry that is not an object', () => {
    expect(messageAt(result.issues, 'programmes[16]')).to.match(/object/);
  });

  it('shows the publisher instead of an unknown organisation', () => {
    expect(messageAt(result.issues, 'programmes[12].organisationId')).to.contain('"gemeente-apeldoorn"');
    const kept = programme('onbekende-organisatie');
    expect(kept).not.to.equal(undefined);
    expect(kept).not.to.have.property('organisationId');
  });

  it('leaves out references to unknown or skipped locations, keeping the sessions', () => {
    expect(messageAt(result.issues, 'programmes[13].locationIds[1]')).to.contain('"buurthuis-zuid"');
    expect(messageAt(result.issues, 'programmes[13].schedule.sessions[1].locationId')).to.contain(
      '"nergens"',
    );
    const kept = programme('onbekende-locaties');
    expect(kept?.locationIds).to.deep.equal(['bieb-centrum']);
    expect(kept?.schedule?.sessions).to.deep.equal([
      { start: '2027-03-01T13:00', locationId: 'bieb-centrum' },
      { start: '2027-03-08T13:00' },
    ]);
    expect(messageAt(result.issues, 'volunteerRoles[1].locationIds[1]')).to.contain('"buurthuis-zuid"');
    expect(feed.volunteerRoles[1].locationIds).to.deep.equal(['bieb-centrum']);
  });

  it('skips a location at latitude 200, an organisation with a broken e-mail address, a role of 60 hours and a goal of an unknown domain', () => {
    expect(messageAt(result.issues, 'locations[1].geo.lat'))
      .to.match(/90/)
      .and.match(/skipped/);
    expect(messageAt(result.issues, 'organisations[1].email')).to.match(/e-mail/);
    expect(messageAt(result.issues, 'volunteerRoles[2].hoursPerWeek')).to.match(/40/);
    expect(messageAt(result.issues, 'goals[1].domain')).to.contain('"astronomy"');
  });

  it('ignores unknown properties: no issue, and not in the result', () => {
    const unknown = [
      'generator',
      'logo',
      'founded',
      'floor',
      'alt',
      'openingHours',
      'colour',
      'timezone',
      'livestream',
      'vat',
      'form',
      'urgent',
      'icon',
    ];
    for (const name of unknown) {
      expect(
        result.issues.filter((issue) => issue.path.includes(name)),
        name,
      ).to.deep.equal([]);
    }
    const text = JSON.stringify(feed);
    for (const name of unknown) expect(text, name).not.to.contain(`"${name}"`);
    // And what is known next to them stays.
    expect(feed.publisher).to.deep.equal({
      name: 'Taalhuis Apeldoorn',
      url: 'https://www.bibliotheek-apeldoorn.example.nl/taalhuis',
    });
    expect(feed.locations[0].address).to.deep.equal({
      street: 'Vosselmanstraat 299',
      postalCode: '7311 CL',
      city: 'Apeldoorn',
    });
    expect(programme('taalcafe')?.cost).to.deep.equal({ free: true });
  });
});

describe('parseFeed: Text', () => {
  it('accepts a plain Dutch string and an object of languages', () => {
    const result = parseProgrammes(
      programme({ id: 'a', title: 'Taalcafé' }),
      programme({ id: 'b', title: { nl: 'Taalcafé', ar: 'مقهى اللغة', 'fa-AF': 'کافه زبان' } }),
    );
    expect(result.issues).to.deep.equal([]);
    expect(result.feed.programmes.map((p) => p.title)).to.deep.equal([
      'Taalcafé',
      { nl: 'Taalcafé', ar: 'مقهى اللغة', 'fa-AF': 'کافه زبان' },
    ]);
  });

  it('accepts an object without Dutch, and with some empty translations', () => {
    const result = parseProgrammes(programme({ title: { en: 'Language café', ar: ' ' } }));
    expectKept(result, []);
  });

  it('skips a blank title', () => {
    const result = parseProgrammes(programme({ title: '   ' }));
    expectSkipped(result, ['programmes[0].title']);
    expect(result.issues[0].message).to.match(/empty/);
  });

  it('skips a title object with no text in any language', () => {
    for (const title of [{}, { nl: '', en: '  ' }]) {
      const result = parseProgrammes(programme({ title }));
      expectSkipped(result, ['programmes[0].title']);
      expect(result.issues[0].message).to.match(/no text/);
    }
  });

  it('skips a title that is a number, or has a key that is not a language code', () => {
    for (const title of [42, { nl: 'Taalcafé', 'Nederlands!': 'Taalcafé' }, { nl: 5 }]) {
      const result = parseProgrammes(programme({ title }));
      expectSkipped(result, ['programmes[0].title']);
      expect(result.issues[0].message).to.match(/text/);
    }
  });

  it('reports a missing title as missing', () => {
    const result = parseProgrammes(programme({ title: undefined }));
    expectSkipped(result, ['programmes[0].title']);
    expect(result.issues[0].message).to.match(/is missing/);
  });
});

describe('parseFeed: cost', () => {
  it('accepts free, with or without a note', () => {
    const result = parseProgrammes(
      programme({ id: 'a', cost: { free: true } }),
      programme({ id: 'b', cost: { free: true, note: { nl: 'Gratis', en: 'Free' } } }),
    );
    expect(result.issues).to.deep.equal([]);
    expect(result.feed.programmes.map((p) => p.cost)).to.deep.equal([
      { free: true },
      { free: true, note: { nl: 'Gratis', en: 'Free' } },
    ]);
  });

  it('accepts paid, with an amount in EUR or with nothing more', () => {
    const result = parseProgrammes(
      programme({ id: 'a', cost: { free: false, amount: 12.5, currency: 'EUR', note: 'Per maand' } }),
      programme({ id: 'b', cost: { free: false } }),
      programme({ id: 'c', cost: { free: false, amount: 0 } }),
    );
    expect(result.issues).to.deep.equal([]);
    expect(result.feed.programmes.map((p) => p.cost)).to.deep.equal([
      { free: false, amount: 12.5, currency: 'EUR', note: 'Per maand' },
      { free: false },
      { free: false, amount: 0 },
    ]);
  });

  it('drops an amount on a free programme, as an unknown property of that branch', () => {
    const kept = expectKept(parseProgrammes(programme({ cost: { free: true, amount: 10 } })), []);
    expect(kept.cost).to.deep.equal({ free: true });
  });

  it('skips a programme with no cost, an empty cost, or "free" that is not true/false', () => {
    let result = parseProgrammes(programme({ cost: undefined }));
    expectSkipped(result, ['programmes[0].cost']);
    expect(result.issues[0].message).to.match(/is missing/);
    for (const cost of [{}, { free: 'yes' }, { amount: 10 }]) {
      result = parseProgrammes(programme({ cost }));
      expectSkipped(result, ['programmes[0].cost.free']);
      expect(result.issues[0].message).to.contain('"free"');
    }
  });

  it('skips a negative amount and a currency other than EUR', () => {
    let result = parseProgrammes(programme({ cost: { free: false, amount: -5 } }));
    expectSkipped(result, ['programmes[0].cost.amount']);
    expect(result.issues[0].message).to.match(/negative/);
    result = parseProgrammes(programme({ cost: { free: false, amount: 5, currency: 'USD' } }));
    expectSkipped(result, ['programmes[0].cost.currency']);
    expect(result.issues[0].message).to.contain('"EUR"');
  });
});

describe('parseFeed: weekly schedule', () => {
  const weekly = (rule: Json) => programme({ schedule: { weekly: { days: ['tue'], ...rule } } });

  it('accepts a rule with from and until, and one where until equals from', () => {
    const result = parseProgrammes(
      programme({
        id: 'a',
        schedule: {
          weekly: {
            days: ['tue', 'thu'],
            start: '09:30',
            end: '11:00',
            from: '2027-01-05',
            until: '2027-06-29',
          },
        },
      }),
      programme({
        id: 'b',
        schedule: {
          weekly: { days: ['sat'], start: '10:00', end: '12:00', from: '2027-03-06', until: '2027-03-06' },
        },
      }),
    );
    expect(result.issues).to.deep.equal([]);
    expect(result.feed.programmes).to.have.length(2);
  });

  it('skips a rule that ends before, or when, it starts', () => {
    for (const end of ['18:59', '19:00']) {
      const result = parseProgrammes(weekly({ start: '19:00', end }));
      expectSkipped(result, ['programmes[0].schedule.weekly.end']);
      expect(result.issues[0].message).to.match(/ends before it starts/);
    }
  });

  it('skips a rule whose "until" is before its "from"', () => {
    const result = parseProgrammes(
      weekly({ start: '19:00', end: '21:00', from: '2027-02-01', until: '2027-01-31' }),
    );
    expectSkipped(result, ['programmes[0].schedule.weekly.until']);
    expect(result.issues[0].message).to.match(/until/);
  });

  it('skips a time that is not HH:MM and a date that is not YYYY-MM-DD', () => {
    let result = parseProgrammes(weekly({ start: '19:00', end: '25:00' }));
    expectSkipped(result, ['programmes[0].schedule.weekly.end']);
    expect(result.issues[0].message).to.contain('09:30');
    result = parseProgrammes(weekly({ start: '19:00', end: '21:00', from: '1-2-2027' }));
    expectSkipped(result, ['programmes[0].schedule.weekly.from']);
    expect(result.issues[0].message).to.contain('2027-01-31');
  });

  // The "ends before it starts" check compares only well-formed times, so a publisher
  // who writes "7pm" is told one thing, and the right one.
  it('reports only the bad start time, not also "ends before it starts"', () => {
    const result = parseProgrammes(weekly({ start: '7pm', end: '20:00' }));
    expectSkipped(result, ['programmes[0].schedule.weekly.start']);
  });

  it('skips a rule whose only day is unknown, after reporting the day', () => {
    const result = parseProgrammes(weekly({ days: ['someday'], start: '19:00', end: '21:00' }));
    expectSkipped(result, ['programmes[0].schedule.weekly.days[0]', 'programmes[0].schedule.weekly.days']);
    expect(messageAt(result.issues, 'programmes[0].schedule.weekly.days')).to.match(/at least one day/);
  });
});

describe('parseFeed: dates and times', () => {
  it('accepts session times with and without an offset', () => {
    const kept = expectKept(
      parseProgrammes(
        programme({
          schedule: {
            sessions: [
              { start: '2027-01-12T19:00', end: '2027-01-12T21:00' },
              { start: '2027-07-13T19:00:00+02:00', end: '2027-07-13T17:00:00Z', status: 'cancelled' },
            ],
          },
          lastChecked: '2027-01-08',
        }),
      ),
      [],
    );
    expect(kept.schedule?.sessions).to.have.length(2);
  });

  it('skips a session with a start or end that is not a date-time', () => {
    for (const [session, path] of [
      [{ start: '12-01-2027 19:00' }, 'programmes[0].schedule.sessions[0].start'],
      [{ start: '2027-01-12' }, 'programmes[0].schedule.sessions[0].start'],
      [{ start: '2027-01-12T19:00', end: 'half tien' }, 'programmes[0].schedule.sessions[0].end'],
    ] as const) {
      const result = parseProgrammes(programme({ schedule: { sessions: [session] } }));
      expectSkipped(result, [path]);
      expect(result.issues[0].message).to.contain('2027-01-31T19:00');
    }
  });

  it('skips a session with an unknown status, naming it', () => {
    const result = parseProgrammes(
      programme({ schedule: { sessions: [{ start: '2027-01-12T19:00', status: 'postponed' }] } }),
    );
    expectSkipped(result, ['programmes[0].schedule.sessions[0].status']);
    expect(result.issues[0].message).to.contain('"postponed"');
  });

  it('skips a "lastChecked" that is not a date', () => {
    const result = parseProgrammes(programme({ lastChecked: '31-01-2027' }));
    expectSkipped(result, ['programmes[0].lastChecked']);
  });

  it('ignores, and reports, an "updated" that is not a date-time, keeping the programmes', () => {
    // "12/01/2027" would read as 1 December with Date.parse; "2027" is no date-time.
    for (const updated of ['gisteren', '12/01/2027', '2027', 20270110]) {
      const result = parseOk(feedWith({ updated, programmes: [programme()] }));
      expect(paths(result.issues), String(updated)).to.deep.equal(['updated']);
      expectPlain(result.issues);
      expect(result.feed).not.to.have.property('updated');
      expect(result.feed.programmes).to.have.length(1);
    }
  });

  it('keeps a valid "updated"', () => {
    const result = parseOk(feedWith({ updated: '2027-01-10T09:00:00+01:00' }));
    expect(result.feed.updated).to.equal('2027-01-10T09:00:00+01:00');
  });
});

describe('parseFeed: e-mail addresses and phone numbers', () => {
  it('accepts ordinary Dutch phone numbers and e-mail addresses', () => {
    const result = parseProgrammes(
      ...['0570 123 456', '+31 (0)570-123456', '06-12345678'].map((phone, i) =>
        programme({ id: `p${i}`, registration: { required: true, phone, email: 'taalhuis@bibliotheek.nl' } }),
      ),
    );
    expect(result.issues).to.deep.equal([]);
    expect(result.feed.programmes).to.have.length(3);
  });

  it('skips a programme whose registration e-mail or phone is not one', () => {
    let result = parseProgrammes(
      programme({ registration: { required: true, email: 'taalhuis(at)bieb.nl' } }),
    );
    expectSkipped(result, ['programmes[0].registration.email']);
    expect(result.issues[0].message).to.match(/e-mail/);
    result = parseProgrammes(programme({ registration: { required: true, phone: 'bel ons gerust' } }));
    expectSkipped(result, ['programmes[0].registration.phone']);
    expect(result.issues[0].message).to.match(/phone/);
  });

  it('trims spaces around an e-mail address', () => {
    const kept = expectKept(
      parseProgrammes(programme({ registration: { required: true, email: ' taalhuis@bieb.nl ' } })),
      [],
    );
    expect(kept.registration?.email).to.equal('taalhuis@bieb.nl');
  });

  it('skips an organisation with a broken e-mail address', () => {
    const result = parseOk(
      feedWith({
        organisations: [
          { id: 'a', name: 'A', email: 'geen' },
          { id: 'b', name: 'B', phone: '12' },
          { id: 'c', name: 'C', email: 'c@c.nl', phone: '0570 123 456' },
        ],
      }),
    );
    expect(paths(result.issues)).to.have.members(['organisations[0].email', 'organisations[1].phone']);
    expectPlain(result.issues);
    expect(result.feed.organisations.map((o) => o.id)).to.deep.equal(['c']);
  });

  it('leaves out a publisher with a broken e-mail address, but keeps the programmes', () => {
    const result = parseOk(
      feedWith({ publisher: { name: 'Taalhuis', email: 'nee' }, programmes: [programme()] }),
    );
    expect(paths(result.issues)).to.deep.equal(['publisher.email']);
    expectPlain(result.issues);
    expect(result.feed).not.to.have.property('publisher');
    expect(result.feed.programmes).to.have.length(1);
  });
});

describe('parseFeed: links', () => {
  const withUrl = (url: unknown) => programme({ registration: { required: true, url } });

  it('keeps https, http, mailto and tel links', () => {
    const urls = [
      'https://bieb.nl/aanmelden',
      'http://bieb.nl',
      'mailto:taalhuis@bieb.nl',
      'tel:+31570123456',
    ];
    const result = parseProgrammes(...urls.map((url, i) => ({ ...withUrl(url), id: `p${i}` })));
    expect(result.issues).to.deep.equal([]);
    expect(result.feed.programmes.map((p) => p.registration?.url)).to.deep.equal(urls);
  });

  it('drops unsafe schemes in any spelling and keeps the programme', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ]) {
      const kept = expectKept(parseProgrammes(withUrl(url)), ['programmes[0].registration.url']);
      expect(kept.registration, url).to.deep.equal({ required: true });
      expect(parseProgrammes(withUrl(url)).issues[0].message, url).to.match(/unsafe scheme/);
    }
  });

  it('drops a link that is not a full URL, and keeps the programme', () => {
    for (const url of ['/aanmelden', 'www.bieb.nl', 42, 'https:/bieb.nl', 'http:bieb.nl']) {
      const result = parseProgrammes(withUrl(url));
      const kept = expectKept(result, ['programmes[0].registration.url']);
      expect(kept.registration, String(url)).to.deep.equal({ required: true });
      expect(result.issues[0].message, String(url)).to.match(/not a valid link/);
    }
  });

  it('drops unsafe links of the publisher, organisations and locations, keeping each', () => {
    const result = parseOk(
      feedWith({
        publisher: { name: 'Taalhuis', url: 'javascript:void(0)', privacyUrl: 'data:,hoi' },
        organisations: [{ id: 'o', name: 'O', url: 'javascript:alert(1)' }],
        locations: [{ id: 'l', name: 'L', url: 'data:text/html,hoi' }],
      }),
    );
    expect(paths(result.issues)).to.have.members([
      'publisher.url',
      'publisher.privacyUrl',
      'organisations[0].url',
      'locations[0].url',
    ]);
    expectPlain(result.issues);
    expect(result.feed.publisher).to.deep.equal({ name: 'Taalhuis' });
    expect(result.feed.organisations).to.deep.equal([{ id: 'o', name: 'O' }]);
    expect(result.feed.locations).to.deep.equal([{ id: 'l', name: 'L' }]);
  });
});

describe('parseFeed: values of the wrong type are described, not called missing', () => {
  const cases: [string, Json, string, RegExp][] = [
    ['id as a number', { id: 7 }, 'programmes[0].id', /text/],
    ['domains as text', { domains: 'numeracy' }, 'programmes[0].domains', /list/],
    [
      'places as a fraction',
      { capacity: { places: 2.5 } },
      'programmes[0].capacity.places',
      /whole number, not 2\.5/,
    ],
    ['places negative', { capacity: { places: -1 } }, 'programmes[0].capacity.places', /negative/],
    [
      'required as text',
      { registration: { required: 'ja' } },
      'programmes[0].registration.required',
      /true or false/,
    ],
    ['level C2', { level: { max: 'C2' } }, 'programmes[0].level.max', /"C2".*A0/],
    ['format unknown', { format: 'by-post' }, 'programmes[0].format', /"by-post"/],
    ['learning unknown', { learning: 'blended' }, 'programmes[0].learning', /"blended"/],
  ];
  for (const [name, overrides, path, expected] of cases) {
    it(name, () => {
      const result = parseProgrammes(programme(overrides));
      expectSkipped(result, [path]);
      expect(result.issues[0].message).not.to.match(/missing/);
      expect(result.issues[0].message).to.match(expected);
    });
  }

  it('names the bounds of a number out of range', () => {
    const result = parseOk(
      feedWith({
        locations: [
          { id: 'a', name: 'A', geo: { lat: 200, lon: 6 } },
          { id: 'b', name: 'B', geo: { lat: 52, lon: -181 } },
          { id: 'c', name: 'C', geo: { lat: '52.2', lon: 6 } },
        ],
        volunteerRoles: [
          { id: 'r1', title: 'R', hoursPerWeek: 41 },
          { id: 'r2', title: 'R', hoursPerWeek: 0 },
        ],
      }),
    );
    expect(paths(result.issues)).to.have.members([
      'locations[0].geo.lat',
      'locations[1].geo.lon',
      'locations[2].geo.lat',
      'volunteerRoles[0].hoursPerWeek',
      'volunteerRoles[1].hoursPerWeek',
    ]);
    expectPlain(result.issues);
    expect(messageAt(result.issues, 'locations[0].geo.lat')).to.match(/90/);
    expect(messageAt(result.issues, 'locations[1].geo.lon')).to.match(/-180/);
    expect(messageAt(result.issues, 'locations[2].geo.lat')).to.match(/a number, not text/);
    expect(messageAt(result.issues, 'volunteerRoles[0].hoursPerWeek')).to.match(/40/);
    expect(messageAt(result.issues, 'volunteerRoles[1].hoursPerWeek')).to.match(/more than 0/);
    expect(result.feed.locations).to.deep.equal([]);
    expect(result.feed.volunteerRoles).to.deep.equal([]);
  });

  it('skips goals and organisations with unknown single values, naming the value', () => {
    const result = parseOk(
      feedWith({
        organisations: [{ id: 'o', name: 'O', kind: 'church' }],
        goals: [
          { id: 'g1', domain: 'numeracy', text: 'Ik kan met geld betalen.', skill: 'singing' },
          { id: 'g2', domain: 'numeracy', text: 'Ik kan met geld betalen.', level: 'C2' },
          { id: 'g3', domain: 'numeracy', text: 'Ik kan met geld betalen.', level: 'A1', skill: 'speaking' },
        ],
      }),
    );
    expect(paths(result.issues)).to.have.members([
      'organisations[0].kind',
      'goals[0].skill',
      'goals[1].level',
    ]);
    expectPlain(result.issues);
    expect(messageAt(result.issues, 'organisations[0].kind')).to.contain('"church"');
    expect(messageAt(result.issues, 'goals[0].skill')).to.contain('"singing"');
    expect(result.feed.goals.map((g) => g.id)).to.deep.equal(['g3']);
  });
});

describe('parseFeed: duplicates and references', () => {
  it('keeps the first item of a duplicate id in every list', () => {
    const result = parseOk(
      feedWith({
        organisations: [
          { id: 'bieb', name: 'Eerste' },
          { id: 'bieb', name: 'Tweede' },
        ],
        locations: [
          { id: 'centrum', name: 'Eerste' },
          { id: ' centrum ', name: 'Tweede' },
        ],
        programmes: [programme({ title: 'Eerste' }), programme({ title: 'Tweede' })],
        volunteerRoles: [
          { id: 'maatje', title: 'Eerste' },
          { id: 'maatje', title: 'Tweede' },
        ],
        goals: [
          { id: 'g', domain: 'numeracy', text: 'Eerste' },
          { id: 'g', domain: 'numeracy', text: 'Tweede' },
        ],
      }),
    );
    expect(paths(result.issues)).to.have.members([
      'organisations[1].id',
      'locations[1].id',
      'programmes[1].id',
      'volunteerRoles[1].id',
      'goals[1].id',
    ]);
    expectPlain(result.issues);
    expect(result.feed.organisations.map((o) => o.name)).to.deep.equal(['Eerste']);
    expect(result.feed.locations.map((o) => o.name)).to.deep.equal(['Eerste']);
    expect(result.feed.programmes.map((o) => o.title)).to.deep.equal(['Eerste']);
    expect(result.feed.volunteerRoles.map((o) => o.title)).to.deep.equal(['Eerste']);
    expect(result.feed.goals.map((o) => o.text)).to.deep.equal(['Eerste']);
  });

  it('keeps known references and does not report them', () => {
    const result = parseOk(
      feedWith({
        organisations: [{ id: 'bieb', name: 'Bibliotheek' }],
        locations: [{ id: 'centrum', name: 'Centrum' }],
        programmes: [
          programme({
            organisationId: 'bieb',
            locationIds: ['centrum'],
            schedule: { sessions: [{ start: '2027-01-12T19:00', locationId: 'centrum' }] },
          }),
        ],
        volunteerRoles: [{ id: 'maatje', title: 'Taalmaatje', locationIds: ['centrum'] }],
      }),
    );
    expect(result.issues).to.deep.equal([]);
    const [kept] = result.feed.programmes;
    expect(kept.organisationId).to.equal('bieb');
    expect(kept.locationIds).to.deep.equal(['centrum']);
    expect(kept.schedule?.sessions?.[0].locationId).to.equal('centrum');
    expect(result.feed.volunteerRoles[0].locationIds).to.deep.equal(['centrum']);
  });

  it('reports a reference at the index of the programme that was kept, not of an earlier skipped one with the same id', () => {
    const result = parseProgrammes(
      programme({ id: 'taalcafe', title: undefined }),
      programme({ id: 'taalcafe', organisationId: 'onbekend' }),
    );
    expect(paths(result.issues)).to.have.members(['programmes[0].title', 'programmes[1].organisationId']);
    expect(result.feed.programmes).to.have.length(1);
    expect(result.feed.programmes[0]).not.to.have.property('organisationId');
  });

  it('reports a role reference at the index of the role that was kept', () => {
    const result = parseOk(
      feedWith({
        volunteerRoles: [
          { id: 'maatje', title: '' },
          { id: 'maatje', title: 'Taalmaatje', locationIds: ['nergens'] },
        ],
      }),
    );
    expect(paths(result.issues)).to.have.members([
      'volunteerRoles[0].title',
      'volunteerRoles[1].locationIds[0]',
    ]);
    expect(result.feed.volunteerRoles[0].locationIds).to.deep.equal([]);
  });
});

describe('parseFeed: lists and the feed itself', () => {
  it('cannot use a feed that is not an object', () => {
    for (const input of [null, [], 'aanbod', 42, true]) {
      const result = parseFeed(input);
      expect(result.ok, JSON.stringify(input)).to.equal(false);
      if (result.ok) continue;
      expect(result.message).to.match(/should be a JSON object/);
      expect(result.message).not.to.match(JARGON);
    }
  });

  it('cannot use a feed without a programmes list', () => {
    for (const input of [
      {},
      { programmes: {} },
      { programmes: null },
      { programmes: 'taalcafe' },
      { aanbod: [] },
    ]) {
      const result = parseFeed({ feedVersion: 1, publisher: { name: 'Taalhuis' }, ...input });
      expect(result.ok, JSON.stringify(input)).to.equal(false);
      if (result.ok) continue;
      expect(result.message).to.contain('"programmes"');
      expect(result.message).not.to.match(JARGON);
      expect(paths(result.issues)).to.deep.equal(['programmes']);
    }
  });

  it('reads no-programmes.json as unusable', async () => {
    const result = parseFeed(await fixture('no-programmes.json'));
    expect(result.ok).to.equal(false);
  });

  it('accepts an empty programmes list, and fills in every other list', () => {
    const result = parseOk({ feedVersion: 1, publisher: { name: 'Taalhuis' }, programmes: [] });
    expect(result.issues).to.deep.equal([]);
    expect(result.feed).to.deep.equal({
      feedVersion: 1,
      publisher: { name: 'Taalhuis' },
      organisations: [],
      locations: [],
      programmes: [],
      volunteerRoles: [],
      goals: [],
    });
  });

  it('ignores, and reports, another list that is not a list', () => {
    const result = parseOk(feedWith({ organisations: {}, goals: 'geen', programmes: [programme()] }));
    expect(paths(result.issues)).to.have.members(['organisations', 'goals']);
    expectPlain(result.issues);
    expect(result.feed.organisations).to.deep.equal([]);
    expect(result.feed.programmes).to.have.length(1);
  });

  it('reads a feed without feedVersion as version 1, and says so', () => {
    const result = parseOk({ publisher: { name: 'Taalhuis' }, programmes: [programme()] });
    expect(paths(result.issues)).to.deep.equal(['feedVersion']);
    expect(result.issues[0].message).to.match(/missing/);
    expect(result.feed.feedVersion).to.equal(1);
    expect(result.feed.programmes).to.have.length(1);
  });

  it('reads a version 2 feed as far as it can, and says so', () => {
    const result = parseOk({ feedVersion: 2, publisher: { name: 'Taalhuis' }, programmes: [programme()] });
    expect(paths(result.issues)).to.deep.equal(['feedVersion']);
    expect(result.issues[0].message).to.contain('2');
    expect(result.feed.programmes).to.have.length(1);
  });

  it('reports a missing or malformed publisher, keeping the programmes', () => {
    for (const [publisher, path] of [
      [undefined, 'publisher'],
      ['Taalhuis', 'publisher'],
      [{}, 'publisher.name'],
    ] as const) {
      const input: Json = { feedVersion: 1, publisher, programmes: [programme()] };
      if (publisher === undefined) delete input.publisher;
      const result = parseOk(input);
      expect(paths(result.issues), JSON.stringify(publisher)).to.deep.equal([path]);
      expectPlain(result.issues);
      expect(result.feed).not.to.have.property('publisher');
      expect(result.feed.programmes).to.have.length(1);
    }
  });

  it('skips list entries that are not objects', () => {
    const result = parseOk(feedWith({ programmes: [null, 'Taalcafé', [programme()], programme()] }));
    expect(paths(result.issues)).to.have.members(['programmes[0]', 'programmes[1]', 'programmes[2]']);
    expectPlain(result.issues);
    expect(result.skipped.programmes).to.equal(3);
    expect(result.feed.programmes).to.have.length(1);
  });
});

describe('parseFeed: only what is near a place (a region shard)', () => {
  // Zutphen library; Deventer is about 13 km away, Arnhem about 26 km.
  const zutphen = { lat: 52.1385, lon: 6.2014 };
  const locations = [
    { id: 'zutphen', name: 'Bibliotheek Zutphen', geo: zutphen },
    { id: 'deventer', name: 'Bibliotheek Deventer', geo: { lat: 52.2549, lon: 6.1636 } },
    { id: 'arnhem', name: 'Rozet Arnhem', geo: { lat: 51.9802, lon: 5.9106 } },
    { id: 'wijkcentrum', name: 'Wijkcentrum (no position)' },
  ];
  const near = { point: zutphen, radiusKm: 20 };
  const shard = (...programmes: Json[]) => feedWith({ locations, programmes });
  const ids = (result: ParseFeedResult) => (result.ok ? result.feed.programmes.map((p) => p.id) : []);

  it('leaves out in-person and hybrid programmes whose every place is further, and counts them', () => {
    const result = parseFeed(
      shard(
        programme({ id: 'in-zutphen', locationIds: ['zutphen'] }),
        programme({ id: 'in-arnhem', locationIds: ['arnhem'] }),
        programme({ id: 'hybrid-arnhem', format: 'hybrid', locationIds: ['arnhem'] }),
        programme({ id: 'arnhem-or-deventer', locationIds: ['arnhem', 'deventer'] }),
        programme({ id: 'online', format: 'online' }),
        programme({ id: 'no-position', locationIds: ['wijkcentrum'] }),
        programme({ id: 'nowhere' }),
        programme({
          id: 'session-in-zutphen',
          locationIds: ['arnhem'],
          schedule: { sessions: [{ start: '2027-01-12T19:00', locationId: 'zutphen' }] },
        }),
      ),
      { near },
    );
    expect(ids(result)).to.deep.equal([
      'in-zutphen',
      'arnhem-or-deventer',
      'online',
      'no-position',
      'nowhere',
      'session-in-zutphen',
    ]);
    expect(result.ok && result.outside).to.equal(2);
    expect(result.ok && result.skipped.programmes).to.equal(0);
  });

  it('does not check what it leaves out, and checks everything near as always', () => {
    const result = parseFeed(
      shard(
        programme({ id: 'far-and-broken', locationIds: ['arnhem'], domains: [] }),
        programme({ id: 'near-and-broken', locationIds: ['zutphen'], domains: [] }),
      ),
      { near },
    );
    expect(ids(result)).to.deep.equal([]);
    expect(result.ok && result.outside).to.equal(1);
    expect(paths(result.issues)).to.deep.equal(['programmes[1].domains']);
  });

  it('keeps everything, and counts nothing outside, without a place', () => {
    const result = parseOk(shard(programme({ id: 'in-arnhem', locationIds: ['arnhem'] })));
    expect(result.feed.programmes).to.have.length(1);
    expect(result).not.to.have.property('outside');
  });
});
