import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { baseStyles } from '../styles/base.styles.js';
import { languageMenuId, languageMenuStyles, renderLanguageMenu } from '../shared/language-menu.js';
import { styles } from './goal-picker.styles.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { FeedController } from '../controllers/feed-controller.js';
import { SpeechController } from '../controllers/speech-controller.js';
import { DOMAINS, type Domain } from '../feed/schema.js';
import type { LoadedFeed } from '../feed/load.js';
import { sameLanguage } from '../feed/text.js';
import { LOCALES, directionOf } from '../localization/locales.js';
import { domainLabel, levelExplanation } from '../shared/labels.js';
import { domainIcon } from '../shared/domain-icons.js';
import { formatNumber, dateTimeFormat, plural } from '../shared/format.js';
import { TaalGoalsChangeEvent } from '../contract/events.js';
import { CATALOGUE, GOAL_LEVELS, type GoalLevel } from './catalogue.js';
import {
  chosenGoals,
  countByDomain,
  domainsOf,
  goalsOf,
  goalText,
  goalTextNl,
  mergeGoals,
  readGoalsFromHash,
  shareUrl,
  toggled,
  type GoalSteering,
  type PickerGoal,
} from './goals.js';
import { goalIcon, uiIcons } from './goal-icons.js';
import { printAlone } from './print.js';
import { useMessages } from '../localization/localization.js';

type Step = 'domains' | 'goals' | 'summary';

/** The finder this picker steers (built elsewhere); only this property is relied on. */
type SteeredFinder = HTMLElement & { goalSteering?: GoalSteering };

const FINDER_TAG = 'taal-programme-finder';

// This widget's translations are their own chunk per locale: fetch them with the shared ones.
useMessages('goals');

