#!/usr/bin/env node
// Writes taalwijzer-sjabloon.xlsx (dist/ and examples/spreadsheet/): the spreadsheet template
// for `taalwijzer convert`, made from what the converter itself reads (src/convert/): the column
// names (PROGRAMME_COLUMNS and friends), the words of the vocabularies (the first word of each
// entry, as "Kies uit: ..." shows), and the example rows of examples/spreadsheet/voorbeeld-*.csv
// read with the converter's own readCsv, so that each sheet saved as CSV converts into the same
// feed as the example CSVs (test/node/template.test.mjs checks it).
//
// - One sheet per CSV file, the columns in the order of the *-sjabloon.csv templates; every
//   header must be a converter column (or a translation of one, `titel_en`) and every converter
//   column must be there, else the build fails. Header notes hold the help per column (HELP);
//   a column without help fails the build too.
// - Drop-down lists (data validation, type list). A column that takes one word from a fixed
//   list (soort, leervorm, vorm, ja/nee) gets a "stop" validation: only the list's words. A
//   column that takes several values with `;` (domeinen, themas, routes, talen, locaties) or
//   other writings too (niveau "vanaf A2", an organisation's name) gets a "warning" validation:
//   the list helps, and Excel asks "Doorgaan?" before keeping a value of one's own. A list
//   whose inline form would pass Excel's 255-character limit refers to a range on the hidden
//   sheet `lijsten`.
// - Deterministic: fixed document dates and fixed dates in the zip entries (exceljs/JSZip stamp
//   each entry with the current time; they are set afterwards), so two builds are byte-identical.
//   SOURCE_DATE_EPOCH, when set, gives the date.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';
import ExcelJS from 'exceljs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = path.join(ROOT, 'examples/spreadsheet');
export const TEMPLATE_NAME = 'taalwijzer-sjabloon.xlsx';
export const OUTPUTS = [path.join(ROOT, 'dist', TEMPLATE_NAME), path.join(EXAMPLES, TEMPLATE_NAME)];

/** Drop-down lists and column formats reach this row. */
export const LAST_ROW = 1000;
/** Columns that stay in view (id and name), with the header row. */
const FROZEN = 2;
/** The date in the file (document properties and zip entries). */
const FIXED_DATE = new Date(
  process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.UTC(2026, 0, 1),
);

/** The sheets, with the converter's columns (by export name) and the files they stand for. */
export const SHEETS = [
  {
    name: "programma's",
    columns: 'PROGRAMME_COLUMNS',
    template: 'programmas-sjabloon.csv',
    example: 'voorbeeld-programmas.csv',
    csv: 'programmas.csv',
    option: undefined,
  },
  {
    name: 'locaties',
    columns: 'LOCATION_COLUMNS',
    template: 'locaties-sjabloon.csv',
    example: 'voorbeeld-locaties.csv',
    csv: 'locaties.csv',
    option: '--locations',
  },
  {
    name: 'organisaties',
    columns: 'ORGANISATION_COLUMNS',
    template: 'organisaties-sjabloon.csv',
    example: 'voorbeeld-organisaties.csv',
    csv: 'organisaties.csv',
    option: '--organisations',
  },
  {
    name: 'vrijwilligersrollen',
    columns: 'ROLE_COLUMNS',
    template: 'vrijwilligersrollen-sjabloon.csv',
    example: 'voorbeeld-vrijwilligersrollen.csv',
    csv: 'vrijwilligersrollen.csv',
    option: '--roles',
  },
];
export const HELP_SHEET = 'Toelichting';
export const LISTS_SHEET = 'lijsten';

const ID_HELP = (example) =>
  `Korte naam zonder spaties: kleine letters, cijfers en streepjes. Elk id maar één keer. Verander het niet meer als het op de website staat. Voorbeeld: ${example}`;

