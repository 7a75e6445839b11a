import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaalElement } from '../shared/taal-element.js';
import { languageChipStyles } from './language-chips.styles.js';
import { styles } from './volunteer-form.styles.js';
import { FeedController } from '../controllers/feed-controller.js';
import { FormDraftController } from '../controllers/form-draft-controller.js';
import type { LoadedFeed } from '../feed/load.js';
import { isSafeUrl } from '../feed/read-feed.js';
import type { Day } from '../feed/schema.js';
import { renderFeedLoading } from '../shared/feed-status.js';
import { TaalVolunteerSubmitEvent, TaalVolunteerSubmittedEvent } from '../contract/events.js';
import type { PartOfDay } from '../contract/submission.js';
import {
  emptyValues,
  isEmpty,
  toggleAvailability,
  toggleInList,
  type VolunteerFormValues,
} from './values.js';
import { validateVolunteerForm, type FieldError, type FieldName } from './validate.js';
import { makeSubmissionId } from './submission-id.js';
import { resolveAction, type ActionTarget } from './action.js';
import { initialFlow, transition, type FlowEvent, type FlowState } from './flow.js';
import { builtInRoles, rolesFromFeed, type RoleView } from './roles.js';
import { FIELD_TARGET } from './questions.js';
import { readDraft, type Draft } from './draft.js';
import { renderForm } from './form-step.js';
import { renderClear, renderConfigError, renderFeedFailed } from './notices.js';
import type { SentRoles } from './outcomes.js';
import { LazyViewController } from '../controllers/lazy-view-controller.js';
import { renderViewError, renderViewLoading } from '../shared/feed-status.js';
import type { VolunteerView } from './view.js';
import { useMessages } from '../localization/localization.js';

// This widget's translations are their own chunk per locale: fetch them with the shared ones.
useMessages('volunteer');

/** How long, after a connection failure with the browser still "online", one automatic retry waits. */
const ONLINE_FALLBACK_RETRY = 30_000;

/**
 * Prospective volunteers (taalmaatje, taalcafé host, digivrijwilliger, voorlezer...)
 * sign up: choose one or more roles, leave their contact details, when they can help
 * and which languages they speak, check their answers and send.
 *
 * Sending: a JSON `POST` (docs/reference/submission.md) to `action`, which
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
 *
 * @fires taal-volunteer-submit - Before each send attempt, with `detail.submission`. Cancelable: after `preventDefault()` the form sends nothing itself (the host page sends the submission), wipes its draft and shows a neutral "Je aanmelding is doorgegeven." state, not a thank-you, because only the host page knows the outcome.
 * @fires taal-volunteer-submitted - The back end accepted the sign-up (2xx): `detail.submissionId`.
 * @fires taal-feed-loaded - The feed with volunteer roles loaded.
 * @fires taal-feed-error - The feed could not be loaded (the form then offers its built-in roles).
 *
 * @csspart form - The form of step 1.
 * @csspart field - Each question: a label or legend with its hint, error and input(s).
 * @csspart error-summary - The list of problems shown at the top after pressing "Controleer je antwoorden".
 * @csspart roles - The list of role cards.
 * @csspart role-card - One role: checkbox, title, description and facts.
 * @csspart availability - The availability table (weekdays by morning, afternoon, evening).
 * @csspart languages - The language search and list.
 * @csspart language-chip - A chosen language; pressing it removes the language.
 * @csspart more-languages - The languages after the dozen most useful ones, folded away until searched or opened.
 * @csspart check-answers - Step 2: the answers with a change link each, and the send button.
 * @csspart check-button - The form's main button, "Controleer je antwoorden" (to step 2).
 * @csspart submit-button - The buttons that send the sign-up ("Aanmelding versturen", "Probeer opnieuw").
 * @csspart failure - The message after a failed attempt, with "Probeer opnieuw".
 * @csspart confirmation - The state after sending: thank-you, e-mail opened, or handed to the page.
 * @csspart clear-button - "Formulier leegmaken", which asks for confirmation first.
 * @csspart config-error - The configuration error for the webmaster (unusable `action`).
 * @csspart loading - The placeholder while the feed loads.
 *
 */
export class TaalVolunteerForm extends TaalElement {
  static override styles = [TaalElement.styles, styles, languageChipStyles];

  private readonly feed = new FeedController(this);
  /** The check step, sending and what follows: loaded when first wanted. */
  private readonly sendCode = new LazyViewController(this, () => import('./send-chunk.js'));
  private readonly draft = new FormDraftController<Draft>(this, {
    key: () =>
      `taalwijzer.volunteer-form:${globalThis.location?.pathname ?? ''}${this.id ? `#${this.id}` : ''}`,
    read: readDraft,
  });

  /** Feed URL with `volunteerRoles` (and the publisher's privacy statement). Optional: without it the form offers four common roles. */
  @property({ attribute: 'src' }) src: string | null = null;

  /** Where sign-ups go: an `https:` URL (or relative to an https or localhost page) for a JSON POST, or `mailto:address`. */
  @property({ attribute: 'action' }) action: string | null = null;

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

