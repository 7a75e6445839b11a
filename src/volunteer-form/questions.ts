/**
 * The three grouped questions of the form (roles, availability, languages) as
 * templates of the form's state. They hold no handlers of their own: every input
 * event bubbles to the form, which updates the state.
 */
import { hasIntlData, listFormat } from '../shared/format.js';
import { dayLabel, partOfDayLabel } from '../shared/labels.js';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { directionOf } from '../localization/locales.js';
import { msg, str } from '@lit/localize';
import { DAYS, type Day } from '../feed/values.js';
import { PARTS_OF_DAY, type PartOfDay } from '../contract/submission.js';
import type { VolunteerFormValues } from './values.js';
import type { FieldError, FieldName } from './validate.js';
import type { RoleView } from './roles.js';
import { filterLanguages, languageOptions, ownName, type LanguageOption } from './languages.js';
import { cellLabel, errorText, hoursText, languageCountText, monthsText, vogText } from './messages.js';
import { useMessages } from '../localization/localization.js';

// These words are in this widget's translation chunk of each locale.
useMessages('volunteer');

export /** The element each error-summary link and change link moves focus to. */
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

export interface QuestionContext {
  locale: string;
  values: VolunteerFormValues;
  /** Shown after a submit attempt; empty before. */
  errors: readonly FieldError[];
  roles: readonly RoleView[];
  languageQuery: string;
}

export function errorFor(ctx: Pick<QuestionContext, 'errors'>, field: FieldName): FieldError | undefined {
  return ctx.errors.find((error) => error.field === field);
}

/** The inline error of a field, between its hint and its input (GOV.UK order). */
export function renderErrorMessage(
  ctx: Pick<QuestionContext, 'errors' | 'locale'>,
  field: FieldName,
  id: string,
) {
  const error = errorFor(ctx, field);
  return error ? html`<p class="error-message" id=${id}>${errorText(error.code, ctx.locale)}</p>` : nothing;
}

/** An `aria-describedby` value from the ids that are present, or no attribute at all. */
export function describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

/** Enter in the language search filters; it must not submit the form. */
function keepEnterInSearch(event: KeyboardEvent): void {
  if (event.key === 'Enter') event.preventDefault();
}

export function renderRoles(ctx: QuestionContext) {
  const { locale } = ctx;
  const error = errorFor(ctx, 'roles');
  return html`<fieldset
    class="field fieldset ${error ? 'has-error' : ''}"
    part="field"
    aria-describedby=${describedBy('tw-roles-hint', error && 'tw-roles-error')}
  >
    <legend class="legend">
      ${msg('Wat wil je doen?', { id: 'volunteer.roles.legend', desc: 'Question above the volunteer roles.' })}
    </legend>
    <p class="hint" id="tw-roles-hint">
      ${msg('Kies één of meer. In het kennismakingsgesprek bespreek je wat het beste bij je past.', {
        id: 'volunteer.roles.hint',
        desc: 'Hint under the roles question.',
      })}
    </p>
    ${renderErrorMessage(ctx, 'roles', 'tw-roles-error')}
    <ul class="role-list" part="roles">
      ${ctx.roles.map((role, index) => {
        const id = `tw-role-${index}`;
        return html`<li class="role-card" part="role-card">
          <input
            class="checkbox"
            type="checkbox"
            id=${id}
            name="roles"
            .value=${role.id}
            .checked=${live(ctx.values.roles.includes(role.id))}
            aria-describedby=${`${id}-details`}
            aria-invalid=${error ? 'true' : nothing}
          />
          <label
            class="role-title"
            for=${id}
            lang=${role.title.lang ?? nothing}
            dir=${role.title.lang ? directionOf(role.title.lang) : nothing}
            >${role.title.text}</label
          >
          <div class="role-details" id=${`${id}-details`}>
            <ul class="facts">
              ${role.hoursPerWeek !== undefined ? html`<li class="fact time">${hoursText(role.hoursPerWeek, locale)}</li>` : nothing}
              ${role.minMonths ? html`<li class="fact duration">${monthsText(role.minMonths, locale)}</li>` : nothing}
              ${
                role.training
                  ? html`<li class="fact training">
                      <span class="fact-label"
                        >${msg('Training:', { id: 'volunteer.role.training-label', desc: 'Label before the training a volunteer role includes.' })}</span
                      >
                      <span
                        lang=${role.training.lang ?? nothing}
                        dir=${role.training.lang ? directionOf(role.training.lang) : nothing}
                        >${role.training.text}</span
                      >
                    </li>`
                  : nothing
              }
              ${role.vogRequired !== undefined ? html`<li class="fact vog ${role.vogRequired ? 'needed' : ''}">${vogText(role.vogRequired)}</li>` : nothing}
            </ul>
            ${
              role.description
                ? html`<details class="role-more">
                    <summary>
                      ${msg('Wat ga je doen?', { id: 'volunteer.role.more', desc: 'Opens the description of a volunteer role: what the volunteer will do.' })}
                    </summary>
                    <p
                      class="role-description"
                      lang=${role.description.lang ?? nothing}
                      dir=${role.description.lang ? directionOf(role.description.lang) : nothing}
                    >
                      ${role.description.text}
                    </p>
                  </details>`
                : nothing
            }
          </div>
        </li>`;
      })}
    </ul>
  </fieldset>`;
}

