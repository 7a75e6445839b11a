/**
 * The detail view of one programme: what, when, where, how to sign up and for whom, with
 * sharing and the calendar export. Templates over the {@link FinderViewContext}; the content
 * comes from `card-content.ts`. Kept apart so the element can load it when a visitor opens
 * a programme.
 */
import { html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { msg, str } from '@lit/localize';
import { languageName } from '../shared/language-names.js';
import type { Cefr, Programme, Text } from '../feed/schema.js';
import { pickText, sameLanguage } from '../feed/text.js';
import { levelExplanation, levelName, routeExplanation, routeLabel } from '../shared/labels.js';
import type { IndexedProgramme } from './search-index.js';
import { listOf, longDate } from './programme-text.js';
import {
  contactView,
  detailHeadView,
  signUpText,
  whenView,
  whereView,
  type DetailHeadView,
} from './card-content.js';
import { spokenDetail, type SpokenDetail } from './spoken-content.js';
import { renderReadAloud } from './read-aloud.js';
import { isolated } from '../shared/isolate.js';
import { renderDutchHint, renderOrganiser } from './result-list.js';
import { renderBackButton } from './back-button.js';
import {
  accessIcon,
  alertIcon,
  calendarIcon,
  clockIcon,
  downloadIcon,
  levelIcon,
  linkIcon,
  mailIcon,
  mapIcon,
  onlineIcon,
  peopleIcon,
  phoneIcon,
  pinIcon,
  shareIcon,
  takeAlongIcon,
} from './icons.js';
import type { FinderViewContext } from './view-context.js';
import { useMessages } from '../localization/localization.js';

// These words are in this widget's translation chunk of each locale.
useMessages('finder');

export function renderDetail(ctx: FinderViewContext, item: IndexedProgramme) {
  const { locale } = ctx;
  const p = item.programme;
  const head = detailHeadView(item, ctx.feed, locale);
  const { organisation, summary, description, audience, level } = head;
  return html`<article
    class="detail"
    part="detail"
    aria-labelledby="detail-title"
    @keydown=${ctx.on.detailKeydown}
  >
    ${renderBackButton(ctx)}
    <header class="detail-head">
      <h2 id="detail-title" tabindex="-1" lang=${head.title.lang} dir=${ctx.dirOf(head.title)}>
        ${head.title.text}
      </h2>
      ${organisation ? renderOrganiser(ctx, organisation, head.kind, item.programme.id) : nothing}
      <div class="badges">
        <span class=${classMap({ badge: true, cost: true, free: head.cost.free })} part="badge"
          >${head.cost.text}</span
        >
        <span class="badge" part="badge">${head.format}</span>
        ${level ? html`<span class="badge" part="badge">${levelIcon()}${level}</span>` : nothing}
        ${
          head.capacity
            ? html`<span
                class=${classMap({ badge: true, capacity: true, [head.capacity.state]: true })}
                part="badge"
                >${peopleIcon()}${head.capacity.text}</span
              >`
            : nothing
        }
      </div>
      <div class="detail-tools">
        ${renderReadAloud(ctx, `detail:${p.id}`, head.title, () => spokenDetail(spoken(ctx, item, head), locale))}
        <button class="button secondary" part="take-along" type="button" @click=${ctx.on.takeAlong}>
          ${takeAlongIcon()}
          ${msg('Kaartje om mee te nemen', {
            id: 'finder.detail.take-along',
            desc: 'Button in the detail view: opens a small card with this programme to show at the library desk or to print (with a QR code).',
          })}
        </button>
      </div>
    </header>
    ${summary ? html`<p class="lead" lang=${summary.lang} dir=${ctx.dirOf(summary)}>${summary.text}</p>` : nothing}
    ${
      description
        ? html`<p class="description" lang=${description.lang} dir=${ctx.dirOf(description)}>
            ${description.text}
          </p>`
        : nothing
    }
    ${head.dutchOnly ? renderDutchHint() : nothing}

    <div class="detail-grid">
      ${renderWhen(ctx, item)} ${renderWhere(ctx, item)} ${renderSignUp(ctx, p)}
      <section class="detail-section section-who" aria-labelledby="who-heading">
        <h3 id="who-heading">
          ${msg('Voor wie', { id: 'finder.detail.who', desc: 'Detail section heading: who it is for.' })}
        </h3>
        ${audience ? html`<p lang=${audience.lang} dir=${ctx.dirOf(audience)}>${audience.text}</p>` : nothing}
        <dl class="facts-list">
          ${level ? renderFact(msg('Niveau', { id: 'finder.detail.level', desc: 'Label: level of Dutch.' }), levelDescription(p.level!)) : nothing}
          ${
            p.routes?.length
              ? renderFact(
                  msg('Inburgeringsroute', {
                    id: 'finder.detail.routes',
                    desc: 'Label: integration routes it fits.',
                  }),
                  html`${p.routes.map((r) => html`<span class="def-item"><strong>${routeLabel(r)}</strong>: ${routeExplanation(r)}</span>`)}`,
                )
              : nothing
          }
          ${renderFact(
            msg('Les in', {
              id: 'finder.detail.instruction',
              desc: 'Label: the language(s) the lessons are in.',
            }),
            listOf(
              (p.instructionLanguages?.length ? p.instructionLanguages : ['nl']).map((c) =>
                languageName(c, locale),
              ),
              locale,
            ),
          )}
          ${
            item.facets.language.length
              ? renderFact(
                  msg('Hulp in', {
                    id: 'finder.detail.support',
                    desc: 'Label: languages someone helps in.',
                  }),
                  listOf(
                    item.facets.language.map((c) => languageName(c, locale)),
                    locale,
                  ),
                )
              : nothing
          }
          ${renderFact(
            msg('Kosten', { id: 'finder.detail.cost', desc: 'Label: what it costs.' }),
            html`${head.cost.text}${noteText(ctx, p.cost.note)}`,
          )}
        </dl>
      </section>
    </div>

    <div class="detail-actions">
      <button class="button secondary" type="button" @click=${ctx.on.share}>
        ${shareIcon()}
        ${msg('Deel deze activiteit', { id: 'finder.detail.share', desc: 'Button: share a link to this programme.' })}
      </button>
      <p class=${ctx.shareMessage ? 'share-message' : 'live-slot'} role="status">${ctx.shareMessage}</p>
    </div>
    ${
      p.lastChecked
        ? html`<p class="checked">
            ${msg(str`Laatst gecontroleerd op ${longDate(new Date(`${p.lastChecked}T12:00:00Z`), locale)}`, {
              id: 'finder.detail.checked',
              desc: 'Small print in the detail view: when the organiser last checked the information. The placeholder is a date.',
            })}
          </p>`
        : nothing
    }
  </article>`;
}

/** The detail view's parts, as `spokenDetail()` reads them. */
function spoken(ctx: FinderViewContext, item: IndexedProgramme, head: DetailHeadView): SpokenDetail {
  const contact = contactView(item.programme, ctx.feed, ctx.locale);
  return {
    head,
    when: whenView(item, ctx.feed, { now: ctx.index.now, locale: ctx.locale, all: false }),
    where: whereView(item, ctx.feed, ctx.locale),
    contact,
    signUp: signUpText(contact.required),
  };
}

function renderFact(term: string, definition: unknown) {
  return html`<div class="fact">
    <dt>${term}</dt>
    <dd>${definition}</dd>
  </div>`;
}

function levelDescription(level: NonNullable<Programme['level']>) {
  const levels = [level.min, level.max].filter(Boolean) as Cefr[];
  return html`${[...new Set(levels)].map(
    (l) => html`<span class="def-item"><strong>${l} ${levelName(l)}</strong>: ${levelExplanation(l)}</span>`,
  )}`;
}

function noteText(ctx: FinderViewContext, note: Text | undefined) {
  const picked = pickText(note, ctx.locale);
  if (!picked) return nothing;
  return html`<span class="note" lang=${picked.lang} dir=${ctx.dirOf(picked)}>${picked.text}</span>`;
}

function renderWhen(ctx: FinderViewContext, item: IndexedProgramme) {
  const when = whenView(item, ctx.feed, { now: ctx.index.now, locale: ctx.locale, all: ctx.allSessions });
  const { note } = when;
  return html`<section class="detail-section section-when" aria-labelledby="when-heading">
    <h3 id="when-heading">
      ${msg('Wanneer', { id: 'finder.detail.when', desc: 'Detail section heading: when it meets.' })}
    </h3>
    ${when.weekly ? html`<p class="weekly">${clockIcon()}${when.weekly}</p>` : nothing}
    ${note ? html`<p lang=${note.lang} dir=${ctx.dirOf(note)}>${note.text}</p>` : nothing}
    ${
      when.sessions.length
        ? html`<ul class="sessions" role="list">
            ${when.sessions.map(
              (session) =>
                html`<li class=${classMap({ session: true, cancelled: session.cancelled })}>
                  ${
                    session.cancelled
                      ? html`${alertIcon()}<span
                            ><s>${session.text}</s>
                            <strong class="badge cancelled-badge" part="badge"
                              >${msg('Gaat niet door', {
                                id: 'finder.detail.cancelled',
                                desc: 'Badge next to a cancelled meeting in the detail view.',
                              })}</strong
                            ></span
                          >`
                      : html`${calendarIcon()}<span
                            >${session.text}${
                              session.place
                                ? html` <span class="session-place">(${isolated(session.place)})</span>`
                                : nothing
                            }</span
                          >`
                  }
                </li>`,
            )}
          </ul>`
        : html`<p>${when.none}</p>`
    }
    ${
      when.toggle
        ? html`<button
            class="link-button"
            type="button"
            aria-expanded=${ctx.allSessions ? 'true' : 'false'}
            @click=${ctx.on.allSessions}
          >
            ${
              ctx.allSessions
                ? msg('Minder data tonen', {
                    id: 'finder.detail.fewer-dates',
                    desc: 'Button: show fewer meeting dates.',
                  })
                : msg('Meer data tonen', {
                    id: 'finder.detail.more-dates',
                    desc: 'Button: show more meeting dates.',
                  })
            }
          </button>`
        : nothing
    }
    ${
      when.calendar
        ? html`<button class="button secondary" type="button" @click=${ctx.on.calendar}>
            ${downloadIcon()}
            ${msg('Zet in mijn agenda', {
              id: 'finder.detail.calendar',
              desc: "Button: download the meetings as a calendar file (.ics) for the phone's or computer's calendar.",
            })}
          </button>`
        : nothing
    }
  </section>`;
}

function renderWhere(ctx: FinderViewContext, item: IndexedProgramme) {
  const where = whereView(item, ctx.feed, ctx.locale);
  return html`<section class="detail-section section-where" aria-labelledby="where-heading">
    <h3 id="where-heading">
      ${msg('Waar', { id: 'finder.detail.where', desc: 'Detail section heading: where it is.' })}
    </h3>
    ${where.format ? html`<p class="fact-line">${onlineIcon()}<span>${where.format}</span></p>` : nothing}
    ${where.places.map((place) => {
      const { name, address, map, accessibility: access } = place;
      return html`<div class="location">
        <p class="location-name">
          ${pinIcon()}<strong lang=${name?.lang ?? nothing} dir=${name ? ctx.dirOf(name) : nothing}
            >${name?.text}</strong
          >
        </p>
        ${
          address
            ? html`<div class="address">
                <address lang="nl" dir="ltr">
                  ${address.street ? html`${address.street}<br />` : nothing} ${address.city}
                </address>
              </div>`
            : nothing
        }
        ${
          map
            ? html`<p>
                <a class="icon-link" href=${map} target="_blank" rel="noopener noreferrer"
                  >${mapIcon()}${msg('Bekijk op de kaart (OpenStreetMap)', {
                    id: 'finder.detail.map',
                    desc: 'Link that opens the address on OpenStreetMap in a new tab.',
                  })}</a
                >
              </p>`
            : nothing
        }
        ${
          access
            ? html`<p class="fact-line">
                ${accessIcon()}<span
                  ><span class="visually-hidden"
                    >${msg('Toegankelijkheid:', {
                      id: 'finder.detail.accessibility',
                      desc: 'Screen-reader label before the accessibility description of a location.',
                    })}</span
                  >
                  <span lang=${access.lang} dir=${ctx.dirOf(access)}>${access.text}</span></span
                >
              </p>`
            : nothing
        }
        ${
          place.url
            ? html`<p>
                <a class="icon-link" href=${place.url} target="_blank" rel="noopener noreferrer"
                  >${linkIcon()}${msg('Website van deze locatie', {
                    id: 'finder.detail.location-site',
                    desc: 'Link to the website of the location.',
                  })}</a
                >
              </p>`
            : nothing
        }
      </div>`;
    })}
  </section>`;
}

function renderSignUp(ctx: FinderViewContext, programme: Programme) {
  const contact = contactView(programme, ctx.feed, ctx.locale);
  const { note, website, phone, email } = contact;
  return html`<section class="detail-section section-signup" aria-labelledby="signup-heading">
    <h3 id="signup-heading">
      ${msg('Aanmelden', { id: 'finder.detail.signup', desc: 'Detail section heading: how to sign up.' })}
    </h3>
    ${
      // A note in the visitor's language on a "just come" programme says it in the feed's own
      // words ("Kom gewoon langs."): the general sentence would repeat it.
      contact.required !== undefined &&
      !(contact.required === false && note && sameLanguage(note.lang, ctx.locale))
        ? html`<p>${signUpText(contact.required)}</p>`
        : nothing
    }
    ${note ? html`<p lang=${note.lang} dir=${ctx.dirOf(note)}>${note.text}</p>` : nothing}
    <ul class="contact" role="list">
      ${
        website
          ? html`<li>
              <a class="button" href=${website.href} target="_blank" rel="noopener noreferrer"
                >${linkIcon()}${website.text}</a
              >
            </li>`
          : nothing
      }
      ${
        phone
          ? html`<li>
              <a class="icon-link" href=${phone.href}>${phoneIcon()}${phone.text}</a>
            </li>`
          : nothing
      }
      ${
        email
          ? html`<li>
              <a class="icon-link" href=${email.href}>${mailIcon()}${email.text}</a>
            </li>`
          : nothing
      }
    </ul>
  </section>`;
}
