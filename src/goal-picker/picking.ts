/**
 * Steps 1 and 2 of the picker as templates of its view: the step indicator, the domain
 * tiles, the goal cards of one domain with the level control, the button to "Mijn doelen"
 * and the small notice when the optional feed failed. No handlers of their own: they call
 * the view's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { DOMAINS, type Domain } from '../feed/values.js';
import { directionOf } from '../localization/locales.js';
import { domainLabel, levelExplanation } from '../shared/labels.js';
import { domainIcon } from '../shared/domain-icons.js';
import { formatNumber } from '../shared/format.js';
import { GOAL_LEVELS, type GoalLevel } from './catalogue.js';
import { countByDomain, goalsOf, goalText } from './goals.js';
import { goalIcon, uiIcons } from './icons.js';
import { chosenText, countText, levelText } from './messages.js';
import { renderReadAloud } from './read-aloud.js';
import type { PickerView, Step } from './view.js';
import { useMessages } from '../localization/localization.js';

// These words are in this widget's translation chunk of each locale.
useMessages('goals');

/** The built-in goals show at once; a feed only adds goals, so its error is a small notice that blocks nothing. */
export function renderFeedNotice(retry: () => void): TemplateResult {
  return html`<div class="notice error feed-notice" part="error" role="alert">
    <p>
      ${msg('De extra doelen van dit Taalhuis zijn niet geladen. Alle andere doelen kun je gewoon kiezen.', {
        id: 'goals.feed.error',
        desc: 'Small notice when the optional list of extra goals could not be loaded; every built-in goal still works.',
      })}
    </p>
    <button type="button" class="button secondary" part="retry-button" @click=${retry}>
      ${msg('Opnieuw proberen', { id: 'goals.feed.retry', desc: 'Button that loads the extra goals again after an error.' })}
    </button>
  </div>`;
}

export function renderSteps(view: PickerView): TemplateResult {
  const count = view.chosen.length;
  const item = (step: Step, number: number, label: string, disabled = false, extra: unknown = nothing) =>
    html`<li>
      <button
        type="button"
        class="step-button"
        part="step"
        aria-current=${view.step === step ? 'step' : nothing}
        ?disabled=${disabled}
        @click=${() => view.goTo(step)}
        @pointerenter=${step === 'summary' ? view.summaryIntent : nothing}
        @pointerdown=${step === 'summary' ? view.summaryIntent : nothing}
        @focus=${step === 'summary' ? view.summaryIntent : nothing}
      >
        <span class="step-number" aria-hidden="true">${formatNumber(number, view.locale)}</span>
        <span class="step-label">${label}</span>
        ${extra}
      </button>
    </li>`;
  return html`<nav
    class="steps"
    part="steps"
    aria-label=${msg('Stappen', { id: 'goals.steps', desc: 'Label of the step indicator (1 topic, 2 goals, 3 my goals).' })}
  >
    <ol>
      ${item('domains', 1, msg('Onderwerp', { id: 'goals.step.domains', desc: 'Step 1 in the step indicator: choosing a topic (domain).' }))}
      ${item(
        'goals',
        2,
        msg('Doelen', {
          id: 'goals.step.goals',
          desc: 'Step 2 in the step indicator: choosing goals in the topic.',
        }),
        view.openDomain === null,
      )}
      ${item(
        'summary',
        3,
        msg('Mijn doelen', {
          id: 'goals.step.summary',
          desc: 'Step 3 in the step indicator: the list of chosen goals.',
        }),
        false,
        count ? html`<span class="badge">${countText(count, view.locale)}</span>` : nothing,
      )}
    </ol>
  </nav>`;
}

export function renderDomains(view: PickerView): TemplateResult {
  const counts = countByDomain(view.chosen);
  const locale = view.locale;
  return html`<h2 id="step-heading" class="heading" part="heading" tabindex="-1">
      ${msg('Waarvoor wil je Nederlands leren?', { id: 'goals.domains.heading', desc: 'Heading of step 1, above the topic pictures.' })}
    </h2>
    <p class="hint">
      ${msg('Kies een plaatje.', { id: 'goals.domains.hint', desc: 'Short instruction under the step 1 heading: pick one of the topic pictures.' })}
    </p>
    <ul class="domains" part="domains" role="list">
      ${DOMAINS.map((domain) => {
        const name = domainLabel(domain);
        const count = counts.get(domain) ?? 0;
        return html`<li class="tile-item">
          <button
            type="button"
            class="domain-tile ${count ? 'has-chosen' : ''}"
            part="domain-tile"
            data-domain=${domain}
            @click=${() => view.openDomainStep(domain)}
          >
            ${domainIcon(domain)}
            <span class="domain-name">${name}</span>
            ${
              count
                ? html`<span class="badge domain-count" part="domain-count"
                    >${uiIcons.check()}${chosenText(count, locale)}</span
                  >`
                : nothing
            }
          </button>
          ${renderReadAloud(view.speech, name, locale, name)}
        </li>`;
      })}
    </ul>
    ${renderSummaryButton(view)}`;
}

