// `taalwijzer validate --strict`: warnings a publisher should act on, which never make
// a usable feed fail. "Now" is fixed with --now so the dates in the feeds stay meaningful.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args) => spawnSync('node', ['dist/cli.js', ...args], { encoding: 'utf8' });

function tempFeed(content) {
  const dir = mkdtempSync(join(tmpdir(), 'taalwijzer-strict-'));
  const file = join(dir, 'feed.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** A programme with everything a strict publisher wants: translations, a date ahead, a check, contact. */
const good = (overrides = {}) => ({
  id: 'taalcafe',
  title: { nl: 'Taalcafé', en: 'Language café', ar: 'مقهى اللغة' },
  summary: { nl: 'Samen praten.', en: 'Talk together.' },
  kind: 'language-cafe',
  learning: 'informal',
  domains: ['leisure-social'],
  format: 'in-person',
  locationIds: ['bieb'],
  schedule: { weekly: { days: ['thu'], start: '14:00', end: '16:00', from: '2026-01-08' } },
  cost: { free: true },
  registration: { required: false, email: 'taalhuis@bibliotheek-voorbeeld.nl' },
  lastChecked: '2026-11-20',
  ...overrides,
});

const feed = (programmes, extra = {}) => ({
  feedVersion: 1,
  publisher: { name: 'Taalhuis Zutphen' },
  organisations: [{ id: 'welzijn', name: 'Welzijn IJsselstreek' }],
  locations: [
    {
      id: 'bieb',
      name: 'Bibliotheek Zutphen',
      address: { street: "'s-Gravenhof 6", postalCode: '7201 DN', city: 'Zutphen' },
    },
  ],
  programmes,
  ...extra,
});

const strict = (file, ...args) => cli('validate', '--strict', file, '--now', '2026-11-28', ...args);
const warningsOf = (file) => {
  const result = strict(file, '--json');
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout).warnings;
};

test('a complete feed: no warnings, and --strict changes nothing else', () => {
  const file = tempFeed(feed([good()]));
  const result = strict(file);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /Waarschuwingen \(--strict\): geen\./);
  assert.match(result.stdout, /The feed is valid\./);
  assert.deepEqual(warningsOf(file), []);
  const plain = cli('validate', file);
  assert.doesNotMatch(plain.stdout, /Waarschuwingen/);
  assert.equal('warnings' in JSON.parse(cli('validate', file, '--json').stdout), false);
});

test('missing English: which field, and which other languages are missing too', () => {
  const file = tempFeed(
    feed([
      good({
        id: 'klik',
        title: { nl: 'Klik & Tik', ar: 'كليك وتيك' },
        summary: 'Leer de computer gebruiken.',
      }),
      good({ id: 'alleen-titel', title: { nl: 'Digisterker', en: 'Digisterker' }, summary: undefined }),
    ]),
  );
  const warnings = warningsOf(file);
  assert.deepEqual(
    warnings.map((w) => [w.path, w.code]),
    [
      ['programmes[0].title', 'missing-translation'],
      ['programmes[0].summary', 'missing-translation'],
    ],
  );
  assert.equal(
    warnings[0].message,
    'De titel van "Klik & Tik" is niet vertaald in het Engels (en). Ook niet in: Turks (tr), Pools (pl), Oekraïens (uk), Tigrinya (ti), Farsi (fa), Somalisch (so). Nieuwkomers die weinig Nederlands lezen, vinden het zo moeilijker.',
  );
  assert.match(
    warnings[1].message,
    /^De samenvatting van "Klik & Tik" is niet vertaald in het Engels \(en\)\. Ook niet in: Arabisch \(ar\)/,
  );
  const text = strict(file).stdout;
  assert.match(text, /Waarschuwingen \(--strict\): 2\./);
  assert.match(text, /Titels vertaald: en 1\/2, ar 1\/2, tr 0\/2/);
  assert.match(text, /The feed is valid\. Look at the warnings above\./);
});

test('a programme whose dates are all past, or all cancelled', () => {
  const file = tempFeed(
    feed([
      good({
        id: 'zomer',
        title: { nl: 'Zomertaalschool 2026', en: 'Summer school 2026' },
        schedule: {
          sessions: [{ start: '2026-07-06T10:00' }, { start: '2026-08-05T10:00', end: '2026-08-05T12:00' }],
        },
      }),
      good({
        id: 'voorbij-wekelijks',
        schedule: { weekly: { days: ['mon'], start: '10:00', end: '11:00', until: '2026-06-29' } },
      }),
      good({
        id: 'afgelast',
        title: { nl: 'Workshop', en: 'Workshop' },
        schedule: { sessions: [{ start: '2027-01-26T10:00', status: 'cancelled' }] },
      }),
      good({ id: 'taalmaatje', schedule: { note: 'Op een tijd die u samen afspreekt.' } }),
      good({ id: 'zonder-rooster', schedule: undefined }),
    ]),
  );
  const warnings = warningsOf(file).filter((w) => w.code === 'no-upcoming-session');
  assert.deepEqual(
    warnings.map((w) => w.path),
    ['programmes[0].schedule', 'programmes[1].schedule', 'programmes[2].schedule'],
  );
  assert.equal(
    warnings[0].message,
    '"Zomertaalschool 2026" heeft geen komende bijeenkomsten meer: de laatste was op 05-08-2026. Zet er nieuwe data in, of haal het uit de feed.',
  );
  assert.match(warnings[1].message, /de laatste was op 29-06-2026/);
  assert.equal(
    warnings[2].message,
    '"Workshop" heeft geen komende bijeenkomsten: alle bijeenkomsten die nog komen, vervallen.',
  );
});

