/**
 * `taalwijzer validate <file-or-url> [--strict] [--json]`: checks a feed and prints
 * every problem with its JSON path in plain language. Exit 0: the feed is usable;
 * 1: it is not. `--strict` adds warnings for publishers (see strict.ts), which never
 * change the exit status.
 */
import { parseFeed, type ParseFeedResult } from '../feed/parse.js';
import type { Feed, FeedIssue } from '../feed/schema.js';
import { strictWarnings, WIDGET_LOCALES, type StrictWarning } from './strict.js';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface Report {
  source: string;
  usable: boolean;
  error?: string;
  counts?: Record<string, { usable: number; skipped: number }>;
  issues: FeedIssue[];
  /** Only with --strict. */
  warnings?: StrictWarning[];
}

/** A report plus what later steps need: the parsed feed and the JSON as read. */
export interface Checked {
  report: Report;
  feed?: Feed;
  json?: unknown;
}

export function checkFeed(source: string, text: string): Checked {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      report: {
        source,
        usable: false,
        error: `This is not valid JSON: ${(error as Error).message}`,
        issues: [],
      },
    };
  }
  const result: ParseFeedResult = parseFeed(json);
  if (!result.ok)
    return { report: { source, usable: false, error: result.message, issues: result.issues }, json };
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
    report: {
      source,
      usable,
      ...(usable ? {} : { error: 'None of the programmes can be shown.' }),
      counts,
      issues: result.issues,
    },
    feed,
    json,
  };
}

/** The report of `validate` for a feed's text. */
export function buildReport(source: string, text: string): Report {
  return checkFeed(source, text).report;
}

const LABELS: Record<string, [string, string]> = {
  programmes: ['programme', 'programmes'],
  organisations: ['organisation', 'organisations'],
  locations: ['location', 'locations'],
  volunteerRoles: ['volunteer role', 'volunteer roles'],
  goals: ['goal', 'goals'],
};

export function printReport(
  report: Report,
  { out }: Output,
  titleTranslations?: Record<string, number>,
): void {
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
  const warnings = report.warnings;
  if (warnings) {
    out(
      warnings.length === 0
        ? 'Waarschuwingen (--strict): geen.'
        : `Waarschuwingen (--strict): ${warnings.length}. Ze houden de feed niet tegen, maar maken hem beter.`,
    );
    for (const warning of warnings) out(`  ${warning.path}: ${warning.message}`);
    if (titleTranslations && report.counts) {
      const total = report.counts.programmes.usable;
      out('');
      out(
        `Titels vertaald: ${WIDGET_LOCALES.filter((l) => l !== 'nl')
          .map((l) => `${l} ${titleTranslations[l]}/${total}`)
          .join(', ')}`,
      );
    }
    out('');
  }
  if (report.usable) {
    if (report.issues.length) out('The feed is usable, but look at the problems above.');
    else if (warnings?.length) out('The feed is valid. Look at the warnings above.');
    else out('The feed is valid.');
  } else {
    out(`The feed is not usable: ${report.error}`);
  }
}

/** Runs `validate` on a feed's text; returns the exit status. */
export function validate(
  source: string,
  text: string,
  options: { json: boolean; strict: boolean; now: Date },
  io: Output,
): number {
  const { report, feed, json } = checkFeed(source, text);
  let titleTranslations: Record<string, number> | undefined;
  if (options.strict) {
    if (feed && report.usable) {
      const strict = strictWarnings(json, feed, options.now);
      report.warnings = strict.warnings;
      titleTranslations = strict.titleTranslations;
    } else report.warnings = [];
  }
  if (options.json) io.out(JSON.stringify(report, null, 2));
  else printReport(report, io, titleTranslations);
  return report.usable ? 0 : 1;
}