/**
 * A newcomer picks what they want to be able to do in Dutch: first a domain (big
 * pictures), then goals in that domain (cards with a picture each), then "Mijn doelen",
 * a summary to print for the intake or to share as a link. Every domain and goal can
 * be read aloud when the browser has a voice for the language. With `for`, the choice
 * steers a `<taal-programme-finder>` on the same page.
 *
 * Built-in goals show at once; a feed (`src`) only adds goals or replaces them by id,
 * so a feed that fails leaves a small notice with a retry button and nothing else.
 * Goals in the URL hash (`#doelen=id1,id2`) are selected on start. Nothing is sent
 * anywhere and nothing is stored in the browser.
 *
 * @tagname taal-goal-picker
 * @summary Learning goals by domain, pictures first, to print or share.
 * @csspart language-menu - The language menu (a native select) at the top.
 *
 * @fires taal-goals-change - The visitor changed the selected goals: `detail.goals` (ids, in the order chosen) and `detail.domains` (their domains). Not fired for goals taken from the URL.
 * @fires taal-feed-loaded - The optional feed with extra goals loaded.
 * @fires taal-feed-error - The optional feed could not be loaded; the built-in goals still show.
 * @fires taal-locale-change - The active locale changed.
 *
 * @csspart steps - The step indicator (a navigation list of three buttons).
 * @csspart step - One step button in the indicator; the current one has `aria-current="step"`.
 * @csspart heading - The heading of the current step.
 * @csspart domains - The list of domain tiles.
 * @csspart domain-tile - A domain's button: picture, name and how many goals are chosen in it.
 * @csspart domain-count - The "2 chosen" badge on a domain tile.
 * @csspart back-button - The button back to the domains.
 * @csspart level-control - The select "show goals up to level".
 * @csspart goals - The list of goal cards.
 * @csspart goal-card - A goal's label with its checkbox, picture, text and level.
 * @csspart goal-level - The level shown on a goal card.
 * @csspart read-aloud-button - A button that reads a domain or goal aloud.
 * @csspart summary-button - The button to "Mijn doelen", with the number chosen.
 * @csspart summary - The "Mijn doelen" step, also the printed sheet.
 * @csspart summary-goal - One chosen goal in the summary.
 * @csspart remove-button - Removes a goal in the summary.
 * @csspart print-button - Prints the summary.
 * @csspart share - The share link with its copy and share buttons.
 * @csspart error - The notice shown when the optional feed failed, with its retry button.
 * @csspart retry-button - Loads the feed again.
 *
 * @cssprop [--taal-color-accent=#0b5f6e] - Buttons, links, focus ring and selected states. Falls back to `--nl-button-primary-background-color`, `--utrecht-button-primary-action-background-color`.
 * @cssprop [--taal-color-accent-contrast=#ffffff] - Text and icons on the accent. Falls back to `--nl-button-primary-color`, `--utrecht-button-primary-action-color`.
 * @cssprop --taal-color-link - Links. Default: the accent; without `--taal-color-accent`, falls back to `--nl-link-color`, `--utrecht-link-color`.
 * @cssprop [--taal-color-text=#1b1b1b] - Body text. Falls back to `--nl-paragraph-color`, `--utrecht-document-color`, `--basis-color-default-color-document`.
 * @cssprop [--taal-color-muted=#4a4f55] - Secondary text (hints, meta data). Falls back to `--basis-color-default-color-subtle`.
 * @cssprop [--taal-color-surface=#ffffff] - Background. Falls back to `--utrecht-document-background-color`, `--basis-color-default-bg-document`.
 * @cssprop [--taal-color-surface-alt=#f3f5f6] - Cards, tiles and notices. Falls back to `--basis-color-default-bg-subtle`.
 * @cssprop [--taal-color-border=#767676] - Borders of fields and cards. Falls back to `--utrecht-form-control-border-color`, `--basis-color-default-border-default`.
 * @cssprop [--taal-color-danger=#b3261e] - Errors.
 * @cssprop [--taal-color-success=#1e7b34] - Confirmations.
 * @cssprop [--taal-color-warning=#8a6d00] - The edge of a warning (an outdated copy of the feed).
 * @cssprop [--taal-color-warning-surface=#fff4ce] - The background of a warning.
 * @cssprop --taal-focus-ring-color - Keyboard focus ring. Default: the accent; falls back to `--utrecht-focus-outline-color`, `--basis-focus-outline-color`. Forced colours: `Highlight`.
 * @cssprop [--taal-focus-ring-width=3px] - Width of the focus ring, never under 2px. Falls back to `--utrecht-focus-outline-width`, `--basis-focus-outline-width`.
 * @cssprop --taal-font-family - Font stack. Default: the system font with Arabic and Ethiopic fallbacks; falls back to `--nl-paragraph-font-family`, `--utrecht-document-font-family`, `--basis-text-font-family-default`.
 * @cssprop [--taal-font-size=medium] - Base text size (default: the visitor's browser setting). Falls back to `--utrecht-document-font-size`.
 * @cssprop [--taal-radius=0.375rem] - Corner radius. Falls back to `--basis-border-radius-md`.
 * @cssprop [--taal-space=0.5rem] - Base spacing unit.
 * @cssprop [--taal-color-scheme=light] - `light` or `dark`: the look of native controls.
 */
export class TaalGoalPicker extends LitElement {
  static override styles = [baseStyles, languageMenuStyles, styles];

  private readonly languageMenuId = languageMenuId();

  private readonly localeController = new LocaleController(this);
  private readonly feed = new FeedController(this);
  private readonly speech = new SpeechController(this);

  /** Optional feed URL whose `goals` add to or replace the built-in catalogue. */
  @property({ attribute: 'src' }) src: string | null = null;

  /** Id of a `<taal-programme-finder>` on the page that the chosen goals steer. */
  @property({ attribute: 'for' }) for: string | null = null;

  /** UI language; page-wide. */
  @property({ attribute: 'locale' }) locale: string | null = null;

  /** Show only goals up to this level (`A0`, `A1`, `A2`, `B1`); empty shows all. The visitor can change it. */
  @property({ attribute: 'max-level' }) maxLevel: string | null = null;

