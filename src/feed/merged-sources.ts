/**
 * Which feed each programme came from, when a finder shows several feeds together
 * (feed/merge-feeds.ts makes it). A module of its own so that a finder over one feed
 * does not load the merging code to ask.
 */
import type { Publisher, Text } from './schema.js';

export interface MergedPublisher {
  id: string;
  name: Text;
  publisher?: Publisher;
}

export interface MergedSources {
  /** How many feeds or shards are shown together. */
  feeds: number;
  publishers: MergedPublisher[];
  /** Programme id to index in `publishers`. */
  publisherOf: ReadonlyMap<string, number>;
}

/** The publisher a programme came from, when more than one feed is shown together. */
export function publisherOf(sources: MergedSources | undefined, id: string): MergedPublisher | undefined {
  const position = sources?.publisherOf.get(id);
  if (!sources || sources.feeds < 2 || position === undefined) return undefined;
  return sources.publishers[position];
}
