// Workbooks for the feed studio (src/convert/workbook.ts): .xlsx and .ods sheets read into
// the converter's tables, and a feed written back as an .xlsx in the template's layout.
// The module is bundled here with esbuild for the browser (so it cannot use Node's
// built-ins) and run in Node; the workbooks are made with SheetJS as Excel and
// LibreOffice store them: numbers as numbers, dates as serial numbers with a date format.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import * as XLSX from '@e965/xlsx';

const EXAMPLES = 'examples/spreadsheet';
const NOW = new Date('2026-11-28T10:00:00+01:00');
const PRIVACY = 'https://www.bibliotheek-voorbeeld.nl/privacy';

/** workbook.ts, convert.ts and csv.ts, bundled for the browser. */
let W;
let bundleInputs;

before(async () => {
  mkdirSync('.tmp/workbook-test', { recursive: true });
  const outfile = '.tmp/workbook-test/workbook.mjs';
  const result = await build({
    stdin: {
      contents: [
        `export * from './src/convert/workbook.ts';`,
        `export { convert } from './src/convert/convert.ts';`,
        `export { readCsv } from './src/convert/csv.ts';`,
        `export { withProblemLanguage } from './src/convert/language.ts';`,
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    outfile,
    metafile: true,
    logLevel: 'warning',
  });
  bundleInputs = Object.keys(result.metafile.inputs);
  W = await import(`${pathToFileURL(join(process.cwd(), outfile)).href}?t=${Date.now()}`);
});

const exampleTable = (kind) =>
  W.readCsv(`voorbeeld-${kind}.csv`, readFileSync(join(EXAMPLES, `voorbeeld-${kind}.csv`)));

/** The example spreadsheets converted from CSV, as `taalwijzer convert` does. */
function exampleFeed() {
  const result = W.convert({
    programmes: exampleTable('programmas'),
    locations: exampleTable('locaties'),
    organisations: exampleTable('organisaties'),
    roles: exampleTable('vrijwilligersrollen'),
    privacyUrl: PRIVACY,
    now: NOW,
  });
  assert.deepEqual(result.problems, []);
  return result.feed;
}

/** Reads a workbook, sorts its tables by kind and converts them. */
function convertWorkbook(name, bytes, extra = {}) {
  const read = W.readWorkbook(name, bytes);
  const tables = {};
  for (const table of read.tables) {
    const kind = W.sheetKind(table);
    if (kind) {
      assert.equal(tables[kind], undefined, `one sheet per kind (${table.name})`);
      tables[kind] = table;
    }
  }
  const result = W.convert({ ...tables, privacyUrl: PRIVACY, now: NOW, ...extra });
  return { read, tables, result };
}

const withoutUpdated = (feed) => ({ ...feed, updated: undefined });

/** A CSV table as a sheet the way Excel stores what a coordinator types. */
function excelLikeSheet(table) {
  const yesNoColumns = new Set(['gratis', 'vog']);
  const toCell = (value, column) => {
    if (value === '') return undefined;
    let m;
    if ((m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value))) {
      const serial =
        (Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])) - Date.UTC(1899, 11, 30)) / 864e5;
      return { t: 'n', v: serial, z: 'dd"-"mm"-"yyyy' };
    }
    if (/^\d+(,\d+)?$/.test(value) && column !== 'id') return { t: 'n', v: Number(value.replace(',', '.')) };
    if (yesNoColumns.has(column) && /^(ja|nee)$/.test(value)) return { t: 'b', v: value === 'ja' };
    return { t: 's', v: value };
  };
  const data = [
    table.header.map((name) => ({ t: 's', v: name })),
    ...table.rows.map(({ cells }) => cells.map((cell, c) => toCell(cell, table.header[c]))),
  ];
  return {
    '!data': data,
    '!ref': XLSX.utils.encode_range({
      s: { r: 0, c: 0 },
      e: { r: data.length - 1, c: table.header.length - 1 },
    }),
  };
}

