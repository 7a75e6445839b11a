/**
 * The `taalwijzer` command:
 * - `validate <file-or-url> [--strict] [--json]`: check a feed (validate.ts);
 * - `convert <programmas.csv> [...] -o feed.json`: spreadsheets to a feed (convert.ts);
 * - `export --jsonld | --ics <feed>`: schema.org JSON-LD (export-jsonld.ts) or an
 *   iCalendar file of the upcoming sessions (../feed/ics.ts);
 * - `overview <feed> -o overzicht.html [--lang nl]`: the offer overview as one
 *   self-contained HTML file (overview.ts);
 * - `merge <feeds.txt> --out <dir>`: many feeds into one region manifest with a
 *   shard per publisher (merge.ts).
 * Exit status: 0 done, 1 the feed (or spreadsheet) is not usable, 2 wrong usage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve as resolvePath } from 'node:path';
import { mergeFeeds, type MergePart } from '../feed/merge-feeds.js';
import { isRegionJson, parseRegion } from '../feed/region.js';
import { fileURLToPath } from 'node:url';
import { offerOverview } from '../feed/offer-overview.js';
import { LOCALES } from '../localization/locales.js';
import { overviewPage } from './overview.js';
import { feedToIcs } from '../feed/ics.js';
import { convert, countWords, formatProblem, type Problem } from '../convert/convert.js';
import { CsvError, readCsv, type CsvTable } from '../convert/csv.js';
import { readWorkbook, sheetKind } from '../convert/workbook.js';
import { feedToJsonLd } from '../convert/export-jsonld.js';
import { merge } from './merge.js';
import { parseNow } from '../convert/time.js';
import { checkFeed, validate, type Output, type Report } from './validate.js';

const VERSION = '0.1.0';
const FETCH_TIMEOUT = 15_000;

const HELP = `taalwijzer ${VERSION}: tools for Taalwijzer feeds (feed version 1)

Usage:
  taalwijzer validate <file-or-url> [--strict] [--json]
      check a feed; --strict adds warnings for publishers
  taalwijzer convert <programmas.csv> [--locations locaties.csv] [--organisations organisaties.csv]
                     [--roles vrijwilligersrollen.csv] [--publisher "Naam"] [--privacy-url URL] -o feed.json
      spreadsheet (CSV) naar feed, met meldingen in het Nederlands
  taalwijzer export --jsonld <feed> [-o aanbod.jsonld]
  taalwijzer export --ics <feed> [-o aanbod.ics]
      schema.org JSON-LD for search engines, or a calendar file of the upcoming sessions
  taalwijzer overview <feed> -o overzicht.html [--lang nl] [--finder URL]
      het aanbod in één oogopslag voor de gemeente: één HTML-bestand, offline en printbaar
  taalwijzer merge <feeds.txt> --out <map> [--name "Regio Zutphen"] [--cache <map>]
      veel feeds samen tot één regio: region.json en per uitgever een schone shard

Run "taalwijzer <command> --help" for the options of one command.
Voor coördinatoren: docs/coordinatoren.md legt stap voor stap uit hoe het werkt.

Exit status: 0 done, 1 the feed or spreadsheet is not usable, 2 wrong usage.
  --help      show this help
  --version   show the version`;

const VALIDATE_HELP = `Usage: taalwijzer validate <file-or-url> [--strict] [--json] [--now DATE]

Checks a Taalwijzer feed (feed version 1) and lists every problem with its place
in the feed (for example programmes[3].cost) in plain language.

Options:
  --strict    also warn (in Dutch) about what a publisher should look at: titles and
              summaries without an English translation, programmes with no session
              ahead, lastChecked more than six months ago (or missing), programmes
              without contact details, locations without an address.
              Warnings never change the exit status.
  --now DATE  the date --strict measures from (default: today), e.g. 2026-11-28
  --json      print the result as JSON, for scripts (with --strict: "warnings" too)
  --help      show this help
  --version   show the version

Exit status: 0 when the feed is usable, 1 when it is not, 2 on wrong usage.

Examples:
  npx taalwijzer validate aanbod.json
  npx taalwijzer validate --strict aanbod.json
  npx taalwijzer validate https://www.bibliotheek.example/taalhuis/aanbod.json --json`;

const CONVERT_HELP = `Gebruik: taalwijzer convert <programmas.csv> [opties] -o feed.json
         taalwijzer convert <aanbod.xlsx> [opties] -o feed.json

Zet de spreadsheets van uw Taalhuis (als CSV, of één werkmap .xlsx/.ods met een
tabblad per soort, zoals taalwijzer-sjabloon.xlsx) om in een feed voor de
Taalwijzer-widgets. Elk probleem staat erbij met bestand, rij en kolom.

Opties:
  --locations <locaties.csv>                 de locaties (id, naam, straat, postcode, plaats, ...)
  --organisations <organisaties.csv>         de organisaties (id, naam, soort, website, email, telefoon)
  --roles <vrijwilligersrollen.csv>          de vrijwilligersrollen
  --publisher "Taalhuis Zutphen"             de naam van de uitgever (standaard: de organisatie
                                             met soort "taalhuis" uit organisaties.csv)
  --privacy-url <https://...>                de link naar uw privacyverklaring
  -o, --output <feed.json>                   hier komt de feed (zonder -o: op het scherm)
  --now <datum>                              de datum voor "updated" (standaard: nu)
  --help                                     deze uitleg

De bestanden mogen ; of , als scheidingsteken hebben, in UTF-8 (met of zonder BOM)
of Windows-1252. Meerdere waarden in één cel scheidt u met ; (of |).
Sjablonen en een ingevuld voorbeeld: examples/spreadsheet/. Uitleg: docs/coordinatoren.md.

Afsluitcode: 0 de feed is gemaakt (kijk wel naar de meldingen), 1 er kon geen
bruikbare feed worden gemaakt (er is dan niets geschreven), 2 verkeerd gebruik.

Voorbeeld:
  npx taalwijzer convert programmas.csv --locations locaties.csv \\
      --organisations organisaties.csv --roles vrijwilligersrollen.csv \\
      --privacy-url https://www.bibliotheek.nl/privacy -o aanbod.json`;

const EXPORT_HELP = `Gebruik: taalwijzer export --jsonld <feed> [-o aanbod.jsonld]
         taalwijzer export --ics <feed> [-o aanbod.ics]

Maakt van een feed (bestand of URL):
  --jsonld   schema.org JSON-LD: zoekmachines begrijpen zo uw aanbod (cursussen,
             taalcafés, locaties, organisaties). Zet het op uw website in
             <script type="application/ld+json"> ... </script>.
  --ics      een agendabestand (iCalendar) met alle komende bijeenkomsten, voor
             Outlook, Google Agenda of de agenda op een telefoon.
Programma's waarvan alle data voorbij zijn, staan er niet in.

Opties:
  -o, --output <bestand>   hier komt het resultaat (zonder -o: op het scherm)
  --locale <taal>          de taal van titels en teksten (standaard nl; anders
                           valt het terug op Nederlands)
  --now <datum>            vanaf wanneer "komend" telt (standaard: nu)
  --days <aantal>          hoeveel dagen vooruit (standaard 365)
  --url <adres>            (--ics) het adres van de feed op uw website; de naam
                           van de website komt in de agenda-id's (standaard: de
                           website van de uitgever)
  --help                   deze uitleg

Afsluitcode: 0 gelukt, 1 de feed is niet bruikbaar, 2 verkeerd gebruik.`;

const OVERVIEW_HELP = `Gebruik: taalwijzer overview <feed-of-regio> -o overzicht.html [opties]

Maakt het aanbod in één oogopslag (voor de gemeente, klantmanagers en de coördinator):
programma's per leerroute, domein en thema, formeel/non-formeel/informeel, wie wat
aanbiedt, talen, wat vol is, vrijwilligersrollen en wat ontbreekt. Eén HTML-bestand dat
zonder internet opent en op twee A4'tjes past; het rekent met dezelfde code als
<taal-offer-overview> op de website. Een regio (region.json van taalwijzer merge) telt het
aanbod van alle Taalhuizen samen.

Opties:
  -o, --output <overzicht.html>   hier komt het bestand (zonder -o: op het scherm)
  --lang <taal>                   taal van het overzicht: ${LOCALES.map((l) => l.code).join(', ')} (standaard: nl)
  --finder <URL>                  de pagina met de zoeker (met url-state): elk getal wordt een
                                  link daarheen, en de QR-code wijst ernaar (standaard: de
                                  website van de uitgever, zonder links)
  --now <datum>                   tel vanaf deze datum (standaard: nu), bijv. 2026-11-28
  --help                          deze uitleg

Afsluitcode: 0 gelukt, 1 de feed is niet bruikbaar, 2 verkeerd gebruik.`;

const MERGE_HELP = `Gebruik: taalwijzer merge <feeds.txt> --out <map> [--name "Regio Zutphen"] [--cache <map>]

Voegt de feeds van een regio samen voor één zoeker: <map>/region.json en per uitgever
een schone kopie van de feed in <map>/shards/. Zet de map op een website; de zoeker
krijgt src=".../region.json".

feeds.txt: één webadres (https://...) of bestand per regel (een bestand telt vanaf de
map van feeds.txt). Lege regels en regels met # ervoor tellen niet mee.

Opties:
  --out <map>          hier komen region.json en shards/ (verplicht)
  --name "Naam"        de naam van de regio (standaard: Regio)
  --cache <map>        hier bewaart merge de laatste goede versie van elke feed en wat
                       nodig is om de server te vragen "is er iets nieuws?"
                       (standaard: <map>/.cache; bewaar hem tussen twee keer draaien)
  --help               deze uitleg

Per feed één regel: ok, ongewijzigd (niets nieuws), verouderd (lezen lukte niet, de
vorige versie blijft staan) of mislukt (lezen lukte niet en er is geen vorige versie).

Afsluitcode: 0 er is minstens één bruikbare shard, 1 geen enkele, 2 verkeerd gebruik
(of feeds.txt kan niet worden gelezen).

Voorbeeld:
  npx taalwijzer merge feeds.txt --out regio/ --name "Regio Zutphen"`;

/** The time-out per feed in `merge`; `--timeout <ms>` (not in the help) changes it for tests. */
const MERGE_TIMEOUT = 20_000;

