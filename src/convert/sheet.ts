/**
 * The header and rows of one spreadsheet file, read by column name: which columns it
 * has (with their translations, `titel_en`), the cells of a row, and the problems
 * found, each with file, row and column.
 */
import { say } from './language.js';
import { LANGUAGE_TAG, type Text } from '../feed/schema.js';
import { closest, normaliseColumnName, splitList, type CsvTable, type Parsed } from './csv.js';
import { lookup, unknownWord, type Vocabulary } from './vocabulary.js';

// ---------------------------------------------------------------------------
// Problems

/** `fout`: the row is not in the feed (or, without a row, nothing could be made). `let op`: a value was left out or guessed. */
export type Level = 'fout' | 'let op';

/** The kinds of sheet (`what`), in English, for the English messages. */
const ENGLISH_KINDS: Record<string, string> = {
  organisatie: 'organisation',
  locatie: 'location',
  vrijwilligersrol: 'volunteer role',
  programma: 'programme',
};

export interface Problem {
  level: Level;
  file: string;
  row?: number;
  column?: string;
  message: string;
}

/** `programmas.csv, rij 7, kolom "soort": "cursuss" is geen bekende soort. ...` */
export function formatProblem(problem: Problem): string {
  const place = [
    problem.file,
    ...(problem.row === undefined ? [] : [`rij ${problem.row}`]),
    ...(problem.column === undefined ? [] : [`kolom "${problem.column}"`]),
  ].join(', ');
  return `${place}: ${problem.message}`;
}

// ---------------------------------------------------------------------------
// Columns

export interface ColumnDef {
  /** The name in the templates (normalised form: lower case, `_` for spaces). */
  name: string;
  /** Other names people use for it (normalised). */
  aliases?: string[];
  /** Takes translations in `<name>_<language>` columns (`titel_en`). */
  translatable?: boolean;
  required?: boolean;
}

export const col = (name: string, options: Omit<ColumnDef, 'name'> = {}): ColumnDef => ({ name, ...options });

export type Columns = Record<string, ColumnDef>;

/** `fa_af` -> `fa-AF`. */
function languageTag(suffix: string): string {
  return suffix
    .split('_')
    .map((part, i) =>
      i === 0
        ? part.toLowerCase()
        : part.length === 2
          ? part.toUpperCase()
          : part.length === 4
            ? part[0].toUpperCase() + part.slice(1).toLowerCase()
            : part,
    )
    .join('-');
}

/** A file's header, matched against the columns it may have. */
export class Sheet<C extends Columns> {
  readonly index = new Map<keyof C, number>();
  readonly translations = new Map<keyof C, { lang: string; index: number }[]>();
  readonly fatal: boolean;

  constructor(
    readonly table: CsvTable,
    readonly columns: C,
    readonly what: string,
    readonly problems: Problem[],
  ) {
    const byName = new Map<string, keyof C>();
    for (const [key, def] of Object.entries(columns) as [keyof C, ColumnDef][]) {
      for (const name of [def.name, ...(def.aliases ?? [])]) byName.set(name, key);
    }
    const known = [...byName.keys()];
    table.header.forEach((raw, index) => {
      const name = normaliseColumnName(raw);
      if (name === '') return;
      const key = byName.get(name);
      if (key !== undefined) {
        if (this.index.has(key)) {
          this.note(undefined, raw, `deze kolom staat er twee keer in; alleen de eerste wordt gebruikt.`);
        } else this.index.set(key, index);
        return;
      }
      const translation = /^(.+?)_([a-z]{2,3}(?:_[a-z0-9]{2,8})*)$/.exec(name);
      const base = translation ? byName.get(translation[1]) : undefined;
      if (
        translation &&
        base !== undefined &&
        columns[base].translatable &&
        LANGUAGE_TAG.test(translation[2])
      ) {
        const lang = languageTag(translation[2]);
        const list = this.translations.get(base) ?? [];
        list.push({ lang, index });
        this.translations.set(base, list);
        return;
      }
      const guess = closest(name, known);
      this.note(
        undefined,
        raw,
        say(
          `deze kolom is onbekend en wordt overgeslagen.${guess ? ` Bedoelt u "${columns[byName.get(guess)!].name}"?` : ''}`,
          `this column is unknown and is skipped.${guess ? ` Did you mean "${columns[byName.get(guess)!].name}"?` : ''}`,
        ),
      );
    });
    const missing = Object.values(columns).filter(
      (def) => def.required && !this.index.has(this.keyOf(def)) && !this.translations.has(this.keyOf(def)),
    );
    for (const def of missing) {
      this.problems.push({
        level: 'fout',
        file: table.name,
        column: def.name,
        message: say(
          `deze kolom ontbreekt. Elk${what === 'programma' ? '' : 'e'} ${what} heeft een ${def.name} nodig. Verplichte kolommen: ${Object.values(
            columns,
          )
            .filter((c) => c.required)
            .map((c) => c.name)
            .join(', ')}. Kijk ook of het scheidingsteken klopt (; of ,).`,
          `this column is missing. Every ${ENGLISH_KINDS[what] ?? what} needs a "${def.name}". Required columns: ${Object.values(
            columns,
          )
            .filter((c) => c.required)
            .map((c) => c.name)
            .join(', ')}. Also check that the separator is right (; or ,).`,
        ),
      });
    }
    this.fatal = missing.length > 0;
  }

