import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { baseStyles } from '../styles/base.styles.js';
import { styles } from './programme-finder.styles.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { FeedController } from '../controllers/feed-controller.js';
import type { LoadedFeed } from '../feed/load.js';
import { pickText } from '../feed/text.js';
import { renderFeedError, renderFeedLoading, renderStaleNotice } from '../shared/feed-status.js';
import { formatNumber, pluralCategory } from '../shared/format.js';

/**
 * Search, filter and browse the language programmes of a Taalhuis feed.
 *
 * @summary Newcomers find a course, taalcafé, coaching or digital-skills help.
 *
 * @fires taal-feed-loaded - A feed loaded; `detail.programmes` counts the usable programmes, `detail.issues` lists what was skipped.
 * @fires taal-feed-error - No usable feed; `detail.kind` is `network`, `http`, `parse`, `schema` or `timeout`.
 * @fires taal-locale-change - The active locale changed.
 *
 * @csspart loading - The placeholder shown while the feed loads.
 * @csspart error - The error message with its retry button.
 * @csspart retry-button - The button that loads the feed again.
 * @csspart stale-notice - The notice above a possibly outdated copy of the feed.
 * @csspart results - The list of programmes.
 *
 * @cssprop --taal-color-accent - Buttons, links, focus and selected states.
 * @cssprop --taal-color-accent-contrast - Text on the accent colour.
 * @cssprop --taal-color-text - Body text.
 * @cssprop --taal-color-surface - Background.
 * @cssprop --taal-color-border - Borders of fields and cards.
 * @cssprop --taal-font-family - Font stack.
 * @cssprop --taal-radius - Corner radius.
 * @cssprop --taal-space - Base spacing unit.
 */
export class TaalProgrammeFinder extends LitElement {
  static override styles = [baseStyles, styles];

  private readonly localeController = new LocaleController(this);
  private readonly feed = new FeedController(this);

  /** URL of the Taalhuis feed (JSON, feed version 1). */
  @property({ attribute: 'src' }) src: string | null = null;

  /** UI language (`nl`, `en`...); page-wide. Default: the visitor's choice, the page's language, `nl`. */
  @property({ attribute: 'locale', reflect: false }) locale: string | null = null;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('locale') && changed.get('locale') !== undefined) this.localeController.attributeChanged();
  }

  override render() {
    return this.feed.task.render({
      initial: () => renderFeedLoading(),
      pending: () => renderFeedLoading(),
      error: (error) => renderFeedError(error, () => this.feed.retry()),
      complete: (loaded) => (loaded ? this.renderResults(loaded) : this.renderNoSource()),
    });
  }

  private renderNoSource() {
    return html`<p class="notice error" role="alert">
      ${msg('Deze zoeker heeft geen adres van een overzicht. Geef het adres op in het attribuut src.', {
        id: 'finder.no-src',
        desc: 'Configuration error for the webmaster: the src attribute is missing.',
      })}
    </p>`;
  }

  private renderResults(loaded: LoadedFeed) {
    const locale = this.localeController.locale;
    const count = loaded.feed.programmes.length;
    const n = formatNumber(count, locale);
    const summary =
      pluralCategory(count, locale) === 'one'
        ? msg(str`${n} activiteit`, { id: 'finder.count.one', desc: 'Number of programmes found, singular.' })
        : msg(str`${n} activiteiten`, { id: 'finder.count.other', desc: 'Number of programmes found, plural.' });
    return html`${renderStaleNotice(loaded, locale) ?? nothing}
      <p class="summary">${summary}</p>
      <ul class="list" part="results">
        ${loaded.feed.programmes.map((programme) => {
          const title = pickText(programme.title, locale);
          return html`<li lang=${title?.lang ?? nothing}>${title?.text ?? programme.id}</li>`;
        })}
      </ul>`;
  }
}
