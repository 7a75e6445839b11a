import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import { FeedError, loadFeed, type LoadedFeed } from '../feed/load.js';
import { TaalFeedErrorEvent, TaalFeedLoadedEvent } from '../events/events.js';

type Host = ReactiveControllerHost & HTMLElement & { src?: string | null };

/**
 * Loads the host's `src` feed through a @lit/task: the task aborts when `src`
 * changes or the host goes away; `taal-feed-loaded` or `taal-feed-error` fire on
 * the host. Without a `src` the task completes with `undefined`.
 */
export class FeedController {
  readonly task: Task<[string | null | undefined], LoadedFeed | undefined>;

  constructor(host: Host, options: { timeout?: number } = {}) {
    this.task = new Task(host, {
      args: () => [host.src],
      task: async ([src], { signal }) => {
        if (!src) return undefined;
        try {
          const loaded = await loadFeed(src, { signal, timeout: options.timeout });
          host.dispatchEvent(
            new TaalFeedLoadedEvent({ programmes: loaded.feed.programmes.length, issues: loaded.issues }),
          );
          return loaded;
        } catch (error) {
          if (error instanceof FeedError) {
            host.dispatchEvent(new TaalFeedErrorEvent({ kind: error.kind, message: error.message }));
          }
          throw error;
        }
      },
    });
  }

  /** Loads the feed again (after an error). */
  retry(): void {
    void this.task.run();
  }
}