function exampleWorkbook(bookType) {
  const workbook = XLSX.utils.book_new();
  for (const [kind, sheetName] of [
    ['programmas', "Programma's"],
    ['locaties', 'Locaties'],
    ['organisaties', 'Organisaties'],
    ['vrijwilligersrollen', 'Vrijwilligersrollen'],
  ]) {
    XLSX.utils.book_append_sheet(workbook, excelLikeSheet(exampleTable(kind)), sheetName);
  }
  const toelichting = XLSX.utils.aoa_to_sheet([['Uitleg'], ['Vul per blad één rij per programma in.']]);
  XLSX.utils.book_append_sheet(workbook, toelichting, 'Toelichting');
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType }));
}

test('workbook.ts bundles for the browser without Node built-ins', () => {
  assert.ok(bundleInputs.some((path) => path.endsWith('src/convert/workbook.ts')));
  assert.deepEqual(
    bundleInputs.filter((path) => path.startsWith('node:') || /^(fs|path|os|buffer|stream)$/.test(path)),
    [],
  );
});

for (const bookType of ['xlsx', 'ods']) {
  test(`the example spreadsheets saved as .${bookType} give the same feed as the CSV files`, () => {
    const { read, tables, result } = convertWorkbook(`voorbeeld.${bookType}`, exampleWorkbook(bookType));
    assert.deepEqual(read.problems, []);
    assert.deepEqual(
      read.tables.map((table) => [table.name, W.sheetKind(table)]),
      [
        [`voorbeeld.${bookType} › Programma's`, 'programmes'],
        [`voorbeeld.${bookType} › Locaties`, 'locations'],
        [`voorbeeld.${bookType} › Organisaties`, 'organisations'],
        [`voorbeeld.${bookType} › Vrijwilligersrollen`, 'roles'],
        [`voorbeeld.${bookType} › Toelichting`, undefined],
      ],
    );
    // Dates came in as date cells, numbers as numbers, yes/no as TRUE/FALSE.
    const programmes = tables.programmes;
    const column = (name) => programmes.header.indexOf(name);
    assert.equal(programmes.rows[0].row, 2);
    assert.equal(programmes.rows[0].cells[column('van')], '2026-01-08');
    assert.equal(programmes.rows[0].cells[column('gratis')], 'ja');
    assert.equal(tables.locations.rows[0].cells[tables.locations.header.indexOf('breedtegraad')], '52,1396');
    assert.equal(tables.roles.rows[3].cells[tables.roles.header.indexOf('uren_per_week')], '1,5');

    assert.deepEqual(result.problems, []);
    assert.deepEqual(withoutUpdated(result.feed), withoutUpdated(exampleFeed()));
  });
}

test('an old .xls workbook is read too', () => {
  // SheetJS writes at most 255 characters in an .xls cell, so only the short sheets here.
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, excelLikeSheet(exampleTable('locaties')), 'Locaties');
  XLSX.utils.book_append_sheet(workbook, excelLikeSheet(exampleTable('organisaties')), 'Organisaties');
  const bytes = new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xls' }));
  const { tables, problems } = W.readWorkbook('oud.xls', bytes);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    tables.map((table) => W.sheetKind(table)),
    ['locations', 'organisations'],
  );
  for (const [table, kind] of [
    [tables[0], 'locaties'],
    [tables[1], 'organisaties'],
  ]) {
    const csv = exampleTable(kind);
    assert.deepEqual(table.header, csv.header);
    assert.deepEqual(table.rows, csv.rows, 'the same cells as the CSV file (52,1396 stays 52,1396)');
  }
});

