/**
 * `taalwijzer validate <file-or-url>`: checks a feed and prints every problem with
 * its JSON path in plain language. Exit 0: the feed is usable; 1: it is not;
 * 2: wrong usage.
 */
import { readFile } from 'node:fs/promises';
import { parseFeed, type ParseFeedResult } from '../feed/parse.js';
import type { FeedIssue } from '../feed/schema.js';

const HELP = `Usage: taalwijzer validate <file-or-url> [--json]

Checks a Taalwijzer feed (feed version 1) and lists every problem with its place
in the feed (for example programmes[3].cost) in plain language.

Options:
  --json      print the result as JSON, for scripts
  --help      show this help
  --version   show the version

Exit status: 0 when the feed is usable, 1 when it is not, 2 on wrong usage.

Examples:
  npx taalwijzer validate aanbod.json
  npx taalwijzer validate https://www.bibliotheek.example/taalhuis/aanbod.json --json`;

const VERSION = '0.1.0';
const FETCH_TIMEOUT = 15_000;

type Output = { out: (line: string) => void; err: (line: string) => void };

interface Report {
  source: string;
  usable: boolean;
  error?: string;
  counts?: Record<string, { usable: number; skipped: number }>;
  issues: FeedIssue[];
}

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

export function buildReport(source: string, text: string): Report {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { source, usable: false, error: `This is not valid JSON: ${(error as Error).message}`, issues: [] };
  }
  const result: ParseFeedResult = parseFeed(json);
  if (!result.ok) return { source, usable: false, error: result.message, issues: result.issues };
  const { feed, skipped } = result;
  const rawProgrammes = (json as { programmes: unknown[] }).programmes.length;
  const counts = {
    programmes: { usable: feed.programmes.length, skipped: skipped.programmes },
    organisations: { usable: feed.organisations.length, skipped: skipped.organisations },
    locations: { usable: feed.locations.length, skipped: skipped.locations },
    volunteerRoles: { usable: feed.volunteerRoles.length, skipped: skipped.volunteerRoles },
    goals: { usable: feed.goals.length, skipped: skipped.goals },
  };
  // A feed whose every programme is broken shows nothing: not usable.
  const usable = feed.programmes.length > 0 || rawProgrammes === 0;
  return {
    source,
    usable,
    ...(usable ? {} : { error: 'None of the programmes can be shown.' }),
    counts,
    issues: result.issues,
  };
}

const LABELS: Record<string, [string, string]> = {
  programmes: ['programme', 'programmes'],
  organisations: ['organisation', 'organisations'],
  locations: ['location', 'locations'],
  volunteerRoles: ['volunteer role', 'volunteer roles'],
  goals: ['goal', 'goals'],
};

function printReport(report: Report, { out }: Output): void {
  out(`Feed: ${report.source}`);
  if (report.issues.length) {
    out('');
    out(report.issues.length === 1 ? '1 problem:' : `${report.issues.length} problems:`);
    for (const issue of report.issues) out(`  ${issue.path}: ${issue.message}`);
  }
  out('');
  if (report.counts) {
    for (const [key, { usable, skipped }] of Object.entries(report.counts)) {
      if (usable === 0 && skipped === 0 && key !== 'programmes') continue;
      const [one, many] = LABELS[key];
      out(`  ${usable} ${usable === 1 ? one : many} usable${skipped ? `, ${skipped} skipped` : ''}`);
    }
    out('');
  }
  if (report.usable) {
    out(report.issues.length ? 'The feed is usable, but look at the problems above.' : 'The feed is valid.');
  } else {
    out(`The feed is not usable: ${report.error}`);
  }
}

export async function main(argv: string[], io: Output = { out: console.log, err: console.error }): Promise<number> {
  const args = argv.filter((a) => !a.startsWith('--'));
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const known = new Set(['--json', '--help', '--version']);
  const unknownFlag = [...flags].find((f) => !known.has(f));

  if (flags.has('--help') || (args.length === 0 && flags.size === 0)) {
    io.out(HELP);
    return flags.has('--help') ? 0 : 2;
  }
  if (flags.has('--version')) {
    io.out(VERSION);
    return 0;
  }
  if (unknownFlag) {
    io.err(`Unknown option ${unknownFlag}.\n\n${HELP}`);
    return 2;
  }
  const [command, source, ...rest] = args;
  if (command !== 'validate') {
    io.err(`Unknown command "${command}".\n\n${HELP}`);
    return 2;
  }
  if (!source || rest.length) {
    io.err(`validate takes exactly one file or URL.\n\n${HELP}`);
    return 2;
  }

  let text: string;
  try {
    text = await readSource(source);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message;
    const report: Report = { source, usable: false, error: `it could not be read (${reason})`, issues: [] };
    if (flags.has('--json')) io.out(JSON.stringify(report, null, 2));
    else io.err(`Feed: ${source}\n\nThe feed is not usable: ${report.error}`);
    return 1;
  }
  const report = buildReport(source, text);
  if (flags.has('--json')) io.out(JSON.stringify(report, null, 2));
  else printReport(report, io);
  return report.usable ? 0 : 1;
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
