/**
 * Reading the CSV files Dutch Excel and LibreOffice write, and the Dutch ways of
 * writing dates, times, numbers and yes/no in their cells.
 *
 * What comes in:
 * - `;` (Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)"), `,` or tab
 *   between cells, detected from the header row;
 * - UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode-tekst"), and
 *   Windows-1252 ("ANSI", older Excel) when the bytes are not valid UTF-8;
 * - quoted cells with separators, quotes (`""`) and line breaks in them.
 *
 * Rows are numbered as the spreadsheet numbers them: the header is row 1, so the
 * first item is row 2, also when a cell above holds line breaks.
 */
import { say } from './language.js';
import { parse } from 'csv-parse/sync';

/** A CSV file read into rows of cells. */
export interface CsvTable {
  /** The file name as given on the command line, for messages. */
  name: string;
  /** The cell separator found in the header row. */
  separator: ';' | ',' | '\t';
  /** How the bytes were decoded. */
  encoding: 'utf-8' | 'utf-16' | 'windows-1252';
  /** The header cells as written, trimmed. */
  header: string[];
  /** Every row after the header, with its spreadsheet row number (header = 1). */
  rows: { row: number; cells: string[] }[];
}

/** A CSV file that cannot be read at all; `message` is plain Dutch. */
export class CsvError extends Error {}

/**
 * Decodes the bytes of a CSV file: a BOM decides; otherwise UTF-8 when the bytes are
 * valid UTF-8, else Windows-1252 (what Excel on Windows writes as "CSV").
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvTable['encoding'] } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252')
      .decode(bytes)
      .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_EXTRA[c.charCodeAt(0) - 0x80] || c);
    return { text, encoding: 'windows-1252' };
  }
}

/**
 * What Windows-1252 has at 0x80-0x9F (the euro sign, curly quotes, dashes...), where
 * Latin-1 has control characters. Some Node versions (20.18.3 and later 20.x, 22.13+,
 * 24.x) decode "windows-1252" as Latin-1 (nodejs/node#60888), so €, “ ” and – would
 * become invisible control characters; this puts them back. Empty: unassigned.
 */
const WINDOWS_1252_EXTRA = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The separator used in the first line: the most frequent of `;`, `,` and tab outside quotes. */
export function detectSeparator(text: string): CsvTable['separator'] {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1;
  }
  // Dutch Excel's own separator wins a tie: a header with neither is one column anyway.
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

/** Reads a CSV file's bytes into a table. Throws {@link CsvError} when it cannot. */
export function readCsv(name: string, bytes: Uint8Array): CsvTable {
  const { text, encoding } = decodeCsvBytes(bytes);
  if (text.trim() === '')
    throw new CsvError(say(`${name}: het bestand is leeg.`, `${name}: the file is empty.`));
  const separator = detectSeparator(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: separator,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    if (code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new CsvError(
        say(
          `${name}: er staat een aanhalingsteken (") dat nergens wordt gesloten, ergens voor regel ${lines ?? '?'} van het bestand. ` +
            'Zet een tekst met aanhalingstekens erin tussen aanhalingstekens en verdubbel de aanhalingstekens erin (""), ' +
            'of sla het bestand opnieuw op vanuit Excel of LibreOffice.',
          `${name}: there is a quotation mark (") that is never closed, somewhere before line ${lines ?? '?'} of the file. ` +
            'Put a text with quotation marks in it between quotation marks and double the quotation marks inside it (""), ' +
            'or save the file again from Excel or LibreOffice.',
        ),
      );
    }
    throw new CsvError(
      say(
        `${name}: het bestand kan niet als CSV worden gelezen (${(error as Error).message}).`,
        `${name}: the file cannot be read as CSV (${(error as Error).message}).`,
      ),
    );
  }
  const [header = [], ...rest] = records;
  return {
    name,
    separator,
    encoding,
    header: header.map((cell) => cell.trim()),
    rows: rest.map((cells, index) => ({ row: index + 2, cells })),
  };
}

