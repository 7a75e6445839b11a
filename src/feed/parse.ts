/**
 * Tolerant parsing of a feed, for the CLI, the feed tools and the tests: feed/read-feed.ts
 * with zod at hand to word every issue. A browser reads feeds with read-feed.ts directly and
 * loads zod only for a feed with invalid items (feed/load.ts).
 */
import { explainItem } from './explain.js';
import { readFeed, type ParseFeedOptions, type ParseFeedResult } from './read-feed.js';

export { checkWithZodOnly, isSafeUrl, joinPath } from './read-feed.js';
export type { ParseFeedOptions, ParseFeedResult, SkippedCounts } from './read-feed.js';

/** Parses a feed that has already been read as JSON. Never throws. */
export function parseFeed(input: unknown, options: ParseFeedOptions = {}): ParseFeedResult {
  return readFeed(input, options, explainItem);
}
