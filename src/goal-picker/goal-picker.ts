import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { TaalElement } from '../shared/taal-element.js';
import { styles } from './goal-picker.styles.js';
import { FeedController } from '../controllers/feed-controller.js';
import { SpeechController } from '../controllers/speech-controller.js';
import type { Domain } from '../feed/schema.js';
import type { LoadedFeed } from '../feed/load.js';
import { copyLink, shareLink } from '../shared/share.js';
import { TaalGoalsChangeEvent } from '../contract/events.js';
import { CATALOGUE, GOAL_LEVELS, type GoalLevel } from './catalogue.js';
import { chosenGoals, domainsOf, mergeGoals, readGoalsFromHash, toggled, type PickerGoal } from './goals.js';
import { renderDomains, renderFeedNotice, renderGoals, renderSteps } from './picking.js';
import { summaryTitle } from './messages.js';
import { steerFinder } from './steering.js';
import { adoptMoreStyles, LazyViewController } from '../controllers/lazy-view-controller.js';
import { renderViewError, renderViewLoading } from '../shared/feed-status.js';
import { printAlone } from '../shared/print.js';
import type { PickerView, ShareStatus, Step } from './view.js';
import { useMessages } from '../localization/localization.js';

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
 *
 * @fires taal-goals-change - The visitor changed the selected goals: `detail.goals` (ids, in the order chosen) and `detail.domains` (their domains). Not fired for goals taken from the URL.
 * @fires taal-feed-loaded - The optional feed with extra goals loaded.
 * @fires taal-feed-error - The optional feed could not be loaded; the built-in goals still show.
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
 * @csspart qr - The QR code of the share link (inline SVG), on screen and on the printed sheet.
 * @csspart error - The notice shown when the optional feed failed, with its retry button.
 * @csspart retry-button - Loads the feed again.
 *
 */
export class TaalGoalPicker extends TaalElement {
  static override styles = [TaalElement.styles, styles];

  private readonly feed = new FeedController(this);
  /** Step 3, the summary with its share link, QR code and print sheet: loaded when first wanted. */
  private readonly summaryCode = new LazyViewController(
    this,
    () => import('./summary-chunk.js'),
    (code) => adoptMoreStyles(this.renderRoot, code.styles),
  );
  private readonly speech = new SpeechController(this);

  /** Optional feed URL whose `goals` add to or replace the built-in catalogue. */
  @property({ attribute: 'src' }) src: string | null = null;

  /** Id of a `<taal-programme-finder>` on the page that the chosen goals steer. */
  @property({ attribute: 'for' }) for: string | null = null;

  /** Show only goals up to this level (`A0`, `A1`, `A2`, `B1`); empty shows all. The visitor can change it. */
  @property({ attribute: 'max-level' }) maxLevel: string | null = null;

  @state() private step: Step = 'domains';
  @state() private openDomain: Domain | null = null;
  /** Ids of the chosen goals, in the order chosen; may hold ids a feed has yet to bring. */
  @state() private selected: string[] = [];
  @state() private shareStatus: ShareStatus = null;

  @query('#share-link') private shareInput?: HTMLInputElement;