/** Normalises a header name: `Titel (EN)` -> `titel_en`, `Thema's` -> `themas`. */
export function normaliseColumnName(name: string): string {
  return stripAccents(name)
    .toLowerCase()
    .replace(/['’`"]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** `é` -> `e`, `ï` -> `i`: for comparing what people type. */
export function stripAccents(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * A word as people type it, for matching against a list: lower case, no accents,
 * hyphens between words, and "en" or "&" between words left out, so
 * "Werk & Opleiding", "werk en opleiding" and "werk-opleiding" are the same.
 */
export function normaliseWord(value: string): string {
  return stripAccents(value)
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .filter((word, _, all) => word !== 'en' || all.length === 1)
    .join('-');
}

// ---------------------------------------------------------------------------
// Values in cells. Each parser returns the value, or `{ error }` with a plain
// Dutch sentence that completes "kolom "x": ...".

export type Parsed<T> = { value: T } | { error: string };

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  feb: 2,
  februari: 2,
  mrt: 3,
  maa: 3,
  maart: 3,
  apr: 4,
  april: 4,
  mei: 5,
  jun: 6,
  juni: 6,
  jul: 7,
  juli: 7,
  aug: 8,
  augustus: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date as `dd-mm-jjjj` (also `d-m-jj`, `/` or `.`), `jjjj-mm-dd` or `12 januari 2027`. */
export const DATE_PATTERN = String.raw`\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+[a-zA-Z]{3,9}\.?\s+\d{4}`;

/** Parses a Dutch date into `YYYY-MM-DD`. */
export function parseDate(input: string): Parsed<string> {
  const value = input.trim();
  let year: number;
  let month: number;
  let day: number;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(value))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[3].length === 2) year += 2000;
  } else if ((m = /^(\d{1,2})\s+([a-zA-Z]+)\.?\s+(\d{4})$/.exec(value)) && MONTHS[m[2].toLowerCase()]) {
    [day, month, year] = [Number(m[1]), MONTHS[m[2].toLowerCase()], Number(m[3])];
  } else {
    return {
      error: say(
        `"${value}" is geen datum. Schrijf een datum als 12-01-2027.`,
        `"${value}" is not a date. Write a date like 12-01-2027.`,
      ),
    };
  }
  if (month < 1 || month > 12) {
    return {
      error: say(
        `"${value}" is geen datum: er is geen maand ${month}. Schrijf eerst de dag, dan de maand: 12-01-2027.`,
        `"${value}" is not a date: there is no month ${month}. Write the day first, then the month: 12-01-2027.`,
      ),
    };
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    return {
      error: say(
        `"${value}" bestaat niet: ${MONTH_NAMES[month - 1]} ${year} heeft ${daysInMonth(year, month)} dagen.`,
        `"${value}" does not exist: month ${month} of ${year} has ${daysInMonth(year, month)} days.`,
      ),
    };
  }
  if (year < 2000 || year > 2100)
    return {
      error: say(`"${value}": het jaar ${year} klopt niet.`, `"${value}": the year ${year} is not right.`),
    };
  return { value: `${year}-${pad(month)}-${pad(day)}` };
}

/** `YYYY-MM-DD` as `dd-mm-jjjj`, for messages. */
export function dutchDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}-${month}-${year}`;
}

/** A time as `19.00`, `19:00`, `9.30`, `19u`, `19 uur` or `19u30`. */
export const TIME_PATTERN = String.raw`\d{1,2}(?:[.:u]\d{2})?\s*(?:u|uur)?`;

/** Parses a Dutch time into `HH:MM`. */
export function parseTime(input: string): Parsed<string> {
  const value = input.trim();
  const m = /^(\d{1,2})(?:[.:u](\d{2}))?\s*(?:u|uur)?$/i.exec(value);
  if (!m)
    return {
      error: say(
        `"${value}" is geen tijd. Schrijf een tijd als 19.00.`,
        `"${value}" is not a time. Write a time like 19.00.`,
      ),
    };
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  if (hour > 23 || minute > 59)
    return {
      error: say(
        `"${value}" is geen tijd. Schrijf een tijd als 19.00.`,
        `"${value}" is not a time. Write a time like 19.00.`,
      ),
    };
  return { value: `${pad(hour)}:${pad(minute)}` };
}

/** Parses a time range `19.00-21.00` (also `19.00 - 21.00`, `19.00–21.00`, `19.00 tot 21.00`). */
export function parseTimeRange(input: string): Parsed<{ start: string; end?: string }> {
  const parts = input
    .trim()
    .replace(/^van\s+/i, '')
    .split(/\s*(?:-|–|—|\btot\b)\s*/i)
    .filter((part) => part !== '');
  if (parts.length < 1 || parts.length > 2) {
    return {
      error: say(
        `"${input.trim()}" is geen tijd van-tot. Schrijf bijvoorbeeld 19.00-21.00.`,
        `"${input.trim()}" is not a time range (from-to). Write for example 19.00-21.00.`,
      ),
    };
  }
  const start = parseTime(parts[0]);
  if ('error' in start) return start;
  if (parts.length === 1) return { value: { start: start.value } };
  const end = parseTime(parts[1]);
  if ('error' in end) return end;
  if (end.value <= start.value) {
    return {
      error: say(
        `"${input.trim()}": de eindtijd is niet later dan de begintijd.`,
        `"${input.trim()}": the end time is not later than the start time.`,
      ),
    };
  }
  return { value: { start: start.value, end: end.value } };
}

/**
 * Parses an amount as Dutch spreadsheets write it: `12,50`, `€ 12,50`, `1.250,00`,
 * `12.50`, `EUR 3`. A dot followed by exactly three digits is a thousands separator.
 */
export function parseNumber(input: string): Parsed<number> {
  const value = input.trim();
  let text = value
    .replace(/^(€|eur(o)?)\s*/i, '')
    .replace(/\s*(€|eur(o)?)$/i, '')
    .replace(/\s/g, '');
  text = text.replace(/,-$/, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, '').replace(',', '.');
  else if (/^\d+,\d+$/.test(text)) text = text.replace(',', '.');
  else if (!/^\d+(\.\d+)?$/.test(text)) {
    return {
      error: say(
        `"${value}" is geen bedrag of getal. Schrijf een getal als 12,50.`,
        `"${value}" is not an amount or number. Write a number like 12,50.`,
      ),
    };
  }
  return { value: Number(text) };
}

/** Parses a whole number that is 0 or more. */
export function parseWholeNumber(input: string): Parsed<number> {
  const value = input.trim();
  if (!/^\d+$/.test(value))
    return {
      error: say(
        `"${value}" is geen heel getal. Schrijf bijvoorbeeld 12.`,
        `"${value}" is not a whole number. Write for example 12.`,
      ),
    };
  return { value: Number(value) };
}

const YES = new Set(['ja', 'j', 'x', 'yes', 'y', 'waar', 'true', '1', 'v', '✓', '✔']);
const NO = new Set(['nee', 'n', 'no', 'onwaar', 'false', '0', '-']);

/** Parses a yes/no cell: `ja`, `j`, `x` (a cross in a tick column), `nee`, `n`; also WAAR/ONWAAR. */
export function parseYesNo(input: string): Parsed<boolean> {
  const value = input.trim().toLowerCase();
  if (YES.has(value)) return { value: true };
  if (NO.has(value)) return { value: false };
  return {
    error: say(
      `"${input.trim()}" is geen ja of nee. Schrijf ja of nee (of een x voor ja).`,
      `"${input.trim()}" is not ja or nee (yes or no). Write ja or nee (or an x for ja).`,
    ),
  };
}

/**
 * Splits a cell with several values. `;` is the separator the templates use; `|` and
 * line breaks work too, and so does `,` unless `keepCommas` (for names that may
 * hold a comma, such as "Bibliotheek Zutphen, centrum").
 */
export function splitList(input: string, keepCommas = false): string[] {
  return input
    .split(keepCommas ? /[;|\n\r]+/ : /[;|,\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The edit distance between two words, for "Bedoelt u ...?". */
export function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(
        previous[j] + 1,
        previous[j - 1] + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length];
}

/** The closest of `options` to `input`, when it is a likely typo. */
export function closest(input: string, options: readonly string[]): string | undefined {
  const word = normaliseWord(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = distance(word, normaliseWord(option));
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return bestDistance <= Math.max(1, Math.min(3, Math.floor(word.length / 3))) ? best : undefined;
}
