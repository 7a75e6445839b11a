import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { baseStyles } from '../styles/base.styles.js';
import { languageMenuId, languageMenuStyles, renderLanguageMenu } from '../shared/language-menu.js';
import { styles } from './volunteer-form.styles.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { FeedController } from '../controllers/feed-controller.js';
import { FormDraftController } from '../controllers/form-draft-controller.js';
import type { LoadedFeed } from '../feed/load.js';
import { isSafeUrl } from '../feed/parse.js';
import { DAYS, type Day } from '../feed/schema.js';
import { renderFeedLoading } from '../shared/feed-status.js';
import { TaalVolunteerSubmitEvent, TaalVolunteerSubmittedEvent } from '../contract/events.js';
import type { PartOfDay } from '../contract/submission.js';
import {
  coerceValues,
  emptyValues,
  isEmpty,
  toggleAvailability,
  toggleInList,
  type VolunteerFormValues,
} from './values.js';
import { validateVolunteerForm, type FieldError, type FieldName } from './validate.js';
import { buildSubmission, makeSubmissionId, mailtoHref } from './payload.js';
import { postSubmission, resolveAction, type ActionTarget } from './send.js';
import { initialFlow, isConnectionFailure, transition, type FlowEvent, type FlowState } from './flow.js';
import { builtInRoles, rolesFromFeed, type RoleView } from './roles.js';
import {
  describedBy,
  errorFor,
  renderAvailability,
  renderErrorMessage,
  renderLanguageList,
  renderLanguages,
  renderRoles,
  type QuestionContext,
} from './questions.js';
import { heading, renderHandedOver, renderMailOpened, renderSent, type SentRoles } from './outcomes.js';
import {
  answerLabel,
  changeLabel,
  clearLabel,
  configErrorText,
  dayAnswer,
  errorText,
  failureText,
  stepText,
} from './messages.js';
import { useMessages } from '../localization/localization.js';

interface Draft {
  submissionId: string;
  startedAt: number;
  values: VolunteerFormValues;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

function readDraft(raw: unknown): Draft | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { submissionId, startedAt, values } = raw as Record<string, unknown>;
  if (typeof submissionId !== 'string' || !UUID.test(submissionId) || typeof startedAt !== 'number')
    return undefined;
  const coerced = coerceValues(values);
  return isEmpty(coerced) ? undefined : { submissionId, startedAt, values: coerced };
}

/** The element each error-summary link and change link moves focus to. */
const FIELD_TARGET: Record<FieldName, string> = {
  roles: 'tw-role-0',
  name: 'tw-name',
  email: 'tw-email',
  phone: 'tw-phone',
  postalCode: 'tw-postcode',
  availability: 'tw-avail-mon-morning',
  languages: 'tw-language-search',
  message: 'tw-message',
  consentPrivacy: 'tw-consent-privacy',
  consentPhone: 'tw-consent-phone',
};

/** How long, after a connection failure with the browser still "online", one automatic retry waits. */
const ONLINE_FALLBACK_RETRY = 30_000;

// This widget's translations are their own chunk per locale: fetch them with the shared ones.
useMessages('volunteer');