/** Help per column, by the converter's key: what goes in, and an example. */
const HELP = {
  PROGRAMME_COLUMNS: {
    id: ID_HELP('taalcafe-centrum'),
    title: 'De naam van het programma. Voorbeeld: Taalcafé in de Bibliotheek',
    summary: 'Eén of twee zinnen: wat doet u er? Voorbeeld: Elke donderdag samen Nederlands praten.',
    description: 'Meer uitleg, in eenvoudig Nederlands. Een nieuwe regel in de cel: Alt+Enter.',
    organisation:
      'Wie het organiseert: het id of de naam uit het tabblad organisaties. Leeg: uw Taalhuis. Voorbeeld: bibliotheek-zutphen',
    kind: 'Wat voor aanbod het is. Voorbeeld: taalcafé',
    learning:
      'formeel (taalschool, gericht op een examen), non-formeel (georganiseerd, zoals een cursus in de bibliotheek) of informeel (oefenen in het dagelijks leven, zoals een taalcafé).',
    domains: 'Eén of meer leerdomeinen. Voorbeeld: vrije-tijd-sociaal; inburgering-naturalisatie',
    themes: "Thema's (mag leeg). Voorbeeld: sociaal-netwerk; participatie",
    routes: 'Voor welke inburgeringsroute (mag leeg). Voorbeeld: b1; z',
    level: 'Taalniveau: A1, A1-B1, vanaf A2 of tot B1. A0 is alfabetisering. Voorbeeld: A1-B2',
    instructionLanguages: 'In welke taal de les is; leeg is Nederlands. Naam of code. Voorbeeld: nl',
    supportLanguages: 'Talen waarin iemand helpt: naam of code. Voorbeeld: Arabisch; Turks',
    format: 'Waar het is: op locatie, online of hybride.',
    locations:
      'Waar het is: het id of de naam uit het tabblad locaties. Meer dan één: zet er ; tussen. Voorbeeld: bieb-centrum',
    weekly: 'Vaste dag(en) en tijd, elke week. Voorbeeld: do 14.00-16.00 of ma, wo, vr 10.00-12.30',
    from: 'Eerste datum van het wekelijkse rooster (mag leeg). Voorbeeld: 08-01-2026',
    until: 'Laatste datum van het wekelijkse rooster (mag leeg). Voorbeeld: 06-07-2027',
    sessions:
      'Losse data met tijden, met ; ertussen. Zet (vervalt) erachter als het niet doorgaat. Voorbeeld: 12-01-2027 19.00-21.00; 19-01-2027 19.00-21.00 (vervalt)',
    scheduleNote: 'Iets over het rooster. Voorbeeld: Niet in de schoolvakanties.',
    free: 'Is het gratis? ja of nee.',
    price: 'Bedrag in euro als het niet gratis is. Voorbeeld: 12,50',
    costNote: 'Uitleg over de kosten. Voorbeeld: Met de GelrePas gratis.',
    registration:
      'Moet u zich aanmelden? ja of nee. Leeg: ja als er een link, e-mailadres of telefoonnummer staat.',
    registrationUrl: 'Webadres om u aan te melden. Voorbeeld: https://www.bibliotheek.nl/aanmelden',
    registrationEmail: 'E-mailadres om u aan te melden. Voorbeeld: taalhuis@bibliotheek.nl',
    registrationPhone: 'Telefoonnummer om u aan te melden. Voorbeeld: 0575 599 010',
    registrationNote: 'Uitleg over het aanmelden. Voorbeeld: Eerst een kort gesprek.',
    places: 'Hoeveel mensen mee kunnen doen. Voorbeeld: 8',
    remaining: 'Hoeveel plaatsen er nog vrij zijn. Voorbeeld: 3',
    waitingList: 'Is er een wachtlijst? ja of nee.',
    goals:
      'Ids van leerdoelen, voor de leerdoelenkiezer (mag leeg). Meer dan één: zet er ; tussen. Voorbeeld: leisure-small-talk',
    audience: 'Voor wie is het? Voorbeeld: Ouders van kinderen op de basisschool.',
    lastChecked: 'Wanneer u dit programma voor het laatst heeft nagekeken. Voorbeeld: 24-11-2026',
  },
  LOCATION_COLUMNS: {
    id: ID_HELP('bieb-centrum'),
    name: 'De naam van de plek. Voorbeeld: Bibliotheek Zutphen, centrum',
    street: "Straat en huisnummer. Voorbeeld: 's-Gravenhof 6",
    postalCode: 'Postcode. Voorbeeld: 7201 DN',
    city: 'Plaats. Voorbeeld: Zutphen',
    lat: 'Voor de kaart (mag leeg). In Nederland ongeveer 51 tot 53. Voorbeeld: 52,1396',
    lon: 'Voor de kaart (mag leeg). In Nederland ongeveer 3 tot 7. Voorbeeld: 6,1961',
    accessibility: 'Lift, drempels, ringleiding. Voorbeeld: Lift naar alle verdiepingen.',
    url: 'Webpagina van de plek. Voorbeeld: https://www.bibliotheek.nl/zutphen',
  },
  ORGANISATION_COLUMNS: {
    id: ID_HELP('bibliotheek-zutphen'),
    name: 'De naam van de organisatie. Voorbeeld: Bibliotheek Zutphen',
    kind: 'Wat voor organisatie. Zet uw eigen Taalhuis erin met soort taalhuis: dat is de uitgever van de feed.',
    url: 'Website. Voorbeeld: https://www.bibliotheek.nl',
    email: 'E-mailadres. Voorbeeld: info@bibliotheek.nl',
    phone: 'Telefoonnummer. Voorbeeld: 0575 599 000',
  },
  ROLE_COLUMNS: {
    id: ID_HELP('taalmaatje'),
    title: 'De naam van het vrijwilligerswerk. Voorbeeld: Taalmaatje',
    description: 'Wat doet de vrijwilliger? In eenvoudig Nederlands.',
    hoursPerWeek: 'Hoeveel uur per week. Voorbeeld: 1,5',
    minMonths: 'Hoeveel maanden iemand minstens meedoet. Voorbeeld: 6',
    vogRequired: 'Is een Verklaring Omtrent het Gedrag (VOG) nodig? ja of nee.',
    training:
      'Welke training of begeleiding de vrijwilliger krijgt. Voorbeeld: Basistraining van 3 dagdelen.',
    locations:
      'Waar: het id of de naam uit het tabblad locaties. Meer dan één: zet er ; tussen. Voorbeeld: bieb-centrum',
  },
};

