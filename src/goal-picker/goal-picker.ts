import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from '../styles/base.styles.js';
import { styles } from './goal-picker.styles.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { FeedController } from '../controllers/feed-controller.js';
import { DOMAINS } from '../feed/schema.js';
import { domainLabel } from '../shared/labels.js';
import { renderFeedError } from '../shared/feed-status.js';

/**
 * A newcomer picks what they want to be able to do in Dutch, by domain.
 *
 * @summary Learning goals by domain, pictures first.
 *
 * @fires taal-goals-change - The visitor changed the selected goals: `detail.goals` (ids) and `detail.domains`.
 * @fires taal-feed-loaded - The optional feed with extra goals loaded.
 * @fires taal-feed-error - The optional feed could not be loaded; the built-in goals still show.
 * @fires taal-locale-change - The active locale changed.
 *
 * @csspart domains - The list of domains.
 * @csspart error - The error message with its retry button.
 *
 * @cssprop --taal-color-accent - Buttons, links, focus and selected states.
 * @cssprop --taal-color-text - Body text.
 * @cssprop --taal-color-surface - Background.
 * @cssprop --taal-radius - Corner radius.
 * @cssprop --taal-space - Base spacing unit.
 */
export class TaalGoalPicker extends LitElement {
  static override styles = [baseStyles, styles];

  private readonly localeController = new LocaleController(this);
  private readonly feed = new FeedController(this);

  /** Optional feed URL whose `goals` add to or replace the built-in catalogue. */
  @property({ attribute: 'src' }) src: string | null = null;

  /** Id of a `<taal-programme-finder>` on the page that the chosen goals steer. */
  @property({ attribute: 'for' }) for: string | null = null;

  /** UI language; page-wide. */
  @property({ attribute: 'locale' }) locale: string | null = null;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('locale') && changed.get('locale') !== undefined) this.localeController.attributeChanged();
  }

  override render() {
    // The built-in domains show at once; a feed only adds goals, so its error is not fatal.
    const feedError = this.feed.task.render({ error: (error) => renderFeedError(error, () => this.feed.retry()) });
    return html`${feedError}
      <ul class="domains" part="domains">
        ${DOMAINS.map((domain) => html`<li>${domainLabel(domain)}</li>`)}
      </ul>`;
  }
}
