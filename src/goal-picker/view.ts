/**
 * What the picker's template modules (`picking.ts`, `summary.ts`, `read-aloud.ts`) read
 * and call: the element's state and handlers, without the element class (no circular
 * imports, and each module can later load on its own).
 */
import type { Domain } from '../feed/schema.js';
import type { GoalLevel } from './catalogue.js';
import type { PickerGoal } from './goals.js';

export type Step = 'domains' | 'goals' | 'summary';

export type ShareStatus = 'copied' | 'failed' | null;

/** Read-aloud as the templates use it (`SpeechController`). */
export interface Speech {
  canSpeak(lang: string): boolean;
  speak(text: string, lang: string): unknown;
}

export interface PickerView {
  locale: string;
  step: Step;
  openDomain: Domain | null;
  /** Every goal the picker knows: built in and from the feed. */
  goals: readonly PickerGoal[];
  /** Ids of the chosen goals, in the order chosen. */
  selected: readonly string[];
  /** Ids of the chosen goals the picker knows, in the order chosen (the share link's). */
  selectedGoals: readonly string[];
  /** The chosen goals the picker knows, in catalogue order. */
  chosen: readonly PickerGoal[];
  /** Show goals up to this level; null shows all. */
  level: GoalLevel | null;
  shareStatus: ShareStatus;
  speech: Speech;
  goTo(step: Step): void;
  /** The pointer or focus moved to a control that opens step 3: start loading its code. */
  summaryIntent(): void;
  openDomainStep(domain: Domain): void;
  removeGoal(id: string): void;
  onGoalChange(event: Event): void;
  onCheckboxKeydown(event: KeyboardEvent): void;
  onLevelChange(event: Event): void;
  onPrint(): void;
  onShareFocus(event: FocusEvent): void;
  onCopy(): void;
  onShare(): void;
}