// ---------------------------------------------------------------------------
// Arguments

interface ArgSpec {
  flags: readonly string[];
  /** Options that take a value: `--name value` or `--name=value`. */
  options: readonly string[];
}

interface Args {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

const SHORT: Record<string, string> = { '-o': '--output', '-h': '--help' };

function parseArgs(argv: string[], spec: ArgSpec): Args | { error: string } {
  const args: Args = { positionals: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    if (!raw.startsWith('-') || raw === '-') {
      args.positionals.push(raw);
      continue;
    }
    const [given, inline] =
      raw.startsWith('--') && raw.includes('=')
        ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)]
        : [raw, undefined];
    const name = SHORT[given] ?? given;
    if (spec.flags.includes(name)) {
      if (inline !== undefined) return { error: `${given} takes no value.` };
      args.flags.add(name);
    } else if (spec.options.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        return { error: `${given} needs a value.` };
      }
      args.options.set(name, value);
    } else return { error: `Unknown option ${given}.` };
  }
  return args;
}

function nowOption(args: Args, io: Output, help: string): Date | number {
  const value = args.options.get('--now');
  if (value === undefined) return new Date();
  const now = parseNow(value);
  if (!now) {
    io.err(`--now: "${value}" is not a date like 2026-11-28.\n\n${help}`);
    return 2;
  }
  return now;
}

