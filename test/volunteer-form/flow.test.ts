import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { initialFlow, transition, type FlowEvent, type FlowState } from '../../src/volunteer-form/flow.js';

const run = (events: FlowEvent[], from: FlowState = initialFlow) => events.reduce(transition, from);

describe('volunteer form flow', () => {
  it('goes form -> check -> sending -> sent', () => {
    expect(run([{ type: 'check' }, { type: 'send' }, { type: 'accepted' }])).to.deep.equal({ step: 'sent' });
  });

  it('ignores a second send while sending: the guard against double submission', () => {
    const sending = run([{ type: 'check' }, { type: 'send' }]);
    expect(sending).to.deep.equal({ step: 'sending' });
    expect(transition(sending, { type: 'send' })).to.equal(sending);
    expect(transition(sending, { type: 'edit' })).to.equal(sending);
    expect(transition(sending, { type: 'reset' })).to.equal(sending);
  });

  it('cannot send from the form step or after success', () => {
    expect(transition(initialFlow, { type: 'send' })).to.equal(initialFlow);
    const sent = run([{ type: 'check' }, { type: 'send' }, { type: 'accepted' }]);
    expect(transition(sent, { type: 'send' })).to.equal(sent);
  });

  it('after a failure, offers a retry and, for connection failures only, waiting for the connection', () => {
    const offline = run([
      { type: 'check' },
      { type: 'send' },
      { type: 'rejected', failure: { ok: false, reason: 'offline' } },
    ]);
    expect(offline).to.deep.equal({
      step: 'failed',
      failure: { ok: false, reason: 'offline' },
      waitingForOnline: false,
    });
    const waiting = transition(offline, { type: 'wait-for-online', on: true });
    expect(waiting).to.include({ waitingForOnline: true });
    expect(transition(waiting, { type: 'send' })).to.deep.equal({ step: 'sending' });

    const http = run([
      { type: 'check' },
      { type: 'send' },
      { type: 'rejected', failure: { ok: false, reason: 'http', status: 503 } },
    ]);
    expect(transition(http, { type: 'wait-for-online', on: true })).to.equal(http);
    expect(transition(http, { type: 'edit' })).to.deep.equal({ step: 'form' });
  });

  it('asks to wait when sending too fast, then allows sending', () => {
    const tooFast = run([{ type: 'check' }, { type: 'too-fast' }]);
    expect(tooFast).to.deep.equal({ step: 'check', tooFast: true });
    expect(transition(tooFast, { type: 'send' })).to.deep.equal({ step: 'sending' });
  });

  it('ends in handed-over or mail-opened from sending; back from the e-mail to the answers', () => {
    const sending = run([{ type: 'check' }, { type: 'send' }]);
    expect(transition(sending, { type: 'handed-over' })).to.deep.equal({ step: 'handed-over' });
    const mail = transition(sending, { type: 'mail-opened', href: 'mailto:a@b.nl' });
    expect(mail).to.deep.equal({ step: 'mail-opened', href: 'mailto:a@b.nl' });
    expect(transition(mail, { type: 'back-to-check' })).to.deep.equal({ step: 'check' });
  });
});
