import '../support/lit-warnings.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/volunteer-form/define.js';
import { TaalVolunteerForm } from '../../src/volunteer-form/volunteer-form.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { switchLocale } from '../../src/localization/localization.js';
import type { VolunteerSubmission } from '../../src/contract/submission.js';
import { isValidSubmission } from '../../src/volunteer-form/payload.js';

// Feeds as blob: URLs, so this folder holds only test files (it is also run as a folder).
const feedUrl = (feed: unknown) =>
  URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
const FEED = feedUrl({
  feedVersion: 1,
  publisher: {
    name: { nl: 'Taalhuis Teststad', ar: 'بيت اللغة' },
    email: 'taalhuis@teststad.example.nl',
    privacyUrl: 'https://www.teststad.example.nl/privacy',
  },
  programmes: [],
  volunteerRoles: [
    {
      id: 'taalmaatje',
      title: { nl: 'Taalmaatje', ar: 'رفيق اللغة' },
      description: 'Je oefent elke week Nederlands met een nieuwkomer.',
      hoursPerWeek: 2,
      minMonths: 6,
      vogRequired: false,
      training: 'Een basistraining van drie avonden.',
    },
    { id: 'voorlezer', title: 'Voorlezer VoorleesExpress', hoursPerWeek: 1, minMonths: 5, vogRequired: true },
  ],
});
const NO_ROLES = feedUrl({
  feedVersion: 1,
  publisher: { name: 'Taalhuis Zonder Rollen', privacyUrl: 'javascript:alert(1)' },
  programmes: [],
});
const ACTION = 'https://aanmelden.example.org/api/aanmelden';

// ---- helpers -------------------------------------------------------------------