test('a feed written as a workbook converts into the same feed (the round trip)', () => {
  const feed = exampleFeed();
  const bytes = W.feedToWorkbook(feed);
  assert.ok(bytes instanceof Uint8Array);

  // The template's layout: four sheets, Dutch column names, translations after their column.
  const workbook = XLSX.read(bytes, { type: 'array', cellNF: true });
  assert.deepEqual(workbook.SheetNames, ["programma's", 'locaties', 'organisaties', 'vrijwilligersrollen']);
  const rows = XLSX.utils.sheet_to_json(workbook.Sheets["programma's"], { header: 1, raw: false });
  assert.deepEqual(rows[0].slice(0, 11), [
    'id',
    'titel',
    'titel_en',
    'titel_ar',
    'samenvatting',
    'samenvatting_en',
    'samenvatting_ar',
    'beschrijving',
    'organisatie',
    'soort',
    'leervorm',
  ]);
  const cafe = Object.fromEntries(rows[0].map((name, i) => [name, rows[1][i]]));
  assert.equal(cafe.soort, 'taalcafé');
  assert.equal(cafe.leervorm, 'informeel');
  assert.equal(cafe.domeinen, 'vrije-tijd-sociaal; inburgering-naturalisatie');
  assert.equal(cafe.vorm, 'op locatie');
  assert.equal(cafe.wekelijks, 'do 14.00-16.00');
  assert.equal(cafe.sessies, '24-12-2026 14.00-16.00 (vervalt); 31-12-2026 14.00-16.00 (vervalt)');
  assert.equal(cafe.gratis, 'ja');
  assert.equal(cafe.van, '08-01-2026');
  const vanCell = workbook.Sheets["programma's"][`${XLSX.utils.encode_col(rows[0].indexOf('van'))}2`];
  assert.equal(vanCell.t, 'n', 'a date cell');
  assert.equal(vanCell.z, 'dd-mm-yyyy');
  assert.equal(vanCell.v, 46030);

  const { read, result } = convertWorkbook('aanbod.xlsx', bytes);
  assert.deepEqual(read.problems, []);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(withoutUpdated(result.feed), withoutUpdated(feed));
});

test('the round trip keeps levels, sessions elsewhere, prices, translations in any language', () => {
  const feed = exampleFeed();
  feed.programmes.push(
    {
      id: 'nt2-hybride',
      title: { nl: 'NT2 hybride', en: 'Dutch, hybrid', fa: 'هلندی ترکیبی' },
      kind: 'course',
      learning: 'formal',
      domains: ['work-education', 'numeracy'],
      level: { min: 'A2' },
      instructionLanguages: ['nl'],
      supportLanguages: ['fa-AF', 'prs'],
      format: 'hybrid',
      locationIds: ['bieb-centrum', 'bieb-warnsveld'],
      schedule: {
        sessions: [
          { start: '2027-01-12T19:00', end: '2027-01-12T21:00', locationId: 'bieb-warnsveld' },
          { start: '2027-01-19T19:00', status: 'cancelled' },
        ],
        weekly: {
          days: ['mon', 'wed'],
          start: '09:30',
          end: '11:30',
          from: '2027-01-04',
          until: '2027-06-30',
        },
        note: { nl: 'Niet in de vakanties', en: 'Not in the holidays' },
      },
      cost: {
        free: false,
        amount: 12.5,
        currency: 'EUR',
        note: { nl: 'Inclusief boek', en: 'Book included' },
      },
      registration: { required: false, url: 'https://www.bibliotheek-voorbeeld.nl/nt2' },
      capacity: { places: 12, remaining: 0, waitingList: true },
      goals: ['work-colleagues-talk'],
      lastChecked: '2026-11-20',
    },
    {
      id: 'alleen-engels',
      title: 'Alleen Engels',
      summary: { en: 'Only an English summary' },
      organisationId: 'vluchtelingenwerk-zutphen',
      kind: 'drop-in',
      learning: 'non-formal',
      domains: ['arranging-matters'],
      themes: ['finance-administration', 'housing'],
      level: { max: 'B1' },
      format: 'in-person',
      cost: { free: false },
      registration: { required: true },
    },
  );
  feed.volunteerRoles[0].hoursPerWeek = 2.25;
  feed.volunteerRoles[0].vogRequired = true;

  const { read, result } = convertWorkbook('aanbod.xlsx', W.feedToWorkbook(feed));
  assert.deepEqual(read.problems, []);
  assert.deepEqual(result.problems, []);
  assert.deepEqual(withoutUpdated(result.feed), withoutUpdated(feed));
});

