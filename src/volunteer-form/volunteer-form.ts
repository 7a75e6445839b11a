import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { baseStyles } from '../styles/base.styles.js';
import { styles } from './volunteer-form.styles.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { FeedController } from '../controllers/feed-controller.js';
import type { LoadedFeed } from '../feed/load.js';
import { pickText } from '../feed/text.js';
import { renderFeedError, renderFeedLoading, renderStaleNotice } from '../shared/feed-status.js';

/**
 * Prospective volunteers (taalcoach, digivrijwilliger, voorlezer...) sign up.
 *
 * @summary Volunteer sign-up that never loses what was typed.
 *
 * @fires taal-volunteer-submit - Cancelable; fired before sending with `detail.submission`.
 * @fires taal-volunteer-submitted - The back end accepted the sign-up: `detail.submissionId`.
 * @fires taal-feed-loaded - The feed with volunteer roles loaded.
 * @fires taal-feed-error - The feed could not be loaded.
 * @fires taal-locale-change - The active locale changed.
 *
 * @csspart roles - The list of volunteer roles.
 * @csspart error - The error message with its retry button.
 *
 * @cssprop --taal-color-accent - Buttons, links, focus and selected states.
 * @cssprop --taal-color-text - Body text.
 * @cssprop --taal-color-surface - Background.
 * @cssprop --taal-radius - Corner radius.
 * @cssprop --taal-space - Base spacing unit.
 */
export class TaalVolunteerForm extends LitElement {
  static override styles = [baseStyles, styles];

  private readonly localeController = new LocaleController(this);
  private readonly feed = new FeedController(this);

  /** Feed URL with `volunteerRoles` (and the publisher's privacy statement). */
  @property({ attribute: 'src' }) src: string | null = null;

  /** Where sign-ups go: an `https:` URL (JSON POST) or a `mailto:` address. */
  @property({ attribute: 'action' }) action: string | null = null;

  /** UI language; page-wide. */
  @property({ attribute: 'locale' }) locale: string | null = null;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('locale') && changed.get('locale') !== undefined) this.localeController.attributeChanged();
  }

  override render() {
    return this.feed.task.render({
      initial: () => renderFeedLoading(),
      pending: () => renderFeedLoading(),
      error: (error) => renderFeedError(error, () => this.feed.retry()),
      complete: (loaded) => this.renderRoles(loaded),
    });
  }

  private renderRoles(loaded: LoadedFeed | undefined) {
    const locale = this.localeController.locale;
    const roles = loaded?.feed.volunteerRoles ?? [];
    return html`${loaded ? (renderStaleNotice(loaded, locale) ?? nothing) : nothing}
      <p>${msg('Je kunt helpen als vrijwilliger:', { id: 'volunteer.roles.intro', desc: 'Introduces the list of volunteer roles.' })}</p>
      <ul class="roles" part="roles">
        ${roles.map((role) => {
          const title = pickText(role.title, locale);
          return html`<li lang=${title?.lang ?? nothing}>${title?.text ?? role.id}</li>`;
        })}
      </ul>`;
  }
}
