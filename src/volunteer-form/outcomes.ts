/**
 * What the volunteer sees after pressing send: the thank-you with what happens
 * next, the e-mail program opened (a `mailto:` action), or the neutral state when
 * the host page took the sign-up over.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { useMessages } from '../localization/localization.js';
import { heading } from './heading.js';

// These words are in this widget's translation chunk of each locale.
useMessages('volunteer');

/** What the thank-you needs to know about the roles that were sent. */
export interface SentRoles {
  vog: boolean;
  training: boolean;
}

export function renderSent(level: number, roles: SentRoles, email: string | undefined) {
  return html`<section class="confirmation done" part="confirmation" aria-labelledby="tw-done-title">
    ${heading(level, 'tw-done-title', msg('Bedankt voor je aanmelding!', { id: 'volunteer.done.title', desc: 'Heading after the sign-up was sent.' }))}
    <p>
      ${msg('We hebben je aanmelding ontvangen.', { id: 'volunteer.done.received', desc: 'After sending: the sign-up arrived.' })}
    </p>
    ${heading(level, 'tw-next-title', msg('Wat gebeurt er nu?', { id: 'volunteer.done.next-title', desc: 'Heading of the next steps after signing up.' }), 1, false)}
    <ol class="next-steps">
      <li>
        ${msg(
          'De coördinator neemt contact met je op voor een kennismakingsgesprek. Daarin bespreken jullie wat bij je past en wanneer je kunt beginnen.',
          {
            id: 'volunteer.done.intake',
            desc: 'Next step after signing up: an intake conversation with the coordinator.',
          },
        )}
      </li>
      ${
        roles.vog
          ? html`<li>
              ${msg(
                'Voor het werk dat je koos heb je een VOG nodig (Verklaring Omtrent het Gedrag). Die is gratis voor vrijwilligers. De organisatie vraagt hem voor je aan, en jij rondt de aanvraag af met DigiD.',
                {
                  id: 'volunteer.done.vog',
                  desc: 'Next step when a chosen role needs a VOG (Dutch certificate of conduct). Keep "VOG" and "DigiD" (the Dutch government login).',
                },
              )}
            </li>`
          : nothing
      }
      ${
        roles.training
          ? html`<li>
              ${msg('Voordat je begint, krijg je een training.', { id: 'volunteer.done.training', desc: 'Next step when a chosen role includes a training.' })}
            </li>`
          : nothing
      }
    </ol>
    <p class="hint">
      ${msg('Je antwoorden staan niet meer in deze browser.', { id: 'volunteer.done.wiped', desc: 'After sending: the answers were removed from this browser (important on shared computers).' })}
    </p>
    ${
      email
        ? html`<p>
            ${msg('Heb je nog vragen? Mail dan naar:', { id: 'volunteer.done.questions', desc: 'Before the organisation e-mail address on the thank-you page.' })}
            <a href=${`mailto:${email}`} dir="ltr">${email}</a>
          </p>`
        : nothing
    }
  </section>`;
}

export function renderHandedOver(level: number) {
  return html`<section class="confirmation" part="confirmation" aria-labelledby="tw-handed-title">
    ${heading(level, 'tw-handed-title', msg('Je aanmelding is doorgegeven.', { id: 'volunteer.handed-over.title', desc: 'Neutral message when the web page itself takes over sending the sign-up.' }))}
  </section>`;
}

export function renderMailOpened(level: number, href: string, address: string, back: () => void) {
  return html`<section class="confirmation" part="confirmation" aria-labelledby="tw-mail-title">
    ${heading(level, 'tw-mail-title', msg('Je e-mailprogramma is geopend', { id: 'volunteer.mail.title', desc: 'Heading after the e-mail program was opened with the sign-up.' }))}
    <p>
      ${msg(
        'Je antwoorden staan in een nieuwe e-mail. Druk daar op Versturen. Pas dan is je aanmelding verstuurd.',
        {
          id: 'volunteer.mail.press-send',
          desc: 'After opening the e-mail program: the volunteer still has to press Send there.',
        },
      )}
    </p>
    <p>
      ${msg('Ging er geen e-mail open? Probeer het nog een keer, of stuur zelf een e-mail naar:', {
        id: 'volunteer.mail.fallback',
        desc: 'When no e-mail program opened: try again, or mail this address yourself.',
      })}
      <a href=${`mailto:${address}`} dir="ltr">${address}</a>
    </p>
    <div class="actions">
      <a class="button" href=${href}
        >${msg('Open de e-mail nog een keer', { id: 'volunteer.mail.again', desc: 'Link that opens the e-mail with the answers again.' })}</a
      >
      <button class="button secondary" type="button" @click=${back}>
        ${msg('Terug naar je antwoorden', { id: 'volunteer.mail.back', desc: 'Button back to the check-answers step.' })}
      </button>
    </div>
  </section>`;
}
