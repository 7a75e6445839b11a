import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import { FeedError, loadFeed, type LoadedFeed } from '../feed/load.js';
import { TaalFeedErrorEvent, TaalFeedLoadedEvent } from '../contract/events.js';

type Host = ReactiveControllerHost & HTMLElement & { src?: string | null };

/**
 * Loads the host's `src` feed through a @lit/task: the task aborts when `src`
 * changes or the host goes away; `taal-feed-loaded` or `taal-feed-error` fire on
 * the host once the outcome is known (the host's next render shows it). Without a
 * `src` the task completes with `undefined`.
 */
export class FeedController {
  readonly task: Task<[string | null | undefined], LoadedFeed | undefined>;

  constructor(host: Host, options: { timeout?: number } = {}) {
    this.task = new Task(host, {
      args: () => [host.src],
      task: ([src], { signal }) => (src ? loadFeed(src, { signal, timeout: options.timeout }) : undefined),
      onComplete: (loaded) => {
        if (!loaded) return;
        host.dispatchEvent(
          new TaalFeedLoadedEvent({ programmes: loaded.feed.programmes.length, issues: loaded.issues }),
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
