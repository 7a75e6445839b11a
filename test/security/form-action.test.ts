/**
 * The volunteer form sends personal data, so only to `https:` (plain `http:` only on this
 * computer, for development) or by e-mail (`mailto:`). Any other `action` shows the webmaster
 * a clear message, in the visitor's language, and the form never calls fetch.
 */
import '../support/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/volunteer-form/define.js';
import type { TaalVolunteerForm } from '../../src/volunteer-form/volunteer-form.js';
import { resolveAction } from '../../src/volunteer-form/action.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { switchLocale } from '../../src/localization/localization.js';
import { feedUrl } from './helpers.js';

const FEED = feedUrl({
  feedVersion: 1,
  publisher: { name: 'Taalhuis Teststad', email: 'taalhuis@teststad.example.nl' },
  programmes: [],
  volunteerRoles: [{ id: 'taalmaatje', title: 'Taalmaatje' }],
});

const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every fetch the form makes except reading its feed (a blob: URL). */
let calls: string[] = [];
let originalFetch: typeof fetch;
let answer: () => Promise<Response> = async () => new Response('{}', { status: 201 });

beforeEach(async () => {
  calls = [];
  originalFetch = window.fetch;
  answer = async () => new Response('{}', { status: 201 });
  window.fetch = async (resource: RequestInfo | URL, init?: RequestInit) => {
    const url = String(resource instanceof Request ? resource.url : resource);
    if (url.startsWith('blob:') && init?.method !== 'POST') return originalFetch(resource, init);
    calls.push(`${init?.method ?? 'GET'} ${url}`);
    return answer();
  };
  clearFeedCache();
  sessionStorage.clear();
  await switchLocale('nl');
});

afterEach(async () => {
  window.fetch = originalFetch;
  await switchLocale('nl');
});

async function mount(action: string, locale = 'nl'): Promise<TaalVolunteerForm> {
  const el = await fixture<TaalVolunteerForm>(
    html`<taal-volunteer-form
      src=${FEED}
      action=${action}
      locale=${locale}
      .minFillTime=${0}
    ></taal-volunteer-form>`,
  );
  await waitUntil(() => el.getAttribute('lang') === locale, 'locale applied', { timeout: 5000 });
  await waitUntil(() => $(el, 'input[name="roles"]'), 'the form with the feed’s role', { timeout: 5000 });
  return el;
}

