import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { postSubmission } from '../../src/volunteer-form/send.js';
import { resolveAction } from '../../src/volunteer-form/action.js';
import type { VolunteerSubmission } from '../../src/contract/submission.js';

const submission: VolunteerSubmission = {
  submissionId: '3b241101-e2bb-4255-8caf-4136c566a962',
  submittedAt: '2026-11-28T15:05:00.000Z',
  locale: 'nl',
  roles: ['taalmaatje'],
  name: 'Samira',
  email: 'samira@example.nl',
  availability: {},
  languages: [],
  consent: { privacy: true, contactByPhone: false },
};

describe('volunteer form action', () => {
  const https = 'https://www.bibliotheek.example/vrijwilligers/';
  const localhost = 'http://localhost:8000/examples/vrijwilliger.html';

  it('posts to https addresses, and to http only on this computer', () => {
    expect(resolveAction('https://example.org/api/aanmelden', https)).to.deep.equal({
      kind: 'post',
      url: 'https://example.org/api/aanmelden',
    });
    for (const url of [
      'http://localhost:8000/api',
      'http://127.0.0.1:9000/api',
      'http://[::1]/api',
      'http://app.localhost/api',
    ]) {
      expect(resolveAction(url, https).kind, url).to.equal('post');
    }
    expect(resolveAction('http://example.org/api/aanmelden', https)).to.deep.equal({
      kind: 'invalid',
      problem: 'insecure',
      value: 'http://example.org/api/aanmelden',
    });
  });

  it('resolves a relative action against the page: fine on https and localhost, not on plain http', () => {
    expect(resolveAction('/api/aanmelden', https)).to.deep.equal({
      kind: 'post',
      url: 'https://www.bibliotheek.example/api/aanmelden',
    });
    expect(resolveAction('/api/aanmelden', localhost)).to.deep.equal({
      kind: 'post',
      url: 'http://localhost:8000/api/aanmelden',
    });
    expect(resolveAction('/api/aanmelden', 'http://www.bibliotheek.example/').kind).to.equal('invalid');
  });

  it('reads mailto: addresses and rejects everything else', () => {
    expect(resolveAction('mailto:taalhuis@example.nl', https)).to.deep.equal({
      kind: 'mailto',
      address: 'taalhuis@example.nl',
    });
    expect(resolveAction('mailto:taalhuis@example.nl?subject=x', https)).to.deep.equal({
      kind: 'mailto',
      address: 'taalhuis@example.nl',
    });
    expect(resolveAction('mailto:', https)).to.include({ kind: 'invalid', problem: 'malformed' });
    expect(resolveAction('javascript:alert(1)', https)).to.include({
      kind: 'invalid',
      problem: 'unsupported',
    });
    expect(resolveAction('ftp://example.org/x', https)).to.include({
      kind: 'invalid',
      problem: 'unsupported',
    });
    expect(resolveAction('', https)).to.include({ kind: 'invalid', problem: 'missing' });
    expect(resolveAction(null, https)).to.include({ kind: 'invalid', problem: 'missing' });
    expect(resolveAction('https://', https)).to.include({ kind: 'invalid', problem: 'malformed' });
  });
});

describe('postSubmission', () => {
  it('POSTs the submission as JSON and reports a 2xx as accepted', async () => {
    let seen: { url: string; init: RequestInit } | undefined;
    const outcome = await postSubmission('https://example.org/api', submission, {
      fetch: async (url, init) => {
        seen = { url: String(url), init: init! };
        return new Response('{"ok":true}', { status: 201 });
      },
    });
    expect(outcome).to.deep.equal({ ok: true, status: 201 });
    expect(seen!.init.method).to.equal('POST');
    expect(new Headers(seen!.init.headers).get('Content-Type')).to.equal('application/json');
    expect(JSON.parse(seen!.init.body as string)).to.deep.equal(submission);
    expect(seen!.init.credentials).to.equal('omit');
  });

  it('reports a server error with its status', async () => {
    const outcome = await postSubmission('https://example.org/api', submission, {
      fetch: async () => new Response('busy', { status: 503 }),
    });
    expect(outcome).to.deep.equal({ ok: false, reason: 'http', status: 503 });
  });

  it('gives up after the timeout', async () => {
    const outcome = await postSubmission('https://example.org/api', submission, {
      timeout: 50,
      fetch: (_url, init) =>
        new Promise((_resolve, reject) =>
          init!.signal!.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
        ),
    });
    expect(outcome).to.deep.equal({ ok: false, reason: 'timeout' });
  });

  it('does not try when the browser is offline, and tells a network error from being offline', async () => {
    let calls = 0;
    const failing = async () => {
      calls += 1;
      throw new TypeError('Failed to fetch');
    };
    expect(
      await postSubmission('https://example.org/api', submission, { fetch: failing, isOnline: () => false }),
    ).to.deep.equal({
      ok: false,
      reason: 'offline',
    });
    expect(calls).to.equal(0);
    expect(
      await postSubmission('https://example.org/api', submission, { fetch: failing, isOnline: () => true }),
    ).to.deep.equal({
      ok: false,
      reason: 'network',
    });
    expect(calls).to.equal(1);
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = postSubmission('https://example.org/api', submission, {
      signal: controller.signal,
      fetch: (_url, init) =>
        new Promise((_resolve, reject) =>
          init!.signal!.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
        ),
    });
    controller.abort();
    expect(await pending).to.deep.equal({ ok: false, reason: 'aborted' });
  });
});