test('lastChecked more than six months before --now, or missing', () => {
  const file = tempFeed(
    feed([
      good({ id: 'net-op-tijd', lastChecked: '2026-05-28' }),
      good({
        id: 'te-oud',
        title: { nl: 'Klik & Tik voorjaar', en: 'Klik & Tik spring' },
        lastChecked: '2026-05-27',
      }),
      good({
        id: 'nooit',
        title: { nl: 'Nooit gecontroleerd', en: 'Never checked' },
        lastChecked: undefined,
      }),
    ]),
  );
  const warnings = warningsOf(file).filter((w) => w.code === 'stale' || w.code === 'never-checked');
  assert.deepEqual(
    warnings.map((w) => [w.path, w.code]),
    [
      ['programmes[1].lastChecked', 'stale'],
      ['programmes[2].lastChecked', 'never-checked'],
    ],
  );
  assert.match(
    warnings[0].message,
    /^"Klik & Tik voorjaar" is voor het laatst gecontroleerd op 27-05-2026, meer dan zes maanden geleden\./,
  );
  // A later --now makes the first one stale too; without --now the real date counts.
  const later = JSON.parse(
    cli('validate', '--strict', file, '--json', '--now', '2026-12-01').stdout,
  ).warnings;
  assert.ok(later.some((w) => w.path === 'programmes[0].lastChecked' && w.code === 'stale'));
});

test('no way to get in touch: not in the registration, not at the organisation or publisher', () => {
  const file = tempFeed(
    feed(
      [
        good({ id: 'los', title: { nl: 'Wandelen', en: 'Walking' }, registration: undefined }),
        good({ id: 'org', registration: { required: false }, organisationId: 'welzijn' }),
        good({ id: 'org-met-tel', registration: undefined, organisationId: 'met-telefoon' }),
      ],
      {
        organisations: [
          { id: 'welzijn', name: 'Welzijn IJsselstreek' },
          { id: 'met-telefoon', name: 'Bibliotheek', phone: '0575 599 000' },
        ],
      },
    ),
  );
  const warnings = warningsOf(file).filter((w) => w.code === 'no-contact');
  assert.deepEqual(
    warnings.map((w) => w.path),
    ['programmes[0].registration', 'programmes[1].registration'],
  );
  assert.match(
    warnings[0].message,
    /^Bij "Wandelen" staat niet hoe iemand contact opneemt of zich aanmeldt: .* en ook niet bij de uitgever\.$/,
  );
  assert.match(warnings[1].message, /en ook niet bij de organisatie\.$/);
  // The publisher's own contact details count for programmes without an organisation.
  const withPublisherPhone = tempFeed(
    feed([good({ registration: undefined })], { publisher: { name: 'Taalhuis', phone: '0575 599 010' } }),
  );
  assert.deepEqual(warningsOf(withPublisherPhone), []);
});

test('a location without an address, or without street or town', () => {
  const file = tempFeed(
    feed([good()], {
      locations: [
        { id: 'bieb', name: 'Bibliotheek Zutphen', address: { street: "'s-Gravenhof 6", city: 'Zutphen' } },
        { id: 'school', name: 'Taalschool IJsselstad' },
        { id: 'kei', name: 'Buurthuis De Kei', address: { street: 'Rijnstraat 12', postalCode: '7203 BT' } },
      ],
    }),
  );
  const warnings = warningsOf(file).filter((w) => w.code === 'no-address');
  assert.deepEqual(
    warnings.map((w) => [w.path, w.message]),
    [
      [
        'locations[1].address',
        'Locatie "Taalschool IJsselstad" heeft geen adres. Bezoekers kunnen haar zo niet vinden.',
      ],
      ['locations[2].address', 'Bij het adres van locatie "Buurthuis De Kei" ontbreekt de plaats.'],
    ],
  );
});

test('paths point into the file as written, also after a skipped item', () => {
  const file = tempFeed(feed([{ id: 'kapot' }, good({ id: 'tweede', lastChecked: '2025-01-01' })]));
  const result = strict(file, '--json');
  assert.equal(result.status, 0);
  const report = JSON.parse(result.stdout);
  assert.equal(report.counts.programmes.skipped, 1);
  assert.deepEqual(
    report.warnings.map((w) => w.path),
    ['programmes[1].lastChecked'],
  );
});

test('the sample feed: only the past programmes and one old check are flagged', () => {
  const result = strict('examples/feeds/aanbod.json', '--json');
  assert.equal(result.status, 0);
  const warnings = JSON.parse(result.stdout).warnings;
  assert.deepEqual(warnings.map((w) => w.code).sort(), [
    'no-upcoming-session',
    'no-upcoming-session',
    'no-upcoming-session',
    'stale',
  ]);
});

test('warnings never rescue or fail a feed; a bad --now is wrong usage', () => {
  const unusable = strict(tempFeed({ feedVersion: 1, publisher: { name: 'x' } }));
  assert.equal(unusable.status, 1);
  assert.match(unusable.stdout, /no "programmes" list/);
  const noTranslations = strict(
    tempFeed(feed([good({ title: 'Taalcafé', summary: 'Praten.', lastChecked: undefined })])),
  );
  assert.equal(noTranslations.status, 0);
  const badNow = cli('validate', '--strict', 'examples/feeds/aanbod.json', '--now', 'morgen');
  assert.equal(badNow.status, 2);
  assert.match(badNow.stderr, /--now: "morgen" is not a date/);
  assert.match(cli('validate', '--help').stdout, /--strict/);
});
