/**
 * The steps of a sign-up as a small state machine, without DOM:
 *
 *   form --check--> check --send--> sending --accepted--> sent
 *                     ^                |  \--handed-over--> handed-over (the host page sends it)
 *                     |                |  \--mail-opened--> mail-opened --back-to-check--> check
 *                     +----------------+--rejected--> failed --send--> sending ...
 *
 * `transition` returns the same state object for an event that is not allowed in
 * the current state; the element treats that as "do nothing". That is the guard
 * against double submission: a second `send` while `sending` changes nothing.
 */
import type { SendFailure } from './send.js';

export type FlowState =
  | { step: 'form' }
  /** `tooFast`: the send came sooner than a person can fill in the form. */
  | { step: 'check'; tooFast?: boolean }
  | { step: 'sending' }
  /** `waitingForOnline`: the volunteer asked to send automatically once back online. */
  | { step: 'failed'; failure: SendFailure; waitingForOnline: boolean }
  | { step: 'sent' }
  | { step: 'handed-over' }
  | { step: 'mail-opened'; href: string };

export type Step = FlowState['step'];

export type FlowEvent =
  | { type: 'check' }
  | { type: 'edit' }
  | { type: 'too-fast' }
  | { type: 'send' }
  | { type: 'accepted' }
  | { type: 'rejected'; failure: SendFailure }
  | { type: 'handed-over' }
  | { type: 'mail-opened'; href: string }
  | { type: 'wait-for-online'; on: boolean }
  | { type: 'back-to-check' }
  | { type: 'reset' };

export const initialFlow: FlowState = { step: 'form' };

/** True when the failure means there was no connection, so "send when back online" makes sense. */
export function isConnectionFailure(failure: SendFailure): boolean {
  return failure.reason === 'offline' || failure.reason === 'network';
}

export function transition(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'check':
      return state.step === 'form' ? { step: 'check' } : state;
    case 'edit':
      return state.step === 'check' || state.step === 'failed' || state.step === 'mail-opened'
        ? { step: 'form' }
        : state;
    case 'too-fast':
      return state.step === 'check' || state.step === 'failed' ? { step: 'check', tooFast: true } : state;
    case 'send':
      return state.step === 'check' || state.step === 'failed' ? { step: 'sending' } : state;
    case 'accepted':
      return state.step === 'sending' ? { step: 'sent' } : state;
    case 'rejected':
      return state.step === 'sending'
        ? { step: 'failed', failure: event.failure, waitingForOnline: false }
        : state;
    case 'handed-over':
      return state.step === 'sending' ? { step: 'handed-over' } : state;
    case 'mail-opened':
      return state.step === 'sending' ? { step: 'mail-opened', href: event.href } : state;
    case 'wait-for-online':
      return state.step === 'failed' &&
        isConnectionFailure(state.failure) &&
        state.waitingForOnline !== event.on
        ? { ...state, waitingForOnline: event.on }
        : state;
    case 'back-to-check':
      return state.step === 'mail-opened' ? { step: 'check' } : state;
    case 'reset':
      return state.step === 'sending' ? state : initialFlow;
  }
}