  private goals: PickerGoal[] = mergeGoals(CATALOGUE);
  private goalsFrom?: LoadedFeed;
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
    super.willUpdate(changed);
    const loaded = this.feed.task.value;
    if (loaded !== this.goalsFrom) {
      this.goalsFrom = loaded;
      this.goals = mergeGoals(CATALOGUE, loaded?.feed.goals ?? []);
    }
    if (changed.has('for') && changed.get('for') !== undefined && this.selected.length)
      this.steerAfterRender = true;
  }

  override updated(): void {
    if (this.steerAfterRender) {
      this.steerAfterRender = false;
      void this.steer();
    }
  }

  /** The ids of the chosen goals, in the order chosen. */
  get selectedGoals(): string[] {
    const known = new Set(this.goals.map((goal) => goal.id));
    return this.selected.filter((id) => known.has(id));
  }

  override render() {
    const view = this.view();
    return html`${this.renderLanguageMenu()}
      ${this.feed.task.render({ error: () => renderFeedNotice(this.retryFeed) })} ${renderSteps(view)}
      <div class="step step-${this.step}">
        ${
          this.step === 'domains'
            ? renderDomains(view)
            : this.step === 'goals' && this.openDomain
              ? renderGoals(view, this.openDomain)
              : this.renderSummaryStep(view)
        }
      </div>`;
  }

  /** Step 3 once its code is here; a short progress state, or a retry when it could not be fetched. */
  private renderSummaryStep(view: PickerView) {
    const code = this.summaryCode.get();
    if (code) return code.renderSummary(view);
    return this.summaryCode.state === 'failed'
      ? renderViewError(() => void this.summaryCode.load())
      : renderViewLoading();
  }

  /** What the template modules read and call. */
  private view(): PickerView {
    return {
      locale: this.localeController.locale,
      step: this.step,
      openDomain: this.openDomain,
      goals: this.goals,
      selected: this.selected,
      selectedGoals: this.selectedGoals,
      chosen: this.chosen(),
      level: this.level(),
      shareStatus: this.shareStatus,
      speech: this.speech,
      goTo: this.goTo,
      summaryIntent: this.summaryCode.prefetch,
      openDomainStep: this.openDomainStep,
      removeGoal: this.removeGoal,
      onGoalChange: this.handleGoalChange,
      onCheckboxKeydown: this.handleCheckboxKeydown,
      onLevelChange: this.handleLevelChange,
      onPrint: this.handlePrint,
      onShareFocus: this.handleShareFocus,
      onCopy: this.handleCopy,
      onShare: this.handleShare,
    };
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

  private readonly goTo = (step: Step): void => {
    if (step === 'goals' && !this.openDomain) return;
    this.step = step;
    this.shareStatus = null;
    this.speech.stop();
    this.focusController.focusAfterRender('#step-heading');
  };

  private readonly openDomainStep = (domain: Domain): void => {
    this.openDomain = domain;
    this.goTo('goals');
  };

  private setSelected(selected: string[]): void {
    this.selected = selected;
    this.shareStatus = null;
    const chosen = this.chosen();
    const goals = this.selectedGoals;
    this.dispatchEvent(new TaalGoalsChangeEvent({ goals, domains: domainsOf(chosen) }));
    void this.steer();
  }

  private readonly removeGoal = (id: string): void => {
    // Focus goes to the next goal's remove button, else the previous one, else the heading.
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part="remove-button"]')];
    const index = buttons.findIndex((button) => button.dataset.goal === id);
    const next = buttons[index + 1] ?? buttons[index - 1];
    this.focusController.focusAfterRender(
      next ? `[part="remove-button"][data-goal="${CSS.escape(next.dataset.goal ?? '')}"]` : '#step-heading',
      { fallback: '#step-heading' },
    );
    this.setSelected(toggled(this.selected, id, false));
  };

  /** Steers the finder named by `for` with the current choice (see `steering.ts`). */
  private steer(): Promise<void> {
    return steerFinder(
      this,
      () => this.for,
      () => ({ domains: domainsOf(this.chosen()), goals: this.selectedGoals }),
    );
  }

  // ---- handlers ----

  private readonly retryFeed = (): void => this.feed.retry();

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
    if ((await copyLink(input.value)) === 'copied') {
      this.shareStatus = 'copied';
    } else {
      input.focus();
      input.select();
      this.shareStatus = 'failed';
    }
  };

  private readonly handleShare = async (): Promise<void> => {
    const input = this.shareInput;
    if (!input) return;
    // Closing the share menu needs nothing; copying has its own button.
    await shareLink({ title: summaryTitle(), url: input.value }, { copyIfShareFails: false });
  };
}