  @state() private step: Step = 'domains';
  @state() private openDomain: Domain | null = null;
  /** Ids of the chosen goals, in the order chosen; may hold ids a feed has yet to bring. */
  @state() private selected: string[] = [];
  @state() private shareStatus: 'copied' | 'failed' | null = null;

  @query('#share-link') private shareInput?: HTMLInputElement;

  private goals: PickerGoal[] = mergeGoals(CATALOGUE);
  private goalsFrom?: LoadedFeed;
  /** What to focus after the next render: the step heading, or an element by selector. */
  private focusAfterRender: string | null = null;
  private steerAfterRender = false;
  private readHash = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.readHash) return;
    this.readHash = true;
    const fromUrl = readGoalsFromHash(globalThis.location?.hash ?? '');
    if (fromUrl.length) {
      this.selected = fromUrl;
      this.step = 'summary';
      this.steerAfterRender = true;
    }
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && changed.get('locale') !== undefined)
      this.localeController.attributeChanged();
    const loaded = this.feed.task.value;
    if (loaded !== this.goalsFrom) {
      this.goalsFrom = loaded;
      this.goals = mergeGoals(CATALOGUE, loaded?.feed.goals ?? []);
    }
    if (changed.has('for') && changed.get('for') !== undefined && this.selected.length)
      this.steerAfterRender = true;
  }

  override updated(): void {
    if (this.focusAfterRender) {
      const selector = this.focusAfterRender;
      this.focusAfterRender = null;
      const target = this.renderRoot.querySelector<HTMLElement>(selector) ?? this.headingElement();
      target?.focus();
    }
    if (this.steerAfterRender) {
      this.steerAfterRender = false;
      void this.steerFinder();
    }
  }

  /** The ids of the chosen goals, in the order chosen. */
  get selectedGoals(): string[] {
    const known = new Set(this.goals.map((goal) => goal.id));
    return this.selected.filter((id) => known.has(id));
  }

  override render() {
    return html`${renderLanguageMenu(this.languageMenuId, this.localeController.locale)}
      ${this.renderFeedNotice()} ${this.renderSteps()}
      <div class="step step-${this.step}">
        ${
          this.step === 'domains'
            ? this.renderDomains()
            : this.step === 'goals' && this.openDomain
              ? this.renderGoals(this.openDomain)
              : this.renderSummary()
        }
      </div>`;
  }

  // ---- rendering ----

  private renderFeedNotice() {
    // The built-in goals show at once; a feed only adds goals, so its error is a small
    // notice that blocks nothing.
    return this.feed.task.render({
      error: () =>
        html`<div class="notice error feed-notice" part="error" role="alert">
          <p>
            ${msg(
              'De extra doelen van dit Taalhuis zijn niet geladen. Alle andere doelen kun je gewoon kiezen.',
              {
                id: 'goals.feed.error',
                desc: 'Small notice when the optional list of extra goals could not be loaded; every built-in goal still works.',
              },
            )}
          </p>
          <button
            type="button"
            class="button secondary"
            part="retry-button"
            @click=${() => this.feed.retry()}
          >
            ${msg('Opnieuw proberen', { id: 'goals.feed.retry', desc: 'Button that loads the extra goals again after an error.' })}
          </button>
        </div>`,
    });
  }

  private renderSteps(): TemplateResult {
    const count = this.chosen().length;
    const item = (step: Step, number: number, label: string, disabled = false, extra: unknown = nothing) =>
      html`<li>
        <button
          type="button"
          class="step-button"
          part="step"
          aria-current=${this.step === step ? 'step' : nothing}
          ?disabled=${disabled}
          @click=${() => this.goTo(step)}
        >
          <span class="step-number" aria-hidden="true"
            >${formatNumber(number, this.localeController.locale)}</span
          >
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
          this.openDomain === null,
        )}
        ${item(
          'summary',
          3,
          msg('Mijn doelen', {
            id: 'goals.step.summary',
            desc: 'Step 3 in the step indicator: the list of chosen goals.',
          }),
          false,
          count ? html`<span class="badge">${this.countText(count)}</span>` : nothing,
        )}
      </ol>
    </nav>`;
  }

  private renderDomains(): TemplateResult {
    const counts = countByDomain(this.chosen());
    const locale = this.localeController.locale;
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
              @click=${() => this.openDomainStep(domain)}
            >
              ${domainIcon(domain)}
              <span class="domain-name">${name}</span>
              ${
                count
                  ? html`<span class="badge domain-count" part="domain-count"
                      >${uiIcons.check()}${this.chosenText(count)}</span
                    >`
                  : nothing
              }
            </button>
            ${this.renderReadAloud(name, locale, name)}
          </li>`;
        })}
      </ul>
      ${this.renderSummaryButton()}`;
  }

  private renderGoals(domain: Domain): TemplateResult {
    const level = this.level();
    const goals = goalsOf(this.goals, domain, level);
    const locale = this.localeController.locale;
    const selected = new Set(this.selected);
    return html`<button
        type="button"
        class="button secondary back"
        part="back-button"
        @click=${() => this.goTo('domains')}
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
      ${this.renderLevelControl()}
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
                const speakable = this.speech.canSpeak(text.lang);
                return html`<li class="goal-item ${checked ? 'checked' : ''} ${speakable ? 'speakable' : ''}">
                  <label class="goal-card" part="goal-card">
                    <input
                      type="checkbox"
                      class="goal-checkbox"
                      .checked=${checked}
                      data-goal=${goal.id}
                      aria-describedby=${goal.level ? `level-${goal.id}` : nothing}
                      @change=${this.handleGoalChange}
                      @keydown=${this.handleCheckboxKeydown}
                    />
                    ${goalIcon(goal)}
                    <span class="goal-text" lang=${text.lang} dir=${directionOf(text.lang)}
                      >${text.text}</span
                    >
                    ${
                      goal.level
                        ? html`<span class="goal-level" part="goal-level" id=${`level-${goal.id}`}
                            >${this.levelText(goal.level)}</span
                          >`
                        : nothing
                    }
                  </label>
                  ${this.renderReadAloud(text.text, text.lang, text.text)}
                </li>`;
              })}
            </ul>`
          : nothing
      }
      <div class="actions">
        ${this.renderSummaryButton()}
        <button type="button" class="button secondary" @click=${() => this.goTo('domains')}>
          ${msg('Ander onderwerp kiezen', { id: 'goals.goals.other-domain', desc: 'Button under the goal cards: go back and pick another topic.' })}
        </button>
      </div>`;
  }

  private renderSummary(): TemplateResult {
    const chosen = this.chosen();
    const locale = this.localeController.locale;
    // The sheet gets a Dutch and a visitor's-language column when any goal has both.
    const bilingual =
      !sameLanguage(locale, 'nl') && chosen.some((goal) => this.showsDutchBeside(goal, locale));
    const heading = html`<h2 id="step-heading" class="heading" part="heading" tabindex="-1">
      ${this.summaryTitle()}
    </h2>`;
    if (chosen.length === 0) {
      return html`<section class="summary" part="summary" aria-labelledby="step-heading">
        ${heading}
        <p>
          ${msg('Je hebt nog geen doelen gekozen.', { id: 'goals.summary.empty', desc: 'Summary when no goal is chosen yet.' })}
        </p>
        <div class="actions">
          <button type="button" class="button" @click=${() => this.goTo('domains')}>
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
        <span>${this.printDate()}</span>
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
              ${goals.map((goal) => this.renderSummaryGoal(goal, locale))}
            </ul>
          </div>`,
      )}
      <div class="actions">
        <button type="button" class="button" part="print-button" @click=${this.handlePrint}>
          ${uiIcons.print()}
          ${msg('Printen', { id: 'goals.summary.print', desc: 'Button that prints the list of chosen goals on one page.' })}
        </button>
        <button type="button" class="button secondary" @click=${() => this.goTo('domains')}>
          ${uiIcons.plus()}
          ${msg('Meer doelen kiezen', { id: 'goals.summary.more', desc: 'Button in the summary: go back and choose more goals.' })}
        </button>
      </div>
      ${this.renderShare()}
    </section>`;
  }

  private renderSummaryGoal(goal: PickerGoal, locale: string): TemplateResult {
    const text = goalText(goal, locale);
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
      ${goal.level ? html`<span class="goal-level">${this.levelText(goal.level)}</span>` : nothing}
      <div class="summary-goal-actions">
        ${this.renderReadAloud(text.text, text.lang, text.text)}
        <button
          type="button"
          class="icon-button remove"
          part="remove-button"
          data-goal=${goal.id}
          aria-label=${msg(str`Haal weg: ${text.text}`, {
            id: 'goals.summary.remove',
            desc: 'Accessible name of the button that removes a goal from the summary. The placeholder is the goal text.',
          })}
          @click=${() => this.removeGoal(goal.id)}
        >
          ${uiIcons.remove()}
        </button>
      </div>
    </li>`;
  }

  /** Whether the summary shows the goal's Dutch text next to its text in the visitor's language. */
  private showsDutchBeside(goal: PickerGoal, locale: string): boolean {
    return goalTextNl(goal) !== undefined && !sameLanguage(goalText(goal, locale).lang, 'nl');
  }

  private renderShare(): TemplateResult {
    const url = shareUrl(globalThis.location?.href ?? 'about:blank', this.selectedGoals);
    const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
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
          @focus=${this.handleShareFocus}
        />
        <button type="button" class="button secondary" @click=${this.handleCopy}>
          ${uiIcons.link()}
          ${msg('Kopieer link', { id: 'goals.share.copy', desc: 'Button that copies the share link.' })}
        </button>
        ${
          canShare
            ? html`<button type="button" class="button secondary" @click=${this.handleShare}>
                ${uiIcons.share()}
                ${msg('Delen', { id: 'goals.share.share', desc: "Button that opens the phone's share menu (WhatsApp, e-mail...) with the link." })}
              </button>`
            : nothing
        }
      </div>
      <p class="share-status" role="status">
        ${
          this.shareStatus === 'copied'
            ? msg('De link is gekopieerd.', {
                id: 'goals.share.copied',
                desc: 'Confirmation after copying the share link.',
              })
            : this.shareStatus === 'failed'
              ? msg('Kopiëren lukte niet. De link is geselecteerd: kopieer hem zelf.', {
                  id: 'goals.share.copy-failed',
                  desc: 'Shown when the browser did not allow copying; the link text is selected so the visitor can copy it.',
                })
              : nothing
        }
      </p>
    </div>`;
  }

  private renderLevelControl(): TemplateResult {
    const level = this.level() ?? '';
    const option = (value: GoalLevel | '', label: string) =>
      html`<option value=${value} ?selected=${value === level}>${label}</option>`;
    return html`<div class="level">
      <label for="level"
        >${msg('Laat doelen zien tot niveau', { id: 'goals.level.label', desc: 'Label of a list to show only goals up to a chosen language level.' })}</label
      >
      <select id="level" part="level-control" aria-describedby="level-hint" @change=${this.handleLevelChange}>
        ${option('', msg('Alle niveaus', { id: 'goals.level.all', desc: 'Level filter option: show goals of every level.' }))}
        ${GOAL_LEVELS.map((value) => option(value, `${value}: ${levelExplanation(value)}`))}
      </select>
      <p class="hint small" id="level-hint">
        ${msg('A0 is het makkelijkst, B1 het moeilijkst.', { id: 'goals.level.hint', desc: 'Under the level filter: A0 is the easiest level, B1 the hardest.' })}
      </p>
    </div>`;
  }

  private renderSummaryButton(): TemplateResult {
    const count = this.chosen().length;
    return html`<button
      type="button"
      class="button summary-button"
      part="summary-button"
      @click=${() => this.goTo('summary')}
    >
      ${uiIcons.list()}
      <span
        >${msg('Naar mijn doelen', { id: 'goals.to-summary', desc: 'Button that opens the summary of chosen goals (step 3).' })}</span
      >
      ${
        count
          ? html`<span class="badge inverse" aria-hidden="true"
                >${formatNumber(count, this.localeController.locale)}</span
              ><span class="visually-hidden">${this.countText(count)}</span>`
          : nothing
      }
    </button>`;
  }

  /** A read-aloud button, only when the browser has a voice for `lang`. */
  private renderReadAloud(text: string, lang: string, name: string) {
    if (!this.speech.canSpeak(lang)) return nothing;
    return html`<button
      type="button"
      class="icon-button read-aloud"
      part="read-aloud-button"
      aria-label=${msg(str`Lees voor: ${name}`, {
        id: 'goals.read-aloud',
        desc: 'Accessible name of the speaker button that reads a topic or goal aloud. The placeholder is that text.',
      })}
      @click=${() => this.speech.speak(text, lang)}
    >
      ${uiIcons.speaker()}
    </button>`;
  }

  // ---- texts ----

  /** "3 doelen" */
  private countText(count: number): string {
    const locale = this.localeController.locale;
    const n = formatNumber(count, locale);
    return plural(count, locale, {
      one: () =>
        msg(str`${n} doel`, {
          id: 'goals.count.one',
          desc: 'Number of chosen goals, singular form (badge on the "my goals" button). Placeholder: the number.',
        }),
      two: () =>
        msg(str`${n} doelen`, {
          id: 'goals.count.two',
          desc: 'As "goals.count.other", for exactly two: a form of its own in Arabic (dual). Other languages: the same as the plural.',
        }),
      few: () =>
        msg(str`${n} doelen`, {
          id: 'goals.count.few',
          desc: 'As "goals.count.other", for a few: Polish and Ukrainian 2-4 (22-24...), Arabic 3-10. Other languages: the same as the plural.',
        }),
      many: () =>
        msg(str`${n} doelen`, {
          id: 'goals.count.many',
          desc: 'As "goals.count.other", for many: Polish and Ukrainian 5-20 (25-30...), Arabic 11-99. Other languages: the same as the plural.',
        }),
      other: () =>
        msg(str`${n} doelen`, {
          id: 'goals.count.other',
          desc: 'Number of chosen goals, plural form (badge on the "my goals" button). Placeholder: the number.',
        }),
    });
  }

  /** "2 gekozen" on a domain tile */
  private chosenText(count: number): string {
    const locale = this.localeController.locale;
    const n = formatNumber(count, locale);
    return plural(count, locale, {
      one: () =>
        msg(str`${n} doel gekozen`, {
          id: 'goals.chosen.one',
          desc: 'Badge on a topic picture: how many goals are chosen in it, singular. Placeholder: the number.',
        }),
      two: () =>
        msg(str`${n} doelen gekozen`, {
          id: 'goals.chosen.two',
          desc: 'As "goals.chosen.other", for exactly two: a form of its own in Arabic (dual). Other languages: the same as the plural.',
        }),
      few: () =>
        msg(str`${n} doelen gekozen`, {
          id: 'goals.chosen.few',
          desc: 'As "goals.chosen.other", for a few: Polish and Ukrainian 2-4 (22-24...), Arabic 3-10. Other languages: the same as the plural.',
        }),
      many: () =>
        msg(str`${n} doelen gekozen`, {
          id: 'goals.chosen.many',
          desc: 'As "goals.chosen.other", for many: Polish and Ukrainian 5-20 (25-30...), Arabic 11-99. Other languages: the same as the plural.',
        }),
      other: () =>
        msg(str`${n} doelen gekozen`, {
          id: 'goals.chosen.other',
          desc: 'Badge on a topic picture: how many goals are chosen in it, plural. Placeholder: the number.',
        }),
    });
  }

  private levelText(level: string): string {
    return msg(str`Niveau ${level}`, {
      id: 'goals.level.badge',
      desc: 'Language level of a goal, e.g. "Niveau A2". The placeholder is the CEFR level code.',
    });
  }

  private summaryTitle(): string {
    return msg('Mijn doelen', {
      id: 'goals.summary.heading',
      desc: 'Heading of the summary (step 3) and of the printed sheet: the goals I chose.',
    });
  }

  private printDate(): string {
    return dateTimeFormat(this.localeController.locale, { dateStyle: 'long' }).format(new Date());
  }

  // ---- state ----

  private chosen(): PickerGoal[] {
    return chosenGoals(this.goals, this.selected);
  }

  private level(): GoalLevel | null {
    return (GOAL_LEVELS as readonly string[]).includes(this.maxLevel ?? '')
      ? (this.maxLevel as GoalLevel)
      : null;
  }

  private headingElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#step-heading');
  }

  private goTo(step: Step): void {
    if (step === 'goals' && !this.openDomain) return;
    this.step = step;
    this.shareStatus = null;
    this.speech.stop();
    this.focusAfterRender = '#step-heading';
  }

  private openDomainStep(domain: Domain): void {
    this.openDomain = domain;
    this.goTo('goals');
  }

  private setSelected(selected: string[]): void {
    this.selected = selected;
    this.shareStatus = null;
    const chosen = this.chosen();
    const goals = this.selectedGoals;
    this.dispatchEvent(new TaalGoalsChangeEvent({ goals, domains: domainsOf(chosen) }));
    void this.steerFinder();
  }

  private removeGoal(id: string): void {
    // Focus goes to the next goal's remove button, else the previous one, else the heading.
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part="remove-button"]')];
    const index = buttons.findIndex((button) => button.dataset.goal === id);
    const next = buttons[index + 1] ?? buttons[index - 1];
    this.focusAfterRender = next
      ? `[part="remove-button"][data-goal="${CSS.escape(next.dataset.goal ?? '')}"]`
      : '#step-heading';
    this.setSelected(toggled(this.selected, id, false));
  }

  /**
   * Sets `goalSteering` on the finder named by `for`, once that element is defined (the
   * finder may load later, or from another bundle). Reads the selection when it runs,
   * so quick changes end with the latest.
   */
  private async steerFinder(): Promise<void> {
    if (!this.for) return;
    await customElements.whenDefined(FINDER_TAG);
    if (!this.for) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const finder = (root.getElementById?.(this.for) ??
      document.getElementById(this.for)) as SteeredFinder | null;
    if (!finder) return;
    const chosen = this.chosen();
    finder.goalSteering = { domains: domainsOf(chosen), goals: this.selectedGoals };
  }

  // ---- handlers ----

  private readonly handleGoalChange = (event: Event): void => {
    const input = event.currentTarget as HTMLInputElement;
    const id = input.dataset.goal;
    if (id) this.setSelected(toggled(this.selected, id, input.checked));
  };

  /** Enter toggles a goal too (Space does natively): many expect Enter to "choose". */
  private readonly handleCheckboxKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.repeat) return;
    event.preventDefault();
    (event.currentTarget as HTMLInputElement).click();
  };

  private readonly handleLevelChange = (event: Event): void => {
    this.maxLevel = (event.currentTarget as HTMLSelectElement).value || null;
  };

  private readonly handlePrint = (): void => {
    this.speech.stop();
    printAlone(this);
  };

  private readonly handleShareFocus = (event: FocusEvent): void => {
    (event.currentTarget as HTMLInputElement).select();
  };

  private readonly handleCopy = async (): Promise<void> => {
    const input = this.shareInput;
    if (!input) return;
    try {
      await navigator.clipboard.writeText(input.value);
      this.shareStatus = 'copied';
    } catch {
      input.focus();
      input.select();
      this.shareStatus = 'failed';
    }
  };

  private readonly handleShare = async (): Promise<void> => {
    const input = this.shareInput;
    if (!input) return;
    try {
      await navigator.share({
        title: this.summaryTitle(),
        url: input.value,
      });
    } catch {
      // The visitor closed the share menu: nothing to do.
    }
  };
}
