import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Moves focus after a render, the one way every widget does it: a step opens and its
 * heading takes the focus, a removed item hands the focus to its neighbour.
 *
 * `focusAfterRender(selector)` asks for a render and, once it is done, focuses the first
 * element in the render root that matches `selector` (else `fallback`, when given). When
 * neither is there yet (a step that renders after a feed loads), the request waits for the
 * next render that has it; a later request replaces an earlier one.
 * `afterRender(callback)` runs any other work once, after the next render (restoring scroll,
 * focusing with options).
 */
export class FocusController implements ReactiveController {
  private pending: { selector: string; fallback?: string; options?: FocusOptions } | null = null;
  private callbacks: (() => void)[] = [];

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Focuses `selector` (else `fallback`) in the render root after the next render. */
  focusAfterRender(
    selector: string,
    { fallback, ...options }: FocusOptions & { fallback?: string } = {},
  ): void {
    this.pending = { selector, fallback, options };
    this.host.requestUpdate();
  }

  /** Runs `callback` once after the next render. */
  afterRender(callback: () => void): void {
    this.callbacks.push(callback);
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const callbacks = this.callbacks;
    this.callbacks = [];
    for (const callback of callbacks) callback();
    const pending = this.pending;
    if (!pending) return;
    const root = this.host.renderRoot;
    const target =
      root.querySelector<HTMLElement>(pending.selector) ??
      (pending.fallback ? root.querySelector<HTMLElement>(pending.fallback) : null);
    if (!target) return;
    this.pending = null;
    target.focus(pending.options);
  }
}