/** Cells by address on a sparse sheet. */
function sheetOf(cells, merges) {
  const sheet = { ...cells };
  const end = { r: 0, c: 0 };
  for (const address of Object.keys(cells)) {
    const { r, c } = XLSX.utils.decode_cell(address);
    end.r = Math.max(end.r, r);
    end.c = Math.max(end.c, c);
  }
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: end });
  if (merges) sheet['!merges'] = merges.map((ref) => XLSX.utils.decode_range(ref));
  return sheet;
}

const HEADER = ['id', 'titel', 'organisatie', 'soort', 'leervorm', 'domeinen', 'vorm', 'van', 'wekelijks'];
const MORE = ['sessies', 'gratis', 'prijs', 'gecontroleerd', 'locaties'];

test('serial-number dates, times, formulas, booleans and merged cells read as the coordinator sees them', () => {
  const s = (v) => ({ t: 's', v });
  const header = Object.fromEntries(
    [...HEADER, ...MORE].map((name, c) => [`${XLSX.utils.encode_col(c)}1`, s(name)]),
  );
  const sheet = sheetOf(
    {
      ...header,
      // Row 2 and 3 share the organisation and kind: merged over both rows (B:C style).
      A2: s('a'),
      B2: s('Cursus A'),
      C2: s('taalhuis-zutphen'),
      D2: s('cursus'),
      E2: s('formeel'),
      F2: s('werk'),
      G2: s('op locatie'),
      H2: { t: 'n', v: 46392, z: 'd-m-yyyy' }, // 05-01-2027
      I2: s('di 19.00-21.00'),
      J2: { t: 'n', v: 46399.791666666664, z: 'dd-mm-yyyy hh:mm' }, // 12-01-2027 19:00
      K2: { t: 'b', v: false },
      L2: { t: 'n', v: 0.1 + 0.2, f: '0.1+0.2' },
      M2: { t: 'n', v: 46350, f: 'DATE(2026,11,24)', z: 'dd-mm-yyyy' },
      A3: s('b'),
      B3: s('Cursus B'),
      E3: s('formeel'),
      F3: s('werk'),
      G3: s('online'),
      K3: { t: 'b', v: true },
      // Row 4 is empty; row 5 has a mistake the converter reports at row 5.
      A5: s('c'),
      B5: s('Cursus C'),
      D5: s('cursuss'),
      E5: s('formeel'),
      F5: s('werk'),
      G5: s('online'),
      K5: s('ja'),
      N5: { t: 'e', v: 0x2a, w: '#N/A' },
    },
    ['C2:C3', 'D2:D3'],
  );
  const times = sheetOf({
    A1: s('tijd'),
    B1: s('datum'),
    A2: { t: 'n', v: 0.8125, z: 'h:mm' },
    B2: { t: 'n', v: 46030 },
  });
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, "programma's");
  XLSX.utils.book_append_sheet(workbook, times, 'Blad2');
  const bytes = new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }));

  const { tables, problems } = W.readWorkbook('werkmap.xlsx', bytes);
  const [programmes, timeSheet] = tables;
  assert.equal(programmes.name, "werkmap.xlsx › programma's");
  assert.deepEqual(
    programmes.rows.map((row) => row.row),
    [2, 3, 5],
    'the empty row is skipped, the numbers stay',
  );
  const cell = (row, name) => programmes.rows[row].cells[programmes.header.indexOf(name)];
  assert.equal(cell(0, 'van'), '2027-01-05');
  assert.equal(cell(0, 'sessies'), '2027-01-12 19:00');
  assert.equal(cell(0, 'prijs'), '0,3', 'no float noise, a decimal comma');
  assert.equal(cell(0, 'gecontroleerd'), '2026-11-24', 'a formula gives its value');
  assert.equal(cell(0, 'gratis'), 'nee');
  assert.equal(cell(1, 'gratis'), 'ja');
  assert.equal(cell(1, 'organisatie'), 'taalhuis-zutphen', 'a merged cell fills its range');
  assert.equal(cell(1, 'soort'), 'cursus');
  assert.equal(timeSheet.rows[0].cells[0], '19:30', 'a time cell');
  assert.equal(timeSheet.rows[0].cells[1], '46030', 'a number without a date format stays a number');
  assert.deepEqual(problems, [
    {
      level: 'let op',
      file: "werkmap.xlsx › programma's",
      row: 5,
      column: 'N',
      message:
        'in deze cel geeft de formule een fout (#N/A). De cel is als leeg gelezen; verbeter de formule of typ de waarde in.',
    },
  ]);
  assert.equal(W.sheetKind(timeSheet), undefined);

  const result = W.convert({
    programmes,
    organisations: exampleTable('organisaties'),
    locations: exampleTable('locaties'),
    now: NOW,
  });
  const [a, b] = result.feed.programmes;
  assert.deepEqual(a.schedule, {
    sessions: [{ start: '2027-01-12T19:00' }],
    weekly: { days: ['tue'], start: '19:00', end: '21:00', from: '2027-01-05' },
  });
  assert.deepEqual(a.cost, { free: false, amount: 0.3, currency: 'EUR' });
  assert.equal(a.lastChecked, '2026-11-24');
  assert.equal(b.organisationId, 'taalhuis-zutphen');
  assert.equal(b.kind, 'course');
  const mistake = result.problems.find((p) => p.level === 'fout');
  assert.equal(mistake.file, "werkmap.xlsx › programma's");
  assert.equal(mistake.row, 5);
  assert.equal(mistake.column, 'soort');
});

