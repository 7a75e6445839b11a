// `taalwijzer convert`, run as a coordinator would: the built dist/cli.js on the
// spreadsheets Dutch Excel and LibreOffice write (test/fixtures/spreadsheets/) and on
// the shipped example set (examples/spreadsheet/). Checks what lands in the feed,
// what the coordinator is told (file, row, column, in Dutch) and the exit status.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const FIXTURES = 'test/fixtures/spreadsheets';
const EXAMPLES = 'examples/spreadsheet';
const cli = (...args) => spawnSync('node', ['dist/cli.js', ...args], { encoding: 'utf8' });
const tempDir = () => mkdtempSync(join(tmpdir(), 'taalwijzer-convert-'));

/** Converts with the fixture locations, organisations and roles; returns the run and the feed. */
function convertFixture(file, ...extra) {
  const out = join(tempDir(), 'feed.json');
  const result = cli(
    'convert',
    join(FIXTURES, file),
    '--locations',
    join(FIXTURES, 'locaties.csv'),
    '--organisations',
    join(FIXTURES, 'organisaties.csv'),
    '--roles',
    join(FIXTURES, 'vrijwilligersrollen.csv'),
    '--now',
    '2026-11-28T10:00',
    '-o',
    out,
    ...extra,
  );
  const feed = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : undefined;
  return { ...result, out, feed };
}

/** What `taalwijzer validate --json` (the widgets' own parser) says about a file. */
function validateJson(file) {
  const result = cli('validate', file, '--json');
  return { status: result.status, report: JSON.parse(result.stdout) };
}

const programme = (feed, id) => feed.programmes.find((p) => p.id === id);

