import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import { FeedError, loadFeed, type LoadedFeed } from '../feed/load.js';
import type { LoadedSource, PlaceChoice } from '../feed/load-source.js';
import type { Feed } from '../feed/schema.js';
import { TaalFeedErrorEvent, TaalFeedLoadedEvent } from '../contract/events.js';

type Host = ReactiveControllerHost & HTMLElement & { src?: string | null };

export interface FeedControllerOptions {
  timeout?: number;
  /**
   * For a finder: `src` may also be several feeds or a region manifest, loaded
   * through load-source.ts (imported on first use); this gives the chosen place.
   */
  place?: () => PlaceChoice | null;
  /** Called as soon as `src` turns out to be a region or several feeds, before their shards load. */
  onSources?: () => void;
  /** For the offer overview: a region manifest's shards are all loaded and shown together. */
  wholeRegion?: boolean;
  /** Each of several feeds, or each shard of a region, as soon as it is read (see load-source.ts). */
  onPart?: (feed: Feed) => void;
}

/** A place as one comparable value, so the task reruns only when it changes. */
const placeArg = (place: PlaceChoice | null | undefined) =>
  place ? `${place.name ?? ''}|${place.lat}|${place.lon}|${place.radiusKm}` : '';

/**
 * Loads the host's `src` feed through a @lit/task: the task aborts when `src`
 * changes or the host goes away; `taal-feed-loaded` or `taal-feed-error` fire on
 * the host once the outcome is known (the host's next render shows it). Without a
 * `src` the task completes with `undefined`.
 */
export class FeedController {
  readonly task: Task<[string | null | undefined, string], LoadedSource | undefined>;

  constructor(host: Host, options: FeedControllerOptions = {}) {
    const { place } = options;
    this.task = new Task(host, {
      args: () => [host.src, placeArg(place?.())],
      task: async ([src], { signal }): Promise<LoadedSource | undefined> => {
        if (!src) return undefined;
        const loadOptions = { signal, timeout: options.timeout, onPart: options.onPart };
        // Only a finder reads regions and several feeds: other widgets load one feed.
        if (place && /\s/.test(src.trim())) {
          options.onSources?.();
          const { loadSource } = await import('../feed/load-source.js');
          return loadSource(src, loadOptions);
        }
        const loaded = await loadFeed(src, loadOptions);
        if (!loaded.regionJson || (!place && !options.wholeRegion)) return loaded;
        options.onSources?.();
        const { regionSource, wholeRegion } = await import('../feed/load-source.js');
        return place ? regionSource(loaded, place(), loadOptions) : wholeRegion(loaded, loadOptions);
      },
      onComplete: (loaded) => {
        if (!loaded || loaded.awaitingPlace) return;
        host.dispatchEvent(
          new TaalFeedLoadedEvent({
            programmes: loaded.feed.programmes.length,
            issues: loaded.issues,
            feeds: loaded.sources?.feeds ?? 1,
          }),
        );
      },
      onError: (error) => {
        if (error instanceof FeedError) {
          host.dispatchEvent(new TaalFeedErrorEvent({ kind: error.kind, message: error.message }));
        }
      },
    });
  }

  /** Loads the feed again (after an error). */
  retry(): void {
    void this.task.run();
  }
}

export type { LoadedFeed };