// ---------------------------------------------------------------------------
// Reading and writing

async function readSource(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT),
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    return response.text();
  }
  return readFile(source, 'utf8');
}

function readReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'the file does not exist';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return (error as Error).message;
}

async function writeOutput(path: string | undefined, text: string, io: Output): Promise<boolean> {
  if (path === undefined || path === '-') {
    process.stdout.write(text);
    return true;
  }
  try {
    await writeFile(path, text);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'de map bestaat niet'
        : code === 'EACCES'
          ? 'u mag daar niet schrijven'
          : (error as Error).message;
    io.err(`${path} kon niet worden geschreven: ${reason}.`);
    return false;
  }
}

// ---------------------------------------------------------------------------
// Commands

async function runValidate(argv: string[], io: Output): Promise<number> {
  const args = parseArgs(argv, { flags: ['--json', '--strict', '--help', '--version'], options: ['--now'] });
  if ('error' in args) {
    io.err(`${args.error}\n\n${VALIDATE_HELP}`);
    return 2;
  }
  if (args.flags.has('--help')) {
    io.out(VALIDATE_HELP);
    return 0;
  }
  if (args.flags.has('--version')) {
    io.out(VERSION);
    return 0;
  }
  if (args.positionals.length !== 1) {
    io.err(`validate takes exactly one file or URL.\n\n${VALIDATE_HELP}`);
    return 2;
  }
  const now = nowOption(args, io, VALIDATE_HELP);
  if (typeof now === 'number') return now;
  const [source] = args.positionals;
  const json = args.flags.has('--json');
  let text: string;
  try {
    text = await readSource(source);
  } catch (error) {
    const report: Report = {
      source,
      usable: false,
      error: `it could not be read (${readReason(error)})`,
      issues: [],
    };
    if (json) io.out(JSON.stringify(report, null, 2));
    else io.err(`Feed: ${source}\n\nThe feed is not usable: ${report.error}`);
    return 1;
  }
  return validate(source, text, { json, strict: args.flags.has('--strict'), now }, io);
}

