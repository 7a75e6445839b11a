/**
 * The feed studio's work, without a DOM (it runs in a Web Worker): the files a coordinator
 * opened (CSV, .xlsx, .ods or a feed's JSON) to a feed, with every problem, the strict
 * advice and the translation coverage. The spreadsheet part is `taalwijzer convert`'s own
 * converter (src/convert/), so both give the same feed for the same sheets.
 */
import { say, withProblemLanguage, type ProblemLanguage } from '../convert/language.js';
import { convert, type ConvertResult } from '../convert/convert.js';
import { checkFeed } from '../convert/check.js';
import { CsvError, readCsv, type CsvTable } from '../convert/csv.js';
import type { Problem } from '../convert/sheet.js';
import { strictWarnings, type StrictWarning } from '../convert/strict.js';
import { readWorkbook, sheetKind, type SheetKind } from '../convert/workbook.js';
import type { Feed, Text } from '../feed/schema.js';
import { pickText } from '../feed/text.js';

export type { SheetKind };

export interface StudioFile {
  name: string;
  bytes: Uint8Array;
}

export interface StudioOptions {
  /** The Taalhuis's name (`--publisher`); default: the organisation of kind taalhuis. */
  publisher?: string;
  privacyUrl?: string;
  now: Date;
  /** The language of the problems and advice: English when the studio's UI is English. Default: Dutch. */
  language?: ProblemLanguage;
}

/** What one opened file turned out to hold. */
export interface FilePart {
  /** The file, or `file › sheet` for a workbook's sheet. */
  label: string;
  /** What it was read as; missing: not used (an explanation sheet, an unknown table). */
  kind?: SheetKind | 'feed';
  /** Data rows (spreadsheets) or programmes (a feed). */
  rows: number;
}

/** A strict warning with the Dutch title of the programme it is about, when it is about one. */
export interface Advice extends StrictWarning {
  title?: string;
}

export interface StudioResult {
  /** The feed as `aanbod.json` holds it; missing when nothing usable could be made. */
  feedText?: string;
  /** The feed as the widgets read it (invalid items skipped), for the exports. */
  feed?: Feed;
  /** Errors (`fout`: a row or item left out, or a file not read) and notes (`let op`). */
  problems: Problem[];
  /** Strict advice: missing translations, no upcoming sessions, old `lastChecked`... */
  advice: Advice[];
  /** Per widget language: how many programme titles have it. */
  titleTranslations: Record<string, number>;
  /** What each opened file held. */
  parts: FilePart[];
  /** Usable items in the feed. */
  counts: { programmes: number; locations: number; organisations: number; volunteerRoles: number };
}

const KIND_LABEL: Record<SheetKind, string> = {
  programmes: 'programma’s',
  locations: 'locaties',
  organisations: 'organisaties',
  roles: 'vrijwilligersrollen',
};

const ENGLISH_KIND_LABEL: Record<SheetKind, string> = {
  programmes: 'programmes',
  locations: 'locations',
  organisations: 'organisations',
  roles: 'volunteer roles',
};

const WORKBOOK = /\.(xlsx|xlsm|ods|xls)$/i;
const FEED = /\.json$/i;

function emptyResult(parts: FilePart[], problems: Problem[]): StudioResult {
  return {
    problems,
    advice: [],
    titleTranslations: {},
    parts,
    counts: { programmes: 0, locations: 0, organisations: 0, volunteerRoles: 0 },
  };
}

/** The tables in a file: a CSV file is one, a workbook one per sheet. */
function tablesOf(file: StudioFile, problems: Problem[]): CsvTable[] {
  if (WORKBOOK.test(file.name)) {
    const read = readWorkbook(file.name, file.bytes);
    problems.push(...read.problems);
    return read.tables;
  }
  try {
    return [readCsv(file.name, file.bytes)];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    problems.push({ level: 'fout', file: file.name, message: error.message.replace(/^[^:]+: /, '') });
    return [];
  }
}

/** Reads a feed's JSON as the widgets will, with its issues as problems. */
function openFeed(file: StudioFile, options: StudioOptions, parts: FilePart[]): StudioResult {
  const problems: Problem[] = [];
  const text = new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, '');
  const checked = checkFeed(file.name, text);
  const { report, feed } = checked;
  parts.push({ label: file.name, kind: 'feed', rows: feed?.programmes.length ?? 0 });
  if (report.error) {
    problems.push({
      level: 'fout',
      file: file.name,
      message: say(
        `${report.error}. Dit bestand is geen bruikbare Taalwijzer-feed.`,
        `${report.error}. This file is not a usable Taalwijzer feed.`,
      ),
    });
  }
  for (const issue of report.issues) {
    problems.push({ level: 'fout', file: file.name, message: `${issue.path}: ${issue.message}` });
  }
  if (!feed || !report.usable) return emptyResult(parts, problems);
  return finish(text, feed, checked.json, problems, parts, options);
}