export function renderAvailability(ctx: QuestionContext) {
  const { locale } = ctx;
  return html`<fieldset class="field fieldset" part="field" aria-describedby="tw-availability-hint">
    <legend class="legend">
      ${msg('Wanneer kun je? (optioneel)', { id: 'volunteer.availability.legend', desc: 'Question above the availability grid. Keep "(optional)" in brackets.' })}
    </legend>
    <p class="hint" id="tw-availability-hint">
      ${msg('Kruis aan wanneer je meestal kunt. De precieze tijden spreek je later af.', {
        id: 'volunteer.availability.hint',
        desc: 'Hint under the availability question.',
      })}
    </p>
    <table class="availability" part="availability">
      <thead>
        <tr>
          <td></td>
          ${PARTS_OF_DAY.map((part) => html`<th scope="col">${partOfDayLabel(part)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${DAYS.map(
          (day) =>
            html`<tr>
              <th scope="row" class="day">${dayLabel(day, locale)}</th>
              ${PARTS_OF_DAY.map((part) => renderCell(ctx, day, part))}
            </tr>`,
        )}
      </tbody>
    </table>
  </fieldset>`;
}

function renderCell(ctx: QuestionContext, day: Day, part: PartOfDay) {
  const id = `tw-avail-${day}-${part}`;
  return html`<td>
    <label class="cell" for=${id}>
      <input
        class="checkbox"
        type="checkbox"
        id=${id}
        name="availability"
        .value=${`${day}:${part}`}
        .checked=${live(ctx.values.availability[day]?.includes(part) ?? false)}
      />
      <span class="visually-hidden">${cellLabel(day, part, ctx.locale)}</span>
    </label>
  </td>`;
}

/** Languages listed before "more languages": those of most newcomers (DOMAIN.md). */
const FIRST_LANGUAGES = 12;

function renderLanguageOption(option: LanguageOption, chosen: readonly string[]) {
  return html`<li class="language">
    <input
      class="checkbox"
      type="checkbox"
      id=${`tw-lang-${option.code}`}
      name="languages"
      .value=${option.code}
      .checked=${live(chosen.includes(option.code))}
    />
    <label for=${`tw-lang-${option.code}`}>
      <span class="own-name" lang=${option.code} dir="auto">${option.ownName}</span>
      ${option.uiName ? html`<span class="ui-name">${option.uiName}</span>` : nothing}
    </label>
  </li>`;
}

/** A chosen language's chip: unticks its checkbox (the form hears the change), then focus goes to the search. */
function removeLanguage(event: Event): void {
  const chip = event.currentTarget as HTMLElement;
  const root = chip.getRootNode() as ShadowRoot | Document;
  const box = root.getElementById(`tw-lang-${chip.dataset.code}`) as HTMLInputElement | null;
  if (box?.checked) box.click();
  (root.getElementById('tw-language-search') as HTMLElement | null)?.focus();
}

export function renderLanguages(ctx: QuestionContext) {
  const { locale } = ctx;
  const options = languageOptions(locale);
  const shown = filterLanguages(options, ctx.languageQuery, ctx.values.languages);
  const matching = ctx.languageQuery.trim()
    ? filterLanguages(options, ctx.languageQuery).length
    : options.length;
  const chosen = ctx.values.languages;
  const searching = Boolean(ctx.languageQuery.trim());
  // Without a search: the dozen languages of most newcomers first, the rest behind "more".
  const first = options.slice(0, FIRST_LANGUAGES);
  const rest = options.slice(FIRST_LANGUAGES);
  return html`<fieldset class="field fieldset" part="field" aria-describedby="tw-languages-hint">
    <legend class="legend">
      ${msg('Welke talen spreek je, naast Nederlands? (optioneel)', {
        id: 'volunteer.languages.legend',
        desc: 'Question above the language list. Keep "(optional)" in brackets.',
      })}
    </legend>
    <p class="hint" id="tw-languages-hint">
      ${msg('Spreek je de taal van een nieuwkomer? Dat helpt vaak bij de eerste gesprekken.', {
        id: 'volunteer.languages.hint',
        desc: 'Hint under the languages question: why we ask.',
      })}
    </p>
    <div class="languages" part="languages">
      <label class="label small" for="tw-language-search">
        ${msg('Zoek een taal', { id: 'volunteer.languages.search', desc: 'Label of the search field above the language list.' })}
      </label>
      <input
        class="input medium"
        type="search"
        id="tw-language-search"
        name="languageSearch"
        autocomplete="off"
        spellcheck="false"
        aria-controls="tw-language-list"
        aria-describedby="tw-language-count"
        .value=${live(ctx.languageQuery)}
        @keydown=${keepEnterInSearch}
      />
      <p class="language-count" id="tw-language-count" role="status">
        ${ctx.languageQuery.trim() ? languageCountText(matching, locale) : nothing}
      </p>
      ${
        chosen.length
          ? html`<div class="chosen">
              <span class="chosen-label" id="tw-languages-chosen"
                >${msg('Gekozen:', { id: 'volunteer.languages.chosen', desc: 'Label before the list of chosen languages.' })}</span
              >
              <ul class="language-chips" role="list" aria-labelledby="tw-languages-chosen">
                ${chosen.map(
                  (code) =>
                    html`<li>
                      <button
                        type="button"
                        class="language-chip"
                        part="language-chip"
                        data-code=${code}
                        aria-label=${msg(str`${ownName(code)} weghalen`, {
                          id: 'volunteer.languages.remove',
                          desc: 'Accessible name of the chip of a chosen language; pressing it removes the language. The placeholder is the language name in its own language.',
                        })}
                        @click=${removeLanguage}
                      >
                        <span lang=${code} dir="auto">${ownName(code)}</span
                        ><span class="chip-x" aria-hidden="true"></span>
                      </button>
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${
        searching
          ? html`<ul class="language-list" id="tw-language-list">
              ${shown.map((option) => renderLanguageOption(option, chosen))}
            </ul>`
          : html`<ul class="language-list" id="tw-language-list">
                ${first.map((option) => renderLanguageOption(option, chosen))}
              </ul>
              <details class="more-languages" part="more-languages">
                <summary>
                  ${msg(str`Meer talen (${rest.length})`, {
                    id: 'volunteer.languages.more',
                    desc: 'Opens the rest of the language list (after the most useful ones). The placeholder is how many more there are.',
                  })}
                </summary>
                <ul class="language-list" id="tw-language-list-more">
                  ${rest.map((option) => renderLanguageOption(option, chosen))}
                </ul>
              </details>`
      }
    </div>
  </fieldset>`;
}

/** A list of languages by their own names, each marked with its language, joined per the UI locale. */
export function renderLanguageList(codes: readonly string[], locale: string) {
  // The list's elements come back in order; the words around them ("en", ",") stay as text.
  const parts = hasIntlData(locale)
    ? listFormat(locale, 'conjunction').formatToParts([...codes])
    : codes.flatMap((_, i) => [
        ...(i ? [{ type: 'literal', value: ', ' }] : []),
        { type: 'element', value: '' },
      ]);
  let index = 0;
  return parts.map((part) => {
    if (part.type !== 'element') return part.value;
    const code = codes[index++];
    return html`<span lang=${code} dir="auto">${ownName(code)}</span>`;
  });
}