const root = (el: HTMLElement) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  root(el).querySelector<T & Element>(selector) as T | null;
const $$ = (el: HTMLElement, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The text as rendered (list items on their own lines), whitespace folded. */
const shownText = (node: Element | null | undefined) =>
  ((node as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
const input = (el: HTMLElement, id: string) => $<HTMLInputElement>(el, `#${id}`)!;
const focused = (el: HTMLElement) => root(el).activeElement?.id;

async function mount(
  attributes: {
    src?: string | null;
    action?: string;
    locale?: string;
    privacyUrl?: string;
    id?: string;
  } = {},
): Promise<TaalVolunteerForm> {
  const { src = FEED, action = ACTION, locale, privacyUrl, id } = attributes;
  const el = await fixture<TaalVolunteerForm>(
    html`<taal-volunteer-form
      id=${id ?? 'form-under-test'}
      src=${src ?? ''}
      action=${action}
      locale=${locale ?? 'nl'}
      privacy-url=${privacyUrl ?? ''}
      .minFillTime=${0}
    ></taal-volunteer-form>`,
  );
  if (!src) el.removeAttribute('src');
  if (!privacyUrl) el.removeAttribute('privacy-url');
  await waitUntil(() => $(el, 'form'), 'the form did not appear', { timeout: 5000 });
  return el;
}

async function typeInto(el: TaalVolunteerForm, id: string, value: string) {
  const field = input(el, id);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function setChecked(el: TaalVolunteerForm, id: string, on = true) {
  const box = input(el, id);
  if (box.checked !== on) box.click();
  await el.updateComplete;
}

async function fillRequired(el: TaalVolunteerForm) {
  await setChecked(el, 'tw-role-0');
  await typeInto(el, 'tw-name', 'Samira El Amrani');
  await typeInto(el, 'tw-email', 'samira@example.nl');
  await setChecked(el, 'tw-consent-privacy');
}

async function fillEverything(el: TaalVolunteerForm) {
  await fillRequired(el);
  await setChecked(el, 'tw-role-1');
  await typeInto(el, 'tw-phone', '06 12345678');
  await typeInto(el, 'tw-postcode', '7201dn');
  await setChecked(el, 'tw-avail-tue-evening');
  await setChecked(el, 'tw-avail-sat-morning');
  await setChecked(el, 'tw-lang-ar');
  await setChecked(el, 'tw-lang-ti');
  await typeInto(el, 'tw-message', 'Ik ben verpleegkundige.\nDinsdagavond kan ik altijd.');
  await setChecked(el, 'tw-consent-phone');
}

async function submitForm(el: TaalVolunteerForm) {
  $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
  await el.updateComplete;
  await el.updateComplete;
}

async function toCheckAnswers(el: TaalVolunteerForm) {
  await submitForm(el);
  await waitUntil(() => $(el, '[part~="check-answers"]'), 'did not reach the check step');
}

const sendButton = (el: HTMLElement) => $<HTMLButtonElement>(el, '[part~="submit-button"]')!;

async function send(el: TaalVolunteerForm) {
  sendButton(el).click();
  await el.updateComplete;
}

/** Waits until sending is over: a failure, a confirmation, or back at the form. */
async function settled(el: TaalVolunteerForm) {
  await waitUntil(() => !$(el, '[part~="submit-button"][disabled]'), 'still sending', { timeout: 5000 });
  await el.updateComplete;
  await el.updateComplete;
}

type Answer = number | Error | 'hang';
interface FetchCall {
  url: string;
  body: VolunteerSubmission;
  headers: Headers;
}

/** Replaces window.fetch for sign-ups: answers each call with the next status (or error). */
function stubFetch(answers: Answer[]): { calls: FetchCall[]; restore: () => void } {
  const original = window.fetch;
  const calls: FetchCall[] = [];
  window.fetch = async (resource: RequestInfo | URL, init?: RequestInit) => {
    const url = String(resource instanceof Request ? resource.url : resource);
    if (init?.method !== 'POST') return original(resource, init);
    calls.push({ url, body: JSON.parse(String(init.body)), headers: new Headers(init.headers) });
    const answer = answers.shift() ?? 201;
    if (answer === 'hang') return new Promise<Response>(() => undefined);
    if (answer instanceof Error) throw answer;
    return new Response(JSON.stringify({ ok: answer < 300 }), { status: answer });
  };
  return { calls, restore: () => (window.fetch = original) };
}

function stubOnline(value: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => value });
}
function restoreOnline() {
  delete (navigator as unknown as Record<string, unknown>).onLine;
}

/** Every value ever written to localStorage during a test, by key. */
function watchLocalStorage() {
  const writes: string[] = [];
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    if (this === localStorage) writes.push(`${key}=${value}`);
    return original.call(this, key, value);
  };
  return { writes, restore: () => (Storage.prototype.setItem = original) };
}

const draftKeys = () =>
  Object.keys(sessionStorage).filter((key) => key.startsWith('taalwijzer.volunteer-form'));

// ---- tests -------------------------------------------------------------------

describe('taal-volunteer-form', () => {
  let fetchStub: ReturnType<typeof stubFetch> | undefined;

  beforeEach(async () => {
    clearFeedCache();
    sessionStorage.clear();
    await switchLocale('nl');
  });

  afterEach(async () => {
    fetchStub?.restore();
    fetchStub = undefined;
    restoreOnline();
    await switchLocale('nl');
  });

  describe('roles', () => {
    it('shows the roles of the feed as checkbox cards: hours, duration, training and VOG in plain words', async () => {
      const el = await mount();
      const cards = $$(el, '[part~="roles"] > li');
      expect(cards).to.have.length(2);
      expect(text(cards[0].querySelector('label'))).to.equal('Taalmaatje');
      expect(cards[0].querySelector('label')!.hasAttribute('lang')).to.equal(false);
      expect(text(cards[0])).to.contain('Ongeveer 2 uur per week');
      expect(text(cards[0])).to.contain('Voor minstens 6 maanden');
      expect(text(cards[0])).to.contain('Training: Een basistraining van drie avonden.');
      expect(text(cards[0])).to.contain('Je hebt geen VOG nodig.');
      expect(text(cards[1])).to.contain(
        'Je hebt een VOG nodig (Verklaring Omtrent het Gedrag). Die is gratis voor vrijwilligers.',
      );
      expect(text(cards[1])).to.contain('Ongeveer 1 uur per week');
      const box = cards[0].querySelector('input')!;
      expect(box.type).to.equal('checkbox');
      expect(root(el).getElementById(box.getAttribute('aria-describedby')!)).to.exist;
      await expect(el).to.be.accessible();
    });

    it('marks feed text in another language than the UI, and mirrors in Arabic', async () => {
      const el = await mount({ locale: 'ar' });
      await waitUntil(() => el.getAttribute('dir') === 'rtl');
      await el.updateComplete;
      const titles = $$(el, '.role-title');
      expect(text(titles[0])).to.equal('رفيق اللغة');
      expect(titles[0].hasAttribute('lang')).to.equal(false);
      expect(titles[1].getAttribute('lang')).to.equal('nl');
      for (const id of ['tw-email', 'tw-phone', 'tw-postcode'])
        expect(input(el, id).getAttribute('dir'), id).to.equal('ltr');
      expect(getComputedStyle($(el, '.root')!).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('offers four common roles when the feed has none, or when there is no feed', async () => {
      for (const src of [NO_ROLES, null]) {
        const el = await mount({ src });
        const titles = $$(el, '.role-title').map(text);
        expect(titles, String(src)).to.deep.equal([
          'Taalmaatje of taalcoach',
          'Gastvrouw of gastheer van het taalcafé',
          'Digivrijwilliger (Klik & Tik, Digisterker)',
          'Voorlezer bij de VoorleesExpress',
        ]);
        expect(text($$(el, '.role-card')[3])).to.contain('Je hebt een VOG nodig');
        el.remove();
      }
    });

    it('still lets volunteers sign up when the feed cannot be loaded', async () => {
      const el = await mount({ src: '/test/volunteer-form/bestaat-niet.json' });
      expect($$(el, '.role-title')).to.have.length(4);
      expect(text(root(el))).to.contain('kon niet worden geladen');
      await expect(el).to.be.accessible();
    });
  });

  describe('fields', () => {
    it('asks only what is needed, with labels above fields, (optioneel) and autocomplete', async () => {
      const el = await mount();
      const expectations: [string, string, string, string][] = [
        ['tw-name', 'Naam', 'name', 'text'],
        ['tw-email', 'E-mailadres', 'email', 'email'],
        ['tw-phone', 'Telefoonnummer (optioneel)', 'tel', 'tel'],
        ['tw-postcode', 'Postcode (optioneel)', 'postal-code', 'text'],
      ];
      for (const [id, label, autocomplete, type] of expectations) {
        const field = input(el, id);
        expect(text(field.labels![0]), id).to.equal(label);
        expect(field.getAttribute('autocomplete'), id).to.equal(autocomplete);
        expect(field.type, id).to.equal(type);
        expect(field.required, id).to.equal(false);
      }
      expect(text(input(el, 'tw-message').labels![0])).to.equal('Wil je nog iets vertellen? (optioneel)');
      expect($<HTMLFormElement>(el, 'form')!.noValidate).to.equal(true);
      expect(text(root(el))).not.to.contain('*');
      const names = $$(el, 'input, textarea').map((field) => field.getAttribute('name'));
      expect([...new Set(names)].sort()).to.deep.equal(
        [
          'availability',
          'consentPhone',
          'consentPrivacy',
          'email',
          'languageSearch',
          'languages',
          'message',
          'name',
          'phone',
          'postalCode',
          'roles',
          'website',
        ].sort(),
      );
    });

    it('has an availability grid of 7 days by morning, afternoon and evening, each box named "maandag ochtend"', async () => {
      const el = await mount();
      const table = $(el, '[part~="availability"]')!;
      expect(table.tagName).to.equal('TABLE');
      expect($$(el, '[part~="availability"] thead th').map(text)).to.deep.equal([
        'Ochtend',
        'Middag',
        'Avond',
      ]);
      const rows = $$(el, '[part~="availability"] tbody th[scope="row"]').map(text);
      expect(rows).to.deep.equal([
        'maandag',
        'dinsdag',
        'woensdag',
        'donderdag',
        'vrijdag',
        'zaterdag',
        'zondag',
      ]);
      const boxes = $$(el, '[part~="availability"] input[type="checkbox"]') as HTMLInputElement[];
      expect(boxes).to.have.length(21);
      expect(text(boxes[0].labels![0])).to.equal('maandag ochtend');
      expect(text(boxes[20].labels![0])).to.equal('zondag avond');
    });

    it('names the weekdays in the UI language, Monday first', async () => {
      const el = await mount({ locale: 'ar' });
      await waitUntil(() => el.getAttribute('lang') === 'ar');
      await el.updateComplete;
      const rows = $$(el, '[part~="availability"] tbody th').map(text);
      expect(rows[0]).to.equal(
        new Intl.DateTimeFormat('ar', { weekday: 'long', timeZone: 'UTC' }).format(
          new Date(Date.UTC(2024, 0, 1)),
        ),
      );
      expect(rows[6]).to.equal(
        new Intl.DateTimeFormat('ar', { weekday: 'long', timeZone: 'UTC' }).format(
          new Date(Date.UTC(2024, 0, 7)),
        ),
      );
    });

    it('lists languages by their own names with the Dutch name, newcomer languages first, and searches them', async () => {
      const el = await mount();
      const labels = $$(el, '#tw-language-list label');
      expect(text(labels[0])).to.equal('العربية Arabisch');
      expect(labels[0].querySelector('[lang="ar"]')).to.exist;
      expect(text(labels[1])).to.equal('ትግርኛ Tigrinya');
      await typeInto(el, 'tw-language-search', 'turks');
      expect($$(el, '#tw-language-list li').map(text)).to.deep.equal(['Türkçe Turks']);
      expect(text($(el, '#tw-language-count'))).to.equal('1 taal gevonden');
      await setChecked(el, 'tw-lang-tr');
      await typeInto(el, 'tw-language-search', 'xyz');
      // A chosen language stays visible; the count says nothing matched.
      expect($$(el, '#tw-language-list li').map(text)).to.deep.equal(['Türkçe Turks']);
      expect(text($(el, '#tw-language-count'))).to.contain('Geen taal gevonden');
      expect(text($(el, '.chosen'))).to.equal('Gekozen: Türkçe');
      // Enter in the search field does not submit the form.
      const enter = new KeyboardEvent('keydown', {
        key: 'Enter',
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      input(el, 'tw-language-search').dispatchEvent(enter);
      expect(enter.defaultPrevented).to.equal(true);
    });

    it('links the privacy statement from the feed, the attribute, and never an unsafe one', async () => {
      const fromFeed = await mount();
      expect($<HTMLAnchorElement>(fromFeed, '#tw-privacy-hint a')!.href).to.equal(
        'https://www.teststad.example.nl/privacy',
      );
      fromFeed.remove();
      const fromAttribute = await mount({ privacyUrl: 'https://www.bibliotheek.example/privacy' });
      expect($<HTMLAnchorElement>(fromAttribute, '#tw-privacy-hint a')!.href).to.equal(
        'https://www.bibliotheek.example/privacy',
      );
      fromAttribute.remove();
      const unsafe = await mount({ src: NO_ROLES, privacyUrl: 'javascript:alert(1)' });
      expect($(unsafe, '#tw-privacy-hint')).to.equal(null);
      expect(input(unsafe, 'tw-consent-privacy')).to.exist;
    });

    it('has a honeypot that people and screen readers do not meet', async () => {
      const el = await mount();
      const honeypot = input(el, 'tw-website');
      expect(honeypot.tabIndex).to.equal(-1);
      expect(honeypot.getAttribute('autocomplete')).to.equal('off');
      expect(honeypot.closest('[aria-hidden="true"]')).to.exist;
      expect(text(honeypot.labels![0])).to.equal('Laat dit veld leeg');
      expect(honeypot.closest('.hp')!.getBoundingClientRect().width).to.be.at.most(1);
    });
  });

  describe('validation', () => {
    it('validates on submit, not on blur', async () => {
      const el = await mount();
      await typeInto(el, 'tw-email', 'samira@');
      input(el, 'tw-email').dispatchEvent(new FocusEvent('blur'));
      input(el, 'tw-email').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect($(el, '[part~="error-summary"]')).to.equal(null);
      expect($(el, '.error-message')).to.equal(null);
      await submitForm(el);
      expect($(el, '[part~="error-summary"]')).to.exist;
    });

    it('shows an error summary with a link per problem, moves focus to it, and ties inline errors to the fields', async () => {
      const el = await mount();
      await submitForm(el);
      const summary = $(el, '[part~="error-summary"]')!;
      expect(focused(el)).to.equal('tw-error-summary');
      expect(text(summary.querySelector('[role="heading"]'))).to.equal('Er klopt nog iets niet');
      const links = [...summary.querySelectorAll('a')];
      expect(links.map(text)).to.deep.equal([
        'Kies wat je wilt doen.',
        'Vul je naam in.',
        'Vul je e-mailadres in.',
        'Geef toestemming om je gegevens te gebruiken, anders kunnen we je aanmelding niet verwerken.',
      ]);
      const name = input(el, 'tw-name');
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      const described = name.getAttribute('aria-describedby')!.split(' ');
      expect(described).to.include('tw-name-error');
      expect(text(root(el).getElementById('tw-name-error'))).to.equal('Vul je naam in.');
      expect(input(el, 'tw-consent-privacy').getAttribute('aria-describedby')).to.contain(
        'tw-consent-privacy-error',
      );
      expect($(el, 'fieldset[aria-describedby~="tw-roles-error"]')).to.exist;
      await expect(el).to.be.accessible();

      // Each link moves focus to its field.
      const targets = ['tw-role-0', 'tw-name', 'tw-email', 'tw-consent-privacy'];
      for (const [index, target] of targets.entries()) {
        [...$(el, '[part~="error-summary"]')!.querySelectorAll('a')][index].click();
        await el.updateComplete;
        expect(focused(el), target).to.equal(target);
      }
    });

    it('reports a wrong e-mail address, phone number and postcode in plain words', async () => {
      const el = await mount();
      await fillRequired(el);
      await typeInto(el, 'tw-email', 'samira@example');
      await typeInto(el, 'tw-phone', 'bel me maar');
      await typeInto(el, 'tw-postcode', 'Zutphen');
      await submitForm(el);
      expect($$(el, '[part~="error-summary"] a').map(text)).to.deep.equal([
        'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
        'Vul een telefoonnummer in zoals 06 12345678 of +31 6 12345678.',
        'Vul een postcode in zoals 1234 AB.',
      ]);
      for (const id of ['tw-email', 'tw-phone', 'tw-postcode']) {
        expect(input(el, id).getAttribute('aria-invalid'), id).to.equal('true');
        expect(input(el, id).getAttribute('aria-describedby'), id).to.contain(`${id}-error`);
      }
    });

    it('asks for a phone number when the volunteer agrees to be phoned', async () => {
      const el = await mount();
      await fillRequired(el);
      await setChecked(el, 'tw-consent-phone');
      await submitForm(el);
      expect(text($(el, '[part~="error-summary"] a'))).to.contain('Vul je telefoonnummer in');
    });
  });

  describe('check your answers', () => {
    it('shows every answer, normalised, with a change link that goes back to that field', async () => {
      const el = await mount();
      await fillEverything(el);
      await toCheckAnswers(el);
      expect(focused(el)).to.equal('tw-check-title');
      const rows = $$(el, '.answer');
      const byLabel = Object.fromEntries(
        rows.map((row) => [text(row.querySelector('dt')), shownText(row.querySelector('.answer-value'))]),
      );
      expect(byLabel).to.deep.equal({
        'Wat je wilt doen': 'Taalmaatje Voorlezer VoorleesExpress',
        Naam: 'Samira El Amrani',
        'E-mailadres': 'samira@example.nl',
        Telefoonnummer: '06 12345678',
        Postcode: '7201 DN',
        'Wanneer je kunt': 'dinsdag: avond zaterdag: ochtend',
        'Talen naast Nederlands': 'العربية en ትግርኛ',
        Bericht: 'Ik ben verpleegkundige. Dinsdagavond kan ik altijd.',
        Toestemming:
          'Je geeft toestemming om je gegevens te gebruiken voor je aanmelding. We mogen je bellen.',
      });
      await expect(el).to.be.accessible();

      const emailRow = rows.find((row) => text(row.querySelector('dt')) === 'E-mailadres')!;
      const change = emailRow.querySelector('a')!;
      expect(text(change)).to.equal('Wijzigen');
      expect(change.getAttribute('aria-label')).to.equal('E-mailadres wijzigen');
      change.click();
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, 'form')).to.exist;
      expect(focused(el)).to.equal('tw-email');
      expect(input(el, 'tw-email').value).to.equal('samira@example.nl');
      expect(input(el, 'tw-postcode').value).to.equal('7201 DN');

      // Each change link targets an existing field.
      await toCheckAnswers(el);
      for (const link of $$(el, '.answer-change a')) {
        const id = link.getAttribute('href')!.slice(1);
        link.click();
        await el.updateComplete;
        await el.updateComplete;
        expect(focused(el), id).to.equal(id);
        await toCheckAnswers(el);
      }
    });

    it('shows optional questions left empty as "Niet ingevuld"', async () => {
      const el = await mount();
      await fillRequired(el);
      await toCheckAnswers(el);
      const empty = $$(el, '.answer').filter(
        (row) => text(row.querySelector('.answer-value')) === 'Niet ingevuld',
      );
      expect(empty.map((row) => text(row.querySelector('dt')))).to.deep.equal([
        'Telefoonnummer',
        'Postcode',
        'Wanneer je kunt',
        'Talen naast Nederlands',
        'Bericht',
      ]);
    });
  });

  describe('sending', () => {
    it('POSTs the contract JSON and thanks the volunteer with what happens next', async () => {
      fetchStub = stubFetch([201]);
      const el = await mount();
      await fillEverything(el);
      await toCheckAnswers(el);
      const submitted = oneEvent(el, 'taal-volunteer-submitted');
      await send(el);
      const event = await submitted;
      await settled(el);
      expect(fetchStub.calls).to.have.length(1);
      const call = fetchStub.calls[0];
      expect(call.url).to.equal(ACTION);
      expect(call.headers.get('Content-Type')).to.equal('application/json');
      expect(isValidSubmission(call.body)).to.equal(true);
      expect(call.body).to.deep.include({
        locale: 'nl',
        roles: ['taalmaatje', 'voorlezer'],
        name: 'Samira El Amrani',
        email: 'samira@example.nl',
        phone: '06 12345678',
        postalCode: '7201 DN',
        availability: { tue: ['evening'], sat: ['morning'] },
        languages: ['ar', 'ti'],
        message: 'Ik ben verpleegkundige.\nDinsdagavond kan ik altijd.',
        consent: { privacy: true, contactByPhone: true },
      });
      expect(event.detail.submissionId).to.equal(call.body.submissionId);
      expect(event.bubbles && event.composed).to.equal(true);

      const done = $(el, '[part~="confirmation"]')!;
      expect(focused(el)).to.equal('tw-done-title');
      expect(text(done)).to.contain('Bedankt voor je aanmelding!');
      expect(text(done)).to.contain('kennismakingsgesprek');
      expect(text(done)).to.contain(
        'VOG nodig (Verklaring Omtrent het Gedrag). Die is gratis voor vrijwilligers.',
      );
      expect(text(done)).to.contain('DigiD');
      expect(text(done)).to.contain('Voordat je begint, krijg je een training.');
      expect(draftKeys()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('does not mention a VOG when no chosen role needs one', async () => {
      fetchStub = stubFetch([201]);
      const el = await mount();
      await fillRequired(el);
      await toCheckAnswers(el);
      await send(el);
      await settled(el);
      expect(text($(el, '[part~="confirmation"]'))).not.to.contain('VOG');
    });

    it('after a server error keeps every answer, and a retry sends the same submissionId', async () => {
      fetchStub = stubFetch([503, 201]);
      const el = await mount();
      await fillEverything(el);
      await toCheckAnswers(el);
      await send(el);
      await settled(el);
      const failure = $(el, '[part~="failure"]')!;
      expect(focused(el)).to.equal('tw-failure');
      expect(text(failure)).to.contain('De server gaf een fout (code 503)');
      expect(text(failure)).to.contain('Je antwoorden zijn bewaard.');
      expect(text(sendButton(el))).to.equal('Probeer opnieuw');
      // Nothing of the form was lost: in the answers, the fields and the draft.
      expect(text($(el, '[part~="check-answers"]'))).to.contain('Samira El Amrani');
      expect(draftKeys()).to.have.length(1);
      expect(sessionStorage.getItem(draftKeys()[0])).to.contain(fetchStub.calls[0].body.submissionId);
      await expect(el).to.be.accessible();

      const submitted = oneEvent(el, 'taal-volunteer-submitted');
      await send(el);
      await submitted;
      await settled(el);
      expect(fetchStub.calls).to.have.length(2);
      const [first, second] = fetchStub.calls.map((call) => call.body);
      expect(second.submissionId).to.equal(first.submissionId);
      expect({ ...second, submittedAt: '' }).to.deep.equal({ ...first, submittedAt: '' });
      expect($(el, '[part~="confirmation"]')).to.exist;
      expect(draftKeys()).to.deep.equal([]);
    });

    it('keeps the answers when the volunteer goes back to change something after a failure', async () => {
      fetchStub = stubFetch([500]);
      const el = await mount();
      await fillEverything(el);
      await toCheckAnswers(el);
      await send(el);
      await settled(el);
      $<HTMLAnchorElement>(el, '.answer-change a[href="#tw-name"]')!.click();
      await el.updateComplete;
      for (const [id, value] of [
        ['tw-name', 'Samira El Amrani'],
        ['tw-email', 'samira@example.nl'],
        ['tw-phone', '06 12345678'],
        ['tw-postcode', '7201 DN'],
        ['tw-message', 'Ik ben verpleegkundige.\nDinsdagavond kan ik altijd.'],
      ]) {
        expect(input(el, id).value, id).to.equal(value);
      }
      for (const id of [
        'tw-role-0',
        'tw-role-1',
        'tw-avail-tue-evening',
        'tw-lang-ar',
        'tw-consent-privacy',
        'tw-consent-phone',
      ]) {
        expect(input(el, id).checked, id).to.equal(true);
      }
    });

    it('sends once, however often the button is pressed', async () => {
      fetchStub = stubFetch(['hang']);
      const el = await mount();
      await fillRequired(el);
      await toCheckAnswers(el);
      const button = sendButton(el);
      button.click();
      button.click();
      await el.updateComplete;
      button.click();
      expect(fetchStub.calls).to.have.length(1);
      expect(button.disabled).to.equal(true);
      expect(text(button)).to.equal('Bezig met versturen…');
      expect(text($(el, '#tw-sending'))).to.contain('wordt verstuurd');
      expect($(el, '.answer-change a')).to.equal(null);
      expect($(el, '[part~="clear-button"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says so when offline, and sends by itself once when the connection is back', async () => {
      fetchStub = stubFetch([201]);
      stubOnline(false);
      const el = await mount();
      await fillRequired(el);
      await toCheckAnswers(el);
      await send(el);
      await settled(el);
      expect(fetchStub.calls).to.have.length(0);
      const failure = $(el, '[part~="failure"]')!;
      expect(text(failure)).to.contain('Je bent offline.');
      const wait = [...failure.querySelectorAll('button')].find(
        (b) => text(b) === 'Verstuur vanzelf als ik weer online ben',
      )!;
      wait.click();
      await el.updateComplete;
      expect(text($(el, '[part~="failure"]'))).to.contain(
        'We versturen je aanmelding vanzelf zodra je weer online bent.',
      );
      await expect(el).to.be.accessible();

      stubOnline(true);
      const submitted = oneEvent(el, 'taal-volunteer-submitted');
      window.dispatchEvent(new Event('online'));
      await submitted;
      await settled(el);
      expect(fetchStub.calls).to.have.length(1);
      expect($(el, '[part~="confirmation"]')).to.exist;
      // Once: a later `online` event sends nothing more.
      window.dispatchEvent(new Event('online'));
      await el.updateComplete;
      expect(fetchStub.calls).to.have.length(1);
    });

    it('does not send by itself when the volunteer did not ask for it', async () => {
      fetchStub = stubFetch([201]);
      stubOnline(false);
      const el = await mount();
      await fillRequired(el);
      await toCheckAnswers(el);
      await send(el);
      await settled(el);
      stubOnline(true);
      window.dispatchEvent(new Event('online'));
      await el.updateComplete;
      expect(fetchStub.calls).to.have.length(0);
      expect($(el, '[part~="failure"]')).to.exist;
    });

    it('treats a network error as possibly offline and offers to send later', async () => {
      fetchStub = stubFetch([new TypeError('Failed to fetch')]);
      const el = await mount();
      await fillRequired(el);
      await toCheckAnswers(el);
      await send(el);
      await settled(el);
      const failure = $(el, '[part~="failure"]')!;
      expect(text(failure)).to.contain('We konden de server niet bereiken. Misschien ben je offline.');
      expect([...failure.querySelectorAll('button')].map(text)).to.include(
        'Verstuur vanzelf als ik weer online ben',
      );
    });

    it('resolves a relative action against the page (allowed on localhost)', async () => {
      fetchStub = stubFetch([201]);
      const el = await mount({ action: '/api/aanmelden' });
      await fillRequired(el);
      await toCheckAnswers(el);
      await send(el);
      await settled(el);
      expect(fetchStub.calls[0].url).to.equal(`${location.origin}/api/aanmelden`);
    });
  });

  describe('the taal-volunteer-submit event', () => {
    it('is cancelable: the page sends it itself and the form shows a neutral state', async () => {
      fetchStub = stubFetch([201]);
      const el = await mount();
      await fillRequired(el);
      await toCheckAnswers(el);
      let submitted = false;
      el.addEventListener('taal-volunteer-submitted', () => (submitted = true));
      const listener = (event: Event) => event.preventDefault();
      document.addEventListener('taal-volunteer-submit', listener);
      try {
        const submitEvent = oneEvent(el, 'taal-volunteer-submit');
        await send(el);
        const event = await submitEvent;
        expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
        expect(isValidSubmission(event.detail.submission)).to.equal(true);
        expect(event.detail.submission.name).to.equal('Samira El Amrani');
      } finally {
        document.removeEventListener('taal-volunteer-submit', listener);
      }
      await el.updateComplete;
      expect(fetchStub.calls).to.have.length(0);
      expect(submitted).to.equal(false);
      expect(text($(el, '[part~="confirmation"]'))).to.equal('Je aanmelding is doorgegeven.');
      expect(text(root(el))).not.to.contain('Bedankt');
      expect(focused(el)).to.equal('tw-handed-title');
      expect(draftKeys()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('mailto: actions', () => {
    it('opens an e-mail with the answers in Dutch for the coordinator, without leaving the page', async () => {
      fetchStub = stubFetch([201]);
      const el = await mount({ action: 'mailto:taalhuis@example.nl' });
      const opened: string[] = [];
      (el as unknown as { openMailto: (href: string) => void }).openMailto = (href) => opened.push(href);
      await fillEverything(el);
      await toCheckAnswers(el);
      expect(text(sendButton(el))).to.equal('Open e-mail met mijn aanmelding');
      await send(el);
      await el.updateComplete;
      expect(fetchStub.calls).to.have.length(0);
      expect(opened).to.have.length(1);
      const url = new URL(opened[0]);
      expect(url.protocol).to.equal('mailto:');
      expect(url.pathname).to.equal('taalhuis@example.nl');
      const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
      expect(params.get('subject')).to.equal('Aanmelding vrijwilliger: Samira El Amrani');
      const body = params.get('body')!;
      expect(body).to.contain(
        'Wil helpen als: Taalmaatje (taalmaatje) en Voorlezer VoorleesExpress (voorlezer)',
      );
      expect(body).to.contain('E-mailadres: samira@example.nl');
      expect(body).to.contain('Postcode: 7201 DN');
      expect(body).to.contain('- dinsdag: avond');
      expect(body).to.contain('Spreekt naast Nederlands: Arabisch (ar) en Tigrinya (ti)');
      expect(body).to.contain('Mag gebeld worden: ja');
      const state = $(el, '[part~="confirmation"]')!;
      expect(text(state)).to.contain('Je e-mailprogramma is geopend');
      expect(text(state)).to.contain('Druk daar op Versturen');
      expect(state.querySelector<HTMLAnchorElement>('a.button')!.getAttribute('href')).to.equal(opened[0]);
      expect(focused(el)).to.equal('tw-mail-title');
      expect(location.protocol).to.equal('http:');
      await expect(el).to.be.accessible();
      // Back to the answers: still there.
      [...state.querySelectorAll('button')].find((b) => text(b) === 'Terug naar je antwoorden')!.click();
      await el.updateComplete;
      expect(text($(el, '[part~="check-answers"]'))).to.contain('Samira El Amrani');
    });
  });

  describe('configuration errors', () => {
    for (const action of ['http://example.org/api/aanmelden', 'javascript:alert(1)', '']) {
      it(`shows the webmaster why "${action}" cannot be used, instead of a send button`, async () => {
        const el = await mount({ action });
        if (!action) el.removeAttribute('action');
        await el.updateComplete;
        const error = $(el, '[part~="config-error"]')!;
        expect(text(error)).to.contain('Dit formulier kan nu geen aanmeldingen versturen.');
        expect(text(error)).to.contain('Voor de beheerder van deze website');
        if (action.startsWith('http:')) expect(text(error)).to.contain('http://example.org/api/aanmelden');
        expect(text(error)).to.contain('taalhuis@teststad.example.nl');
        await fillRequired(el);
        await toCheckAnswers(el);
        expect($(el, '[part~="submit-button"]')).to.equal(null);
        expect($(el, '[part~="config-error"]')).to.exist;
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('spam protection', () => {
    it('a filled honeypot shows the thank-you but sends nothing and fires no event', async () => {
      fetchStub = stubFetch([201]);
      const el = await mount();
      await fillRequired(el);
      input(el, 'tw-website').value = 'https://spam.example';
      await toCheckAnswers(el);
      let events = 0;
      el.addEventListener('taal-volunteer-submit', () => (events += 1));
      el.addEventListener('taal-volunteer-submitted', () => (events += 1));
      await send(el);
      await el.updateComplete;
      expect(fetchStub.calls).to.have.length(0);
      expect(events).to.equal(0);
      expect(text($(el, '[part~="confirmation"]'))).to.contain('Bedankt voor je aanmelding!');
      expect(draftKeys()).to.deep.equal([]);
    });

    it('sending faster than a person can asks to wait a moment, then sends', async () => {
      fetchStub = stubFetch([201]);
      const el = await mount();
      el.minFillTime = 60_000;
      await fillRequired(el);
      await toCheckAnswers(el);
      await send(el);
      await el.updateComplete;
      expect(fetchStub.calls).to.have.length(0);
      expect(text($(el, '#tw-too-fast'))).to.contain('Dat ging erg snel');
      expect(focused(el)).to.equal('tw-too-fast');
      await expect(el).to.be.accessible();
      el.minFillTime = 0;
      await send(el);
      await settled(el);
      expect(fetchStub.calls).to.have.length(1);
      expect($(el, '[part~="confirmation"]')).to.exist;
    });
  });

  describe('nothing lost, nothing left behind', () => {
    it('restores a draft after a reload in the same tab, with the same submissionId', async () => {
      const first = await mount();
      await fillEverything(first);
      expect(draftKeys()).to.have.length(1);
      const savedId = JSON.parse(sessionStorage.getItem(draftKeys()[0])!).data.submissionId;
      first.remove();

      fetchStub = stubFetch([201]);
      const second = await mount();
      expect(input(second, 'tw-name').value).to.equal('Samira El Amrani');
      expect(input(second, 'tw-lang-ti').checked).to.equal(true);
      expect(input(second, 'tw-avail-sat-morning').checked).to.equal(true);
      expect(text($(second, '.notice[role="status"]'))).to.contain(
        'Je antwoorden van daarnet zijn teruggezet.',
      );
      await toCheckAnswers(second);
      await send(second);
      await settled(second);
      expect(fetchStub.calls[0].body.submissionId).to.equal(savedId);
    });

    it('never writes personal data to localStorage, and leaves none in sessionStorage after sending', async () => {
      const watch = watchLocalStorage();
      try {
        fetchStub = stubFetch([503, 201]);
        const el = await mount();
        await fillEverything(el);
        await toCheckAnswers(el);
        await send(el);
        await settled(el);
        await send(el);
        await settled(el);
        expect($(el, '[part~="confirmation"]')).to.exist;
        const personal = ['Samira', 'samira@example.nl', '12345678', '7201', 'verpleegkundige'];
        const everything = [
          ...watch.writes,
          JSON.stringify({ ...localStorage }),
          JSON.stringify({ ...sessionStorage }),
        ].join('\n');
        for (const value of personal) expect(everything, value).not.to.contain(value);
      } finally {
        watch.restore();
      }
    });

    it('"Formulier leegmaken" asks first, then wipes every field and the draft', async () => {
      const el = await mount();
      await fillEverything(el);
      expect(draftKeys()).to.have.length(1);
      $<HTMLButtonElement>(el, '[part~="clear-button"]')!.click();
      await el.updateComplete;
      expect(focused(el)).to.equal('tw-clear-confirm');
      expect(text($(el, '#tw-clear-confirm'))).to.contain('Wil je alles wissen?');
      await expect(el).to.be.accessible();

      // "No" keeps everything.
      [...$(el, '#tw-clear-confirm')!.querySelectorAll('button')]
        .find((b) => text(b) === 'Nee, niet wissen')!
        .click();
      await el.updateComplete;
      expect(focused(el)).to.equal('tw-clear');
      expect(input(el, 'tw-name').value).to.equal('Samira El Amrani');
      expect(draftKeys()).to.have.length(1);

      $<HTMLButtonElement>(el, '[part~="clear-button"]')!.click();
      await el.updateComplete;
      [...$(el, '#tw-clear-confirm')!.querySelectorAll('button')]
        .find((b) => text(b) === 'Ja, alles wissen')!
        .click();
      await el.updateComplete;
      await el.updateComplete;
      expect(draftKeys()).to.deep.equal([]);
      for (const id of ['tw-name', 'tw-email', 'tw-phone', 'tw-postcode', 'tw-message'])
        expect(input(el, id).value, id).to.equal('');
      expect($$(el, 'input[type="checkbox"]').some((box) => (box as HTMLInputElement).checked)).to.equal(
        false,
      );
      expect(focused(el)).to.equal('tw-form-title');
      expect(text($(el, '.notice[role="status"]'))).to.contain('Het formulier is leeg.');
      const everything = JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage });
      expect(everything).not.to.contain('Samira');
    });

    it('does not restore an old or broken draft', async () => {
      const key = `taalwijzer.volunteer-form:${location.pathname}#form-under-test`;
      sessionStorage.setItem(
        key,
        JSON.stringify({ v: 1, savedAt: Date.now() - 3 * 60 * 60 * 1000, data: {} }),
      );
      const el = await mount();
      expect(input(el, 'tw-name').value).to.equal('');
      expect(sessionStorage.getItem(key)).to.equal(null);
      el.remove();
      sessionStorage.setItem(key, '{broken');
      const again = await mount();
      expect(input(again, 'tw-name').value).to.equal('');
      expect($(again, '.notice[role="status"]')).to.equal(null);
    });
  });

  it('is accessible in Arabic through every step', async () => {
    fetchStub = stubFetch([503, 201]);
    const el = await mount({ locale: 'ar' });
    await waitUntil(() => el.getAttribute('dir') === 'rtl');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await submitForm(el);
    await expect(el).to.be.accessible();
    await fillEverything(el);
    await toCheckAnswers(el);
    await expect(el).to.be.accessible();
    await send(el);
    await settled(el);
    await expect(el).to.be.accessible();
    await send(el);
    await settled(el);
    expect($(el, '[part~="confirmation"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is registered once; a second define does not throw', () => {
    expect(customElements.get('taal-volunteer-form')).to.equal(TaalVolunteerForm);
  });
});
