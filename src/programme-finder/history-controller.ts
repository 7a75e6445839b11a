/**
 * The finder's state in the URL hash (the `url-state` attribute): writes the search,
 * filters, sort and open programme to the hash (the open programme as a history entry of
 * its own), and applies the hash again when the visitor goes back or forward or edits it.
 * The codec is `url-state.ts`; this controller owns the `window` and `history` side.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EMPTY_QUERY } from './filter-programmes.js';
import { parseUrlState, writeUrlState, type FinderUrlState } from './url-state.js';

/** Quiet time before the search text is written to the URL. */
const URL_WRITE_DELAY = 400;

export interface HistorySource {
  /** Whether the URL holds the state (the `url-state` attribute). */
  enabled(): boolean;
  /** The element's id, which prefixes its keys in the hash. */
  id(): string;
  /** The state the URL should hold. */
  current(): FinderUrlState;
  /** Shows a state read from the URL. */
  apply(state: FinderUrlState): void;
}

export class HistoryController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  /** Whether the open programme added a history entry (so "back" can use the browser's). */
  private pushedDetail = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly source: HistorySource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.handleHistory);
    window.addEventListener('hashchange', this.handleHistory);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.handleHistory);
    window.removeEventListener('hashchange', this.handleHistory);
    clearTimeout(this.timer);
  }

  private get prefix(): string {
    return `${encodeURIComponent(this.source.id() || 'finder')}.`;
  }

  /** The state in the URL hash now. */
  read(): FinderUrlState {
    return parseUrlState(location.hash, this.prefix);
  }

  /** The `#...` link that opens a programme, keeping the search and sort. */
  hrefFor(id: string): string {
    return writeUrlState(location.hash, this.prefix, { ...this.source.current(), open: id }) || '#';
  }

  /** The link to share a programme: this page with only that programme open (or the page as it is). */
  shareUrl(id: string): string {
    if (!this.source.enabled()) return location.href;
    const base = location.href.split('#')[0];
    const { place, radius } = this.source.current();
    const state = { query: EMPTY_QUERY, sort: 'next' as const, open: id, place, radius };
    return `${base}${writeUrlState('', this.prefix, state)}`;
  }

  /** Writes the current state to the URL: a new history entry (`push`) or in place. */
  write(mode: 'push' | 'replace'): void {
    if (!this.source.enabled()) return;
    clearTimeout(this.timer);
    const hash = writeUrlState(location.hash, this.prefix, this.source.current());
    const url = `${location.pathname}${location.search}${hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  /** Writes the state in place once typing pauses. */
  writeLater(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.write('replace'), URL_WRITE_DELAY);
  }

  /** A programme was opened by the visitor: its own history entry. */
  detailOpened(): void {
    this.write('push');
    this.pushedDetail = this.source.enabled();
  }

  detailClosed(): void {
    this.pushedDetail = false;
  }

  /** Goes back with the browser when opening the programme added a history entry; false otherwise. */
  back(): boolean {
    if (!this.source.enabled() || !this.pushedDetail) return false;
    // The browser's own back: the history entry the detail added goes away too.
    history.back();
    return true;
  }

  private readonly handleHistory = (): void => {
    if (!this.source.enabled()) return;
    const state = this.read();
    const current = this.source.current();
    const same =
      state.open === current.open &&
      state.sort === current.sort &&
      writeUrlState('', '', { ...state, open: null }) === writeUrlState('', '', { ...current, open: null });
    if (!same) this.source.apply(state);
  };
}