export function renderGoals(view: PickerView, domain: Domain): TemplateResult {
  const goals = goalsOf(view.goals, domain, view.level);
  const locale = view.locale;
  const selected = new Set(view.selected);
  return html`<button
      type="button"
      class="button secondary back"
      part="back-button"
      @click=${() => view.goTo('domains')}
    >
      ${uiIcons.back()}
      ${msg('Alle onderwerpen', { id: 'goals.back', desc: 'Button back from the goals of one topic to all topics (step 1).' })}
    </button>
    <h2 id="step-heading" class="heading with-icon" part="heading" tabindex="-1">
      ${domainIcon(domain)} ${domainLabel(domain)}
    </h2>
    <p class="hint" id="goals-hint">
      ${msg('Wat wil je kunnen? Kies een of meer doelen.', { id: 'goals.goals.hint', desc: 'Instruction above the goal cards of one topic.' })}
    </p>
    ${renderLevelControl(view)}
    <p class=${goals.length ? 'live-slot' : 'notice'} role="status">
      ${
        goals.length
          ? nothing
          : msg('Er zijn hier geen doelen tot dit niveau. Kies een hoger niveau.', {
              id: 'goals.goals.none-at-level',
              desc: 'Shown when the level filter hides every goal of the topic.',
            })
      }
    </p>
    ${
      goals.length
        ? html`<ul class="goals" part="goals" role="list" aria-labelledby="step-heading">
            ${goals.map((goal) => {
              const text = goalText(goal, locale);
              const checked = selected.has(goal.id);
              const speakable = view.speech.canSpeak(text.lang);
              return html`<li class="goal-item ${checked ? 'checked' : ''} ${speakable ? 'speakable' : ''}">
                <label class="goal-card" part="goal-card">
                  <input
                    type="checkbox"
                    class="goal-checkbox"
                    .checked=${checked}
                    data-goal=${goal.id}
                    aria-describedby=${goal.level ? `level-${goal.id}` : nothing}
                    @change=${view.onGoalChange}
                    @keydown=${view.onCheckboxKeydown}
                  />
                  ${goalIcon(goal)}
                  <span class="goal-text" lang=${text.lang} dir=${directionOf(text.lang)}>${text.text}</span>
                  ${
                    goal.level
                      ? html`<span class="goal-level" part="goal-level" id=${`level-${goal.id}`}
                          >${levelText(goal.level)}</span
                        >`
                      : nothing
                  }
                </label>
                ${renderReadAloud(view.speech, text.text, text.lang, text.text)}
              </li>`;
            })}
          </ul>`
        : nothing
    }
    <div class="actions">
      ${renderSummaryButton(view)}
      <button type="button" class="button secondary" @click=${() => view.goTo('domains')}>
        ${msg('Ander onderwerp kiezen', { id: 'goals.goals.other-domain', desc: 'Button under the goal cards: go back and pick another topic.' })}
      </button>
    </div>`;
}

function renderLevelControl(view: PickerView): TemplateResult {
  const level = view.level ?? '';
  const option = (value: GoalLevel | '', label: string) =>
    html`<option value=${value} ?selected=${value === level}>${label}</option>`;
  return html`<div class="level">
    <label for="level"
      >${msg('Laat doelen zien tot niveau', { id: 'goals.level.label', desc: 'Label of a list to show only goals up to a chosen language level.' })}</label
    >
    <select id="level" part="level-control" aria-describedby="level-hint" @change=${view.onLevelChange}>
      ${option('', msg('Alle niveaus', { id: 'goals.level.all', desc: 'Level filter option: show goals of every level.' }))}
      ${GOAL_LEVELS.map((value) => option(value, `${value}: ${levelExplanation(value)}`))}
    </select>
    <p class="hint small" id="level-hint">
      ${msg('A0 is het makkelijkst, B1 het moeilijkst.', { id: 'goals.level.hint', desc: 'Under the level filter: A0 is the easiest level, B1 the hardest.' })}
    </p>
  </div>`;
}

function renderSummaryButton(view: PickerView): TemplateResult {
  const count = view.chosen.length;
  return html`<button
    type="button"
    class="button summary-button"
    part="summary-button"
    @click=${() => view.goTo('summary')}
    @pointerenter=${view.summaryIntent}
    @pointerdown=${view.summaryIntent}
    @focus=${view.summaryIntent}
  >
    ${uiIcons.list()}
    <span
      >${msg('Naar mijn doelen', { id: 'goals.to-summary', desc: 'Button that opens the summary of chosen goals (step 3).' })}</span
    >
    ${
      count
        ? html`<span class="badge inverse" aria-hidden="true">${formatNumber(count, view.locale)}</span
            ><span class="visually-hidden">${countText(count, view.locale)}</span>`
        : nothing
    }
  </button>`;
}