// ---------------------------------------------------------------------------
// The converter's own code

/** The converter's columns, vocabularies and CSV reader, bundled from src/ (as generate-validators does). */
export function loadSources() {
  return importTs('template-sources', [
    `export { PROGRAMME_COLUMNS, LOCATION_COLUMNS, ORGANISATION_COLUMNS, ROLE_COLUMNS } from './src/convert/convert.ts';`,
    `export * from './src/convert/vocabulary.ts';`,
    `export { readCsv, normaliseColumnName, parseYesNo } from './src/convert/csv.ts';`,
    `export { parseLanguage, parseLevel } from './src/convert/cells.ts';`,
    `export { CEFR_LEVELS } from './src/feed/values.ts';`,
  ]);
}

/** The first (preferred) word of each entry of a vocabulary, in its order. */
export const preferredWords = (vocab) => Object.values(vocab.words).map((words) => words[0]);

/** Levels: each one, then each range from low to high (A0-A1 ... B2-C1). */
export function levelWords(levels) {
  const ranges = levels.flatMap((low, i) => levels.slice(i + 1).map((high) => `${low}-${high}`));
  return [...levels, ...ranges];
}

/** Language names for the drop-down: one per code, as written in Dutch. */
export function languageWords(src) {
  const byCode = new Map();
  for (const [name, code] of Object.entries(src.LANGUAGE_NAMES)) {
    if (!byCode.has(code)) byCode.set(code, src.LOCALE_NAMES[code] ?? name[0].toUpperCase() + name.slice(1));
  }
  return [...byCode.values()];
}