/**
 * Prospective volunteers (taalmaatje, taalcafé host, digivrijwilliger, voorlezer...)
 * sign up: choose one or more roles, leave their contact details, when they can help
 * and which languages they speak, check their answers and send.
 *
 * Sending: a JSON `POST` (CONTRACT.md, "Volunteer submission") to `action`, which
 * must be `https:` (plain `http:` only on localhost). A relative `action` such as
 * `/api/aanmelden` resolves against the page, so it works on https pages and on
 * localhost. A `mailto:` action opens an e-mail with the answers instead. Any other
 * `action` shows a configuration error for the webmaster in place of the send button.
 * Each attempt waits at most 15 seconds; a retry sends the same `submissionId`.
 *
 * Nothing lost, nothing left behind: while the volunteer types, the answers are kept
 * in `sessionStorage` (this tab only, never `localStorage`) and restored after an
 * accidental reload; they are wiped after sending, and by "Formulier leegmaken".
 *
 * Spam: a hidden honeypot field; a filled honeypot shows the normal thank-you but
 * sends nothing and fires no event. Sending sooner than `minFillTime` (3 s) after the
 * form appeared asks the volunteer to wait a moment and press send again.
 *
 * @tagname taal-volunteer-form
 * @summary Volunteer sign-up that never loses what was typed and leaves nothing behind.
 * @csspart language-menu - The language menu (a native select) at the top.
 *
 * @fires taal-volunteer-submit - Before each send attempt, with `detail.submission`. Cancelable: after `preventDefault()` the form sends nothing itself (the host page sends the submission), wipes its draft and shows a neutral "Je aanmelding is doorgegeven." state, not a thank-you, because only the host page knows the outcome.
 * @fires taal-volunteer-submitted - The back end accepted the sign-up (2xx): `detail.submissionId`.
 * @fires taal-feed-loaded - The feed with volunteer roles loaded.
 * @fires taal-feed-error - The feed could not be loaded (the form then offers its built-in roles).
 * @fires taal-locale-change - The active locale changed.
 *
 * @csspart form - The form of step 1.
 * @csspart field - Each question: a label or legend with its hint, error and input(s).
 * @csspart error-summary - The list of problems shown at the top after pressing "Controleer je antwoorden".
 * @csspart roles - The list of role cards.
 * @csspart role-card - One role: checkbox, title, description and facts.
 * @csspart availability - The availability table (weekdays by morning, afternoon, evening).
 * @csspart languages - The language search and list.
 * @csspart check-answers - Step 2: the answers with a change link each, and the send button.
 * @csspart submit-button - The buttons that send the sign-up ("Aanmelding versturen", "Probeer opnieuw").
 * @csspart failure - The message after a failed attempt, with "Probeer opnieuw".
 * @csspart confirmation - The state after sending: thank-you, e-mail opened, or handed to the page.
 * @csspart clear-button - "Formulier leegmaken", which asks for confirmation first.
 * @csspart config-error - The configuration error for the webmaster (unusable `action`).
 * @csspart loading - The placeholder while the feed loads.
 *
 * @cssprop [--taal-color-accent=#0b5f6e] - Buttons, links, focus ring and selected states. Falls back to `--nl-button-primary-background-color`, `--utrecht-button-primary-action-background-color`.
 * @cssprop [--taal-color-accent-contrast=#ffffff] - Text and icons on the accent. Falls back to `--nl-button-primary-color`, `--utrecht-button-primary-action-color`.
 * @cssprop --taal-color-link - Links. Default: the accent; without `--taal-color-accent`, falls back to `--nl-link-color`, `--utrecht-link-color`.
 * @cssprop [--taal-color-text=#1b1b1b] - Body text. Falls back to `--nl-paragraph-color`, `--utrecht-document-color`, `--basis-color-default-color-document`.
 * @cssprop [--taal-color-muted=#4a4f55] - Secondary text (hints, meta data). Falls back to `--basis-color-default-color-subtle`.
 * @cssprop [--taal-color-surface=#ffffff] - Background. Falls back to `--utrecht-document-background-color`, `--basis-color-default-bg-document`.
 * @cssprop [--taal-color-surface-alt=#f3f5f6] - Cards, tiles and notices. Falls back to `--basis-color-default-bg-subtle`.
 * @cssprop [--taal-color-border=#767676] - Borders of fields and cards. Falls back to `--utrecht-form-control-border-color`, `--basis-color-default-border-default`.
 * @cssprop [--taal-color-danger=#b3261e] - Errors.
 * @cssprop [--taal-color-success=#1e7b34] - Confirmations.
 * @cssprop [--taal-color-warning=#8a6d00] - The edge of a warning (an outdated copy of the feed).
 * @cssprop [--taal-color-warning-surface=#fff4ce] - The background of a warning.
 * @cssprop --taal-focus-ring-color - Keyboard focus ring. Default: the accent; falls back to `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. Forced colours: `Highlight`.
 * @cssprop [--taal-focus-ring-width=3px] - Width of the focus ring, never under 2px. Falls back to `--utrecht-focus-outline-width`, `--basis-focus-outline-width`.
 * @cssprop --taal-font-family - Font stack. Default: the system font with Arabic and Ethiopic fallbacks; falls back to `--nl-paragraph-font-family`, `--utrecht-document-font-family`, `--basis-text-font-family-default`.
 * @cssprop [--taal-font-size=medium] - Base text size (default: the visitor's browser setting). Falls back to `--utrecht-document-font-size`.
 * @cssprop [--taal-radius=0.375rem] - Corner radius. Falls back to `--basis-border-radius-md`.
 * @cssprop [--taal-space=0.5rem] - Base spacing unit.
 * @cssprop [--taal-color-scheme=light] - `light` or `dark`: the look of native controls.
 */
export class TaalVolunteerForm extends LitElement {
  static override styles = [baseStyles, languageMenuStyles, styles];

  private readonly languageMenuId = languageMenuId();

  private readonly localeController = new LocaleController(this);
  private readonly feed = new FeedController(this);
  private readonly draft = new FormDraftController<Draft>(this, {
    key: () =>
      `taalwijzer.volunteer-form:${globalThis.location?.pathname ?? ''}${this.id ? `#${this.id}` : ''}`,
    read: readDraft,
  });

  /** Feed URL with `volunteerRoles` (and the publisher's privacy statement). Optional: without it the form offers four common roles. */
  @property({ attribute: 'src' }) src: string | null = null;

  /** Where sign-ups go: an `https:` URL (or relative to an https or localhost page) for a JSON POST, or `mailto:address`. */
  @property({ attribute: 'action' }) action: string | null = null;

  /** UI language; page-wide. */
  @property({ attribute: 'locale' }) locale: string | null = null;

  /** Link to the privacy statement; overrides the feed's `publisher.privacyUrl`. */
  @property({ attribute: 'privacy-url' }) privacyUrl: string | null = null;

  /** Level of the form's headings (2-6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Milliseconds a person needs at least between the form appearing and sending; faster is treated as a bot. */
  @property({ attribute: false }) minFillTime = 3000;

  @state() private values: VolunteerFormValues = emptyValues();
  @state() private errors: FieldError[] = [];
  @state() private flow: FlowState = initialFlow;
  @state() private confirmingClear = false;
  @state() private notice: 'restored' | 'cleared' | null = null;
  @state() private languageQuery = '';
  /** What the thank-you needs to know about the roles that were sent. */
  @state() private sentRoles: SentRoles = { vog: false, training: false };