test('a title above the header and a column without a name are reported, not guessed', () => {
  const workbook = XLSX.utils.book_new();
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Aanbod Taalhuis Zutphen 2027'],
    [],
    ['id', 'naam', 'plaats', ''],
    ['bieb', 'Bibliotheek', 'Zutphen', 'iets zonder kolom'],
  ]);
  XLSX.utils.book_append_sheet(workbook, sheet, 'Blad1');
  const { tables, problems } = W.readWorkbook(
    'locaties.xlsx',
    new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' })),
  );
  assert.deepEqual(tables[0].header, ['id', 'naam', 'plaats', '']);
  assert.deepEqual(tables[0].rows, [
    { row: 4, cells: ['bieb', 'Bibliotheek', 'Zutphen', 'iets zonder kolom'] },
  ]);
  assert.equal(W.sheetKind(tables[0]), 'locations');
  assert.deepEqual(
    problems.map((p) => [p.level, p.row, p.column, p.message.slice(0, 40)]),
    [
      ['let op', undefined, undefined, 'de kopregel met de kolomnamen staat in r'],
      ['let op', undefined, 'D', 'deze kolom heeft geen naam in de koprege'],
    ],
  );
});

test('sheetKind: by sheet or file name, else by the header; explanations are skipped', () => {
  const table = (name, header = []) => ({ name, separator: ';', encoding: 'utf-8', header, rows: [] });
  const cases = [
    ["aanbod.xlsx › Programma's", 'programmes'],
    ['aanbod.xlsx › programmas', 'programmes'],
    ['aanbod.xlsx › Aanbod 2027', 'programmes'],
    ['aanbod.xlsx › Programmes', 'programmes'],
    ['aanbod.xlsx › Locaties', 'locations'],
    ['aanbod.xlsx › Locations', 'locations'],
    ['aanbod.xlsx › Organisaties', 'organisations'],
    ['aanbod.xlsx › Organizations', 'organisations'],
    ['aanbod.xlsx › Vrijwilligersrollen', 'roles'],
    ['aanbod.xlsx › Rollen', 'roles'],
    ['aanbod.xlsx › Volunteer roles', 'roles'],
    ['sjabloon.xlsx › Toelichting', undefined],
    ['sjabloon.xlsx › Uitleg', undefined],
    ['voorbeeld-programmas.csv', 'programmes'],
    ['voorbeeld-vrijwilligersrollen.csv', 'roles'],
    ['aanbod.xlsx › Blad1', undefined],
  ];
  for (const [name, kind] of cases) assert.equal(W.sheetKind(table(name)), kind, name);

  const byHeader = [
    [['id', 'Titel', 'Titel (EN)', 'Soort', 'Leervorm', 'Domeinen', 'Vorm', 'Gratis'], 'programmes'],
    [['id', 'naam', 'straat', 'postcode', 'plaats', 'website'], 'locations'],
    [['id', 'naam', 'soort', 'website', 'e-mail', 'telefoon'], 'organisations'],
    [['id', 'titel', 'beschrijving', 'uren per week', 'VOG', 'locaties'], 'roles'],
    [['naam'], undefined],
    [['soort', 'leervorm', 'domeinen'], 'programmes'],
    [['iets', 'anders'], undefined],
  ];
  for (const [header, kind] of byHeader) {
    assert.equal(W.sheetKind(table('werkmap.xlsx › Blad1', header)), kind, header.join(';'));
  }
  // A generic sheet in a file named for its kind, when the header fits at all.
  assert.equal(W.sheetKind(table('locaties.xlsx › Blad1', ['naam'])), 'locations');
  assert.equal(W.sheetKind(table('locaties.xlsx › Blad1', ['iets'])), undefined);
});