/**
 * The drop-down of each column that has one, by sheet and converter key:
 * `{ items, multi, open, words }`; `open`: other values are accepted (warning, not stop).
 * `items` is a list of words, or `{ sheet, column }` for the ids on another sheet.
 */
export function dropDowns(src) {
  const yesNo = { items: ['ja', 'nee'], what: 'ja of nee' };
  const vocab = (v, multi = false) => ({ items: preferredWords(v), multi, open: multi, what: v.what });
  const locationIds = { items: { sheet: 'locaties', key: 'id' }, multi: true, open: true, what: 'locatie' };
  return {
    PROGRAMME_COLUMNS: {
      organisation: { items: { sheet: 'organisaties', key: 'id' }, open: true, what: 'organisatie' },
      kind: vocab(src.KIND_WORDS),
      learning: vocab(src.LEARNING_WORDS),
      domains: vocab(src.DOMAIN_WORDS, true),
      themes: vocab(src.THEME_WORDS, true),
      routes: vocab(src.ROUTE_WORDS, true),
      level: { items: levelWords(src.CEFR_LEVELS), open: true, what: 'niveau' },
      instructionLanguages: { items: languageWords(src), multi: true, open: true, what: 'taal' },
      supportLanguages: { items: languageWords(src), multi: true, open: true, what: 'taal' },
      format: vocab(src.FORMAT_WORDS),
      locations: locationIds,
      free: yesNo,
      registration: yesNo,
      waitingList: yesNo,
    },
    LOCATION_COLUMNS: {},
    ORGANISATION_COLUMNS: { kind: vocab(src.ORGANISATION_KIND_WORDS) },
    ROLE_COLUMNS: { vogRequired: yesNo, locations: locationIds },
  };
}

// ---------------------------------------------------------------------------
// Checks against the converter

/** The columns of a template header: each the converter's key, and for a translation its language. */
function matchHeader(src, sheet, header) {
  const columns = src[sheet.columns];
  const byName = new Map(Object.entries(columns).map(([key, def]) => [def.name, key]));
  const matched = header.map((name) => {
    if (byName.has(name)) return { name, key: byName.get(name) };
    const m = /^(.+)_([a-z]{2,3})$/.exec(name);
    const key = m && byName.get(m[1]);
    if (key && columns[key].translatable) return { name, key, lang: m[2] };
    throw new Error(
      `generate-template: ${sheet.template} has the column "${name}", which ${sheet.columns} in src/convert/convert.ts does not know`,
    );
  });
  for (const [key, def] of Object.entries(columns)) {
    if (!matched.some((c) => c.key === key && !c.lang))
      throw new Error(`generate-template: ${sheet.template} lacks the converter's column "${def.name}"`);
    if (!HELP[sheet.columns][key])
      throw new Error(`generate-template: no help for "${def.name}" (${sheet.columns}.${key}) in HELP`);
  }
  return matched;
}

// ---------------------------------------------------------------------------
// The workbook

const FONT = { name: 'Calibri', size: 11 };
const FILL = (argb) => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const HEADER_FILL = { required: FILL('FFFFC000'), normal: FILL('FFD9E1F2'), translation: FILL('FFEDEDED') };
const BORDER = { bottom: { style: 'thin', color: { argb: 'FF7F7F7F' } } };

/** `A`, `B`, ... `AA` for a 1-based column number. */
const letter = (n) =>
  (n <= 26 ? '' : letter(Math.floor((n - 1) / 26))) + String.fromCharCode(65 + ((n - 1) % 26));