  private keyOf(def: ColumnDef): keyof C {
    return (Object.entries(this.columns) as [keyof C, ColumnDef][]).find(([, d]) => d === def)![0];
  }

  note(row: number | undefined, column: string | undefined, message: string): void {
    this.problems.push({ level: 'let op', file: this.table.name, row, column, message });
  }

  has(key: keyof C): boolean {
    return this.index.has(key);
  }

  /** The rows that hold anything, checked for the right number of cells. */
  rows(): Row<C>[] {
    // Excel writes every row as wide as the sheet, so a row wider than most is shifted.
    const lengths = new Map<number, number>();
    for (const { cells } of this.table.rows) {
      if (cells.some((cell) => cell.trim() !== ''))
        lengths.set(cells.length, (lengths.get(cells.length) ?? 0) + 1);
    }
    const typical = [...lengths].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
    const width = this.table.header.length;
    const widest = Math.max(width, typical);
    const otherSeparator = this.table.separator === ';' ? ',' : ';';
    const rows: Row<C>[] = [];
    for (const { row, cells } of this.table.rows) {
      if (cells.every((cell) => cell.trim() === '')) continue;
      const filled = cells.reduce((last, cell, i) => (cell.trim() === '' ? last : i + 1), 0);
      if (filled > width || cells.length > widest) {
        this.problems.push({
          level: 'fout',
          file: this.table.name,
          row,
          message: say(
            `deze rij heeft ${Math.max(filled, cells.length)} cellen, maar er zijn maar ${width} kolommen. ` +
              `Staat er een "${this.table.separator}" in een cel zonder aanhalingstekens eromheen? ` +
              'Sla het bestand opnieuw op vanuit Excel of LibreOffice, dan gaat dat vanzelf goed. Deze rij is overgeslagen.',
            `this row has ${Math.max(filled, cells.length)} cells, but there are only ${width} columns. ` +
              `Is there a "${this.table.separator}" in a cell without quotation marks around it? ` +
              'Save the file again from Excel or LibreOffice, and that will be handled for you. This row was skipped.',
          ),
        });
        continue;
      }
      if (width > 2 && filled === 1 && cells[0].split(otherSeparator).length > 2) {
        this.problems.push({
          level: 'fout',
          file: this.table.name,
          row,
          message: say(
            `in deze rij staan de cellen gescheiden door "${otherSeparator}", in de kopregel door "${this.table.separator}". ` +
              'Gebruik in het hele bestand hetzelfde scheidingsteken. Deze rij is overgeslagen.',
            `in this row the cells are separated by "${otherSeparator}", in the header row by "${this.table.separator}". ` +
              'Use the same separator in the whole file. This row was skipped.',
          ),
        });
        continue;
      }
      rows.push(new Row(this, row, cells));
    }
    return rows;
  }
}

