/**
 * What the form's step templates (`form-step.ts`, `check-step.ts`, `notices.ts`) read and
 * call: the element's state and handlers, without the element class (no circular imports,
 * and each module can later load on its own).
 */
import type { FlowState } from './flow.js';
import type { FieldName } from './validate.js';
import type { QuestionContext } from './questions.js';

export interface VolunteerView extends QuestionContext {
  /** The level of the form's headings (2-6). */
  level: number;
  flow: FlowState;
  notice: 'restored' | 'cleared' | null;
  confirmingClear: boolean;
  /** The privacy statement to link to, if any. */
  privacyHref: string | undefined;
  /** The organisation's e-mail address from the feed, if any. */
  publisherEmail: string | undefined;
  onCheck(event: SubmitEvent): void;
  /** The pointer or focus moved to "Controleer je antwoorden": start loading the check step's code. */
  onCheckIntent(): void;
  onInput(event: Event): void;
  onFormKeydown(event: KeyboardEvent): void;
  /** An error-summary or change link to a field. */
  onFieldLink(event: Event, field: FieldName): void;
  onSend(): void;
  onWaitForOnline(on: boolean): void;
  onAskClear(): void;
  onConfirmClear(): void;
  onCancelClear(): void;
  onRetryFeed(): void;
}
