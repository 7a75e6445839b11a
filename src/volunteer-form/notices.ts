/**
 * Notices around the form's steps, as templates of its view: the feed that failed (the
 * built-in roles show instead), the configuration error for the webmaster (an unusable
 * `action`), and "Formulier leegmaken" with its confirmation.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { ActionTarget } from './action.js';
import { clearLabel, configErrorText } from './messages.js';
import type { VolunteerView } from './view.js';
import { useMessages } from '../localization/localization.js';

// These words are in this widget's translation chunk of each locale.
useMessages('volunteer');

export function renderFeedFailed(view: VolunteerView) {
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
    <button class="button secondary small" type="button" @click=${view.onRetryFeed}>
      ${msg('Opnieuw laden', { id: 'volunteer.feed-retry', desc: 'Button that loads the list of volunteer roles again.' })}
    </button>
  </div>`;
}

export function renderConfigError(view: VolunteerView, target: Extract<ActionTarget, { kind: 'invalid' }>) {
  const email = view.publisherEmail;
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

export function renderClear(view: VolunteerView) {
  if (view.confirmingClear) {
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
        <button class="button danger" type="button" @click=${view.onConfirmClear}>
          ${msg('Ja, alles wissen', { id: 'volunteer.clear.confirm', desc: 'Button that confirms emptying the form.' })}
        </button>
        <button class="button secondary" type="button" @click=${view.onCancelClear}>
          ${msg('Nee, niet wissen', { id: 'volunteer.clear.cancel', desc: 'Button that keeps the answers.' })}
        </button>
      </div>
    </div>`;
  }
  return html`<div class="clear">
    <button class="link-button" type="button" part="clear-button" id="tw-clear" @click=${view.onAskClear}>
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
