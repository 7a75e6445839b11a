/**
 * Step 3 of the picker, "Mijn doelen", as a template of its view: the chosen goals by
 * domain (also the printed sheet, with a Dutch column beside the visitor's language), the
 * print button and the share link. No handlers of their own: they call the view's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { DOMAINS } from '../feed/values.js';
import { sameLanguage } from '../feed/text.js';
import { LOCALES, directionOf } from '../localization/locales.js';
import { domainLabel } from '../shared/labels.js';
import { domainIcon } from '../shared/domain-icons.js';
import { dateTimeFormat } from '../shared/format.js';
import { canShareNatively } from '../shared/share.js';
import { renderQr } from '../shared/qr.js';
import { goalText, goalTextNl, shareUrl, type PickerGoal } from './goals.js';
import { goalIcon, uiIcons } from './icons.js';
import { levelText, summaryTitle } from './messages.js';
import { renderReadAloud } from './read-aloud.js';
import type { PickerView } from './view.js';
import { useMessages } from '../localization/localization.js';

// These words are in this widget's translation chunk of each locale.
useMessages('goals');

/** Whether the summary shows the goal's Dutch text next to its text in the visitor's language. */
function showsDutchBeside(goal: PickerGoal, locale: string): boolean {
  return goalTextNl(goal) !== undefined && !sameLanguage(goalText(goal, locale).lang, 'nl');
}

function printDate(locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
}

export function renderSummary(view: PickerView): TemplateResult {
  const { chosen, locale } = view;
  // The sheet gets a Dutch and a visitor's-language column when any goal has both.
  const bilingual = !sameLanguage(locale, 'nl') && chosen.some((goal) => showsDutchBeside(goal, locale));
  const heading = html`<h2 id="step-heading" class="heading" part="heading" tabindex="-1">
    ${summaryTitle()}
  </h2>`;
  if (chosen.length === 0) {
    return html`<section class="summary" part="summary" aria-labelledby="step-heading">
      ${heading}
      <p>
        ${msg('Je hebt nog geen doelen gekozen.', { id: 'goals.summary.empty', desc: 'Summary when no goal is chosen yet.' })}
      </p>
      <div class="actions">
        <button type="button" class="button" @click=${() => view.goTo('domains')}>
          ${uiIcons.plus()}
          ${msg('Doelen kiezen', { id: 'goals.summary.choose', desc: 'Button in the empty summary: go and choose goals.' })}
        </button>
      </div>
    </section>`;
  }
  const groups = DOMAINS.map(
    (domain) => [domain, chosen.filter((goal) => goal.domain === domain)] as const,
  ).filter(([, goals]) => goals.length > 0);
  const localeName = LOCALES.find((info) => sameLanguage(info.code, locale))?.name ?? locale;
  const dutchName = LOCALES.find((info) => info.code === 'nl')?.name ?? 'Nederlands';
  return html`<section
    class="summary ${bilingual ? 'bilingual' : ''}"
    part="summary"
    aria-labelledby="step-heading"
  >
    ${heading}
    <p class="hint">
      ${msg('Dit wil je leren. Neem dit mee naar je gesprek in het Taalhuis of met je taalcoach.', {
        id: 'goals.summary.intro',
        desc: 'Under the summary heading, also printed: take this list to the intake at the Taalhuis (language house) or to your language coach.',
      })}
    </p>
    <p class="print-only print-meta">
      <span
        >${msg('Naam:', { id: 'goals.print.name', desc: 'On the printed sheet only: a line to write your name on by hand.' })}</span
      >
      <span class="write-line"></span>
      <span>${printDate(locale)}</span>
    </p>
    ${
      bilingual
        ? html`<p class="print-only column-heads" aria-hidden="true">
            <span></span><span lang="nl">${dutchName}</span><span lang=${locale}>${localeName}</span>
          </p>`
        : nothing
    }
    ${groups.map(
      ([domain, goals]) =>
        html`<div class="summary-domain">
          <h3 class="with-icon">${domainIcon(domain)} ${domainLabel(domain)}</h3>
          <ul class="summary-goals" role="list">
            ${goals.map((goal) => renderSummaryGoal(view, goal))}
          </ul>
        </div>`,
    )}
    <div class="actions">
      <button type="button" class="button" part="print-button" @click=${view.onPrint}>
        ${uiIcons.print()}
        ${msg('Printen', { id: 'goals.summary.print', desc: 'Button that prints the list of chosen goals on one page.' })}
      </button>
      <button type="button" class="button secondary" @click=${() => view.goTo('domains')}>
        ${uiIcons.plus()}
        ${msg('Meer doelen kiezen', { id: 'goals.summary.more', desc: 'Button in the summary: go back and choose more goals.' })}
      </button>
    </div>
    ${renderShare(view)} ${renderShareQr(view)}
  </section>`;
}