/** An encrypted Office file: an OLE container with an EncryptionInfo stream, as Excel writes it. */
function encryptedWorkbook() {
  const cfb = XLSX.CFB.utils.cfb_new();
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">' +
    '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>' +
    '</encryption>';
  const info = new Uint8Array(8 + xml.length);
  info.set([4, 0, 4, 0, 0x40, 0, 0, 0]); // version 4.4 (agile), flags
  info.set(new TextEncoder().encode(xml), 8);
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', info);
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(4096).fill(7));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }));
}

/** A zip that is not a workbook: a Word document renamed to .xlsx. */
function wordDocument() {
  const zip = XLSX.CFB.utils.cfb_new();
  const text = (s) => new TextEncoder().encode(s);
  XLSX.CFB.utils.cfb_add(zip, '[Content_Types].xml', text('<?xml version="1.0"?><Types/>'));
  XLSX.CFB.utils.cfb_add(zip, 'word/document.xml', text('<?xml version="1.0"?><w:document/>'));
  return new Uint8Array(XLSX.CFB.write(zip, { fileType: 'zip', type: 'array' }));
}

test('files that are not readable workbooks give one clear Dutch error, never an exception', () => {
  const only = (name, bytes) => {
    const { tables, problems } = W.readWorkbook(name, bytes);
    assert.deepEqual(tables, [], name);
    assert.equal(problems.length, 1, name);
    assert.equal(problems[0].level, 'fout');
    assert.equal(problems[0].file, name);
    assert.equal(problems[0].row, undefined);
    return problems[0].message;
  };
  assert.match(
    only('beveiligd.xlsx', encryptedWorkbook()),
    /met een wachtwoord beveiligd.*sla het opnieuw op/,
  );
  assert.match(only('brief.xlsx', wordDocument()), /Word-document, geen spreadsheet/);
  const random = new Uint8Array(5000);
  for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 251;
  assert.match(
    only('ruis.xlsx', random),
    /kan niet als spreadsheet worden gelezen.*sla het op als \.xlsx, \.ods of CSV/,
  );
  // A broken zip: the start of a real workbook only.
  const broken = W.feedToWorkbook(exampleFeed()).slice(0, 2000);
  assert.match(only('kapot.xlsx', broken), /kan niet als spreadsheet worden gelezen|beschadigd/);
  assert.match(only('leeg.xlsx', new Uint8Array(0)), /het bestand is leeg/);

  const emptyBook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(emptyBook, XLSX.utils.aoa_to_sheet([[], ['', '  ']]), 'Blad1');
  assert.match(
    only('leeg-blad.xlsx', new Uint8Array(XLSX.write(emptyBook, { type: 'array', bookType: 'xlsx' }))),
    /deze werkmap is leeg/,
  );

  const huge = new Uint8Array(W.MAX_WORKBOOK_BYTES + 1);
  huge.set([0x50, 0x4b, 0x03, 0x04]);
  assert.match(only('groot.xlsx', huge), /te groot .*hoogstens 30 MB.*CSV/);
});