/** Fills in what is required and goes to the check-answers step, as a volunteer would. */
async function toCheckStep(el: TaalVolunteerForm): Promise<void> {
  $<HTMLInputElement>(el, 'input[name="roles"]')!.click();
  for (const [id, value] of [
    ['tw-name', 'Samira El Amrani'],
    ['tw-email', 'samira@example.nl'],
  ]) {
    const input = $<HTMLInputElement>(el, `#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  $<HTMLInputElement>(el, '#tw-consent-privacy')!.click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
  await el.updateComplete;
  await waitUntil(() => $(el, '[part~="check-answers"]'), 'at the check step');
}

const REFUSED = [
  'http://example.org/api/aanmelden',
  'javascript:alert(1)',
  '  JAVASCRIPT:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'ftp://example.org/aanmeldingen',
  'file:///tmp/aanmeldingen',
  'http://localhost.evil.example/api',
];

describe('the volunteer form only sends to https', () => {
  for (const action of REFUSED) {
    it(`refuses action="${action.replace(/\t/g, '\\t')}": it says why, offers the e-mail address, sends nothing`, async () => {
      const el = await mount(action);
      const error = $(el, '[part~="config-error"]')!;
      expect(error, 'the configuration error').to.exist;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain('Dit formulier kan nu geen aanmeldingen versturen.');
      expect(text(error)).to.contain('Voor de beheerder van deze website');
      expect(text(error)).to.contain(action.trim().replace(/\s+/g, ' '));
      expect(text(error)).to.contain('taalhuis@teststad.example.nl');
      // The value is shown as text: a data: or javascript: action makes no element or link.
      expect(error.querySelectorAll('script, img, iframe')).to.have.length(0);
      expect([...error.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'mailto:taalhuis@teststad.example.nl',
      ]);
      await toCheckStep(el);
      expect($(el, '[part~="submit-button"]'), 'a send button').to.equal(null);
      expect($(el, '[part~="config-error"]')).to.exist;
      await el.updateComplete;
      expect(calls).to.deep.equal([]);
    });
  }

  it('tells the webmaster in the visitor’s language (English, Arabic)', async () => {
    const en = await mount('http://example.org/api/aanmelden', 'en');
    const error = text($(en, '[part~="config-error"]'));
    expect(error).to.contain('This form cannot send sign-ups at the moment.');
    expect(error).to.contain('is not secure. Use an https address.');
    expect(error).to.contain('http://example.org/api/aanmelden');
    expect(error).not.to.contain('Voor de beheerder');
    const invalid = text($(await mount('data:text/html,x', 'en'), '[part~="config-error"]'));
    expect(invalid).to.contain('is not an https address and not a mailto: with an e-mail address');

    const ar = await mount('ftp://example.org/x', 'ar');
    expect(ar.getAttribute('dir')).to.equal('rtl');
    const arabic = text($(ar, '[part~="config-error"]'));
    expect(arabic).to.match(/[\u0600-\u06ff]/);
    expect(arabic).not.to.contain('Voor de beheerder');
    expect(arabic).to.contain('ftp://example.org/x');
    expect(calls).to.deep.equal([]);
  });

  describe('on a plain-http page that is not this computer', () => {
    let base: HTMLBaseElement;
    beforeEach(() => {
      base = document.createElement('base');
      base.href = 'http://bibliotheek.example/vrijwilligers/';
      document.head.prepend(base);
    });
    afterEach(() => base.remove());

    for (const action of ['/api/aanmelden', 'aanmelden', '//aanmelden.example.org/api']) {
      it(`refuses the relative action="${action}", which would send over plain http`, async () => {
        expect(document.baseURI).to.equal('http://bibliotheek.example/vrijwilligers/');
        const el = await mount(action);
        const error = text($(el, '[part~="config-error"]'));
        expect(error).to.contain('is niet beveiligd. Gebruik een https-adres.');
        expect(error).to.contain(action);
        await toCheckStep(el);
        expect($(el, '[part~="submit-button"]')).to.equal(null);
        expect(calls).to.deep.equal([]);
      });
    }
  });

  it('an action changed to javascript: after a failed attempt: trying again and coming back online send nothing', async () => {
    answer = async () => {
      throw new TypeError('Failed to fetch');
    };
    const el = await mount('https://aanmelden.example.org/api');
    await toCheckStep(el);
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    await waitUntil(() => $(el, '[part~="failure"]'), 'the failure message');
    expect(calls).to.deep.equal(['POST https://aanmelden.example.org/api']);
    const retry = $<HTMLButtonElement>(el, '[part~="failure"] [part~="submit-button"]')!;
    const later = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="failure"] button')].find(
      (b) => text(b) === 'Verstuur vanzelf als ik weer online ben',
    )!;
    later.click();
    await el.updateComplete;

    el.setAttribute('action', 'javascript:alert(1)');
    await el.updateComplete;
    expect($(el, '[part~="config-error"]')).to.exist;
    expect($(el, '[part~="submit-button"]')).to.equal(null);
    // A click that was already on its way, and the browser coming back online.
    retry.click();
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(calls).to.deep.equal(['POST https://aanmelden.example.org/api']);
  });

  it('sends to https, and over plain http only to this computer', () => {
    const page = 'https://www.bibliotheek.example/vrijwilligers/';
    expect(resolveAction('https://aanmelden.example.org/api', page).kind).to.equal('post');
    expect(resolveAction('HTTPS://aanmelden.example.org/api', page).kind).to.equal('post');
    for (const local of [
      'http://localhost:8000/api',
      'http://LOCALHOST/api',
      'http://127.0.0.1/api',
      'http://[::1]:9000/api',
      'http://app.localhost/api',
    ])
      expect(resolveAction(local, page).kind, local).to.equal('post');
    // Look-alikes of this computer are other computers.
    for (const other of [
      'http://localhost.evil.example/api',
      'http://evil.example/.localhost',
      'http://localhost@evil.example/api',
      'http://127.0.0.1.nip.io/api',
      'http://127.0.0.2/api',
      'http://0.0.0.0/api',
      'http://[::ffff:7f00:1]/api',
    ])
      expect(resolveAction(other, page), other).to.include({ kind: 'invalid', problem: 'insecure' });
    // Relative addresses follow the page: https on an https page, refused on plain http.
    expect(resolveAction('/api', page)).to.deep.equal({
      kind: 'post',
      url: 'https://www.bibliotheek.example/api',
    });
    expect(resolveAction('//aanmelden.example.org/api', 'http://bieb.example/')).to.include({
      problem: 'insecure',
    });
  });

  it('keeps mailto: working: no configuration error, and the e-mail opens instead of a fetch', async () => {
    expect(resolveAction('MAILTO:taalhuis@example.nl', 'https://bieb.example/')).to.deep.equal({
      kind: 'mailto',
      address: 'taalhuis@example.nl',
    });
    expect(resolveAction('mailto:x@example.nl,evil@example.org', 'https://bieb.example/').kind).to.equal(
      'invalid',
    );
    const el = await mount('mailto:taalhuis@example.nl');
    const opened: string[] = [];
    (el as unknown as { openMailto: (href: string) => void }).openMailto = (href) => opened.push(href);
    expect($(el, '[part~="config-error"]')).to.equal(null);
    await toCheckStep(el);
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    await el.updateComplete;
    expect(opened).to.have.length(1);
    expect(new URL(opened[0]).protocol).to.equal('mailto:');
    expect(calls).to.deep.equal([]);
  });
});