function renderSummaryGoal(view: PickerView, goal: PickerGoal): TemplateResult {
  const text = goalText(goal, view.locale);
  // The Dutch text always sits in the Dutch column (the printed sheet lines them up);
  // the visitor's text next to it when the goal has one.
  const dutch = sameLanguage(text.lang, 'nl') ? text.text : goalTextNl(goal);
  const own = sameLanguage(text.lang, 'nl') ? undefined : text;
  return html`<li class="summary-goal" part="summary-goal" data-goal=${goal.id}>
    ${goalIcon(goal)}
    <div class="goal-texts ${dutch !== undefined && own ? 'both' : ''}">
      ${dutch !== undefined ? html`<p class="text-nl" lang="nl" dir="ltr">${dutch}</p>` : nothing}
      ${own ? html`<p class="text-own" lang=${own.lang} dir=${directionOf(own.lang)}>${own.text}</p>` : nothing}
    </div>
    ${goal.level ? html`<span class="goal-level">${levelText(goal.level)}</span>` : nothing}
    <div class="summary-goal-actions">
      ${renderReadAloud(view.speech, text.text, text.lang, text.text)}
      <button
        type="button"
        class="icon-button remove"
        part="remove-button"
        data-goal=${goal.id}
        aria-label=${msg(str`Haal weg: ${text.text}`, {
          id: 'goals.summary.remove',
          desc: 'Accessible name of the button that removes a goal from the summary. The placeholder is the goal text.',
        })}
        @click=${() => view.removeGoal(goal.id)}
      >
        ${uiIcons.remove()}
      </button>
    </div>
  </li>`;
}

/**
 * The share link as a QR code, on screen and on the printed sheet: a coach or the desk
 * scans it to see the same goals. The QR library loads when the summary opens.
 */
function renderShareQr(view: PickerView): TemplateResult {
  const url = shareUrl(globalThis.location?.href ?? 'about:blank', view.selectedGoals);
  return html`<figure class="share-qr">
    ${renderQr(
      url,
      msg('QR-code: opent deze doelen op een telefoon', {
        id: 'goals.share.qr-label',
        desc: 'Screen-reader name of the QR code of the share link in the summary.',
      }),
      () => nothing,
      () => nothing,
    )}
    <figcaption>
      ${msg('Scan met de camera van een telefoon om deze doelen te openen.', {
        id: 'goals.share.qr-caption',
        desc: 'Under the QR code of the share link (also on the printed sheet).',
      })}
    </figcaption>
  </figure>`;
}

function renderShare(view: PickerView): TemplateResult {
  const url = shareUrl(globalThis.location?.href ?? 'about:blank', view.selectedGoals);
  return html`<div class="share" part="share">
    <label for="share-link">
      ${msg('Link naar deze doelen', { id: 'goals.share.label', desc: 'Label of the text field holding a web link to this list of goals, to keep or send.' })}
    </label>
    <p class="hint small" id="share-hint">
      ${msg('Bewaar de link of stuur hem naar je taalcoach. In de link staan alleen je doelen.', {
        id: 'goals.share.hint',
        desc: 'Under the share link: keep the link or send it to your language coach; it holds only the goals (no personal data).',
      })}
    </p>
    <div class="share-row">
      <input
        id="share-link"
        type="text"
        dir="ltr"
        readonly
        .value=${url}
        aria-describedby="share-hint"
        @focus=${view.onShareFocus}
      />
      <button type="button" class="button secondary" @click=${view.onCopy}>
        ${uiIcons.link()}
        ${msg('Kopieer link', { id: 'goals.share.copy', desc: 'Button that copies the share link.' })}
      </button>
      ${
        canShareNatively()
          ? html`<button type="button" class="button secondary" @click=${view.onShare}>
              ${uiIcons.share()}
              ${msg('Delen', { id: 'goals.share.share', desc: "Button that opens the phone's share menu (WhatsApp, e-mail...) with the link." })}
            </button>`
          : nothing
      }
    </div>
    <p class="share-status" role="status">
      ${
        view.shareStatus === 'copied'
          ? msg('De link is gekopieerd.', {
              id: 'goals.share.copied',
              desc: 'Confirmation after copying the share link.',
            })
          : view.shareStatus === 'failed'
            ? msg('Kopiëren lukte niet. De link is geselecteerd: kopieer hem zelf.', {
                id: 'goals.share.copy-failed',
                desc: 'Shown when the browser did not allow copying; the link text is selected so the visitor can copy it.',
              })
            : nothing
      }
    </p>
  </div>`;
}
