/**
 * The feed studio's event (docs/reference/elements.md). Kept beside the studio, not in
 * contract/events.ts, so the newcomer widgets' bundles do not carry its class.
 */
const init: EventInit = { bubbles: true, composed: true };

/** The studio converted the open files: usable programmes, errors and warnings (advice included). */
export class TaalStudioChangeEvent extends Event {
  static readonly type = 'taal-studio-change';
  readonly detail: { programmes: number; errors: number; warnings: number };
  constructor(detail: { programmes: number; errors: number; warnings: number }) {
    super(TaalStudioChangeEvent.type, init);
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taal-studio-change': TaalStudioChangeEvent;
  }
}