test('a .csv given to readWorkbook is read as CSV', () => {
  const bytes = readFileSync(join(EXAMPLES, 'voorbeeld-locaties.csv'));
  const { tables, problems } = W.readWorkbook('voorbeeld-locaties.csv', bytes);
  assert.deepEqual(problems, []);
  assert.equal(tables.length, 1);
  assert.equal(W.sheetKind(tables[0]), 'locations');
  assert.deepEqual(tables[0], exampleTable('locaties'));
});

test('a sheet of 10,000 programmes is read and converted within a few seconds', () => {
  const rows = [
    ['id', 'titel', 'soort', 'leervorm', 'domeinen', 'vorm', 'gratis', 'prijs', 'van', 'wekelijks'],
  ];
  for (let i = 0; i < 10000; i++) {
    rows.push([
      `p-${i}`,
      `Programma ${i}`,
      'cursus',
      'formeel',
      'werk; rekenen',
      'op locatie',
      i % 2 === 0,
      (i % 50) + 0.5,
      new Date(Date.UTC(2027, 0, 1 + (i % 300))),
      'ma, wo 9.30-11.30',
    ]);
  }
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    workbook,
    XLSX.utils.aoa_to_sheet(rows, { dateNF: 'dd-mm-yyyy' }),
    'Programmas',
  );
  const bytes = new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }));

  const started = performance.now();
  const { read, result } = convertWorkbook('groot.xlsx', bytes, { publisher: 'Taalhuis Zutphen' });
  const elapsed = performance.now() - started;
  assert.deepEqual(read.problems, []);
  assert.equal(result.feed.programmes.length, 10000);
  assert.deepEqual(
    result.problems.filter((p) => p.level === 'fout'),
    [],
  );
  assert.deepEqual(result.feed.programmes[1].cost, { free: false, amount: 1.5, currency: 'EUR' });
  assert.equal(result.feed.programmes[1].schedule.weekly.from, '2027-01-02');
  assert.ok(elapsed < 5000, `took ${Math.round(elapsed)} ms`);
});

test('the problems are in English inside withProblemLanguage("en"), and in Dutch as before outside it', () => {
  const withUnknownKind = () => {
    const table = exampleTable('programmas');
    const column = table.header.indexOf('soort');
    assert.notEqual(column, -1);
    table.rows[0].cells[column] = 'xyzzy';
    return W.convert({ programmes: table, privacyUrl: PRIVACY, publisher: 'Taalhuis Zutphen', now: NOW });
  };
  const about = (result) => result.problems.filter((problem) => problem.column === 'soort');
  const [english] = about(W.withProblemLanguage('en', withUnknownKind));
  assert.equal(english.level, 'fout');
  assert.match(
    english.message,
    /^"xyzzy" is not a known "soort"\. Choose from: cursus, .*\. This row was skipped\.$/,
  );
  const [dutch] = about(W.withProblemLanguage('nl', withUnknownKind));
  assert.match(
    dutch.message,
    /^"xyzzy" is geen bekende soort\. Kies uit: cursus, .*\. Deze rij is overgeslagen\.$/,
  );
  // The default stays Dutch, and the language is restored after withProblemLanguage.
  assert.deepEqual(about(withUnknownKind()), [dutch]);
});