function finish(
  feedText: string,
  feed: Feed,
  raw: unknown,
  problems: Problem[],
  parts: FilePart[],
  options: StudioOptions,
): StudioResult {
  const strict = strictWarnings(raw, feed, options.now);
  // Paths count the programmes as written, also those skipped: look the title up in `raw`.
  const rawProgrammes = (raw as { programmes?: { title?: unknown }[] }).programmes ?? [];
  const advice = strict.warnings.map((warning): Advice => {
    const index = /^programmes\[(\d+)\]/.exec(warning.path)?.[1];
    const title = index === undefined ? undefined : rawProgrammes[Number(index)]?.title;
    const text =
      typeof title === 'string' || (title && typeof title === 'object')
        ? pickText(title as Text, 'nl')
        : undefined;
    return text ? { ...warning, title: text.text } : warning;
  });
  return {
    feedText,
    feed,
    problems,
    advice,
    titleTranslations: strict.titleTranslations,
    parts,
    counts: {
      programmes: feed.programmes.length,
      locations: feed.locations.length,
      organisations: feed.organisations.length,
      volunteerRoles: feed.volunteerRoles.length,
    },
  };
}

/**
 * The feed made from `files`: one existing feed (`.json`), or spreadsheets with one table per
 * kind (separate CSV files, a workbook with a sheet per kind, or a mix).
 */
export function convertFiles(files: readonly StudioFile[], options: StudioOptions): StudioResult {
  return withProblemLanguage(options.language ?? 'nl', () => convertInLanguage(files, options));
}

function convertInLanguage(files: readonly StudioFile[], options: StudioOptions): StudioResult {
  const parts: FilePart[] = [];
  const problems: Problem[] = [];
  const feeds = files.filter((file) => FEED.test(file.name));
  if (feeds.length) {
    if (feeds.length > 1 || files.length > 1) {
      problems.push({
        level: 'fout',
        file: files.map((file) => file.name).join(', '),
        message: say(
          'open één feed (.json) óf spreadsheets, niet allebei en niet meer dan één feed. Sluit de andere bestanden en probeer het opnieuw.',
          'open one feed (.json) or spreadsheets, not both and not more than one feed. Close the other files and try again.',
        ),
      });
      return emptyResult(parts, problems);
    }
    return openFeed(feeds[0], options, parts);
  }

  const byKind: Partial<Record<SheetKind, CsvTable>> = {};
  for (const file of files) {
    for (const table of tablesOf(file, problems)) {
      const kind = sheetKind(table);
      parts.push({ label: table.name, kind, rows: table.rows.length });
      if (!kind) continue;
      const earlier = byKind[kind];
      if (earlier) {
        problems.push({
          level: 'fout',
          file: table.name,
          message: say(
            `er is al een blad met ${KIND_LABEL[kind]} (${earlier.name}); dit blad is niet gebruikt. Zet alle ${KIND_LABEL[kind]} op één blad, of open maar één van de twee.`,
            `there is already a sheet with ${ENGLISH_KIND_LABEL[kind]} (${earlier.name}); this sheet was not used. Put all the ${ENGLISH_KIND_LABEL[kind]} on one sheet, or open only one of the two.`,
          ),
        });
        parts[parts.length - 1].kind = undefined;
        continue;
      }
      byKind[kind] = table;
    }
  }
  if (!byKind.programmes) {
    if (files.length) {
      problems.push({
        level: 'fout',
        file: files.map((file) => file.name).join(', '),
        message: say(
          'er staat geen blad met programma’s bij. Noem het blad of bestand "programma’s", of begin met het sjabloon: de eerste rij moet de kolomnamen hebben (titel, soort, leervorm, domeinen...).',
          'there is no sheet with programmes. Name the sheet or file "programma’s", or start with the template: the first row must have the column names (titel, soort, leervorm, domeinen...).',
        ),
      });
    }
    return emptyResult(parts, problems);
  }

  const result: ConvertResult = convert({
    programmes: byKind.programmes,
    locations: byKind.locations,
    organisations: byKind.organisations,
    roles: byKind.roles,
    publisher: options.publisher || undefined,
    privacyUrl: options.privacyUrl || undefined,
    now: options.now,
  });
  problems.push(...result.problems);
  if (!result.feed) return emptyResult(parts, problems);
  const feedText = `${JSON.stringify(result.feed, null, 2)}\n`;
  // The converter's own check, as `taalwijzer convert` does: what the widgets will make of it.
  const checked = checkFeed('feed', feedText);
  for (const issue of checked.report.issues) {
    problems.push({ level: 'let op', file: 'feed', message: `${issue.path}: ${issue.message}` });
  }
  if (!checked.feed) return emptyResult(parts, problems);
  return finish(feedText, checked.feed, checked.json, problems, parts, options);
}
