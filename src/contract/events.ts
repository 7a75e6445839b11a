/**
 * The public events (docs/reference/events.md): one class each, all `bubbles` and `composed`,
 * dispatched on the widget host and typed in `GlobalEventHandlersEventMap`.
 */
import type { FeedErrorKind } from '../feed/load.js';
import type { FeedIssue } from '../feed/schema.js';
import type { VolunteerSubmission } from './submission.js';

const init = { bubbles: true, composed: true } as const;

/**
 * A feed loaded; `programmes` counts the usable ones; `feeds` how many feeds or
 * region shards are shown together (1 for one feed).
 */
export class TaalFeedLoadedEvent extends Event {
  static readonly type = 'taal-feed-loaded';
  readonly detail: { programmes: number; issues: FeedIssue[]; feeds: number };
  constructor(detail: { programmes: number; issues: FeedIssue[]; feeds: number }) {
    super(TaalFeedLoadedEvent.type, init);
    this.detail = detail;
  }
}

/** No usable feed could be loaded. */
export class TaalFeedErrorEvent extends Event {
  static readonly type = 'taal-feed-error';
  readonly detail: { kind: FeedErrorKind; message: string };
  constructor(detail: { kind: FeedErrorKind; message: string }) {
    super(TaalFeedErrorEvent.type, init);
    this.detail = detail;
  }
}

/** The visitor changed the selected learning goals. */
export class TaalGoalsChangeEvent extends Event {
  static readonly type = 'taal-goals-change';
  readonly detail: { goals: string[]; domains: string[] };
  constructor(detail: { goals: string[]; domains: string[] }) {
    super(TaalGoalsChangeEvent.type, init);
    this.detail = detail;
  }
}

/** Fired before a volunteer sign-up is sent; `preventDefault()` lets the page send it. */
export class TaalVolunteerSubmitEvent extends Event {
  static readonly type = 'taal-volunteer-submit';
  readonly detail: { submission: VolunteerSubmission };
  constructor(detail: { submission: VolunteerSubmission }) {
    super(TaalVolunteerSubmitEvent.type, { ...init, cancelable: true });
    this.detail = detail;
  }
}

/** The back end accepted a volunteer sign-up (2xx). */
export class TaalVolunteerSubmittedEvent extends Event {
  static readonly type = 'taal-volunteer-submitted';
  readonly detail: { submissionId: string };
  constructor(detail: { submissionId: string }) {
    super(TaalVolunteerSubmittedEvent.type, init);
    this.detail = detail;
  }
}

/** The active locale changed. */
export class TaalLocaleChangeEvent extends Event {
  static readonly type = 'taal-locale-change';
  readonly detail: { locale: string };
  constructor(detail: { locale: string }) {
    super(TaalLocaleChangeEvent.type, init);
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taal-feed-loaded': TaalFeedLoadedEvent;
    'taal-feed-error': TaalFeedErrorEvent;
    'taal-goals-change': TaalGoalsChangeEvent;
    'taal-volunteer-submit': TaalVolunteerSubmitEvent;
    'taal-volunteer-submitted': TaalVolunteerSubmittedEvent;
    'taal-locale-change': TaalLocaleChangeEvent;
  }
}
