/**
 * The feed states every widget shows the same way: loading, error with a retry
 * button and the reason in plain words, and the notice for a possibly outdated copy.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedError, LoadedFeed } from '../feed/load.js';
import { formatDateTime } from './format.js';

export function feedErrorText(error: unknown): string {
  switch ((error as FeedError | undefined)?.kind) {
    case 'network':
      return msg('We kunnen de server niet bereiken. Kijk of je internet hebt en probeer het opnieuw.', {
        id: 'feed.error.network',
        desc: 'Shown when the list of courses could not be downloaded (no connection).',
      });
    case 'timeout':
      return msg('Het laden duurt te lang. Probeer het zo nog een keer.', {
        id: 'feed.error.timeout',
        desc: 'Shown when the list of courses did not arrive within the time limit.',
      });
    case 'http':
      return msg('De server kan het overzicht nu niet geven. Probeer het later nog een keer.', {
        id: 'feed.error.http',
        desc: 'Shown when the server answered with an error code.',
      });
    case 'parse':
    case 'schema':
      return msg(
        'Er zit een fout in het overzicht. Daarom kunnen we het niet laten zien. Probeer het later nog een keer of neem contact op met het Taalhuis.',
        {
          id: 'feed.error.invalid',
          desc: 'Shown when the published list of courses is broken (not readable).',
        },
      );
    default:
      return msg('Er ging iets mis bij het laden. Probeer het opnieuw.', {
        id: 'feed.error.unknown',
        desc: 'Shown when loading failed for an unexpected reason.',
      });
  }
}

export function renderFeedLoading(): TemplateResult {
  return html`<div class="loading" part="loading" role="status">
    <span class="visually-hidden"
      >${msg('Bezig met laden…', { id: 'feed.loading', desc: 'Screen-reader text while the list loads.' })}</span
    >
    <div class="skeleton" aria-hidden="true"></div>
    <div class="skeleton" aria-hidden="true"></div>
    <div class="skeleton" aria-hidden="true"></div>
  </div>`;
}

/**
 * A view whose code is still on its way (it loads when first used): a short visible
 * progress line, read out once.
 */
export function renderViewLoading(): TemplateResult {
  return html`<p class="view-loading" part="loading" role="status">
    ${msg('Bezig met laden…', { id: 'feed.loading', desc: 'Screen-reader text while the list loads.' })}
  </p>`;
}

/** A view whose code could not be fetched (offline, server gone): why, and a retry. */
export function renderViewError(retry: () => void): TemplateResult {
  return renderFeedError({ kind: 'network' }, retry);
}

export function renderFeedError(error: unknown, retry: () => void): TemplateResult {
  return html`<div class="notice error" part="error" role="alert">
    <p>${feedErrorText(error)}</p>
    <button class="button" part="retry-button" type="button" @click=${retry}>
      ${msg('Opnieuw proberen', { id: 'feed.retry', desc: 'Button that loads the list again after an error.' })}
    </button>
  </div>`;
}

export function renderStaleNotice(loaded: LoadedFeed, locale: string): TemplateResult | undefined {
  if (!loaded.stale) return undefined;
  const when = formatDateTime(loaded.fetchedAt, locale);
  return html`<p class="notice warning" part="stale-notice" role="status">
    ${msg(
      str`Dit overzicht is misschien niet actueel. Het is van ${when}. Het nieuwste overzicht kon niet worden geladen.`,
      {
        id: 'feed.stale',
        desc: 'Shown above an older saved copy of the list when the newest could not be loaded. The placeholder is a date and time.',
      },
    )}
  </p>`;
}