const WORKBOOK = /\.(xlsx|xlsm|ods|xls)$/i;

/** The sheets of a workbook file; a file that cannot be read adds a problem. */
async function readWorkbookFile(path: string, problems: Problem[]): Promise<CsvTable[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({
      level: 'fout',
      file: path,
      message:
        code === 'ENOENT'
          ? 'dit bestand bestaat niet. Kijk of de naam en de map kloppen.'
          : `dit bestand kan niet worden gelezen (${(error as Error).message}).`,
    });
    return [];
  }
  const read = readWorkbook(basename(path), bytes);
  problems.push(...read.problems);
  return read.tables;
}

async function readTable(path: string): Promise<CsvTable> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CsvError(
      `${path}: ${code === 'ENOENT' ? 'dit bestand bestaat niet. Kijk of de naam en de map kloppen.' : `dit bestand kan niet worden gelezen (${(error as Error).message}).`}`,
    );
  }
  return readCsv(basename(path), bytes);
}

function printProblems(problems: Problem[], io: Output): void {
  const byPlace = (a: Problem, b: Problem) => (a.row ?? 0) - (b.row ?? 0);
  const errors = problems.filter((p) => p.level === 'fout');
  const notes = problems.filter((p) => p.level === 'let op');
  const files = [...new Set(problems.map((p) => p.file))];
  const sorted = (list: Problem[]) =>
    files.flatMap((file) => list.filter((p) => p.file === file).sort(byPlace));
  if (errors.length) {
    io.err(`Fouten (${errors.length}): een rij met een fout staat niet in de feed.`);
    for (const problem of sorted(errors)) io.err(`  ${formatProblem(problem)}`);
    io.err('');
  }
  if (notes.length) {
    io.err(`Let op (${notes.length}): dit staat wel in de feed, maar kijk het na.`);
    for (const problem of sorted(notes)) io.err(`  ${formatProblem(problem)}`);
    io.err('');
  }
}

