/**
 * The take-along card (`part="take-along-card"`): one programme on a card to show at the
 * library desk on a phone, or to print (A6, on an A4 sheet): the title in the UI language
 * and in Dutch, when, where, cost, how to sign up, the publisher's contact and a QR code
 * (`part="qr"`) that opens the programme again. Shown instead of the detail view; the QR
 * library loads when the card opens (`shared/qr.ts`).
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Text } from '../feed/schema.js';
import { pickText } from '../feed/text.js';
import { isolated } from '../shared/isolate.js';
import { renderQr } from '../shared/qr.js';
import type { IndexedProgramme } from './search-index.js';
import {
  contactView,
  detailHeadView,
  signUpText,
  takeAlongView,
  whenView,
  whereView,
} from './card-content.js';
import { backIcon, printIcon } from './icons.js';
import type { FinderViewContext } from './view-context.js';
import { useMessages } from '../localization/localization.js';

useMessages('finder');

export function renderTakeAlong(ctx: FinderViewContext, item: IndexedProgramme) {
  const { locale, feed } = ctx;
  const p = item.programme;
  const head = detailHeadView(item, feed, locale);
  const when = whenView(item, feed, { now: ctx.index.now, locale, all: false });
  const where = whereView(item, feed, locale);
  const contact = contactView(p, feed, locale);
  // Over a region, the contact is the programme's own Taalhuis, not the region.
  const source = ctx.publisherOf(p.id);
  const extra = takeAlongView(p, source?.publisher ? { ...feed, publisher: source.publisher } : feed, locale);
  const url = ctx.takeAlongUrl(item);
  const next = when.sessions.filter((s) => !s.cancelled).slice(0, 3);
  const publisher = extra.publisher;
  return html`<section
    class="take-along"
    part="take-along-card"
    aria-labelledby="take-along-title"
    @keydown=${ctx.on.takeAlongKeydown}
  >
    <div class="take-along-bar">
      <button class="back" part="back-button" type="button" @click=${ctx.on.closeTakeAlong}>
        ${backIcon()}
        ${msg('Terug naar de activiteit', {
          id: 'finder.take-along.back',
          desc: 'Button on the take-along card: back to the full details of the programme.',
        })}
      </button>
      <button class="button" part="print-button" type="button" @click=${ctx.on.printTakeAlong}>
        ${printIcon()}
        ${msg('Printen', { id: 'finder.take-along.print', desc: 'Button: print the take-along card.' })}
      </button>
    </div>
    <p class="take-along-hint">
      ${msg('Laat deze kaart zien aan de balie van de bibliotheek, of print hem.', {
        id: 'finder.take-along.hint',
        desc: 'Above the take-along card: what it is for. Plain words.',
      })}
    </p>
    <article class="ta-card">
      <h2 id="take-along-title" class="ta-title" tabindex="-1">${isolated(head.title)}</h2>
      ${
        extra.dutchTitle
          ? html`<p class="ta-dutch">
              <span class="ta-label"
                >${msg('In het Nederlands:', {
                  id: 'finder.take-along.dutch-title',
                  desc: 'On the take-along card, before the title in Dutch (for the person at the library desk).',
                })}</span
              >
              ${isolated(extra.dutchTitle)}
            </p>`
          : nothing
      }
      ${head.organisation ? html`<p class="ta-org">${isolated(head.organisation)}</p>` : nothing}
      <dl class="ta-facts">
        <div class="ta-fact">
          <dt>
            ${msg('Wanneer', { id: 'finder.detail.when', desc: 'Detail section heading: when it meets.' })}
          </dt>
          <dd>
            ${when.weekly ? html`<p>${when.weekly}</p>` : nothing}
            ${when.note ? html`<p>${isolated(when.note)}</p>` : nothing}
            ${next.map((s) => html`<p>${s.text}${s.place ? html` (${isolated(s.place)})` : nothing}</p>`)}
            ${!when.weekly && !when.note && !next.length ? html`<p>${when.none}</p>` : nothing}
          </dd>
        </div>
        <div class="ta-fact">
          <dt>${msg('Waar', { id: 'finder.detail.where', desc: 'Detail section heading: where it is.' })}</dt>
          <dd>
            ${where.format ? html`<p>${where.format}</p>` : nothing}
            ${where.places.map(
              (place) =>
                html`<p class="ta-place">
                  ${place.name ? html`<strong>${isolated(place.name)}</strong>` : nothing}
                  ${
                    place.address
                      ? html`<bdi class="ta-address" lang="nl" dir="ltr"
                          >${place.address.street ? html`${place.address.street}, ` : nothing}${place.address.city}</bdi
                        >`
                      : nothing
                  }
                </p>`,
            )}
          </dd>
        </div>
        <div class="ta-fact">
          <dt>${msg('Kosten', { id: 'finder.detail.cost', desc: 'Label: what it costs.' })}</dt>
          <dd><p>${head.cost.text}${noteOf(p.cost.note, locale)}</p></dd>
        </div>
        <div class="ta-fact">
          <dt>
            ${msg('Aanmelden', { id: 'finder.detail.signup', desc: 'Detail section heading: how to sign up.' })}
          </dt>
          <dd>
            ${contact.required !== undefined ? html`<p>${signUpText(contact.required)}</p>` : nothing}
            ${contact.note ? html`<p>${isolated(contact.note)}</p>` : nothing}
            ${contact.website ? html`<p><bdi class="ta-url" dir="ltr">${contact.website.href}</bdi></p>` : nothing}
            ${contact.phone ? html`<p>${contact.phone.text}</p>` : nothing}
            ${contact.email ? html`<p>${contact.email.text}</p>` : nothing}
          </dd>
        </div>
        ${
          publisher && (publisher.name || publisher.phone || publisher.email || publisher.url)
            ? html`<div class="ta-fact">
                <dt>
                  ${msg('Vragen?', {
                    id: 'finder.take-along.contact',
                    desc: 'On the take-along card, label before the contact of the Taalhuis that published the offer.',
                  })}
                </dt>
                <dd>
                  ${publisher.name ? html`<p>${isolated(publisher.name)}</p>` : nothing}
                  ${publisher.phone ? html`<p><bdi dir="ltr">${publisher.phone}</bdi></p>` : nothing}
                  ${publisher.email ? html`<p><bdi dir="ltr">${publisher.email}</bdi></p>` : nothing}
                  ${publisher.url ? html`<p><bdi class="ta-url" dir="ltr">${publisher.url}</bdi></p>` : nothing}
                </dd>
              </div>`
            : nothing
        }
      </dl>
      <figure class="ta-qr">
        ${renderQr(
          url,
          msg('QR-code: opent deze activiteit op een telefoon', {
            id: 'finder.take-along.qr-label',
            desc: 'Screen-reader name of the QR code on the take-along card.',
          }),
          () =>
            html`<span class="qr-pending" part="qr-pending"
              >${msg('QR-code wordt gemaakt…', {
                id: 'finder.take-along.qr-pending',
                desc: 'Shown for a moment while the QR code is made.',
              })}</span
            >`,
          () =>
            html`<span class="qr-failed"
              >${msg('De QR-code kon niet worden gemaakt. Gebruik de link hieronder.', {
                id: 'finder.take-along.qr-failed',
                desc: 'When the QR code could not be made (no connection): the link is printed below it.',
              })}</span
            >`,
        )}
        <figcaption>
          ${msg('Scan met de camera van een telefoon om deze activiteit weer te openen.', {
            id: 'finder.take-along.qr-caption',
            desc: 'Under the QR code on the take-along card.',
          })}
          <bdi class="ta-url ta-link" dir="ltr">${url}</bdi>
        </figcaption>
      </figure>
    </article>
  </section>`;
}

function noteOf(note: Text | undefined, locale: string) {
  const picked = pickText(note, locale);
  return picked ? html` ${isolated(picked)}` : nothing;
}