const sheetRef = (name) => (/^[A-Za-z_][\w.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

function check255(text, what) {
  if (text.length > 255) throw new Error(`generate-template: ${what} is longer than Excel's 255 characters`);
  return text;
}

function check32(text, what) {
  if (text.length > 32) throw new Error(`generate-template: ${what} is longer than Excel's 32 characters`);
  return text;
}

/** The text of a header note. */
function noteText(src, sheet, column) {
  const def = src[sheet.columns][column.key];
  const help = HELP[sheet.columns][column.key];
  if (column.lang) {
    const language = src.LOCALE_NAMES[column.lang] ?? column.lang;
    return `Vertaling van ${def.name} in het ${language} (mag leeg). Leeg: de bezoeker ziet het Nederlands.`;
  }
  return `${def.required ? 'Verplicht. ' : ''}${help}`;
}

/** The extra sentence for a column with a drop-down. */
function listSentence(list) {
  if (Array.isArray(list.items)) {
    if (list.what === 'taal' || list.what === 'niveau') return 'Kies uit de lijst of typ het zelf.';
    return `Kies uit: ${list.items.join(', ')}.${list.multi ? ' Meer dan één: zet er ; tussen.' : ''}`;
  }
  return `Kies uit de lijst (de ids op het tabblad ${list.items.sheet}) of typ de naam.${list.multi ? ' Meer dan één: zet er ; tussen.' : ''}`;
}

export async function buildTemplate() {
  const src = await loadSources();
  const lists = dropDowns(src);
  const workbook = new ExcelJS.Workbook();
  Object.assign(workbook, {
    creator: 'Taalwijzer',
    lastModifiedBy: 'Taalwijzer',
    title: 'Taalwijzer: sjabloon voor het aanbod van een Taalhuis',
    subject: 'taalwijzer convert',
    company: '',
    created: FIXED_DATE,
    modified: FIXED_DATE,
    lastPrinted: undefined,
  });
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];

  const help = workbook.addWorksheet(HELP_SHEET, { properties: { tabColor: { argb: 'FF4472C4' } } });
  const tables = SHEETS.map((sheet) => {
    const template = src.readCsv(sheet.template, readFileSync(path.join(EXAMPLES, sheet.template)));
    const example = src.readCsv(sheet.example, readFileSync(path.join(EXAMPLES, sheet.example)));
    const columns = matchHeader(src, sheet, template.header);
    for (const name of example.header) {
      if (!template.header.includes(name))
        throw new Error(`generate-template: ${sheet.example} has "${name}", ${sheet.template} does not`);
    }
    return { sheet, columns, example };
  });
  /** The lists too long to write inline: their column on the hidden sheet `lijsten`, added last. */
  const longLists = [];

  /** The formula of a drop-down: inline when it fits Excel's 255 characters, else a range on `lijsten`. */
  const listFormula = (title, items) => {
    if (!Array.isArray(items)) {
      const target = tables.find((t) => t.sheet.name === items.sheet);
      const col = letter(target.columns.findIndex((c) => c.key === items.key && !c.lang) + 1);
      return `${sheetRef(items.sheet)}!$${col}$2:$${col}$${LAST_ROW}`;
    }
    const inline = `"${items.join(',')}"`;
    if (inline.length <= 255 && !items.some((item) => /[,"]/.test(item))) return inline;
    let n = longLists.findIndex((list) => list.items.join('\n') === items.join('\n')) + 1;
    if (n === 0) n = longLists.push({ title, items });
    const col = letter(n);
    return `${LISTS_SHEET}!$${col}$2:$${col}$${items.length + 1}`;
  };

  for (const { sheet, columns, example } of tables) {
    const ws = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', xSplit: FROZEN, ySplit: 1, topLeftCell: 'C2', activeCell: 'C2' }],
    });
    const defs = src[sheet.columns];
    const sheetLists = lists[sheet.columns];
    const exampleIndex = new Map(example.header.map((name, i) => [name, i]));
    const rows = example.rows.filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));

    columns.forEach((column, i) => {
      const n = i + 1;
      const def = defs[column.key];
      const list = column.lang ? undefined : sheetLists[column.key];
      const text = noteText(src, sheet, column) + (list ? ` ${listSentence(list)}` : '');

      // Width: the header or the longest first line of the examples, within 10 to 45 (30 frozen).
      const values = rows.map(({ cells }) => (cells[exampleIndex.get(column.name)] ?? '').split(/\r?\n/)[0]);
      const longest = Math.max(0, ...values.map((v) => v.length));
      const col = ws.getColumn(n);
      col.width = Math.min(i < FROZEN ? 30 : 45, Math.max(10, column.name.length + 4, longest + 2));
      // Text: Excel keeps 0575 599 010 and 08-01-2026 as typed, as the converter reads them.
      col.numFmt = '@';

      const cell = ws.getCell(1, n);
      cell.value = column.name;
      cell.font = { ...FONT, bold: true };
      cell.fill = HEADER_FILL[column.lang ? 'translation' : def.required ? 'required' : 'normal'];
      cell.border = BORDER;
      cell.note = {
        texts: [
          { font: { bold: true, size: 9 }, text: `${column.name}\n` },
          { font: { size: 9 }, text },
        ],
      };

      if (list) {
        const open = list.open ?? false;
        const title = open ? 'Niet uit de lijst' : 'Kies uit de lijst';
        const error = open
          ? `Deze waarde staat niet in de lijst.${list.multi ? ' Meer dan één? Zet er ; tussen.' : ''} Klopt het? Klik op Ja.`
          : `Kies een waarde uit de lijst (klik op het pijltje): ${Array.isArray(list.items) ? list.items.join(', ') : ''}.`;
        const two = Array.isArray(list.items) ? list.items.slice(0, 2) : ['bieb-centrum', 'bieb-warnsveld'];
        const prompt = list.multi
          ? `Kies uit de lijst. Meer dan één? Typ ze met ; ertussen, bijvoorbeeld: ${two.join('; ')}.`
          : open
            ? 'Kies uit de lijst of typ het zelf.'
            : 'Kies uit de lijst.';
        ws.dataValidations.add(`${letter(n)}2:${letter(n)}${LAST_ROW}`, {
          type: 'list',
          allowBlank: true,
          formulae: [listFormula(column.name, list.items)],
          showInputMessage: true,
          promptTitle: check32(column.name, `the prompt title of ${column.name}`),
          prompt: check255(prompt, `the prompt of ${column.name}`),
          showErrorMessage: true,
          errorStyle: open ? 'warning' : 'stop',
          errorTitle: check32(title, 'an error title'),
          error: check255(error, `the error of ${column.name}`),
        });
      }
    });

    // The example rows, cell for cell as the converter reads them.
    rows.forEach(({ cells }, r) => {
      columns.forEach((column, i) => {
        const value = (cells[exampleIndex.get(column.name)] ?? '').replace(/\r\n?/g, '\n');
        if (value !== '') ws.getCell(r + 2, i + 1).value = value;
      });
    });
  }

  const listSheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  longLists.forEach(({ title, items }, i) => {
    const col = listSheet.getColumn(i + 1);
    col.width = Math.max(title.length, ...items.map((item) => item.length)) + 2;
    listSheet.getCell(1, i + 1).value = title;
    listSheet.getCell(1, i + 1).font = { ...FONT, bold: true };
    items.forEach((item, r) => (listSheet.getCell(r + 2, i + 1).value = item));
  });

  writeHelp(help, src, lists);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return fixZipDates(buffer, FIXED_DATE);
}