async function runConvert(argv: string[], io: Output): Promise<number> {
  const args = parseArgs(argv, {
    flags: ['--help'],
    options: [
      '--locations',
      '--organisations',
      '--roles',
      '--publisher',
      '--privacy-url',
      '--output',
      '--now',
    ],
  });
  if ('error' in args) {
    io.err(`${args.error}\n\n${CONVERT_HELP}`);
    return 2;
  }
  if (args.flags.has('--help')) {
    io.out(CONVERT_HELP);
    return 0;
  }
  if (args.positionals.length !== 1) {
    io.err(
      `${args.positionals.length === 0 ? 'Geef het bestand met programma’s op.' : `Geef één bestand met programma’s op; de andere bestanden gaan met --locations, --organisations en --roles.`}\n\n${CONVERT_HELP}`,
    );
    return 2;
  }
  const now = nowOption(args, io, CONVERT_HELP);
  if (typeof now === 'number') return now;

  const tables: Partial<Record<'programmes' | 'locations' | 'organisations' | 'roles', CsvTable>> = {};
  const problems: Problem[] = [];
  const [source] = args.positionals;
  const paths = {
    programmes: WORKBOOK.test(source) ? undefined : source,
    locations: args.options.get('--locations'),
    organisations: args.options.get('--organisations'),
    roles: args.options.get('--roles'),
  };
  // A workbook (.xlsx, .ods) holds every kind on its own sheet; --locations and the other
  // options still name CSV files for kinds it does not have.
  if (WORKBOOK.test(source)) {
    const workbook = await readWorkbookFile(source, problems);
    for (const table of workbook) {
      const kind = sheetKind(table);
      if (!kind) continue;
      if (tables[kind]) {
        problems.push({
          level: 'fout',
          file: table.name,
          message: `er is al een blad met deze soort (${tables[kind].name}); dit blad is niet gebruikt.`,
        });
      } else tables[kind] = table;
    }
  }
  for (const [key, path] of Object.entries(paths) as [keyof typeof paths, string | undefined][]) {
    if (path === undefined) continue;
    try {
      tables[key] = await readTable(path);
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      problems.push({ level: 'fout', file: path, message: error.message.replace(/^[^:]+: /, '') });
    }
  }
  if (problems.some((problem) => problem.level === 'fout') || !tables.programmes) {
    if (!tables.programmes && !problems.some((problem) => problem.level === 'fout'))
      problems.push({
        level: 'fout',
        file: source,
        message:
          'er staat geen tabblad met programma’s in. Noem het tabblad "programma\'s", zoals in taalwijzer-sjabloon.xlsx.',
      });
    printProblems(problems, io);
    io.err('Er is geen feed gemaakt.');
    return 1;
  }

  const result = convert({
    programmes: tables.programmes,
    locations: tables.locations,
    organisations: tables.organisations,
    roles: tables.roles,
    publisher: args.options.get('--publisher'),
    privacyUrl: args.options.get('--privacy-url'),
    now,
  });
  result.problems.unshift(...problems); // notes from reading a workbook
  // The converter's own check: what the widgets will make of it.
  if (result.feed) {
    const check = checkFeed('feed', JSON.stringify(result.feed));
    for (const issue of check.report.issues) {
      result.problems.push({ level: 'let op', file: 'feed', message: `${issue.path}: ${issue.message}` });
    }
  }
  printProblems(result.problems, io);
  if (!result.feed) {
    io.err('Er is geen feed gemaakt. Los de fouten hierboven op en probeer het opnieuw.');
    return 1;
  }
  const output = args.options.get('--output');
  if (!(await writeOutput(output, `${JSON.stringify(result.feed, null, 2)}\n`, io))) return 1;
  const skipped = Object.values(result.skipped).reduce((a, b) => a + b, 0);
  const target = output && output !== '-' ? output : 'de feed';
  io.err(
    `Klaar: ${target} is gemaakt met ${countWords(result.feed)}.` +
      (skipped
        ? ` ${skipped === 1 ? '1 rij staat' : `${skipped} rijen staan`} er niet in (zie de fouten hierboven).`
        : ''),
  );
  if (output && output !== '-') io.err(`Controleer de feed nog met: taalwijzer validate --strict ${output}`);
  return 0;
}

