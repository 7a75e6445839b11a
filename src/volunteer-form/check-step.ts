/**
 * Step 2 of the form as a template of its view: every answer with a change link, then the
 * send area (explanation, "too fast", sending) or, after a failed attempt, the failure with
 * "Probeer opnieuw" and the offer to send once back online. Sending itself is `send.ts`.
 */
import { html, nothing } from 'lit';
import { directionOf } from '../localization/locales.js';
import { msg } from '@lit/localize';
import { DAYS } from '../feed/values.js';
import type { FieldName } from './validate.js';
import type { ActionTarget } from './action.js';
import { isConnectionFailure } from './flow.js';
import { heading } from './heading.js';
import { FIELD_TARGET, renderLanguageList } from './questions.js';
import { answerLabel, changeLabel, dayAnswer, failureText, stepText } from './messages.js';
import type { VolunteerView } from './view.js';
import { useMessages } from '../localization/localization.js';

// These words are in this widget's translation chunk of each locale.
useMessages('volunteer');

export function renderCheck(view: VolunteerView, target: ActionTarget) {
  const locale = view.locale;
  const roles = view.roles;
  const values = view.values;
  const notGiven = msg('Niet ingevuld', {
    id: 'volunteer.answer.empty',
    desc: 'Shown in the check-answers list for an optional question left empty.',
  });
  const days = DAYS.filter((day) => values.availability[day]?.length);
  const chosenRoles = roles.filter((role) => values.roles.includes(role.id));
  return html`<section class="check" part="check-answers" aria-labelledby="tw-check-title">
    <p class="step-label">${stepText(2, 2, locale)}</p>
    ${heading(view.level, 'tw-check-title', msg('Controleer je antwoorden', { id: 'volunteer.check.title', desc: 'Heading of step 2: the volunteer checks the answers before sending.' }))}
    <dl class="summary">
      ${renderAnswer(
        view,
        'roles',
        html`<ul class="plain">
          ${chosenRoles.map((role) => html`<li lang=${role.title.lang ?? nothing} dir=${role.title.lang ? directionOf(role.title.lang) : nothing}>${role.title.text}</li>`)}
        </ul>`,
      )}
      ${renderAnswer(view, 'name', values.name)}
      ${renderAnswer(view, 'email', html`<span dir="ltr">${values.email}</span>`)}
      ${renderAnswer(view, 'phone', values.phone ? html`<span dir="ltr">${values.phone}</span>` : notGiven)}
      ${renderAnswer(view, 'postalCode', values.postalCode ? html`<span dir="ltr">${values.postalCode}</span>` : notGiven)}
      ${renderAnswer(
        view,
        'availability',
        days.length
          ? html`<ul class="plain">
              ${days.map((day) => html`<li>${dayAnswer(day, values.availability[day]!, locale)}</li>`)}
            </ul>`
          : notGiven,
      )}
      ${renderAnswer(view, 'languages', values.languages.length ? renderLanguageList(values.languages, locale) : notGiven)}
      ${renderAnswer(view, 'message', values.message ? html`<span class="message-answer">${values.message}</span>` : notGiven)}
      ${renderAnswer(
        view,
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
    ${renderSendArea(view, target)}
  </section>`;
}

function renderAnswer(view: VolunteerView, field: FieldName, value: unknown) {
  const editable = view.flow.step !== 'sending';
  return html`<div class="answer">
    <dt>${answerLabel(field)}</dt>
    <dd class="answer-value">${value}</dd>
    <dd class="answer-change">
      ${
        editable
          ? html`<a
              href=${`#${FIELD_TARGET[field]}`}
              aria-label=${changeLabel(field)}
              @click=${(event: Event) => view.onFieldLink(event, field)}
            >
              ${msg('Wijzigen', { id: 'volunteer.answer.change', desc: 'Visible text of the link that goes back to change one answer.' })}
            </a>`
          : nothing
      }
    </dd>
  </div>`;
}

function renderSendArea(view: VolunteerView, target: ActionTarget) {
  if (target.kind === 'invalid') return nothing; // the configuration error above says why
  const flow = view.flow;
  const mail = target.kind === 'mailto';
  const sendLabel = mail
    ? msg('Open e-mail met mijn aanmelding', {
        id: 'volunteer.send.mail-button',
        desc: 'Send button when the form sends by e-mail: opens the e-mail program.',
      })
    : msg('Aanmelding versturen', { id: 'volunteer.send.button', desc: 'Button that sends the sign-up.' });
  if (flow.step === 'failed') {
    const locale = view.locale;
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
              ${msg('We versturen je aanmelding vanzelf zodra je weer online bent. Laat deze pagina open.', {
                id: 'volunteer.failure.waiting',
                desc: 'Shown after the volunteer chose to send automatically once the connection is back.',
              })}
            </p>`
          : nothing
      }
      <div class="actions">
        <button class="button" type="button" part="submit-button" @click=${view.onSend}>
          ${msg('Probeer opnieuw', { id: 'volunteer.failure.retry', desc: 'Button that tries to send the sign-up again.' })}
        </button>
        ${
          connection
            ? flow.waitingForOnline
              ? html`<button
                  class="button secondary"
                  type="button"
                  @click=${() => view.onWaitForOnline(false)}
                >
                  ${msg('Niet vanzelf versturen', { id: 'volunteer.failure.stop-waiting', desc: 'Button that cancels sending automatically when back online.' })}
                </button>`
              : html`<button
                  class="button secondary"
                  type="button"
                  @click=${() => view.onWaitForOnline(true)}
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
        @click=${view.onSend}
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