  override firstUpdated(): void {
    this.startedAt ??= Date.now();
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
    return html`${this.renderLanguageMenu()}
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

  /** What the step templates read and call. */
  private view(): VolunteerView {
    return {
      locale: this.localeController.locale,
      values: this.values,
      errors: this.errors,
      roles: this.roles(),
      languageQuery: this.languageQuery,
      level: this.level,
      flow: this.flow,
      notice: this.notice,
      confirmingClear: this.confirmingClear,
      privacyHref: this.privacyHref(),
      publisherEmail: this.publisherEmail(),
      onCheck: this.handleCheck,
      onCheckIntent: this.sendCode.prefetch,
      onInput: this.handleInput,
      onFormKeydown: this.handleFormKeydown,
      onFieldLink: this.handleFieldLink,
      onSend: this.handleSend,
      onWaitForOnline: this.setWaitForOnline,
      onAskClear: this.askClear,
      onConfirmClear: this.handleConfirmClear,
      onCancelClear: this.handleCancelClear,
      onRetryFeed: this.retryFeed,
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
    const view = this.view();
    return html`<div class="root">
      ${feedFailed && !done ? renderFeedFailed(view) : nothing}
      ${target.kind === 'invalid' && !done ? renderConfigError(view, target) : nothing}
      ${this.renderStep(view, loaded, target)} ${done || step === 'sending' ? nothing : renderClear(view)}
    </div>`;
  }

  private renderStep(view: VolunteerView, loaded: LoadedFeed | undefined, target: ActionTarget) {
    if (this.flow.step === 'form') return renderForm(view);
    const code = this.sendCode.get();
    if (!code) {
      // The check step's code is on its way (or could not be fetched): every answer stays.
      return this.sendCode.state === 'failed'
        ? renderViewError(() => void this.sendCode.load())
        : renderViewLoading();
    }
    const { renderCheck, renderSent, renderHandedOver, renderMailOpened } = code;
    switch (this.flow.step) {
      case 'check':
      case 'sending':
      case 'failed':
        return renderCheck(view, target);
      case 'sent':
        return renderSent(this.level, this.sentRoles, loaded?.feed.publisher?.email);
      case 'handed-over':
        return renderHandedOver(this.level);
      case 'mail-opened':
        return renderMailOpened(
          this.level,
          this.flow.href,
          target.kind === 'mailto' ? target.address : '',
          this.handleBackToCheck,
        );
    }
  }

  // ---- handlers ----------------------------------------------------------------

  private readonly retryFeed = (): void => this.feed.retry();

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
    this.focusController.focusAfterRender(`#${id}`);
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

  private readonly handleInput = (event: Event): void => {
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
  };

  /**
   * Enter on a checkbox ticks it, as Space does (and as in the goal picker), instead of
   * sending the half-filled form to its error summary. Enter in a text field still sends.
   */
  private readonly handleFormKeydown = (event: KeyboardEvent): void => {
    const target = event.target;
    if (event.key !== 'Enter' || !(target instanceof HTMLInputElement) || target.type !== 'checkbox') return;
    event.preventDefault();
    if (!event.repeat) target.click();
  };

  private readonly handleCheck = (event: SubmitEvent): void => {
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
  };

  private readonly handleFieldLink = (event: Event, field: FieldName): void => {
    event.preventDefault();
    if (this.flow.step !== 'form') {
      if (!this.go({ type: 'edit' })) return;
    }
    this.focusLater(FIELD_TARGET[field]);
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${FIELD_TARGET[field]}`);
      target?.closest('[part~="field"]')?.scrollIntoView({ block: 'start', behavior: 'auto' });
    });
  };

  private readonly handleSend = async (): Promise<void> => {
    const step = this.flow.step;
    // The send button is on the check step, so its code is here.
    const code = this.sendCode.value;
    if ((step !== 'check' && step !== 'failed') || !code) return;
    const { buildSubmission, mailtoHref, postSubmission } = code;
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

  private readonly setWaitForOnline = (on: boolean): void => {
    if (!this.go({ type: 'wait-for-online', on })) return;
    clearTimeout(this.onlineFallback);
    if (on && navigator.onLine !== false) {
      // The browser thinks it is online, so no `online` event may come: try once more later.
      this.onlineFallback = setTimeout(this.handleOnline, ONLINE_FALLBACK_RETRY);
    }
    this.focusLater('tw-failure');
  };

  private readonly handleOnline = (): void => {
    if (this.flow.step === 'failed' && this.flow.waitingForOnline) void this.handleSend();
  };

  private readonly handleBackToCheck = (): void => {
    if (this.go({ type: 'back-to-check' })) {
      this.saveDraft();
      this.focusLater('tw-check-title');
    }
  };

  private readonly askClear = (): void => {
    this.confirmingClear = true;
    this.focusLater('tw-clear-confirm');
  };

  private readonly handleCancelClear = (): void => {
    this.confirmingClear = false;
    this.focusLater('tw-clear');
  };

  private readonly handleConfirmClear = (): void => {
    this.clear();
    this.notice = 'cleared';
    this.focusLater('tw-form-title');
  };
}
