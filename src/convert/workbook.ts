/**
 * Workbooks (.xlsx, .ods, .xls) in and out, for the feed studio: the sheets of a
 * workbook read into the same tables `readCsv` makes, so `convert` treats a sheet
 * exactly as it treats a CSV file; and a feed written back as a workbook in the
 * template's layout, which converts into the same feed again.
 *
 * No Node APIs and no DOM: this runs in a Web Worker as well as in Node. SheetJS
 * (`@e965/xlsx`, SheetJS CE 0.20.3) does the reading and writing.
 *
 * What a cell becomes (what the coordinator sees, in the words the converter reads):
 * - a formula: its last calculated value; a formula error (#N/A): empty, with a note;
 * - a number: without float noise and with a decimal comma (12,5), which
 *   `parseNumber` and `parseCoordinate` read;
 * - a date or time cell (an Excel serial number with a date format): `2027-01-12`,
 *   `19:30`, or `2027-01-12 19:30`, which `parseDate`, `parseTime` and `parseSession` read;
 * - yes/no (TRUE/WAAR): `ja` or `nee`;
 * - a merged range: the top-left value in every cell of the range.
 */
import { say } from './language.js';
import { CFB, SSF, read, utils, write, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import type { Feed, Text } from '../feed/schema.js';
import { LOCATION_COLUMNS, ORGANISATION_COLUMNS, PROGRAMME_COLUMNS, ROLE_COLUMNS } from './convert.js';
import { CsvError, normaliseColumnName, readCsv, type CsvTable } from './csv.js';
import type { ColumnDef, Columns, Problem } from './sheet.js';
import {
  DAY_WORDS,
  DOMAIN_WORDS,
  FORMAT_WORDS,
  KIND_WORDS,
  LEARNING_WORDS,
  ORGANISATION_KIND_WORDS,
  ROUTE_WORDS,
  THEME_WORDS,
  wordFor,
} from './vocabulary.js';

/** Larger workbooks are not read (30 MB): a browser tab would struggle with what is inside. */
export const MAX_WORKBOOK_BYTES = 30 * 1024 * 1024;

/** Between the file name and the sheet name in a table's name: `aanbod.xlsx › locaties`. */
export const SHEET_SEPARATOR = ' › ';

const CSV_NAME = /\.(csv|tsv|txt)$/i;

// ---------------------------------------------------------------------------
// Reading

/**
 * Reads a workbook's sheets into tables, one per sheet that holds anything, named
 * `bestand.xlsx › blad`. Rows keep their spreadsheet row numbers. A `.csv` (or
 * `.tsv`, `.txt`) file is read with `readCsv`. Never throws: what cannot be read is
 * a problem in plain Dutch.
 */
export function readWorkbook(name: string, bytes: Uint8Array): { tables: CsvTable[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const fail = (message: string) => {
    problems.push({ level: 'fout', file: name, message });
    return { tables: [], problems };
  };
  if (bytes.length === 0) return fail(say('het bestand is leeg.', 'the file is empty.'));
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    return fail(
      say(
        `het bestand is te groot (${megabytes(bytes.length)} MB; hoogstens ${megabytes(MAX_WORKBOOK_BYTES)} MB). ` +
          'Verdeel het over een paar kleinere werkmappen, haal plaatjes en lege bladen eruit, of sla elk blad op als CSV.',
        `the file is too big (${megabytes(bytes.length)} MB; at most ${megabytes(MAX_WORKBOOK_BYTES)} MB). ` +
          'Split it into a few smaller workbooks, take out pictures and empty sheets, or save each sheet as CSV.',
      ),
    );
  }
  if (CSV_NAME.test(name)) {
    try {
      return { tables: [readCsv(name, bytes)], problems };
    } catch (error) {
      if (error instanceof CsvError) return fail(error.message.replace(/^[^:]+: /, ''));
      throw error;
    }
  }
  if (!looksLikeSpreadsheet(bytes)) return fail(notASpreadsheet());

  let workbook: WorkBook;
  try {
    workbook = read(bytes, { type: 'array', dense: true, cellNF: true, cellDates: false, cellHTML: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(message)) {
      return fail(
        say(
          'dit bestand is met een wachtwoord beveiligd en kan daarom niet worden gelezen. ' +
            'Open het in Excel (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord: maak het wachtwoord leeg) ' +
            'of in LibreOffice (Bestand > Opslaan als, zonder "Opslaan met wachtwoord") en sla het opnieuw op. ' +
            'Of sla elk blad op als CSV.',
          'this file is protected with a password and so cannot be read. ' +
            'Open it in Excel (File > Info > Protect Workbook > Encrypt with Password: make the password empty) ' +
            'or in LibreOffice (File > Save As, without "Save with password") and save it again. ' +
            'Or save each sheet as CSV.',
        ),
      );
    }
    return fail(whatIsIt(bytes) ?? notASpreadsheet());
  }

  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const tables: CsvTable[] = [];
  for (const sheetName of workbook.SheetNames) {
    const sheet = workbook.Sheets[sheetName];
    if (!sheet) continue;
    const label = `${name}${SHEET_SEPARATOR}${unescapeXml(sheetName)}`;
    try {
      const table = readSheet(label, sheet, date1904, problems);
      if (table) tables.push(table);
    } catch {
      problems.push({
        level: 'fout',
        file: label,
        message: say(
          'dit blad kan niet worden gelezen. Sla de werkmap opnieuw op vanuit Excel of LibreOffice, of sla dit blad op als CSV.',
          'this sheet cannot be read. Save the workbook again from Excel or LibreOffice, or save this sheet as CSV.',
        ),
      });
    }
  }
  if (tables.length === 0 && !problems.some((p) => p.level === 'fout')) {
    return fail(
      workbook.SheetNames.length === 0
        ? say(
            'er staat geen enkel blad in deze werkmap. Kies de werkmap met de programma’s, of begin met het sjabloon.',
            'there is no sheet at all in this workbook. Choose the workbook with the programmes, or start with the template.',
          )
        : say(
            'deze werkmap is leeg: er staat in geen enkel blad iets. Kies de werkmap met de programma’s, of begin met het sjabloon.',
            'this workbook is empty: none of its sheets has anything in it. Choose the workbook with the programmes, or start with the template.',
          ),
    );
  }
  return { tables, problems };
}

const notASpreadsheet = () =>
  say(
    'dit bestand kan niet als spreadsheet worden gelezen: het is beschadigd, of het is geen Excel- of LibreOffice-bestand. ' +
      'Open het in Excel of LibreOffice en sla het op als .xlsx, .ods of CSV.',
    'this file cannot be read as a spreadsheet: it is damaged, or it is not an Excel or LibreOffice file. ' +
      'Open it in Excel or LibreOffice and save it as .xlsx, .ods or CSV.',
  );

/**
 * SheetJS leaves XML escapes in the sheet names of an .ods file (LibreOffice writes
 * `Programma&apos;s`); a real sheet name has no reason to hold one.
 */
function unescapeXml(text: string): string {
  const named: Record<string, string> = { amp: '&', apos: "'", quot: '"', lt: '<', gt: '>' };
  return text.replace(/&(amp|apos|quot|lt|gt|#\d+|#x[0-9a-f]+);/gi, (entity, body: string) => {
    if (body[0] !== '#') return named[body.toLowerCase()] ?? entity;
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

function megabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10).replace('.', ',');
}

/** A zip (.xlsx, .ods), an OLE container (.xls, or a workbook with a password), or XML/HTML. */
function looksLikeSpreadsheet(bytes: Uint8Array): boolean {
  const at = (...expected: number[]) => expected.every((byte, i) => bytes[i] === byte);
  if (at(0x50, 0x4b, 0x03, 0x04)) return true; // zip
  if (at(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return true; // OLE / CFB
  if (at(0x09) && bytes[1] <= 0x08) return true; // BIFF2-4 .xls
  // Excel 2003 XML, flat ODS, or an HTML table saved as .xls: text starting with "<".
  let i = at(0xef, 0xbb, 0xbf) ? 3 : 0;
  while (i < bytes.length && i < 64 && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i])) i++;
  return bytes[i] === 0x3c;
}

/** A zip that is a Word or PowerPoint file, said as such. */
function whatIsIt(bytes: Uint8Array): string | undefined {
  try {
    const zip = CFB.read(bytes, { type: 'array' });
    const has = (path: string) => Boolean(CFB.find(zip, path));
    if (has('/word/document.xml'))
      return say(
        'dit is een Word-document, geen spreadsheet. Kies de werkmap (.xlsx, .ods) of de CSV-bestanden.',
        'this is a Word document, not a spreadsheet. Choose the workbook (.xlsx, .ods) or the CSV files.',
      );
    if (has('/ppt/presentation.xml'))
      return say(
        'dit is een PowerPoint-presentatie, geen spreadsheet. Kies de werkmap (.xlsx, .ods) of de CSV-bestanden.',
        'this is a PowerPoint presentation, not a spreadsheet. Choose the workbook (.xlsx, .ods) or the CSV files.',
      );
    if (has('/content.xml') || has('/mimetype'))
      return say(
        'dit OpenDocument-bestand is geen spreadsheet (of het is beschadigd). Kies de werkmap (.ods, .xlsx) of de CSV-bestanden.',
        'this OpenDocument file is not a spreadsheet (or it is damaged). Choose the workbook (.ods, .xlsx) or the CSV files.',
      );
  } catch {
    // not a zip or container at all
  }
  return undefined;
}

/** Every known column name (and alias), normalised, for finding the header row. */
const KNOWN_COLUMNS = new Set(
  [PROGRAMME_COLUMNS, LOCATION_COLUMNS, ORGANISATION_COLUMNS, ROLE_COLUMNS].flatMap((columns) =>
    Object.values(columns as Columns).flatMap((def) => [def.name, ...(def.aliases ?? [])]),
  ),
);

/** One sheet as a table; undefined when it holds nothing. */
function readSheet(
  name: string,
  sheet: WorkSheet,
  date1904: boolean,
  problems: Problem[],
): CsvTable | undefined {
  const data: (CellObject | undefined)[][] =
    (sheet['!data'] as (CellObject | undefined)[][] | undefined) ?? [];
  const grid: string[][] = [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      const value = cellText(cell, date1904);
      if (cell.t === 'e') {
        problems.push({
          level: 'let op',
          file: name,
          row: r + 1,
          column: utils.encode_col(c),
          message: say(
            `in deze cel geeft de formule een fout (${cell.w ?? 'fout'}). De cel is als leeg gelezen; verbeter de formule of typ de waarde in.`,
            `the formula in this cell gives an error (${cell.w ?? 'error'}). The cell was read as empty; fix the formula or type in the value.`,
          ),
        });
      }
      if (value !== '') (grid[r] ??= [])[c] = value;
    }
  }
  // A merged range shows its top-left value across the whole range.
  for (const range of sheet['!merges'] ?? []) {
    const value = grid[range.s.r]?.[range.s.c];
    if (value === undefined) continue;
    for (let r = range.s.r; r <= range.e.r; r++) {
      for (let c = range.s.c; c <= range.e.c; c++) (grid[r] ??= [])[c] = value;
    }
  }

  const filled = (r: number) => (grid[r] ?? []).some((value) => value !== undefined && value.trim() !== '');
  const nonEmpty: number[] = [];
  for (let r = 0; r < grid.length; r++) if (filled(r)) nonEmpty.push(r);
  if (nonEmpty.length === 0) return undefined;

  // The header: the first row with two known column names among the first ten, else the first row.
  const known = (r: number) =>
    (grid[r] ?? []).filter((value) => value !== undefined && KNOWN_COLUMNS.has(normaliseColumnName(value)))
      .length;
  const headerRow = nonEmpty.slice(0, 10).find((r) => known(r) >= 2) ?? nonEmpty[0];
  const above = nonEmpty.filter((r) => r < headerRow);
  if (above.length) {
    problems.push({
      level: 'let op',
      file: name,
      message: say(
        `de kopregel met de kolomnamen staat in rij ${headerRow + 1}; wat erboven staat (rij ${above.map((r) => r + 1).join(', ')}) is overgeslagen.`,
        `the header row with the column names is row ${headerRow + 1}; what is above it (row ${above.map((r) => r + 1).join(', ')}) was skipped.`,
      ),
    });
  }

  const rowsBelow = nonEmpty.filter((r) => r > headerRow);
  let width = 0;
  for (const r of [headerRow, ...rowsBelow]) {
    const row = grid[r] ?? [];
    for (let c = row.length - 1; c >= width; c--) {
      if (row[c] !== undefined && row[c].trim() !== '') {
        width = c + 1;
        break;
      }
    }
  }
  const pad = (row: string[] | undefined) => Array.from({ length: width }, (_, c) => row?.[c] ?? '');
  const header = pad(grid[headerRow]).map((value) => value.trim());
  for (let c = 0; c < width; c++) {
    if (header[c] !== '') continue;
    const used = rowsBelow.filter((r) => (grid[r]?.[c] ?? '').trim() !== '').map((r) => r + 1);
    if (used.length) {
      problems.push({
        level: 'let op',
        file: name,
        column: utils.encode_col(c),
        message: say(
          `deze kolom heeft geen naam in de kopregel (rij ${headerRow + 1}), maar er staat wel iets in (rij ${used.slice(0, 5).join(', ')}${used.length > 5 ? ', ...' : ''}). Wat erin staat is overgeslagen; zet er een kolomnaam boven.`,
          `this column has no name in the header row (row ${headerRow + 1}), but it does have something in it (row ${used.slice(0, 5).join(', ')}${used.length > 5 ? ', ...' : ''}). What is in it was skipped; put a column name above it.`,
        ),
      });
    }
  }
  return {
    name,
    separator: ';',
    encoding: 'utf-8',
    header,
    rows: rowsBelow.map((r) => ({ row: r + 1, cells: pad(grid[r]) })),
  };
}

/** What a cell shows, in the words the converter reads. */
function cellText(cell: CellObject, date1904: boolean): string {
  const value: unknown = cell.v;
  switch (cell.t) {
    case 's':
      return value === undefined || value === null ? '' : String(value);
    case 'b':
      return value ? 'ja' : 'nee';
    case 'n': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return '';
      if (
        cell.z !== undefined &&
        typeof cell.z === 'string' &&
        (SSF as { is_date(fmt: string): boolean }).is_date(cell.z)
      ) {
        return serialText(value, cell.z, date1904) ?? numberText(value);
      }
      return numberText(value);
    }
    case 'd': {
      const date = value instanceof Date ? value : new Date(String(value));
      if (Number.isNaN(date.getTime())) return String(value ?? '');
      const text = date.toISOString();
      return text.slice(11, 16) === '00:00'
        ? text.slice(0, 10)
        : `${text.slice(0, 10)} ${text.slice(11, 16)}`;
    }
    case 'e':
    case 'z':
      return '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

/** A number without float noise, with a decimal comma: 12.5 -> `12,5`, 0.1 + 0.2 -> `0,3`. */
export function numberText(value: number): string {
  const clean = Number(value.toPrecision(15));
  return String(clean).replace('.', ',');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * An Excel serial number shown with a date or time format: `2027-01-12`, `19:30` or
 * `2027-01-12 19:30`. Undefined when it is out of range.
 */
function serialText(serial: number, format: string, date1904: boolean): string | undefined {
  // What the format shows, without quoted text, escapes, colours and conditions.
  const shown = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
  const showsTime = /[hs]/.test(shown) || /am\/pm|a\/p/.test(shown);
  const showsDate = /[yde]/.test(shown) || (!showsTime && /m/.test(shown));
  if (serial < 0 || serial > 2958465) return undefined;
  const seconds = Math.round(serial * 86400);
  const days = Math.floor(seconds / 86400);
  const inDay = seconds - days * 86400;
  const time = `${pad2(Math.floor(inDay / 3600))}:${pad2(Math.floor((inDay % 3600) / 60))}`;
  if (!showsDate || (showsTime && days === 0)) return time;
  // Serial 1 is 1900-01-01; Excel counts a 29 February 1900 that never was (serial 60).
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + days * 86400000).toISOString().slice(0, 10);
  return showsTime && inDay !== 0 ? `${date} ${time}` : date;
}

// ---------------------------------------------------------------------------
// Which sheet is which

export type SheetKind = 'programmes' | 'locations' | 'organisations' | 'roles';

const KIND_NAMES: Record<SheetKind | 'ignore', string[]> = {
  ignore: [
    'toelichting',
    'uitleg',
    'instructie',
    'instructies',
    'handleiding',
    'leesmij',
    'readme',
    'help',
    'hulp',
    'keuzelijst',
    'keuzelijsten',
    'lijsten',
    'woordenlijst',
    'waarden',
    'instructions',
    'explanation',
    'notes',
  ],
  programmes: [
    'programmas',
    'programma',
    'aanbod',
    'cursussen',
    'activiteiten',
    'programmes',
    'programme',
    'programs',
    'program',
    'courses',
  ],
  locations: ['locaties', 'locatie', 'vestigingen', 'adressen', 'locations', 'location', 'venues', 'places'],
  organisations: [
    'organisaties',
    'organisatie',
    'aanbieders',
    'partners',
    'organisations',
    'organisation',
    'organizations',
    'organization',
    'providers',
  ],
  roles: [
    'vrijwilligersrollen',
    'vrijwilligersrol',
    'rollen',
    'vrijwilligers',
    'vrijwilligerswerk',
    'vacatures',
    'roles',
    'volunteers',
    'volunteer',
  ],
};

/** The kind a name speaks of (`voorbeeld-programmas.csv`, `Programma's`), `ignore`, or undefined. */
function kindByName(label: string): SheetKind | 'ignore' | undefined {
  const tokens = normaliseColumnName(label.replace(/\.[a-z0-9]{2,4}$/i, '')).split('_');
  const found = (Object.keys(KIND_NAMES) as (SheetKind | 'ignore')[]).filter((kind) =>
    tokens.some((token) => KIND_NAMES[kind].includes(token)),
  );
  if (found.includes('ignore')) return 'ignore';
  return found.length === 1 ? found[0] : undefined;
}

const KIND_COLUMNS: Record<SheetKind, Columns> = {
  programmes: PROGRAMME_COLUMNS,
  locations: LOCATION_COLUMNS,
  organisations: ORGANISATION_COLUMNS,
  roles: ROLE_COLUMNS,
};

/** How many of the header's columns each kind knows (with translations such as `titel_en`). */
function headerScores(header: string[]): Record<SheetKind, number> {
  const names = header.map(normaliseColumnName).filter(Boolean);
  const scores = {} as Record<SheetKind, number>;
  for (const [kind, columns] of Object.entries(KIND_COLUMNS) as [SheetKind, Columns][]) {
    const defs = Object.values(columns);
    const matches = (def: ColumnDef, name: string) =>
      [def.name, ...(def.aliases ?? [])].some(
        (known) => name === known || (def.translatable === true && name.startsWith(`${known}_`)),
      );
    scores[kind] = names.filter((name) => defs.some((def) => matches(def, name))).length;
  }
  return scores;
}

/**
 * Which of the converter's four files a table is: by the sheet's name (or a CSV
 * file's name), otherwise by its header. A sheet with an explanation
 * (`Toelichting`, `Uitleg`) or that cannot be told is undefined.
 */
export function sheetKind(table: CsvTable): SheetKind | undefined {
  const separator = table.name.lastIndexOf(SHEET_SEPARATOR);
  const fileName = separator === -1 ? table.name : table.name.slice(0, separator);
  const sheetName = separator === -1 ? undefined : table.name.slice(separator + SHEET_SEPARATOR.length);
  const byName = kindByName(sheetName ?? fileName);
  if (byName === 'ignore') return undefined;
  if (byName) return byName;

  const scores = headerScores(table.header);
  const ranked = (Object.entries(scores) as [SheetKind, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best[1] >= 2 && best[1] > second[1]) return best[0];
  // A workbook's generic sheet ("Blad1") in a file named for its kind, when the header fits at all.
  if (sheetName !== undefined) {
    const byFile = kindByName(fileName);
    if (byFile && byFile !== 'ignore' && scores[byFile] > 0) return byFile;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Writing

/** A feed as `convert` makes it or as the widgets read it: the lists may be missing. */
export type WorkbookFeed = Pick<Feed, 'programmes'> &
  Partial<Pick<Feed, 'organisations' | 'locations' | 'volunteerRoles'>>;

/** The sheets `feedToWorkbook` writes, in this order. */
export const WORKBOOK_SHEETS = {
  programmes: "programma's",
  locations: 'locaties',
  organisations: 'organisaties',
  roles: 'vrijwilligersrollen',
} as const;

/** A cell to write: text, a number, or a date (`YYYY-MM-DD`, written as a date cell). */
type Out = string | number | { date: string } | undefined;

/** One column: its key in the converter's columns, and the value for an item (text gets `_en` columns). */
type Writer<T> = Record<string, (item: T) => Out | Text>;

const DATE_FORMAT = 'dd-mm-yyyy';
const yesNo = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'ja' : 'nee');
const list = (values: readonly string[] | undefined) => (values?.length ? values.join('; ') : undefined);
const dottedTime = (time: string) => time.slice(0, 5).replace(':', '.');

function dateSerial(isoDate: string): number {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000;
}

/** `dd-mm-jjjj`, from `YYYY-MM-DD...`. */
function dutchDay(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}-${month}-${year}`;
}

function levelText(level: Feed['programmes'][number]['level']): string | undefined {
  if (!level) return undefined;
  if (level.min && level.max) return level.min === level.max ? level.min : `${level.min}-${level.max}`;
  if (level.min) return `vanaf ${level.min}`;
  if (level.max) return `tot ${level.max}`;
  return undefined;
}

type FeedProgramme = Feed['programmes'][number];

/** `08-01-2026 14.00-16.00 (locatie-id, vervalt)`; sessions separated by `; `. */
function sessionsText(programme: FeedProgramme): string | undefined {
  const sessions = programme.schedule?.sessions ?? [];
  if (!sessions.length) return undefined;
  return sessions
    .map((session) => {
      const start = session.start.slice(11, 16);
      const end = session.end ? session.end.slice(11, 16) : undefined;
      const notes = [
        ...(session.locationId ? [session.locationId] : []),
        ...(session.status === 'cancelled' ? ['vervalt'] : []),
      ];
      return `${dutchDay(session.start)} ${dottedTime(start)}${end ? `-${dottedTime(end)}` : ''}${
        notes.length ? ` (${notes.join(', ')})` : ''
      }`;
    })
    .join('; ');
}

const PROGRAMME_WRITER: Writer<FeedProgramme> = {
  id: (p) => p.id,
  title: (p) => p.title,
  summary: (p) => p.summary,
  description: (p) => p.description,
  organisation: (p) => p.organisationId,
  kind: (p) => wordFor(KIND_WORDS, p.kind),
  learning: (p) => wordFor(LEARNING_WORDS, p.learning),
  domains: (p) => list(p.domains.map((d) => wordFor(DOMAIN_WORDS, d))),
  themes: (p) => list(p.themes?.map((t) => wordFor(THEME_WORDS, t))),
  routes: (p) => list(p.routes?.map((r) => wordFor(ROUTE_WORDS, r))),
  level: (p) => levelText(p.level),
  instructionLanguages: (p) => list(p.instructionLanguages),
  supportLanguages: (p) => list(p.supportLanguages),
  format: (p) => wordFor(FORMAT_WORDS, p.format),
  locations: (p) => list(p.locationIds),
  sessions: (p) => sessionsText(p),
  weekly: (p) => {
    const weekly = p.schedule?.weekly;
    if (!weekly) return undefined;
    const days = weekly.days.map((d) => wordFor(DAY_WORDS, d)).join(', ');
    return `${days} ${dottedTime(weekly.start)}-${dottedTime(weekly.end)}`;
  },
  from: (p) => (p.schedule?.weekly?.from ? { date: p.schedule.weekly.from } : undefined),
  until: (p) => (p.schedule?.weekly?.until ? { date: p.schedule.weekly.until } : undefined),
  scheduleNote: (p) => p.schedule?.note,
  free: (p) => yesNo(p.cost.free),
  price: (p) => (p.cost.free ? undefined : p.cost.amount),
  costNote: (p) => p.cost.note,
  registration: (p) => yesNo(p.registration?.required),
  registrationUrl: (p) => p.registration?.url,
  registrationEmail: (p) => p.registration?.email,
  registrationPhone: (p) => p.registration?.phone,
  registrationNote: (p) => p.registration?.note,
  places: (p) => p.capacity?.places,
  remaining: (p) => p.capacity?.remaining,
  waitingList: (p) => yesNo(p.capacity?.waitingList),
  goals: (p) => list(p.goals),
  audience: (p) => p.audience,
  lastChecked: (p) => (p.lastChecked ? { date: p.lastChecked } : undefined),
};

const LOCATION_WRITER: Writer<Feed['locations'][number]> = {
  id: (l) => l.id,
  name: (l) => l.name,
  street: (l) => l.address?.street,
  postalCode: (l) => l.address?.postalCode,
  city: (l) => l.address?.city,
  lat: (l) => l.geo?.lat,
  lon: (l) => l.geo?.lon,
  accessibility: (l) => l.accessibility,
  url: (l) => l.url,
};

const ORGANISATION_WRITER: Writer<Feed['organisations'][number]> = {
  id: (o) => o.id,
  name: (o) => o.name,
  kind: (o) => (o.kind ? wordFor(ORGANISATION_KIND_WORDS, o.kind) : undefined),
  url: (o) => o.url,
  email: (o) => o.email,
  phone: (o) => o.phone,
};

const ROLE_WRITER: Writer<Feed['volunteerRoles'][number]> = {
  id: (r) => r.id,
  title: (r) => r.title,
  description: (r) => r.description,
  hoursPerWeek: (r) => r.hoursPerWeek,
  minMonths: (r) => r.minMonths,
  vogRequired: (r) => yesNo(r.vogRequired),
  training: (r) => r.training,
  locations: (r) => list(r.locationIds),
};

/** `fa-AF` -> `fa_af`, for a column name such as `titel_fa_af`. */
const languageSuffix = (lang: string) => lang.toLowerCase().replace(/-/g, '_');

/** A sheet: the header from the columns (translations right after their column), one row per item. */
function buildSheet<T>(columns: Columns, writer: Writer<T>, items: readonly T[]): WorkSheet {
  const header: string[] = [];
  const getters: ((item: T) => Out)[] = [];
  for (const [key, def] of Object.entries(columns)) {
    const get = writer[key];
    if (!get) continue;
    header.push(def.name);
    getters.push((item) => {
      const value = get(item);
      return typeof value === 'object' && !('date' in value) ? value.nl : (value as Out);
    });
    if (!def.translatable) continue;
    const languages: string[] = [];
    for (const item of items) {
      const value = get(item);
      if (typeof value !== 'object' || value === null || 'date' in value) continue;
      for (const [lang, text] of Object.entries(value)) {
        if (lang !== 'nl' && text !== '' && !languages.includes(lang)) languages.push(lang);
      }
    }
    for (const lang of languages) {
      header.push(`${def.name}_${languageSuffix(lang)}`);
      getters.push((item) => {
        const value = get(item);
        return typeof value === 'object' && value !== null && !('date' in value) ? value[lang] : undefined;
      });
    }
  }

  const data: (CellObject | undefined)[][] = [header.map((name) => ({ t: 's', v: name }))];
  const widths = header.map((name) => name.length);
  for (const item of items) {
    data.push(
      getters.map((get, c) => {
        const value = get(item);
        if (value === undefined || value === '') return undefined;
        if (typeof value === 'number') {
          widths[c] = Math.max(widths[c], String(value).length);
          return { t: 'n', v: value };
        }
        if (typeof value === 'object') {
          widths[c] = Math.max(widths[c], 10);
          return { t: 'n', v: dateSerial(value.date), z: DATE_FORMAT, w: dutchDay(value.date) };
        }
        widths[c] = Math.max(widths[c], Math.min(60, value.length));
        return { t: 's', v: value };
      }),
    );
  }
  const sheet: WorkSheet = {
    '!data': data,
    '!ref': utils.encode_range({
      s: { r: 0, c: 0 },
      e: { r: items.length, c: Math.max(0, header.length - 1) },
    }),
    '!cols': widths.map((width) => ({ wch: Math.min(60, width + 2) })),
  } as WorkSheet;
  return sheet;
}

/**
 * The feed as an .xlsx workbook in the template's layout: sheets `programma's`,
 * `locaties`, `organisaties` and `vrijwilligersrollen`, the converter's Dutch column
 * names (translations as `titel_en`, `titel_ar`...), one row per item, enumerated
 * values as the Dutch words of the vocabulary, dates as date cells (dd-mm-jjjj).
 * `convert` on its sheets gives the same feed again, apart from `updated` and from
 * what the columns cannot hold:
 *
 * - the publisher: `convert` takes it from the organisation of kind `taalhuis`
 *   (name, website, e-mail, phone) or from its `publisher` option; `privacyUrl` only
 *   from its `privacyUrl` option. A publisher that is not such an organisation must be
 *   given again when converting.
 * - `goals` (the feed's own learning goals) have no sheet.
 * - a session's `status: "scheduled"` (no status is the same), the seconds or UTC
 *   offset of its start and end, and an end on another day than its start; a session's
 *   `locationId` equal to the programme's first location is left out (it is the default).
 * - a translation in a language tag with a region or script (`fa-AF`): it is written
 *   as a column `titel_fa_af`, but `Sheet` (sheet.ts) tests the column's suffix
 *   `fa_af` against LANGUAGE_TAG, which wants hyphens, and skips the column as unknown.
 * - text given as `{ "nl": "..." }` alone becomes a plain string; spaces around text
 *   are trimmed; a postal code is written as `1234 AB`; a `level` without min and max
 *   is left out. These are the forms `convert` writes itself.
 */
export function feedToWorkbook(feed: WorkbookFeed): Uint8Array {
  const workbook = utils.book_new();
  const add = <T>(name: string, columns: Columns, writer: Writer<T>, items: readonly T[] | undefined) =>
    utils.book_append_sheet(workbook, buildSheet(columns, writer, items ?? []), name);
  add(WORKBOOK_SHEETS.programmes, PROGRAMME_COLUMNS, PROGRAMME_WRITER, feed.programmes);
  add(WORKBOOK_SHEETS.locations, LOCATION_COLUMNS, LOCATION_WRITER, feed.locations);
  add(WORKBOOK_SHEETS.organisations, ORGANISATION_COLUMNS, ORGANISATION_WRITER, feed.organisations);
  add(WORKBOOK_SHEETS.roles, ROLE_COLUMNS, ROLE_WRITER, feed.volunteerRoles);
  const out: unknown = write(workbook, { type: 'array', bookType: 'xlsx', compression: true });
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}