/** One row: reads cells by column and records its problems. */
export class Row<C extends Columns> {
  failed = false;

  constructor(
    readonly sheet: Sheet<C>,
    readonly row: number,
    readonly cells: string[],
  ) {}

  private clean(value: string | undefined): string {
    return (value ?? '')
      .replace(/\u00a0/g, ' ')
      .replace(/\r\n?/g, '\n')
      .trim();
  }

  cell(key: keyof C): string {
    const index = this.sheet.index.get(key);
    return index === undefined ? '' : this.clean(this.cells[index]);
  }

  /** The column's text with its translations: a string when there is only Dutch. */
  text(key: keyof C): Text | undefined {
    const dutch = this.cell(key);
    const translations: Record<string, string> = {};
    for (const { lang, index } of this.sheet.translations.get(key) ?? []) {
      const value = this.clean(this.cells[index]);
      if (value !== '' && !(lang === 'nl' && dutch !== '')) translations[lang] = value;
    }
    if (Object.keys(translations).length === 0) return dutch === '' ? undefined : dutch;
    return dutch === '' ? translations : { nl: dutch, ...translations };
  }

  columnName(key: keyof C): string {
    const index = this.sheet.index.get(key);
    return index === undefined ? this.sheet.columns[key].name : this.sheet.table.header[index];
  }

  /** The row cannot become an item; the first message says so. */
  fail(key: keyof C | undefined, message: string): void {
    this.sheet.problems.push({
      level: 'fout',
      file: this.sheet.table.name,
      row: this.row,
      column: key === undefined ? undefined : this.columnName(key),
      message: this.failed
        ? message
        : say(`${message} Deze rij is overgeslagen.`, `${message} This row was skipped.`),
    });
    this.failed = true;
  }

  /** A value was left out or read in a way worth checking; the row stays. */
  warn(key: keyof C | undefined, message: string): void {
    this.sheet.problems.push({
      level: 'let op',
      file: this.sheet.table.name,
      row: this.row,
      column: key === undefined ? undefined : this.columnName(key),
      message,
    });
  }

  /** Parses an optional cell; a value that cannot be read is reported and left out. */
  optional<T>(key: keyof C, parse: (value: string) => Parsed<T>): T | undefined {
    const value = this.cell(key);
    if (value === '') return undefined;
    const parsed = parse(value);
    if ('error' in parsed) {
      this.warn(
        key,
        say(`${parsed.error} Deze waarde is weggelaten.`, `${parsed.error} This value was left out.`),
      );
      return undefined;
    }
    return parsed.value;
  }

  /** One word from a vocabulary; required cells fail the row. */
  word<T extends string>(key: keyof C, vocab: Vocabulary<T>, required: boolean): T | undefined {
    const value = this.cell(key);
    if (value === '') {
      if (required)
        this.fail(
          key,
          say(
            `is leeg. Kies een ${vocab.what}: ${unknownWord(vocab, '').split('Kies uit: ')[1]}`,
            `is empty. Choose a "${vocab.what}": ${unknownWord(vocab, '').split('Choose from: ')[1]}`,
          ),
        );
      return undefined;
    }
    const found = lookup(vocab, value);
    if (found === undefined) {
      if (required) this.fail(key, unknownWord(vocab, value));
      else
        this.warn(
          key,
          say(
            `${unknownWord(vocab, value)} Deze waarde is weggelaten.`,
            `${unknownWord(vocab, value)} This value was left out.`,
          ),
        );
    }
    return found;
  }

  /** Several words from a vocabulary; unknown ones are reported and left out. */
  words<T extends string>(key: keyof C, vocab: Vocabulary<T>): T[] {
    const result: T[] = [];
    for (const value of splitList(this.cell(key))) {
      const found = lookup(vocab, value);
      if (found === undefined)
        this.warn(
          key,
          say(
            `${unknownWord(vocab, value)} Deze waarde is weggelaten.`,
            `${unknownWord(vocab, value)} This value was left out.`,
          ),
        );
      else if (!result.includes(found)) result.push(found);
    }
    return result;
  }
}