test('the example spreadsheets convert into a valid feed of at least ten Zutphen programmes', () => {
  const out = join(tempDir(), 'aanbod.json');
  const result = cli(
    'convert',
    join(EXAMPLES, 'voorbeeld-programmas.csv'),
    '--locations',
    join(EXAMPLES, 'voorbeeld-locaties.csv'),
    '--organisations',
    join(EXAMPLES, 'voorbeeld-organisaties.csv'),
    '--roles',
    join(EXAMPLES, 'voorbeeld-vrijwilligersrollen.csv'),
    '--privacy-url',
    'https://www.bibliotheek-voorbeeld.nl/privacy',
    '-o',
    out,
  );
  assert.equal(result.status, 0, result.stderr);
  assert.doesNotMatch(result.stderr, /Fouten|Let op/, 'the example has nothing to complain about');
  assert.match(
    result.stderr,
    /Klaar: .*aanbod\.json is gemaakt met 14 programma's, 6 locaties, 6 organisaties, 6 vrijwilligersrollen/,
  );

  const { status, report } = validateJson(out);
  assert.equal(status, 0);
  assert.deepEqual(report.issues, [], 'the widgets read every item without a problem');
  assert.equal(report.counts.programmes.usable, 14);

  const feed = JSON.parse(readFileSync(out, 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const check = ajv.compile(JSON.parse(readFileSync('dist/feed.schema.json', 'utf8')));
  assert.equal(check(feed), true, JSON.stringify(check.errors?.slice(0, 3)));

  // The publisher comes from the organisation of kind "taalhuis", with its contact details.
  assert.deepEqual(feed.publisher, {
    name: 'Taalhuis Zutphen',
    url: 'https://www.bibliotheek-voorbeeld.nl/taalhuis',
    email: 'taalhuis@bibliotheek-voorbeeld.nl',
    phone: '0575 599 010',
    privacyUrl: 'https://www.bibliotheek-voorbeeld.nl/privacy',
  });
  // The same offer as the sample feed: spot checks of what coordinators type.
  const sample = JSON.parse(readFileSync('examples/feeds/aanbod.json', 'utf8'));
  for (const converted of feed.programmes) {
    const original = sample.programmes.find((p) => p.id === converted.id);
    assert.ok(original, `${converted.id} is in the sample feed`);
    for (const key of [
      'kind',
      'learning',
      'domains',
      'themes',
      'routes',
      'level',
      'format',
      'locationIds',
      'capacity',
    ]) {
      assert.deepEqual(converted[key], original[key], `${converted.id}.${key}`);
    }
    assert.deepEqual(converted.title, {
      nl: original.title.nl,
      en: original.title.en,
      ar: original.title.ar,
    });
  }
  const cafe = programme(feed, 'taalcafe-centrum');
  assert.deepEqual(cafe.schedule.weekly, { days: ['thu'], start: '14:00', end: '16:00', from: '2026-01-08' });
  assert.deepEqual(
    cafe.schedule.sessions.map((s) => [s.start, s.status]),
    [
      ['2026-12-24T14:00', 'cancelled'],
      ['2026-12-31T14:00', 'cancelled'],
    ],
  );
  assert.deepEqual(programme(feed, 'nt2-b1-route-avond').cost.amount, 2950);
  assert.deepEqual(programme(feed, 'digisterker-april-2027-warnsveld').cost, {
    free: false,
    amount: 10,
    currency: 'EUR',
    note: 'Voor het werkboek. Met de GelrePas is het gratis.',
  });
  // Eight sessions, one per line inside one cell (Alt+Enter in Excel).
  assert.equal(programme(feed, 'klik-en-tik-cursus-2027').schedule.sessions.length, 8);
  assert.deepEqual(programme(feed, 'formulierenspreekuur').supportLanguages, ['ar', 'tr', 'pl']);
  assert.equal(feed.volunteerRoles.find((r) => r.id === 'voorleesexpress-voorlezer').hoursPerWeek, 1.5);
  assert.equal(feed.locations.find((l) => l.id === 'bieb-centrum').geo.lat, 52.1396);
});

test('the empty templates have exactly the columns the converter knows', () => {
  for (const [template, option] of [
    ['locaties-sjabloon.csv', '--locations'],
    ['organisaties-sjabloon.csv', '--organisations'],
    ['vrijwilligersrollen-sjabloon.csv', '--roles'],
  ]) {
    const result = cli(
      'convert',
      join(EXAMPLES, 'voorbeeld-programmas.csv'),
      option,
      join(EXAMPLES, template),
      '--publisher',
      'Taalhuis Zutphen',
      '-o',
      join(tempDir(), 'feed.json'),
    );
    assert.doesNotMatch(result.stderr, /onbekend|ontbreekt/, template);
  }
  const empty = cli('convert', join(EXAMPLES, 'programmas-sjabloon.csv'), '--publisher', 'Taalhuis Zutphen');
  assert.equal(empty.status, 1);
  assert.doesNotMatch(empty.stderr, /onbekend|ontbreekt/);
  assert.match(empty.stderr, /programmas-sjabloon\.csv: er staat geen enkel bruikbaar programma in/);
  for (const file of ['programmas', 'locaties', 'organisaties', 'vrijwilligersrollen']) {
    const bytes = readFileSync(join(EXAMPLES, `${file}-sjabloon.csv`));
    assert.deepEqual(
      [...bytes.subarray(0, 3)],
      [0xef, 0xbb, 0xbf],
      `${file}: UTF-8 with BOM, so Excel shows é and Arabic`,
    );
    assert.equal(bytes.toString('utf8').trim().split('\n').length, 1, `${file}: only the header row`);
  }
});

test('Dutch Excel (";", BOM, line breaks in cells): every value a coordinator typed arrives', () => {
  const { status, stderr, feed } = convertFixture('excel-nl-utf8-bom.csv');
  assert.equal(status, 0, stderr);
  assert.equal(feed.programmes.length, 3, 'the row of empty cells is ignored');
  const cafe = programme(feed, 'taalcafe-zaterdag');
  assert.ok(cafe, 'the first id has no BOM stuck to it');
  assert.equal(
    cafe.description,
    'Kom gewoon binnen.\nEr is altijd een vrijwilliger; u hoeft niets mee te nemen.',
  );
  assert.deepEqual(cafe.title, { nl: 'Taalcafé op zaterdag', en: 'Saturday language café' });
  assert.equal(cafe.organisationId, 'bibliotheek-zutphen', 'found by its name');
  assert.deepEqual(cafe.locationIds, ['bieb-centrum'], 'a name with a comma in it');
  assert.deepEqual(cafe.domains, ['leisure-social', 'integration-naturalisation']);

  const bike = programme(feed, 'fietsles-2027');
  assert.deepEqual(bike.cost, {
    free: false,
    amount: 12.5,
    currency: 'EUR',
    note: 'Met de GelrePas gratis.',
  });
  assert.deepEqual(
    bike.domains,
    ['health-exercise', 'leisure-social'],
    '"gezondheid & beweging" is a domain',
  );
  assert.deepEqual(bike.level, { min: 'A1' });
  assert.equal(bike.schedule.sessions.length, 6);
  assert.deepEqual(bike.schedule.sessions[3], {
    start: '2027-04-27T10:00',
    end: '2027-04-27T11:30',
    locationId: 'bieb-warnsveld',
  });
  assert.equal(bike.registration.phone, '0575599400');
  assert.match(
    stderr,
    /excel-nl-utf8-bom\.csv, rij 3, kolom "aanmelden_telefoon": "575599400" begint niet met 0: Excel haalt die soms weg/,
  );

  const nt2 = programme(feed, 'nt2-avond');
  assert.equal(nt2.cost.amount, 2950, '"2.950,00" is two thousand nine hundred and fifty');
  assert.deepEqual(nt2.level, { min: 'A2', max: 'B1' });
  assert.deepEqual(nt2.schedule.weekly.days, ['tue', 'thu']);
  assert.equal(nt2.registration.url, 'https://www.taalschool-ijsselstad.example.nl/inschrijven');
  assert.equal(nt2.lastChecked, '2026-11-20', 'an ISO date works too');

  // Locations: postcode tidied, swapped coordinates put right and reported.
  const warnsveld = feed.locations.find((l) => l.id === 'bieb-warnsveld');
  assert.deepEqual(warnsveld.geo, { lat: 52.1378, lon: 6.2312 });
  assert.match(
    stderr,
    /locaties\.csv, rij 3, kolom "breedtegraad": breedtegraad en lengtegraad zijn omgewisseld/,
  );
  assert.equal(feed.locations.find((l) => l.id === 'bieb-centrum').address.postalCode, '7201 DN');
  const buddy = feed.volunteerRoles.find((r) => r.id === 'taalmaatje');
  assert.equal(buddy.hoursPerWeek, 1.5);
  assert.deepEqual(buddy.locationIds, ['bieb-centrum', 'bieb-warnsveld']);
  assert.equal(feed.volunteerRoles.find((r) => r.id === 'voorlezer').vogRequired, true, 'an x means yes');

  assert.deepEqual(validateJson(convertFixture('excel-nl-utf8-bom.csv').out).report.issues, []);
});

test('LibreOffice with "," between cells and no BOM', () => {
  const { status, stderr, feed } = convertFixture('libreoffice-komma.csv');
  assert.equal(status, 0, stderr);
  assert.deepEqual(
    feed.programmes.map((p) => p.id),
    ['inloop-digitaal', 'koken-en-praten'],
  );
  assert.equal(feed.programmes[0].title.nl, 'Digicafé: hulp met uw telefoon, tablet of laptop');
  assert.equal(feed.programmes[0].title.ar, 'مقهى رقمي');
  assert.deepEqual(feed.programmes[0].schedule.weekly, {
    days: ['mon', 'wed', 'fri'],
    start: '10:00',
    end: '12:00',
    from: '2026-01-05',
  });
  assert.deepEqual(feed.programmes[1].domains, ['leisure-social', 'health-exercise']);
  assert.deepEqual(feed.programmes[1].cost, { free: false, amount: 3, currency: 'EUR' });
});

test('a Windows-1252 ("ANSI") file keeps é, curly quotes, the dash and the euro sign, and says how it was read', () => {
  const { status, stderr, feed } = convertFixture('windows-1252.csv');
  assert.equal(status, 0, stderr);
  assert.equal(feed.programmes[0].title, 'Taalcafé één keer per week');
  assert.equal(feed.programmes[1].title, 'Cursus “Lezen & schrijven” – beginners');
  assert.deepEqual(feed.programmes[1].cost, { free: false, amount: 5, currency: 'EUR' });
  assert.match(feed.programmes[1].schedule.note, /\(ë, ï, ü\)/);
  assert.match(
    stderr,
    /windows-1252\.csv: dit bestand is niet als UTF-8 opgeslagen en is gelezen als Windows-1252/,
  );
});

test('a spreadsheet with mistakes: each is named by row and column in Dutch, the good rows still make a feed', () => {
  const { status, stderr, feed, out } = convertFixture('kapot-programmas.csv');
  assert.equal(status, 0, 'the feed is usable');
  assert.deepEqual(
    feed.programmes.map((p) => p.id),
    ['voel-je-goed', 'voor-t-zelfde-geld', 'workshop-cv', 'rekenen'],
  );
  const lines = stderr.split('\n').map((line) => line.trim());
  const has = (pattern) =>
    assert.ok(
      lines.some((line) => pattern.test(line)),
      `${pattern}\n\n${stderr}`,
    );

  has(
    /^kapot-programmas\.csv, rij 3, kolom "soort": "cursuss" is geen bekende soort\. Kies uit: cursus, taalcafé, taalmaatje, inloop, workshop, voorlezen-thuis, zelfstudie\. Bedoelt u "cursus"\? Deze rij is overgeslagen\.$/,
  );
  has(
    /^kapot-programmas\.csv, rij 4, kolom "sessies": "31-02-2027" bestaat niet: februari 2027 heeft 28 dagen\. Deze sessie is weggelaten\.$/,
  );
  has(/^kapot-programmas\.csv, rij 4, kolom "sessies": 09-02-2027 is een dinsdag, geen woensdag\./);
  has(
    /^kapot-programmas\.csv, rij 5: in deze rij staan de cellen gescheiden door ",", in de kopregel door ";"/,
  );
  has(/^kapot-programmas\.csv, rij 6, kolom "gratis": is leeg\. Vul in of het gratis is: ja of nee/);
  has(
    /^kapot-programmas\.csv, rij 8, kolom "domeinen": "ruimtevaart" is geen bekend domein\..* Deze waarde is weggelaten\.$/,
  );
  has(/^kapot-programmas\.csv, rij 8, kolom "niveau": "B3" is geen niveau\./);
  has(
    /^kapot-programmas\.csv, rij 8, kolom "aanmelden_email": "rekenen\(at\)bibliotheek" is geen e-mailadres\./,
  );
  has(/^kapot-programmas\.csv, rij 9, kolom "id": het id "voel-je-goed" staat ook in rij 2\./);
  has(
    /^kapot-programmas\.csv, rij 10: deze rij heeft 16 cellen, maar er zijn maar 15 kolommen\. Staat er een ";" in een cel/,
  );
  assert.match(stderr, /5 rijen staan er niet in/);

  // The two good sessions stay, the impossible date goes; the price with a comma is read.
  assert.deepEqual(
    programme(feed, 'voor-t-zelfde-geld').schedule.sessions.map((s) => s.start),
    ['2027-02-03T13:30', '2027-02-09T13:30'],
  );
  assert.deepEqual(programme(feed, 'workshop-cv').cost, { free: false, amount: 7.5, currency: 'EUR' });
  assert.deepEqual(programme(feed, 'rekenen').domains, ['numeracy']);
  assert.equal(programme(feed, 'rekenen').level, undefined);
  assert.equal(programme(feed, 'rekenen').registration, undefined);
  assert.deepEqual(validateJson(out).report.issues, []);
});

test('a missing required column: exit 1, the column is named, no feed is written', () => {
  const { status, stderr, out } = convertFixture('zonder-soort.csv');
  assert.equal(status, 1);
  assert.match(
    stderr,
    /zonder-soort\.csv, kolom "soort": deze kolom ontbreekt\. .*Verplichte kolommen: titel, soort, leervorm, domeinen, vorm, gratis/,
  );
  assert.match(stderr, /Er is geen feed gemaakt/);
  assert.equal(existsSync(out), false);
});

test('a quote that is never closed: exit 1 with a plain explanation', () => {
  const { status, stderr, out } = convertFixture('open-aanhalingsteken.csv');
  assert.equal(status, 1);
  assert.match(
    stderr,
    /open-aanhalingsteken\.csv: er staat een aanhalingsteken \(".*\) dat nergens wordt gesloten/,
  );
  assert.equal(existsSync(out), false);
});

test('an existing feed is not overwritten when nothing usable came out', () => {
  const dir = tempDir();
  const out = join(dir, 'feed.json');
  writeFileSync(out, '{"keep": true}');
  const result = cli(
    'convert',
    join(FIXTURES, 'zonder-soort.csv'),
    '--publisher',
    'Taalhuis Zutphen',
    '-o',
    out,
  );
  assert.equal(result.status, 1);
  assert.equal(readFileSync(out, 'utf8'), '{"keep": true}');
});

test('references to locations without --locations are left out with a hint', () => {
  const result = cli('convert', join(FIXTURES, 'excel-nl-utf8-bom.csv'), '--publisher', 'Taalhuis Zutphen');
  assert.equal(result.status, 0, result.stderr);
  const feed = JSON.parse(result.stdout);
  assert.equal(feed.programmes[0].locationIds, undefined);
  assert.match(
    result.stderr,
    /excel-nl-utf8-bom\.csv, rij 2, kolom "locaties": "Bibliotheek Zutphen, centrum" is weggelaten: er is geen bestand met locaties opgegeven\. Geef het op met --locations\./,
  );
  assert.equal(feed.publisher.name, 'Taalhuis Zutphen');
  assert.deepEqual(validateJson(writeTemp(result.stdout)).report.issues, []);
});

function writeTemp(text) {
  const file = join(tempDir(), 'feed.json');
  writeFileSync(file, text);
  return file;
}

test('without a publisher name and no Taalhuis among the organisations: exit 1 and how to give one', () => {
  const result = cli('convert', join(FIXTURES, 'libreoffice-komma.csv'));
  assert.equal(result.status, 1);
  assert.match(
    result.stderr,
    /--publisher: de naam van de uitgever ontbreekt\. Geef die op met --publisher "Taalhuis Zutphen"/,
  );
  assert.equal(result.stdout, '');
});

test('a file that does not exist: exit 1 in plain Dutch', () => {
  const result = cli('convert', join(FIXTURES, 'bestaat-niet.csv'), '--publisher', 'x');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /bestaat-niet\.csv: dit bestand bestaat niet/);
});

test('wrong usage exits 2 and shows the convert help', () => {
  for (const args of [
    ['convert'],
    ['convert', 'a.csv', 'b.csv'],
    ['convert', 'a.csv', '--locaties', 'l.csv'],
    ['convert', 'a.csv', '-o'],
    ['convert', 'a.csv', '--now', 'gisteren'],
  ]) {
    const result = cli(...args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /Gebruik: taalwijzer convert/, args.join(' '));
  }
  const help = cli('convert', '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--organisations <organisaties\.csv>/);
  assert.match(help.stdout, /Meerdere waarden in één cel scheidt u met ;/);
});

test('the .xlsx template converts to the same feed as the example CSV files, one workbook for all four', () => {
  const now = ['--now', '2026-11-28T10:00', '-o', '-'];
  const fromCsv = cli(
    'convert',
    join(EXAMPLES, 'voorbeeld-programmas.csv'),
    '--locations',
    join(EXAMPLES, 'voorbeeld-locaties.csv'),
    '--organisations',
    join(EXAMPLES, 'voorbeeld-organisaties.csv'),
    '--roles',
    join(EXAMPLES, 'voorbeeld-vrijwilligersrollen.csv'),
    ...now,
  );
  const fromWorkbook = cli('convert', join(EXAMPLES, 'taalwijzer-sjabloon.xlsx'), ...now);
  assert.equal(fromWorkbook.status, 0, fromWorkbook.stderr);
  assert.doesNotMatch(fromWorkbook.stderr, /Fouten|Let op/);
  assert.equal(fromWorkbook.stdout, fromCsv.stdout);

  // A workbook without a programmes sheet, and a Word file renamed: a clear line, exit 1.
  const dir = tempDir();
  const empty = join(dir, 'leeg.xlsx');
  writeFileSync(empty, Buffer.from('PK\u0003\u0004 not really a workbook'));
  const broken = cli('convert', empty, ...now);
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /leeg\.xlsx/);
  assert.match(broken.stderr, /Er is geen feed gemaakt/);
});
