/**
 * Step 1 of the form as a template of its view: the notice (restored or cleared), the
 * error summary, the questions (roles, availability and languages from `questions.ts`,
 * the text fields, the message, consent) and the hidden honeypot. No handlers of their
 * own: every input event bubbles to the form, which calls the view's.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { heading } from './heading.js';
import {
  FIELD_TARGET,
  describedBy,
  errorFor,
  renderAvailability,
  renderErrorMessage,
  renderLanguages,
  renderRoles,
} from './questions.js';
import { clearLabel, errorText, stepText } from './messages.js';
import type { VolunteerView } from './view.js';
import { useMessages } from '../localization/localization.js';

// These words are in this widget's translation chunk of each locale.
useMessages('volunteer');

export function renderForm(view: VolunteerView) {
  const locale = view.locale;
  return html`<form
    class="form"
    part="form"
    novalidate
    aria-labelledby="tw-form-title"
    @submit=${view.onCheck}
    @input=${view.onInput}
    @keydown=${view.onFormKeydown}
  >
    <p class="step-label">${stepText(1, 2, locale)}</p>
    ${heading(
      view.level,
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
    <div class=${view.notice ? 'notice' : 'live-slot'} role="status">${renderNotice(view)}</div>
    ${renderErrorSummary(view)} ${renderRoles(view)}
    ${renderTextField(view, 'name', {
      id: 'tw-name',
      label: msg('Naam', { id: 'volunteer.field.name', desc: 'Label of the name field.' }),
      autocomplete: 'name',
      width: 'wide',
    })}
    ${renderTextField(view, 'email', {
      id: 'tw-email',
      label: msg('E-mailadres', { id: 'volunteer.field.email', desc: 'Label of the e-mail field.' }),
      hint: msg('We gebruiken je e-mailadres alleen om contact met je op te nemen over vrijwilligerswerk.', {
        id: 'volunteer.field.email.hint',
        desc: 'Hint under the e-mail label.',
      }),
      type: 'email',
      autocomplete: 'email',
      ltr: true,
      width: 'wide',
    })}
    ${renderTextField(view, 'phone', {
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
    ${renderTextField(view, 'postalCode', {
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
    ${renderAvailability(view)} ${renderLanguages(view)} ${renderMessage(view)} ${renderConsent(view)}
    ${renderHoneypot()}
    <div class="actions">
      <button
        class="button"
        type="submit"
        part="check-button"
        @pointerenter=${view.onCheckIntent}
        @pointerdown=${view.onCheckIntent}
        @focus=${view.onCheckIntent}
      >
        ${msg('Controleer je antwoorden', { id: 'volunteer.form.next', desc: 'Button at the end of the form: go to the step where the volunteer checks the answers.' })}
      </button>
    </div>
  </form>`;
}

/**
 * The text of the form's notice. Its status region stays on the page while a notice comes
 * and goes, so a screen reader reads "the form is empty" out when it appears.
 */
function renderNotice(view: VolunteerView) {
  if (view.notice === 'restored') {
    return html`<p>
        ${msg(
          'Je antwoorden van daarnet zijn teruggezet. Zijn dit niet jouw antwoorden? Maak het formulier dan leeg.',
          {
            id: 'volunteer.notice.restored',
            desc: 'Shown when a half-filled form was restored after a page reload in the same browser tab.',
          },
        )}
      </p>
      <button class="button secondary small" type="button" @click=${view.onAskClear}>
        ${clearLabel()}
      </button>`;
  }
  if (view.notice === 'cleared') {
    return html`<p>
      ${msg('Het formulier is leeg. Er staat niets meer van je antwoorden in deze browser.', {
        id: 'volunteer.notice.cleared',
        desc: 'Shown after the volunteer emptied the form.',
      })}
    </p>`;
  }
  return nothing;
}

function renderErrorSummary(view: VolunteerView) {
  if (view.errors.length === 0) return nothing;
  const locale = view.locale;
  return html`<div
    class="error-summary"
    part="error-summary"
    id="tw-error-summary"
    tabindex="-1"
    role="alert"
    aria-labelledby="tw-error-summary-title"
  >
    ${heading(
      view.level,
      'tw-error-summary-title',
      msg('Er klopt nog iets niet', {
        id: 'volunteer.errors.title',
        desc: 'Heading of the error summary at the top of the form.',
      }),
      1,
      false,
    )}
    <ul class="error-list">
      ${view.errors.map(
        (error) =>
          html`<li>
            <a
              href=${`#${FIELD_TARGET[error.field]}`}
              @click=${(event: Event) => view.onFieldLink(event, error.field)}
            >
              ${errorText(error.code, locale)}
            </a>
          </li>`,
      )}
    </ul>
  </div>`;
}

function renderTextField(
  view: VolunteerView,
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
  const error = errorFor(view, field);
  const hintId = options.hint ? `${options.id}-hint` : undefined;
  const errorId = error ? `${options.id}-error` : undefined;
  return html`<div class="field ${error ? 'has-error' : ''}" part="field">
    <label class="label" for=${options.id}>${options.label}</label>
    ${options.hint ? html`<p class="hint" id=${hintId!}>${options.hint}</p>` : nothing}
    ${renderErrorMessage(view, field, `${options.id}-error`)}
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
      .value=${live(view.values[field])}
    />
  </div>`;
}

function renderMessage(view: VolunteerView) {
  const error = errorFor(view, 'message');
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
    ${renderErrorMessage(view, 'message', 'tw-message-error')}
    <textarea
      class="input textarea"
      id="tw-message"
      name="message"
      rows="5"
      aria-describedby=${describedBy('tw-message-hint', error && 'tw-message-error')}
      aria-invalid=${error ? 'true' : nothing}
      .value=${live(view.values.message)}
    ></textarea>
  </div>`;
}

function renderConsent(view: VolunteerView) {
  const privacy = view.privacyHref;
  const error = errorFor(view, 'consentPrivacy');
  return html`<fieldset class="field fieldset ${error ? 'has-error' : ''}" part="field">
    <legend class="legend">
      ${msg('Toestemming', { id: 'volunteer.consent.legend', desc: 'Heading of the consent questions.' })}
    </legend>
    ${
      privacy
        ? html`<p class="hint" id="tw-privacy-hint">
            <a href=${privacy} target="_blank" rel="noopener noreferrer">
              ${msg('Lees wat we met je gegevens doen in de privacyverklaring (opent in een nieuw tabblad)', {
                id: 'volunteer.consent.privacy-link',
                desc: 'Link to the organisation privacy statement; it opens in a new tab.',
              })}</a
            >
          </p>`
        : nothing
    }
    ${renderErrorMessage(view, 'consentPrivacy', 'tw-consent-privacy-error')}
    <div class="choice">
      <input
        class="checkbox"
        type="checkbox"
        id="tw-consent-privacy"
        name="consentPrivacy"
        .checked=${live(view.values.consentPrivacy)}
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
        .checked=${live(view.values.consentPhone)}
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

function renderHoneypot() {
  return html`<div class="hp visually-hidden" aria-hidden="true">
    <label for="tw-website"
      >${msg('Laat dit veld leeg', { id: 'volunteer.honeypot', desc: 'Label of a hidden anti-spam field that people never see; only robots fill it in.' })}</label
    >
    <input id="tw-website" name="website" type="text" tabindex="-1" autocomplete="off" />
  </div>`;
}