// ---------------------------------------------------------------------------
// Toelichting

function writeHelp(ws, src, lists) {
  ws.getColumn(1).width = 110;
  const lines = [];
  const h1 = (text) => lines.push({ text, font: { ...FONT, size: 16, bold: true } });
  const h2 = (text) => lines.push({ text, font: { ...FONT, size: 13, bold: true }, space: true });
  const p = (text) => lines.push({ text });
  const words = (title, list) => p(`${title}: ${list.join(', ')}`);
  const csvName = (name) => SHEETS.find((s) => s.name === name).csv;

  h1('Taalwijzer: sjabloon voor uw aanbod');
  p(
    'Met dit bestand houdt u het aanbod van uw Taalhuis bij: cursussen, taalcafés, locaties, organisaties en vrijwilligerswerk. ' +
      'Daarna maakt u er een feed van (aanbod.json). De Taalwijzer-widgets op uw website lezen die feed.',
  );
  p(
    `Er zijn vier tabbladen: ${SHEETS.map((s) => s.name).join(', ')}. Alleen ${SHEETS[0].name} is verplicht. ` +
      'Er staat een ingevuld voorbeeld in: het aanbod van het (verzonnen) Taalhuis Zutphen. Kijk daar eerst naar. ' +
      'Zet daarna uw eigen aanbod erin, en haal de voorbeeldrijen weg.',
  );

  h2('Invullen');
  p('• Eén rij per ding: één cursus, één locatie, één rol.');
  p('• Laat de eerste rij staan en verander de kolomnamen niet. Een kolom die u niet gebruikt, laat u leeg.');
  p('• Een oranje kolomkop is verplicht. Een grijze kolomkop is een vertaling (mag leeg).');
  p(
    '• Ga met de muis op een kolomkop staan: de notitie zegt wat erin hoort, met een voorbeeld. ' +
      'De uitleg staat ook in docs/coordinatoren.md.',
  );
  p(
    '• Keuzelijst: klik op een cel in bijvoorbeeld soort, leervorm of vorm. Rechts van de cel staat een pijltje; ' +
      'daar kiest u een woord. Bij soort, leervorm, vorm en de ja/nee-kolommen mag alleen een woord uit de lijst.',
  );
  p(
    '• Meer dan één waarde in een cel (bij domeinen, themas, routes, lestaal, hulptalen en locaties): ' +
      'kies er één uit de lijst en typ de andere erachter, met ; ertussen. Bijvoorbeeld: werk-opleiding; zaken-regelen. ' +
      'Excel zegt dan dat de waarde niet in de lijst staat en vraagt "Doorgaan?": klik op Ja.',
  );
  p(
    '• Ook bij niveau (vanaf A2, tot B1) en organisatie (de naam in plaats van het id) mag u iets anders typen; klik dan op Ja.',
  );
  p('• Datums: 12-01-2027. Tijden: 19.00-21.00. Ja of nee: ja of nee. Bedragen: 12,50.');
  p(
    '• Het id is een korte naam zonder spaties, zoals taalcafe-centrum. Verander het niet meer als het programma op de website staat.',
  );
  p(
    '• Verwijzen naar een locatie of organisatie doet u met het id uit het andere tabblad (bieb-centrum). De naam werkt ook.',
  );
  p(
    '• De cellen staan op "Tekst". Zo haalt Excel geen 0 weg uit een telefoonnummer en maakt het geen getal van een datum.',
  );
  p(
    '• Vertalingen: een extra kolom met de kolomnaam, een liggend streepje en de taalcode, zoals titel_en (Engels) of samenvatting_uk (Oekraïens). ' +
      'Dat kan bij elke kolom met tekst. Een kolom erbij zetten mag.',
  );
  p(`• Het verborgen tabblad "${LISTS_SHEET}" houdt een lange keuzelijst bij. Laat het staan.`);

  h2('Omzetten naar een feed');
  p(
    '• In de browser: open de feedstudio van Taalwijzer en kies dit bestand. U ziet de meldingen meteen en slaat de feed op als aanbod.json.',
  );
  p(
    '• Of met het programma taalwijzer (Node.js 20 of nieuwer): sla elk tabblad op als CSV. ' +
      'In Excel: Bestand > Opslaan als > CSV UTF-8. Excel slaat alleen het tabblad op dat openstaat; doe het dus per tabblad. ' +
      `Noem de bestanden ${SHEETS.map((s) => `${csvName(s.name)} (${s.name})`).join(', ')}. ` +
      'In LibreOffice: Bestand > Opslaan als > Tekst CSV, tekenset Unicode (UTF-8), scheidingsteken ;.',
  );
  p('  Open dan een opdrachtvenster in de map met de bestanden en typ:');
  p(
    `  npx taalwijzer convert ${SHEETS[0].csv} ${SHEETS.slice(1)
      .map((s) => `${s.option} ${s.csv}`)
      .join(' ')} --privacy-url https://www.uwbibliotheek.nl/privacy -o aanbod.json`,
  );
  p(
    '• Het programma noemt elk probleem met tabblad (bestand), rij en kolom. Het rijnummer is het nummer dat u links in Excel ziet. ' +
      'Een fout: die rij staat niet in de feed. Let op: de rij staat er wel in, maar één waarde niet. Verbeter de spreadsheet en zet hem opnieuw om.',
  );
  p('• Controleren: npx taalwijzer validate --strict aanbod.json. Uitleg: docs/coordinatoren.md.');

  h2('De woorden in de keuzelijsten');
  p(
    'Hoofdletters en accenten maken niet uit: Werk & Opleiding, werk en opleiding en werk-opleiding zijn hetzelfde.',
  );
  const p0 = lists.PROGRAMME_COLUMNS;
  words('soort', p0.kind.items);
  words('leervorm', p0.learning.items);
  words('vorm', p0.format.items);
  words('domeinen', p0.domains.items);
  words('themas', p0.themes.items);
  words('routes', p0.routes.items);
  words('niveau', src.CEFR_LEVELS);
  words('dagen (wekelijks)', preferredWords(src.DAY_WORDS));
  words('soort organisatie', lists.ORGANISATION_COLUMNS.kind.items);
  p('talen: de naam in het Nederlands (Arabisch, Turks, Oekraïens...) of de code (ar, tr, uk...)');

  lines.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line.text;
    cell.font = line.font ?? FONT;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (line.space) ws.getRow(i + 1).height = 24;
  });
}