async function runExport(argv: string[], io: Output): Promise<number> {
  const args = parseArgs(argv, {
    flags: ['--jsonld', '--ics', '--help'],
    options: ['--output', '--locale', '--now', '--days', '--url'],
  });
  if ('error' in args) {
    io.err(`${args.error}\n\n${EXPORT_HELP}`);
    return 2;
  }
  if (args.flags.has('--help')) {
    io.out(EXPORT_HELP);
    return 0;
  }
  const jsonld = args.flags.has('--jsonld');
  const ics = args.flags.has('--ics');
  if (jsonld === ics || args.positionals.length !== 1) {
    io.err(
      `${jsonld === ics ? 'Kies --jsonld of --ics.' : 'Geef één feed op (een bestand of een URL).'}\n\n${EXPORT_HELP}`,
    );
    return 2;
  }
  const now = nowOption(args, io, EXPORT_HELP);
  if (typeof now === 'number') return now;
  const daysText = args.options.get('--days');
  const days = daysText === undefined ? 365 : Number(daysText);
  if (!Number.isInteger(days) || days < 1 || days > 3660) {
    io.err(`--days: "${daysText}" is geen aantal dagen (1 tot 3660).\n\n${EXPORT_HELP}`);
    return 2;
  }
  const locale = args.options.get('--locale') ?? 'nl';
  const [source] = args.positionals;

  const usable = await readUsableFeed(source, io);
  if (typeof usable === 'number') return usable;
  const { report, feed } = usable;
  if (report.issues.length) {
    io.err(
      `Let op: de feed heeft ${report.issues.length === 1 ? '1 probleem' : `${report.issues.length} problemen`}; wat niet klopt, is weggelaten. Zie: taalwijzer validate ${source}`,
    );
  }

  let result: string;
  if (jsonld) {
    const { jsonld: data, ended } = feedToJsonLd(feed, { locale, now, horizonDays: days });
    result = `${JSON.stringify(data, null, 2)}\n`;
    if (ended.length) {
      io.err(
        `${ended.length === 1 ? '1 programma is' : `${ended.length} programma's zijn`} voorbij en staan er niet in: ${ended.join(', ')}.`,
      );
    }
  } else {
    const url = args.options.get('--url') ?? (/^https?:\/\//i.test(source) ? source : feed.publisher?.url);
    result = feedToIcs(feed, { locale, now, horizonDays: days, ...(url ? { url } : {}) });
  }
  return (await writeOutput(args.options.get('--output'), result, io)) ? 0 : 1;
}

async function runOverview(argv: string[], io: Output): Promise<number> {
  const args = parseArgs(argv, { flags: ['--help'], options: ['--output', '--lang', '--finder', '--now'] });
  if ('error' in args) {
    io.err(`${args.error}\n\n${OVERVIEW_HELP}`);
    return 2;
  }
  if (args.flags.has('--help')) {
    io.out(OVERVIEW_HELP);
    return 0;
  }
  if (args.positionals.length !== 1) {
    io.err(`Geef één feed op (een bestand of een URL).\n\n${OVERVIEW_HELP}`);
    return 2;
  }
  const lang = args.options.get('--lang') ?? 'nl';
  if (!LOCALES.some((l) => l.code === lang)) {
    io.err(`--lang: "${lang}" is geen taal van Taalwijzer (${LOCALES.map((l) => l.code).join(', ')}).`);
    return 2;
  }
  const finder = args.options.get('--finder');
  if (finder !== undefined && !/^https?:\/\//i.test(finder)) {
    io.err(`--finder: "${finder}" is geen webadres (https://...).`);
    return 2;
  }
  const now = nowOption(args, io, OVERVIEW_HELP);
  if (typeof now === 'number') return now;
  const [source] = args.positionals;

  const usable = await readUsableFeedOrRegion(source, io);
  if (typeof usable === 'number') return usable;
  const { text, report, feed } = usable;
  let script: string;
  try {
    script = await readFile(
      fileURLToPath(new URL('./offer-overview.standalone.js', import.meta.url)),
      'utf8',
    );
  } catch {
    io.err('offer-overview.standalone.js ontbreekt naast cli.js: bouw opnieuw (npm run build).');
    return 1;
  }
  const overview = offerOverview(feed, { now });
  const name = feed.publisher?.name;
  const publisher = typeof name === 'string' ? name : (name?.nl ?? Object.values(name ?? {})[0] ?? '');
  const html = overviewPage({
    feedText: text,
    script,
    locale: lang,
    now,
    ...(finder ? { finder } : {}),
    title: publisher ? `${publisher}: aanbod in één oogopslag` : 'Aanbod in één oogopslag',
  });
  const output = args.options.get('--output');
  if (!(await writeOutput(output, html, io))) return 1;
  const skipped = report.issues.length;
  io.err(
    [
      `${overview.counted} programma's meegeteld`,
      overview.ended.length ? `${overview.ended.length} beëindigd (niet meegeteld)` : '',
      skipped
        ? `${skipped} ${skipped === 1 ? 'probleem' : 'problemen'} in de feed (zie taalwijzer validate)`
        : '',
      `${overview.gaps.length} ${overview.gaps.length === 1 ? 'gat' : 'gaten'} in het aanbod`,
    ]
      .filter(Boolean)
      .join(', ') + (output && output !== '-' ? `. Geschreven: ${output}` : '.'),
  );
  return 0;
}

async function runMerge(argv: string[], io: Output): Promise<number> {
  const args = parseArgs(argv, {
    flags: ['--help'],
    options: ['--out', '--output', '--name', '--cache', '--timeout'],
  });
  if ('error' in args) {
    io.err(`${args.error}\n\n${MERGE_HELP}`);
    return 2;
  }
  if (args.flags.has('--help')) {
    io.out(MERGE_HELP);
    return 0;
  }
  if (args.positionals.length !== 1) {
    io.err(`Geef één bestand met feeds op (feeds.txt).\n\n${MERGE_HELP}`);
    return 2;
  }
  const out = args.options.get('--out') ?? args.options.get('--output');
  if (!out) {
    io.err(`Geef met --out de map op waar de regio komt.\n\n${MERGE_HELP}`);
    return 2;
  }
  const timeout = Number(args.options.get('--timeout') ?? MERGE_TIMEOUT);
  if (!Number.isInteger(timeout) || timeout < 1) {
    io.err(`--timeout: "${args.options.get('--timeout')}" is geen aantal milliseconden.`);
    return 2;
  }
  const name = args.options.get('--name')?.trim();
  if (name === '') {
    io.err('--name: de naam mag niet leeg zijn.');
    return 2;
  }
  const cache = args.options.get('--cache');
  return merge(
    {
      list: args.positionals[0],
      out,
      name: name ?? 'Regio',
      ...(cache ? { cache } : {}),
      timeoutMs: timeout,
      version: VERSION,
    },
    io,
  );
}

/** Reads `source` and checks it: the feed and its report, or exit code 1 after saying why not. */
type UsableFeed =
  | {
      text: string;
      report: ReturnType<typeof checkFeed>['report'];
      feed: NonNullable<ReturnType<typeof checkFeed>['feed']>;
    }
  | 1;

/** Reads `source`; undefined (after saying why) when it cannot be read. */
async function readText(source: string, io: Output): Promise<string | undefined> {
  try {
    return await readSource(source);
  } catch (error) {
    io.err(`${source} kon niet worden gelezen (${readReason(error)}).`);
    return undefined;
  }
}

/** The feed in `text`, when it is usable; else 1 (after saying why). */
function usableFeed(source: string, text: string, io: Output): UsableFeed {
  const { report, feed } = checkFeed(source, text);
  if (!feed || !report.usable) {
    io.err(`De feed is niet bruikbaar: ${report.error}\nControleer hem met: taalwijzer validate ${source}`);
    return 1;
  }
  return { text, report, feed };
}

async function readUsableFeed(source: string, io: Output): Promise<UsableFeed> {
  const text = await readText(source, io);
  return text === undefined ? 1 : usableFeed(source, text, io);
}

/**
 * A feed, or a region manifest (taalwijzer merge) with every shard it lists merged into one
 * feed, as the offer overview on a website counts a region. A shard that cannot be read is
 * named and left out.
 */
async function readUsableFeedOrRegion(source: string, io: Output): Promise<UsableFeed> {
  const text = await readText(source, io);
  if (text === undefined) return 1;
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    json = undefined;
  }
  if (!isRegionJson(json)) return usableFeed(source, text, io);
  const region = parseRegion(json);
  if (!region.ok) {
    io.err(`De regio is niet bruikbaar: ${region.message}`);
    return 1;
  }
  const parts: MergePart[] = [];
  for (const publisher of region.region.publishers) {
    if (publisher.status === 'failed') continue;
    const shard = /^https?:\/\//i.test(source)
      ? new URL(publisher.shard, source).href
      : resolvePath(dirname(source), publisher.shard);
    const name = typeof publisher.name === 'string' ? publisher.name : (publisher.name.nl ?? publisher.id);
    let shardText: string;
    try {
      shardText = await readSource(shard);
    } catch (error) {
      io.err(
        `Het aanbod van ${name} (${shard}) kon niet worden gelezen (${readReason(error)}); het telt niet mee.`,
      );
      continue;
    }
    const { report, feed } = checkFeed(shard, shardText);
    if (!feed || !report.usable) {
      io.err(`Het aanbod van ${name} (${shard}) is niet bruikbaar: ${report.error}; het telt niet mee.`);
      continue;
    }
    parts.push({ id: publisher.id, feed, issues: report.issues, name: publisher.name });
  }
  if (!parts.length) {
    io.err('Geen enkel Taalhuis in de regio heeft bruikbaar aanbod.');
    return 1;
  }
  const merged = mergeFeeds(parts, { name: region.region.name });
  return {
    text: JSON.stringify(merged.feed),
    report: { source, usable: true, issues: merged.issues },
    feed: merged.feed,
  };
}

export async function main(
  argv: string[],
  io: Output = { out: console.log, err: console.error },
): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate':
      return runValidate(rest, io);
    case 'convert':
      return runConvert(rest, io);
    case 'export':
      return runExport(rest, io);
    case 'overview':
      return runOverview(rest, io);
    case 'merge':
      return runMerge(rest, io);
    case '--help':
    case '-h':
    case 'help':
      io.out(HELP);
      return 0;
    case '--version':
      io.out(VERSION);
      return 0;
    case undefined:
      io.out(HELP);
      return 2;
    default:
      io.err(
        `${command.startsWith('-') ? `Unknown option ${command}` : `Unknown command "${command}"`}.\n\n${HELP}`,
      );
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`taalwijzer: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