  private submissionId = makeSubmissionId();
  private startedAt: number | undefined;
  private restored = false;
  private pendingFocus: string | null = null;
  /** A robot filled the hidden field. */
  private honeypotFilled = false;
  private sending: AbortController | undefined;
  private onlineFallback: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.restored) {
      this.restored = true;
      const saved = this.draft.load();
      if (saved) {
        this.values = saved.values;
        this.submissionId = saved.submissionId;
        this.startedAt = saved.startedAt;
        this.notice = 'restored';
      }
    }
    window.addEventListener('online', this.handleOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.handleOnline);
    // A send in progress goes on: the element may only be moving in the page, and a
    // sign-up the server accepted must not be reported as failed.
    clearTimeout(this.onlineFallback);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && changed.get('locale') !== undefined)
      this.localeController.attributeChanged();
  }

  override firstUpdated(): void {
    this.startedAt ??= Date.now();
  }

  override updated(): void {
    if (this.pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${this.pendingFocus}`);
      if (target) {
        this.pendingFocus = null;
        target.focus();
      }
    }
  }

  /** Empties every field and removes the draft from this browser, without asking. */
  clear(): void {
    this.sending?.abort();
    this.values = emptyValues();
    this.errors = [];
    this.languageQuery = '';
    this.flow = initialFlow;
    this.confirmingClear = false;
    this.submissionId = makeSubmissionId();
    this.startedAt = Date.now();
    this.honeypotFilled = false;
    this.draft.clear();
    clearTimeout(this.onlineFallback);
  }

  override render() {
    return html`${renderLanguageMenu(this.languageMenuId, this.localeController.locale)}
    ${this.feed.task.render({
      initial: () => renderFeedLoading(),
      pending: () => renderFeedLoading(),
      error: () => this.renderFlow(undefined, true),
      complete: (loaded) => this.renderFlow(loaded, false),
    })}`;
  }

  /**
   * Opens the volunteer's e-mail program with `href` (a `mailto:` URL). Tests, or a
   * page that wants to show the e-mail text itself, can override it.
   */
  protected openMailto(href: string): void {
    window.location.href = href;
  }

  // ---- derived data ------------------------------------------------------------

  private get loadedFeed(): LoadedFeed | undefined {
    return this.feed.task.value;
  }

  private roles(): RoleView[] {
    const fromFeed = this.loadedFeed?.feed.volunteerRoles ?? [];
    return fromFeed.length ? rolesFromFeed(fromFeed, this.localeController.locale) : builtInRoles();
  }

  private actionTarget(): ActionTarget {
    return resolveAction(this.action, document.baseURI);
  }

  /** The privacy statement: the attribute, else the feed's; only http(s) links. */
  private privacyHref(): string | undefined {
    const candidates = [this.privacyUrl, this.loadedFeed?.feed.publisher?.privacyUrl];
    for (const candidate of candidates) {
      if (!candidate) continue;
      let href: string;
      try {
        href = new URL(candidate.trim(), document.baseURI).href;
      } catch {
        continue;
      }
      if (isSafeUrl(href) && /^https?:/i.test(href)) return href;
    }
    return undefined;
  }

  private publisherEmail(): string | undefined {
    return this.loadedFeed?.feed.publisher?.email;
  }

  private get questionContext(): QuestionContext {
    return {
      locale: this.localeController.locale,
      values: this.values,
      errors: this.errors,
      roles: this.roles(),
      languageQuery: this.languageQuery,
    };
  }

  private get level(): number {
    return Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
  }

  // ---- rendering ---------------------------------------------------------------

  private renderFlow(loaded: LoadedFeed | undefined, feedFailed: boolean) {
    const step = this.flow.step;
    const done = step === 'sent' || step === 'handed-over';
    const target = this.actionTarget();
    return html`<div class="root">
      ${feedFailed && !done ? this.renderFeedFailed() : nothing}
      ${target.kind === 'invalid' && !done ? this.renderConfigError(target) : nothing}
      ${this.renderStep(loaded, target)} ${done || step === 'sending' ? nothing : this.renderClear()}
    </div>`;
  }

  private renderStep(loaded: LoadedFeed | undefined, target: ActionTarget) {
    switch (this.flow.step) {
      case 'form':
        return this.renderForm();
      case 'check':
      case 'sending':
      case 'failed':
        return this.renderCheck(target);
      case 'sent':
        return renderSent(this.level, this.sentRoles, loaded?.feed.publisher?.email);
      case 'handed-over':
        return renderHandedOver(this.level);
      case 'mail-opened':
        return renderMailOpened(
          this.level,
          this.flow.href,
          target.kind === 'mailto' ? target.address : '',
          () => this.handleBackToCheck(),
        );
    }
  }

  private renderFeedFailed() {
    return html`<div class="notice warning" role="status">
      <p>
        ${msg(
          'De lijst met vrijwilligerswerk van deze organisatie kon niet worden geladen. Je ziet daarom het vrijwilligerswerk dat de meeste Taalhuizen hebben.',
          {
            id: 'volunteer.feed-failed',
            desc: 'Shown above the form when the feed with volunteer roles could not be loaded; built-in roles are shown instead.',
          },
        )}
      </p>
      <button class="button secondary small" type="button" @click=${() => this.feed.retry()}>
        ${msg('Opnieuw laden', { id: 'volunteer.feed-retry', desc: 'Button that loads the list of volunteer roles again.' })}
      </button>
    </div>`;
  }

  private renderConfigError(target: Extract<ActionTarget, { kind: 'invalid' }>) {
    const email = this.publisherEmail();
    return html`<div class="notice error config-error" part="config-error" role="alert">
      <p class="notice-title">
        ${msg('Dit formulier kan nu geen aanmeldingen versturen.', {
          id: 'volunteer.config.title',
          desc: 'Title of the configuration error: the form cannot send sign-ups.',
        })}
      </p>
      <p>${configErrorText(target)}</p>
      ${
        email
          ? html`<p>
              ${msg('Wil je je aanmelden? Stuur dan een e-mail naar:', {
                id: 'volunteer.config.email-instead',
                desc: 'Shown to volunteers under the configuration error, before the organisation e-mail address.',
              })}
              <a href=${`mailto:${email}`} dir="ltr">${email}</a>
            </p>`
          : nothing
      }
    </div>`;
  }

  /**
   * The text of the form's notice. Its status region stays on the page while a notice comes
   * and goes, so a screen reader reads "the form is empty" out when it appears.
   */
  private renderNotice() {
    if (this.notice === 'restored') {
      return html`<p>
          ${msg(
            'Je antwoorden van daarnet zijn teruggezet. Zijn dit niet jouw antwoorden? Maak het formulier dan leeg.',
            {
              id: 'volunteer.notice.restored',
              desc: 'Shown when a half-filled form was restored after a page reload in the same browser tab.',
            },
          )}
        </p>
        <button class="button secondary small" type="button" @click=${this.askClear}>
          ${clearLabel()}
        </button>`;
    }
    if (this.notice === 'cleared') {
      return html`<p>
        ${msg('Het formulier is leeg. Er staat niets meer van je antwoorden in deze browser.', {
          id: 'volunteer.notice.cleared',
          desc: 'Shown after the volunteer emptied the form.',
        })}
      </p>`;
    }
    return nothing;
  }

  private renderForm() {
    const locale = this.localeController.locale;
    return html`<form
      class="form"
      part="form"
      novalidate
      aria-labelledby="tw-form-title"
      @submit=${this.handleCheck}
      @input=${this.handleInput}
      @keydown=${this.handleFormKeydown}
    >
      <p class="step-label">${stepText(1, 2, locale)}</p>
      ${heading(
        this.level,
        'tw-form-title',
        msg('Meld je aan als vrijwilliger', {
          id: 'volunteer.form.title',
          desc: 'Heading of step 1, the sign-up form.',
        }),
      )}
      <p class="lead">
        ${msg('Vul het formulier in. Daarna zie je al je antwoorden nog een keer, voordat je ze verstuurt.', {
          id: 'volunteer.form.intro',
          desc: 'Introduction of the sign-up form.',
        })}
      </p>
      <div class=${this.notice ? 'notice' : 'live-slot'} role="status">${this.renderNotice()}</div>
      ${this.renderErrorSummary()} ${renderRoles(this.questionContext)}
      ${this.renderTextField('name', {
        id: 'tw-name',
        label: msg('Naam', { id: 'volunteer.field.name', desc: 'Label of the name field.' }),
        autocomplete: 'name',
        width: 'wide',
      })}
      ${this.renderTextField('email', {
        id: 'tw-email',
        label: msg('E-mailadres', { id: 'volunteer.field.email', desc: 'Label of the e-mail field.' }),
        hint: msg(
          'We gebruiken je e-mailadres alleen om contact met je op te nemen over vrijwilligerswerk.',
          {
            id: 'volunteer.field.email.hint',
            desc: 'Hint under the e-mail label.',
          },
        ),
        type: 'email',
        autocomplete: 'email',
        ltr: true,
        width: 'wide',
      })}
      ${this.renderTextField('phone', {
        id: 'tw-phone',
        label: msg('Telefoonnummer (optioneel)', {
          id: 'volunteer.field.phone',
          desc: 'Label of the optional phone field. Keep "(optional)" in brackets.',
        }),
        type: 'tel',
        autocomplete: 'tel',
        ltr: true,
        width: 'medium',
      })}
      ${this.renderTextField('postalCode', {
        id: 'tw-postcode',
        label: msg('Postcode (optioneel)', {
          id: 'volunteer.field.postcode',
          desc: 'Label of the optional Dutch postcode field. Keep "(optional)" in brackets.',
        }),
        hint: msg('Dan zoeken we een plek bij jou in de buurt. Bijvoorbeeld 1234 AB.', {
          id: 'volunteer.field.postcode.hint',
          desc: 'Hint under the postcode label. Keep the example "1234 AB".',
        }),
        autocomplete: 'postal-code',
        ltr: true,
        width: 'short',
      })}
      ${renderAvailability(this.questionContext)} ${renderLanguages(this.questionContext)}
      ${this.renderMessage()} ${this.renderConsent()} ${this.renderHoneypot()}
      <div class="actions">
        <button class="button" type="submit">
          ${msg('Controleer je antwoorden', { id: 'volunteer.form.next', desc: 'Button at the end of the form: go to the step where the volunteer checks the answers.' })}
        </button>
      </div>
    </form>`;
  }

  private renderErrorSummary() {
    if (this.errors.length === 0) return nothing;
    const locale = this.localeController.locale;
    return html`<div
      class="error-summary"
      part="error-summary"
      id="tw-error-summary"
      tabindex="-1"
      role="alert"
      aria-labelledby="tw-error-summary-title"
    >
      ${heading(
        this.level,
        'tw-error-summary-title',
        msg('Er klopt nog iets niet', {
          id: 'volunteer.errors.title',
          desc: 'Heading of the error summary at the top of the form.',
        }),
        1,
        false,
      )}
      <ul class="error-list">
        ${this.errors.map(
          (error) =>
            html`<li>
              <a
                href=${`#${FIELD_TARGET[error.field]}`}
                @click=${(event: Event) => this.handleFieldLink(event, error.field)}
              >
                ${errorText(error.code, locale)}
              </a>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderTextField(
    field: 'name' | 'email' | 'phone' | 'postalCode',
    options: {
      id: string;
      label: string;
      hint?: string;
      type?: string;
      autocomplete: string;
      ltr?: boolean;
      width: 'short' | 'medium' | 'wide';
    },
  ) {
    const error = errorFor(this.questionContext, field);
    const hintId = options.hint ? `${options.id}-hint` : undefined;
    const errorId = error ? `${options.id}-error` : undefined;
    return html`<div class="field ${error ? 'has-error' : ''}" part="field">
      <label class="label" for=${options.id}>${options.label}</label>
      ${options.hint ? html`<p class="hint" id=${hintId!}>${options.hint}</p>` : nothing}
      ${renderErrorMessage(this.questionContext, field, `${options.id}-error`)}
      <input
        class="input ${options.width}"
        id=${options.id}
        name=${field}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete}
        dir=${options.ltr ? 'ltr' : nothing}
        spellcheck=${options.ltr ? 'false' : nothing}
        aria-describedby=${describedBy(hintId, errorId)}
        aria-invalid=${error ? 'true' : nothing}
        .value=${live(this.values[field])}
      />
    </div>`;
  }

  private renderMessage() {
    const error = errorFor(this.questionContext, 'message');
    return html`<div class="field ${error ? 'has-error' : ''}" part="field">
      <label class="label" for="tw-message">
        ${msg('Wil je nog iets vertellen? (optioneel)', { id: 'volunteer.field.message', desc: 'Label of the optional message field. Keep "(optional)" in brackets.' })}
      </label>
      <p class="hint" id="tw-message-hint">
        ${msg(
          'Bijvoorbeeld over je ervaring, of wat je graag wilt doen. Over je gezondheid, geloof of afkomst hoeven we niets te weten.',
          {
            id: 'volunteer.field.message.hint',
            desc: 'Hint under the message field; asks not to share sensitive personal data.',
          },
        )}
      </p>
      ${renderErrorMessage(this.questionContext, 'message', 'tw-message-error')}
      <textarea
        class="input textarea"
        id="tw-message"
        name="message"
        rows="5"
        aria-describedby=${describedBy('tw-message-hint', error && 'tw-message-error')}
        aria-invalid=${error ? 'true' : nothing}
        .value=${live(this.values.message)}
      ></textarea>
    </div>`;
  }

  private renderConsent() {
    const privacy = this.privacyHref();
    const error = errorFor(this.questionContext, 'consentPrivacy');
    return html`<fieldset class="field fieldset ${error ? 'has-error' : ''}" part="field">
      <legend class="legend">
        ${msg('Toestemming', { id: 'volunteer.consent.legend', desc: 'Heading of the consent questions.' })}
      </legend>
      ${
        privacy
          ? html`<p class="hint" id="tw-privacy-hint">
              <a href=${privacy} target="_blank" rel="noopener noreferrer">
                ${msg(
                  'Lees wat we met je gegevens doen in de privacyverklaring (opent in een nieuw tabblad)',
                  {
                    id: 'volunteer.consent.privacy-link',
                    desc: 'Link to the organisation privacy statement; it opens in a new tab.',
                  },
                )}</a
              >
            </p>`
          : nothing
      }
      ${renderErrorMessage(this.questionContext, 'consentPrivacy', 'tw-consent-privacy-error')}
      <div class="choice">
        <input
          class="checkbox"
          type="checkbox"
          id="tw-consent-privacy"
          name="consentPrivacy"
          .checked=${live(this.values.consentPrivacy)}
          aria-describedby=${describedBy(privacy && 'tw-privacy-hint', error && 'tw-consent-privacy-error')}
          aria-invalid=${error ? 'true' : nothing}
        />
        <label for="tw-consent-privacy">
          ${msg('Ik geef toestemming om mijn gegevens te gebruiken voor mijn aanmelding als vrijwilliger.', {
            id: 'volunteer.consent.privacy',
            desc: 'Required consent checkbox: the organisation may use the data for the volunteer sign-up.',
          })}
        </label>
      </div>
      <div class="choice">
        <input
          class="checkbox"
          type="checkbox"
          id="tw-consent-phone"
          name="consentPhone"
          .checked=${live(this.values.consentPhone)}
        />
        <label for="tw-consent-phone">
          ${msg('Jullie mogen me ook bellen (optioneel)', {
            id: 'volunteer.consent.phone',
            desc: 'Optional consent checkbox: the organisation may phone the volunteer. Keep "(optional)" in brackets.',
          })}
        </label>
      </div>
    </fieldset>`;
  }

  private renderHoneypot() {
    return html`<div class="hp" aria-hidden="true">
      <label for="tw-website"
        >${msg('Laat dit veld leeg', { id: 'volunteer.honeypot', desc: 'Label of a hidden anti-spam field that people never see; only robots fill it in.' })}</label
      >
      <input id="tw-website" name="website" type="text" tabindex="-1" autocomplete="off" />
    </div>`;
  }

  private renderCheck(target: ActionTarget) {
    const locale = this.localeController.locale;
    const roles = this.roles();
    const values = this.values;
    const notGiven = msg('Niet ingevuld', {
      id: 'volunteer.answer.empty',
      desc: 'Shown in the check-answers list for an optional question left empty.',
    });
    const days = DAYS.filter((day) => values.availability[day]?.length);
    const chosenRoles = roles.filter((role) => values.roles.includes(role.id));
    return html`<section class="check" part="check-answers" aria-labelledby="tw-check-title">
      <p class="step-label">${stepText(2, 2, locale)}</p>
      ${heading(this.level, 'tw-check-title', msg('Controleer je antwoorden', { id: 'volunteer.check.title', desc: 'Heading of step 2: the volunteer checks the answers before sending.' }))}
      <dl class="summary">
        ${this.renderAnswer(
          'roles',
          html`<ul class="plain">
            ${chosenRoles.map((role) => html`<li lang=${role.title.lang ?? nothing}>${role.title.text}</li>`)}
          </ul>`,
        )}
        ${this.renderAnswer('name', values.name)}
        ${this.renderAnswer('email', html`<span dir="ltr">${values.email}</span>`)}
        ${this.renderAnswer('phone', values.phone ? html`<span dir="ltr">${values.phone}</span>` : notGiven)}
        ${this.renderAnswer('postalCode', values.postalCode ? html`<span dir="ltr">${values.postalCode}</span>` : notGiven)}
        ${this.renderAnswer(
          'availability',
          days.length
            ? html`<ul class="plain">
                ${days.map((day) => html`<li>${dayAnswer(day, values.availability[day]!, locale)}</li>`)}
              </ul>`
            : notGiven,
        )}
        ${this.renderAnswer('languages', values.languages.length ? renderLanguageList(values.languages, locale) : notGiven)}
        ${this.renderAnswer('message', values.message ? html`<span class="message-answer">${values.message}</span>` : notGiven)}
        ${this.renderAnswer(
          'consentPrivacy',
          html`<ul class="plain">
            <li>
              ${msg('Je geeft toestemming om je gegevens te gebruiken voor je aanmelding.', { id: 'volunteer.answer.consent-privacy', desc: 'Check-answers: the volunteer consented to the use of the data.' })}
            </li>
            <li>
              ${
                values.consentPhone
                  ? msg('We mogen je bellen.', {
                      id: 'volunteer.answer.phone-yes',
                      desc: 'Check-answers: the volunteer may be phoned.',
                    })
                  : msg('We bellen je niet.', {
                      id: 'volunteer.answer.phone-no',
                      desc: 'Check-answers: the volunteer does not want to be phoned.',
                    })
              }
            </li>
          </ul>`,
        )}
      </dl>
      ${this.renderSendArea(target)}
    </section>`;
  }

  private renderAnswer(field: FieldName, value: unknown) {
    const editable = this.flow.step !== 'sending';
    return html`<div class="answer">
      <dt>${answerLabel(field)}</dt>
      <dd class="answer-value">${value}</dd>
      <dd class="answer-change">
        ${
          editable
            ? html`<a
                href=${`#${FIELD_TARGET[field]}`}
                aria-label=${changeLabel(field)}
                @click=${(event: Event) => this.handleFieldLink(event, field)}
              >
                ${msg('Wijzigen', { id: 'volunteer.answer.change', desc: 'Visible text of the link that goes back to change one answer.' })}
              </a>`
            : nothing
        }
      </dd>
    </div>`;
  }

  private renderSendArea(target: ActionTarget) {
    if (target.kind === 'invalid') return nothing; // the configuration error above says why
    const flow = this.flow;
    const mail = target.kind === 'mailto';
    const sendLabel = mail
      ? msg('Open e-mail met mijn aanmelding', {
          id: 'volunteer.send.mail-button',
          desc: 'Send button when the form sends by e-mail: opens the e-mail program.',
        })
      : msg('Aanmelding versturen', { id: 'volunteer.send.button', desc: 'Button that sends the sign-up.' });
    if (flow.step === 'failed') {
      const locale = this.localeController.locale;
      const connection = isConnectionFailure(flow.failure);
      return html`<div
        class="notice error failure"
        part="failure"
        id="tw-failure"
        tabindex="-1"
        role="alert"
        aria-labelledby="tw-failure-title"
      >
        <p class="notice-title" id="tw-failure-title">
          ${msg('Je aanmelding is nog niet verstuurd.', { id: 'volunteer.failure.title', desc: 'Title of the message when sending failed.' })}
        </p>
        <p>${failureText(flow.failure, locale)}</p>
        <p>
          ${msg('Je antwoorden zijn bewaard. Je hoeft niets opnieuw in te vullen.', { id: 'volunteer.failure.kept', desc: 'Reassurance after a failed send: nothing was lost.' })}
        </p>
        ${
          flow.waitingForOnline
            ? html`<p class="waiting">
                ${msg(
                  'We versturen je aanmelding vanzelf zodra je weer online bent. Laat deze pagina open.',
                  {
                    id: 'volunteer.failure.waiting',
                    desc: 'Shown after the volunteer chose to send automatically once the connection is back.',
                  },
                )}
              </p>`
            : nothing
        }
        <div class="actions">
          <button class="button" type="button" part="submit-button" @click=${this.handleSend}>
            ${msg('Probeer opnieuw', { id: 'volunteer.failure.retry', desc: 'Button that tries to send the sign-up again.' })}
          </button>
          ${
            connection
              ? flow.waitingForOnline
                ? html`<button
                    class="button secondary"
                    type="button"
                    @click=${() => this.setWaitForOnline(false)}
                  >
                    ${msg('Niet vanzelf versturen', { id: 'volunteer.failure.stop-waiting', desc: 'Button that cancels sending automatically when back online.' })}
                  </button>`
                : html`<button
                    class="button secondary"
                    type="button"
                    @click=${() => this.setWaitForOnline(true)}
                  >
                    ${msg('Verstuur vanzelf als ik weer online ben', { id: 'volunteer.failure.wait', desc: 'Button: send the sign-up automatically (once) when the internet connection is back.' })}
                  </button>`
              : nothing
          }
        </div>
      </div>`;
    }
    const sending = flow.step === 'sending';
    return html`<div class="send">
      <p class="send-explanation">
        ${
          mail
            ? msg(
                'Als je op de knop hieronder drukt, opent je e-mailprogramma met je antwoorden. Druk daar op Versturen.',
                {
                  id: 'volunteer.send.mail-explanation',
                  desc: 'Above the send button when the form sends by e-mail.',
                },
              )
            : msg(
                'Als je op de knop hieronder drukt, gaat je aanmelding naar de coördinator van de vrijwilligers.',
                {
                  id: 'volunteer.send.explanation',
                  desc: 'Above the send button: where the sign-up goes.',
                },
              )
        }
      </p>
      ${
        flow.step === 'check' && flow.tooFast
          ? html`<p class="notice warning" id="tw-too-fast" tabindex="-1" role="alert">
              ${msg('Dat ging erg snel. Wacht een paar tellen en druk dan nog een keer op de knop.', {
                id: 'volunteer.send.too-fast',
                desc: 'Anti-spam: the form was sent faster than a person can fill it in. Asks to wait a moment and press the button again.',
              })}
            </p>`
          : nothing
      }
      <div class="actions">
        <button
          class="button"
          type="button"
          part="submit-button"
          ?disabled=${sending}
          aria-describedby=${sending ? 'tw-sending' : nothing}
          @click=${this.handleSend}
        >
          ${sending ? msg('Bezig met versturen…', { id: 'volunteer.send.busy', desc: 'Send button text while sending.' }) : sendLabel}
        </button>
      </div>
      <p class="sending" id="tw-sending" role="status" tabindex="-1">
        ${
          sending
            ? msg('Je aanmelding wordt verstuurd. Dit duurt meestal maar even.', {
                id: 'volunteer.send.status',
                desc: 'Status while the sign-up is being sent.',
              })
            : nothing
        }
      </p>
    </div>`;
  }

  private renderClear() {
    if (this.confirmingClear) {
      return html`<div
        class="clear-confirm"
        id="tw-clear-confirm"
        role="group"
        aria-labelledby="tw-clear-question"
        tabindex="-1"
      >
        <p class="notice-title" id="tw-clear-question">
          ${msg('Wil je alles wissen?', { id: 'volunteer.clear.question', desc: 'Confirmation question before emptying the form.' })}
        </p>
        <p>
          ${msg('Al je antwoorden worden uit dit formulier en uit deze browser verwijderd.', {
            id: 'volunteer.clear.explanation',
            desc: 'Explains what emptying the form does.',
          })}
        </p>
        <div class="actions">
          <button class="button danger" type="button" @click=${this.handleConfirmClear}>
            ${msg('Ja, alles wissen', { id: 'volunteer.clear.confirm', desc: 'Button that confirms emptying the form.' })}
          </button>
          <button class="button secondary" type="button" @click=${this.handleCancelClear}>
            ${msg('Nee, niet wissen', { id: 'volunteer.clear.cancel', desc: 'Button that keeps the answers.' })}
          </button>
        </div>
      </div>`;
    }
    return html`<div class="clear">
      <button class="link-button" type="button" part="clear-button" id="tw-clear" @click=${this.askClear}>
        ${clearLabel()}
      </button>
      <span class="hint clear-hint">
        ${msg('Op een computer die je met anderen deelt? Maak het formulier leeg als je stopt.', {
          id: 'volunteer.clear.hint',
          desc: 'Hint next to the clear-form button, for shared (library) computers.',
        })}
      </span>
    </div>`;
  }

  // ---- handlers ----------------------------------------------------------------

  /** Applies a flow event; false when it is not allowed now (nothing changes). */
  private go(event: FlowEvent): boolean {
    const next = transition(this.flow, event);
    if (next === this.flow) return false;
    const wasWaiting = this.flow.step === 'failed' && this.flow.waitingForOnline;
    this.flow = next;
    if (wasWaiting && !(next.step === 'failed' && next.waitingForOnline)) clearTimeout(this.onlineFallback);
    return true;
  }

  private focusLater(id: string): void {
    this.pendingFocus = id;
    this.requestUpdate();
  }

  private saveDraft(): void {
    if (isEmpty(this.values)) this.draft.clear();
    else
      this.draft.save({
        submissionId: this.submissionId,
        startedAt: this.startedAt ?? Date.now(),
        values: this.values,
      });
  }

  private handleInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const checked = target instanceof HTMLInputElement && target.checked;
    const values = this.values;
    switch (target.name) {
      case 'roles':
        this.values = { ...values, roles: toggleInList(values.roles, target.value, checked) };
        break;
      case 'languages':
        this.values = { ...values, languages: toggleInList(values.languages, target.value, checked) };
        break;
      case 'availability': {
        const [day, part] = target.value.split(':') as [Day, PartOfDay];
        this.values = {
          ...values,
          availability: toggleAvailability(values.availability, day, part, checked),
        };
        break;
      }
      case 'name':
      case 'email':
      case 'phone':
      case 'postalCode':
      case 'message':
        this.values = { ...values, [target.name]: target.value };
        break;
      case 'consentPrivacy':
      case 'consentPhone':
        this.values = { ...values, [target.name]: checked };
        break;
      case 'languageSearch':
        this.languageQuery = target.value;
        return;
      default:
        return; // the honeypot: never stored
    }
    if (this.notice === 'cleared') this.notice = null;
    this.saveDraft();
  }

  /**
   * Enter on a checkbox ticks it, as Space does (and as in the goal picker), instead of
   * sending the half-filled form to its error summary. Enter in a text field still sends.
   */
  private handleFormKeydown(event: KeyboardEvent): void {
    const target = event.target;
    if (event.key !== 'Enter' || !(target instanceof HTMLInputElement) || target.type !== 'checkbox') return;
    event.preventDefault();
    if (!event.repeat) target.click();
  }

  private handleCheck(event: SubmitEvent): void {
    event.preventDefault();
    // Read now: the honeypot leaves the page with the form step.
    this.honeypotFilled ||= Boolean(this.renderRoot.querySelector<HTMLInputElement>('#tw-website')?.value);
    const result = validateVolunteerForm(this.values, { roleIds: this.roles().map((role) => role.id) });
    this.errors = result.errors;
    if (!result.ok) {
      this.focusLater('tw-error-summary');
      return;
    }
    this.values = result.values;
    this.notice = null;
    this.saveDraft();
    if (this.go({ type: 'check' })) this.focusLater('tw-check-title');
  }

  private handleFieldLink(event: Event, field: FieldName): void {
    event.preventDefault();
    if (this.flow.step !== 'form') {
      if (!this.go({ type: 'edit' })) return;
    }
    this.focusLater(FIELD_TARGET[field]);
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${FIELD_TARGET[field]}`);
      target?.closest('[part~="field"]')?.scrollIntoView({ block: 'start', behavior: 'auto' });
    });
  }

  private readonly handleSend = async (): Promise<void> => {
    const step = this.flow.step;
    if (step !== 'check' && step !== 'failed') return;
    const roles = this.roles();
    const result = validateVolunteerForm(this.values, { roleIds: roles.map((role) => role.id) });
    if (!result.ok) {
      this.errors = result.errors;
      this.go({ type: 'edit' });
      this.focusLater('tw-error-summary');
      return;
    }
    const target = this.actionTarget();
    if (target.kind === 'invalid') return;

    const chosen = roles.filter((role) => result.values.roles.includes(role.id));
    if (this.honeypotFilled) {
      // A robot: pretend all went well, send nothing.
      if (this.go({ type: 'send' })) this.finishSent(chosen);
      return;
    }
    if (Date.now() - (this.startedAt ?? 0) < this.minFillTime) {
      this.go({ type: 'too-fast' });
      this.focusLater('tw-too-fast');
      return;
    }
    if (!this.go({ type: 'send' })) return; // already sending
    this.focusLater('tw-sending');

    const submission = buildSubmission(result.values, {
      submissionId: this.submissionId,
      submittedAt: new Date(),
      locale: this.localeController.locale,
    });
    const submit = new TaalVolunteerSubmitEvent({ submission });
    this.dispatchEvent(submit);
    if (submit.defaultPrevented) {
      this.go({ type: 'handed-over' });
      this.wipe();
      this.focusLater('tw-handed-title');
      return;
    }

    if (target.kind === 'mailto') {
      const href = mailtoHref(target.address, submission, {
        roleTitle: (id) => roles.find((role) => role.id === id)?.dutchTitle ?? id,
      });
      this.go({ type: 'mail-opened', href });
      // The e-mail now holds the answers; the draft goes, the answers stay in memory for "back".
      this.draft.clear();
      this.focusLater('tw-mail-title');
      this.openMailto(href);
      return;
    }

    this.sending = new AbortController();
    const outcome = await postSubmission(target.url, submission, { signal: this.sending.signal });
    this.sending = undefined;
    if (outcome.ok) {
      this.finishSent(chosen);
      this.dispatchEvent(new TaalVolunteerSubmittedEvent({ submissionId: submission.submissionId }));
    } else if (outcome.reason !== 'aborted') {
      // (Aborted only by clear(), which already reset the form.)
      this.go({ type: 'rejected', failure: outcome });
      this.focusLater('tw-failure');
    }
  };

  private finishSent(roles: RoleView[]): void {
    this.sentRoles = {
      vog: roles.some((role) => role.vogRequired),
      training: roles.some((role) => role.training),
    };
    this.go({ type: 'accepted' });
    this.wipe();
    this.focusLater('tw-done-title');
  }

  /** After sending or handing over: nothing of the volunteer stays, in memory or storage. */
  private wipe(): void {
    this.values = emptyValues();
    this.errors = [];
    this.languageQuery = '';
    this.notice = null;
    this.confirmingClear = false;
    this.draft.clear();
    this.submissionId = makeSubmissionId();
    this.startedAt = Date.now();
    this.honeypotFilled = false;
  }

  private setWaitForOnline(on: boolean): void {
    if (!this.go({ type: 'wait-for-online', on })) return;
    clearTimeout(this.onlineFallback);
    if (on && navigator.onLine !== false) {
      // The browser thinks it is online, so no `online` event may come: try once more later.
      this.onlineFallback = setTimeout(this.handleOnline, ONLINE_FALLBACK_RETRY);
    }
    this.focusLater('tw-failure');
  }

  private readonly handleOnline = (): void => {
    if (this.flow.step === 'failed' && this.flow.waitingForOnline) void this.handleSend();
  };

  private handleBackToCheck(): void {
    if (this.go({ type: 'back-to-check' })) {
      this.saveDraft();
      this.focusLater('tw-check-title');
    }
  }

  private askClear(): void {
    this.confirmingClear = true;
    this.focusLater('tw-clear-confirm');
  }

  private handleCancelClear(): void {
    this.confirmingClear = false;
    this.focusLater('tw-clear');
  }

  private handleConfirmClear(): void {
    this.clear();
    this.notice = 'cleared';
    this.focusLater('tw-form-title');
  }
}