// ---------------------------------------------------------------------------
// Fixed dates in the zip

/** Sets the DOS date and time of every entry (local header and central directory) to `date`. */
export function fixZipDates(buffer, date) {
  const time =
    (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('generate-template: no end of central directory in the zip');
  const entries = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i += 1) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('generate-template: unexpected zip layout');
    buffer.writeUInt16LE(time, at + 12);
    buffer.writeUInt16LE(day, at + 14);
    const local = buffer.readUInt32LE(at + 42);
    if (buffer.readUInt32LE(local) !== 0x04034b50)
      throw new Error('generate-template: unexpected zip layout');
    buffer.writeUInt16LE(time, local + 10);
    buffer.writeUInt16LE(day, local + 12);
    at += 46 + buffer.readUInt16LE(at + 28) + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return buffer;
}

/** Builds the template and writes it to dist/ and examples/spreadsheet/ (there only when it changed). */
export async function generateTemplate() {
  const buffer = await buildTemplate();
  for (const file of OUTPUTS) {
    mkdirSync(path.dirname(file), { recursive: true });
    let before;
    try {
      before = readFileSync(file);
    } catch {
      /* first run */
    }
    if (!before || !before.equals(buffer)) writeFileSync(file, buffer);
  }
  return { bytes: buffer.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { bytes } = await generateTemplate();
  console.log(
    `generate-template: ${OUTPUTS.map((file) => path.relative(ROOT, file)).join(' and ')} (${bytes} bytes)`,
  );
}
