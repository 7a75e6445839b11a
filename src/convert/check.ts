/**
 * Checking a feed's text the way the widgets will read it: the counts of usable and
 * skipped items and every issue with its JSON path. Shared by `taalwijzer validate`,
 * `taalwijzer convert` and the feed studio; no Node or DOM.
 */
import { parseFeed, type ParseFeedResult } from '../feed/parse.js';
import type { Feed, FeedIssue } from '../feed/schema.js';
import type { StrictWarning } from './strict.js';

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
