import '../support/lit-warnings.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/goal-picker/define.js';
import '../../src/programme-finder/define.js';
import { TaalGoalPicker } from '../../src/goal-picker/goal-picker.js';
import type { TaalGoalsChangeEvent } from '../../src/contract/events.js';
import { CATALOGUE } from '../../src/goal-picker/catalogue.js';
import type { GoalSteering } from '../../src/goal-picker/goals.js';
import { defineElement } from '../../src/shared/define-element.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { switchLocale } from '../../src/localization/localization.js';
import { FakeSpeech } from '../support/fake-speech.js';

/**
 * A feed that replaces one built-in goal and adds two. Served from memory (a blob: URL):
 * a JSON file in this folder would be taken for a test module by the test runner.
 */
const FEED_JSON = {
  feedVersion: 1,
  publisher: {
    name: 'Taalhuis Testdorp',
  },
  programmes: [],
  goals: [
    {
      id: 'health-gp-appointment',
      domain: 'health-exercise',
      text: {
        nl: 'Ik kan bij de huisarts in Testdorp een afspraak maken.',
        en: 'I can make an appointment with the GP in Testdorp.',
      },
      level: 'A1',
      skill: 'conversation',
    },
    {
      id: 'health-dentist',
      domain: 'health-exercise',
      text: {
        nl: 'Ik kan de tandarts vertellen welke tand pijn doet.',
        en: 'I can tell the dentist which tooth hurts.',
      },
      level: 'A2',
      skill: 'speaking',
    },
    {
      id: 'leisure-chess-club',
      domain: 'leisure-social',
      text: 'Ik kan meedoen met de schaakclub in de bibliotheek.',
    },
  ],
};
const FEED = URL.createObjectURL(new Blob([JSON.stringify(FEED_JSON)], { type: 'application/json' }));

// ---- helpers ----

const shadow = (el: HTMLElement) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  shadow(el).querySelector<T & Element>(selector) as T | null;
const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  [...shadow(el).querySelectorAll<T & Element>(selector)] as T[];
const heading = (el: HTMLElement) => $(el, '#step-heading')!;
const focused = (el: HTMLElement) => shadow(el).activeElement;
const tile = (el: HTMLElement, domain: string) =>
  $<HTMLButtonElement>(el, `[part="domain-tile"][data-domain="${domain}"]`)!;
const checkbox = (el: HTMLElement, id: string) => $<HTMLInputElement>(el, `input[data-goal="${id}"]`)!;
const domainGoalIds = (domain: string) =>
  CATALOGUE.filter((goal) => goal.domain === domain).map((goal) => goal.id);
const dutch = (id: string) => CATALOGUE.find((goal) => goal.id === id)!.textNl;

async function settle(el: TaalGoalPicker): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
  // Step 3's code loads when first wanted: wait for it rather than its progress state.
  if (el.shadowRoot!.querySelector('.view-loading')) {
    await waitUntil(() => !el.shadowRoot!.querySelector('.view-loading'), 'the summary step loaded');
    await el.updateComplete;
  }
}

async function openDomain(el: TaalGoalPicker, domain: string): Promise<void> {
  tile(el, domain).click();
  await settle(el);
}

async function choose(el: TaalGoalPicker, id: string): Promise<void> {
  checkbox(el, id).click();
  await settle(el);
}

const ownSpeech = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
function installSpeech(voices: Partial<SpeechSynthesisVoice>[]): FakeSpeech {
  const fake = new FakeSpeech(voices);
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true, writable: true });
  return fake;
}
function restoreSpeech(): void {
  if (ownSpeech) Object.defineProperty(window, 'speechSynthesis', ownSpeech);
  else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
}
const voice = (lang: string): Partial<SpeechSynthesisVoice> => ({
  lang,
  name: `Test ${lang}`,
  default: false,
  localService: true,
});

const mounted: HTMLElement[] = [];
/** A picker with the test feed, returned once the feed loaded (listening before it can load). */
async function mountWithFeed(locale?: string): Promise<TaalGoalPicker> {
  const el = document.createElement('taal-goal-picker');
  el.src = FEED;
  if (locale) el.locale = locale;
  const loaded = oneEvent(el, 'taal-feed-loaded');
  document.body.append(el);
  mounted.push(el);
  await loaded;
  if (locale) await waitUntil(() => el.getAttribute('lang') === locale);
  await settle(el);
  return el;
}

function setHash(hash: string): void {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

// ---- tests ----

describe('taal-goal-picker', () => {
  beforeEach(async () => {
    clearFeedCache();
    setHash('');
    await switchLocale('nl');
    installSpeech([]); // no voices unless a test brings them
  });
  afterEach(async () => {
    for (const el of mounted.splice(0)) el.remove();
    restoreSpeech();
    setHash('');
    await emulateMedia({ media: 'screen' });
  });

  it('is registered once; a second define does not throw', () => {
    expect(customElements.get('taal-goal-picker')).to.equal(TaalGoalPicker);
    expect(() => defineElement('taal-goal-picker', class extends HTMLElement {})).not.to.throw();
  });

  it('shows the eight domains at once as large tiles with pictures, without a feed', async () => {
    const el = await fixture<TaalGoalPicker>(html`<taal-goal-picker></taal-goal-picker>`);
    const tiles = $$(el, '[part="domain-tile"]');
    expect(tiles).to.have.length(8);
    expect(tiles.map((button) => button.textContent!.trim())).to.include('Gezondheid en bewegen');
    for (const button of tiles) {
      const svg = button.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(svg.getBoundingClientRect().width).to.be.at.least(40);
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
    }
    expect(heading(el).textContent!.trim()).to.equal('Waarvoor wil je Nederlands leren?');
    expect($(el, '[part="step"][aria-current="step"]')!.textContent).to.contain('Onderwerp');
    expect(el.getAttribute('lang')).to.equal('nl');
    await expect(el).to.be.accessible();
  });

  it('goes through the steps by keyboard: Enter on a tile, Space and Enter on cards, back', async () => {
    const el = await fixture<TaalGoalPicker>(html`<taal-goal-picker></taal-goal-picker>`);
    tile(el, 'health-exercise').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focused(el)).to.equal(heading(el));
    expect(heading(el).textContent).to.contain('Gezondheid en bewegen');
    expect($(el, '[part="step"][aria-current="step"]')!.textContent).to.contain('Doelen');
    const ids = $$<HTMLInputElement>(el, '[part="goal-card"] input[type="checkbox"]').map(
      (input) => input.dataset.goal,
    );
    expect(ids).to.deep.equal(domainGoalIds('health-exercise'));

    // Space (native) and Enter (added) both choose a goal; the card shows it.
    checkbox(el, 'health-gp-appointment').focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(checkbox(el, 'health-gp-appointment').checked).to.equal(true);
    expect(checkbox(el, 'health-gp-appointment').closest('li')!.classList.contains('checked')).to.equal(true);
    checkbox(el, 'health-pharmacy').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(checkbox(el, 'health-pharmacy').checked).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(checkbox(el, 'health-pharmacy').checked).to.equal(false);
    await expect(el).to.be.accessible();

    // Back: focus on the domains heading; the tile shows the count.
    $<HTMLButtonElement>(el, '[part="back-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focused(el)).to.equal(heading(el));
    expect(tile(el, 'health-exercise').querySelector('[part="domain-count"]')!.textContent!.trim()).to.equal(
      '1 doel gekozen',
    );

    // To the summary: focus on its heading.
    $<HTMLButtonElement>(el, '[part="summary-button"]')!.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(focused(el)).to.equal(heading(el));
    expect(heading(el).textContent!.trim()).to.equal('Mijn doelen');
    expect($(el, '[part="summary"]')!.textContent).to.contain(dutch('health-gp-appointment'));
  });

  it('keeps the choice across domains, counts it per tile, and fires taal-goals-change on each change', async () => {
    const el = await fixture<TaalGoalPicker>(html`<taal-goal-picker></taal-goal-picker>`);
    const events: TaalGoalsChangeEvent[] = [];
    el.addEventListener('taal-goals-change', (event) => events.push(event));

    await openDomain(el, 'digital-skills');
    await choose(el, 'digital-digid-login');
    await choose(el, 'digital-email');
    $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
    await settle(el);
    await openDomain(el, 'parenting');
    await choose(el, 'parenting-teacher-talk');

    expect(events).to.have.length(3);
    const last = events.at(-1)!;
    expect(last.bubbles && last.composed).to.equal(true);
    expect(last.detail).to.deep.equal({
      goals: ['digital-digid-login', 'digital-email', 'parenting-teacher-talk'],
      domains: ['parenting', 'digital-skills'],
    });

    // Back in digital skills, the two goals are still chosen.
    $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
    await settle(el);
    expect(tile(el, 'digital-skills').textContent).to.contain('2 doelen gekozen');
    expect(tile(el, 'parenting').textContent).to.contain('1 doel gekozen');
    expect(tile(el, 'numeracy').querySelector('[part="domain-count"]')).to.equal(null);
    expect($$(el, '[part="step"]')[2].textContent).to.contain('3 doelen');
    await openDomain(el, 'digital-skills');
    expect(checkbox(el, 'digital-email').checked).to.equal(true);

    // Changing the choice in the summary: remove one; focus moves to the next remove button.
    $$<HTMLButtonElement>(el, '[part="step"]')[2].click();
    await settle(el);
    const groups = $$(el, '.summary-domain h3').map((h3) => h3.textContent!.trim());
    expect(groups).to.deep.equal(['Opvoeding', 'Computer en telefoon']);
    const removeEmail = $<HTMLButtonElement>(
      el,
      '[part="remove-button"][data-goal="parenting-teacher-talk"]',
    )!;
    expect(removeEmail.getAttribute('aria-label')).to.equal(`Haal weg: ${dutch('parenting-teacher-talk')}`);
    const changed = oneEvent(el, 'taal-goals-change');
    removeEmail.click();
    expect((await changed).detail.goals).to.deep.equal(['digital-digid-login', 'digital-email']);
    await settle(el);
    expect((focused(el) as HTMLElement).dataset.goal).to.equal('digital-email'); // the next in the list
    expect($$(el, '[part="summary-goal"]')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('filters goals by level with a visible control explained in plain words', async () => {
    const el = await fixture<TaalGoalPicker>(html`<taal-goal-picker></taal-goal-picker>`);
    await openDomain(el, 'arranging-matters');
    const all = $$(el, '[part="goal-card"]').length;
    expect(all).to.equal(domainGoalIds('arranging-matters').length);

    const select = $<HTMLSelectElement>(el, '[part="level-control"]')!;
    expect(shadow(el).querySelector(`label[for="${select.id}"]`)!.textContent).to.contain(
      'Laat doelen zien tot niveau',
    );
    expect([...select.options].map((option) => option.textContent!.trim())).to.include(
      'A0: Je leert de letters en je eerste woorden.',
    );
    select.value = 'A1';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    const levels = $$(el, '[part="goal-level"]').map((span) => span.textContent!.trim());
    expect(levels.length).to.be.greaterThan(0).and.lessThan(all);
    expect(levels.every((level) => level === 'Niveau A0' || level === 'Niveau A1')).to.equal(true);
    expect(el.maxLevel).to.equal('A1');
    await expect(el).to.be.accessible();
  });

  it('takes its starting level from the max-level attribute', async () => {
    const el = await fixture<TaalGoalPicker>(html`<taal-goal-picker max-level="A0"></taal-goal-picker>`);
    await openDomain(el, 'health-exercise');
    expect(
      $$<HTMLInputElement>(el, '[part="goal-card"] input').map((input) => input.dataset.goal),
    ).to.deep.equal(['health-body-parts']);
    expect($<HTMLSelectElement>(el, '[part="level-control"]')!.value).to.equal('A0');
  });

  describe('read aloud', () => {
    it('shows no read-aloud button when the browser has no voice for the language', async () => {
      installSpeech([voice('en-GB'), voice('de-DE')]);
      const el = await fixture<TaalGoalPicker>(html`<taal-goal-picker></taal-goal-picker>`);
      expect($$(el, '[part="read-aloud-button"]')).to.have.length(0);
      await openDomain(el, 'health-exercise');
      expect($$(el, '[part="read-aloud-button"]')).to.have.length(0);
    });

    it('reads a domain and a goal aloud in Dutch with a Dutch voice', async () => {
      const speech = installSpeech([voice('en-US'), voice('nl-NL')]);
      const el = await fixture<TaalGoalPicker>(html`<taal-goal-picker></taal-goal-picker>`);
      const buttons = $$<HTMLButtonElement>(el, '[part="read-aloud-button"]');
      expect(buttons).to.have.length(8);
      const healthButton = tile(el, 'health-exercise').parentElement!.querySelector<HTMLButtonElement>(
        '[part="read-aloud-button"]',
      )!;
      expect(healthButton.getAttribute('aria-label')).to.equal('Lees voor: Gezondheid en bewegen');
      healthButton.click();
      expect(speech.spoken).to.have.length(1);
      expect(speech.spoken[0].text).to.equal('Gezondheid en bewegen');
      expect(speech.spoken[0].lang).to.equal('nl-NL');
      // Reading a domain aloud does not open it.
      expect(heading(el).textContent!.trim()).to.equal('Waarvoor wil je Nederlands leren?');

      await openDomain(el, 'health-exercise');
      const card = checkbox(el, 'health-emergency').closest('li')!;
      card.querySelector<HTMLButtonElement>('[part="read-aloud-button"]')!.click();
      expect(speech.spoken.at(-1)!.text).to.equal(dutch('health-emergency'));
      expect(speech.spoken.at(-1)!.lang).to.equal('nl-NL');
      expect(speech.cancelled).to.be.at.least(2); // what was still being read stops first
      expect(checkbox(el, 'health-emergency').checked).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('shows the buttons once the voices arrive (voiceschanged)', async () => {
      const speech = installSpeech([]);
      const el = await fixture<TaalGoalPicker>(html`<taal-goal-picker></taal-goal-picker>`);
      expect($$(el, '[part="read-aloud-button"]')).to.have.length(0);
      speech.voices = [voice('nl-BE')];
      speech.dispatchEvent(new Event('voiceschanged'));
      await settle(el);
      expect($$(el, '[part="read-aloud-button"]')).to.have.length(8);
    });

    it("reads a goal in the visitor's language when the UI is English and the goal has English text", async () => {
      const speech = installSpeech([voice('nl-NL'), voice('en-GB')]);
      const el = await mountWithFeed('en');
      await openDomain(el, 'health-exercise');
      const card = checkbox(el, 'health-dentist').closest('li')!;
      card.querySelector<HTMLButtonElement>('[part="read-aloud-button"]')!.click();
      expect(speech.spoken.at(-1)!.text).to.equal('I can tell the dentist which tooth hurts.');
      expect(speech.spoken.at(-1)!.lang).to.equal('en-GB');
    });
  });

  describe('steering a finder', () => {
    it('sets goalSteering on the finder named by `for` on every change', async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <taal-goal-picker for="steered-finder"></taal-goal-picker>
          <taal-programme-finder id="steered-finder"></taal-programme-finder>
        </div>`,
      );
      const el = page.querySelector('taal-goal-picker')!;
      const finder = page.querySelector('taal-programme-finder') as HTMLElement & {
        goalSteering?: GoalSteering;
      };
      await settle(el);
      expect(finder.goalSteering ?? null).to.equal(null); // nothing chosen, nothing steered

      await openDomain(el, 'health-exercise');
      await choose(el, 'health-gp-appointment');
      await waitUntil(() => finder.goalSteering != null);
      expect(finder.goalSteering).to.deep.equal({
        domains: ['health-exercise'],
        goals: ['health-gp-appointment'],
      });

      $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
      await settle(el);
      await openDomain(el, 'work-education');
      await choose(el, 'work-cv');
      await waitUntil(() => finder.goalSteering!.goals.length === 2);
      expect(finder.goalSteering).to.deep.equal({
        domains: ['work-education', 'health-exercise'],
        goals: ['health-gp-appointment', 'work-cv'],
      });

      // Unchoosing everything lifts the filter.
      await choose(el, 'work-cv');
      $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
      await settle(el);
      await openDomain(el, 'health-exercise');
      await choose(el, 'health-gp-appointment');
      await waitUntil(() => finder.goalSteering!.goals.length === 0);
      expect(finder.goalSteering).to.deep.equal({ domains: [], goals: [] });
    });

    it('steers on start when the goals come from the URL, without firing taal-goals-change', async () => {
      setHash('#doelen=digital-digid-login,arranging-forms');
      let fired = 0;
      const onChange = () => (fired += 1);
      document.addEventListener('taal-goals-change', onChange);
      try {
        const page = await fixture<HTMLElement>(
          html`<div>
            <taal-programme-finder id="start-finder"></taal-programme-finder>
            <taal-goal-picker for="start-finder"></taal-goal-picker>
          </div>`,
        );
        const finder = page.querySelector('taal-programme-finder') as HTMLElement & {
          goalSteering?: GoalSteering;
        };
        await waitUntil(() => finder.goalSteering != null);
        expect(finder.goalSteering).to.deep.equal({
          domains: ['arranging-matters', 'digital-skills'],
          goals: ['digital-digid-login', 'arranging-forms'],
        });
        expect(fired).to.equal(0);
      } finally {
        document.removeEventListener('taal-goals-change', onChange);
      }
    });
  });

  describe('share link', () => {
    it('round-trips the chosen goals through the URL hash', async () => {
      const first = await fixture<TaalGoalPicker>(html`<taal-goal-picker></taal-goal-picker>`);
      await openDomain(first, 'numeracy');
      await choose(first, 'numeracy-budget');
      await choose(first, 'numeracy-clock');
      $<HTMLButtonElement>(first, '[part="summary-button"]')!.click();
      await settle(first);
      const link = $<HTMLInputElement>(first, '#share-link')!.value;
      const url = new URL(link);
      expect(url.pathname).to.equal(location.pathname);
      expect(url.hash).to.equal('#doelen=numeracy-budget,numeracy-clock');

      // Someone opens the link: the picker starts on "Mijn doelen" with those goals.
      setHash(url.hash);
      const second = await fixture<TaalGoalPicker>(html`<taal-goal-picker></taal-goal-picker>`);
      await settle(second);
      expect(second.selectedGoals).to.deep.equal(['numeracy-budget', 'numeracy-clock']);
      expect(heading(second).textContent!.trim()).to.equal('Mijn doelen');
      const texts = $$(second, '[part="summary-goal"]').map((li) => li.textContent!);
      expect(texts).to.have.length(2);
      expect(texts.join(' ')).to.contain(dutch('numeracy-budget'));
      expect($<HTMLInputElement>(second, '#share-link')!.value).to.equal(link);
      expect(focused(second)).to.equal(null); // no focus jump on page load
      await expect(second).to.be.accessible();
    });

    it('copies the link with the copy button, and says so', async () => {
      const el = await fixture<TaalGoalPicker>(html`<taal-goal-picker></taal-goal-picker>`);
      await openDomain(el, 'leisure-social');
      await choose(el, 'leisure-greet');
      $<HTMLButtonElement>(el, '[part="summary-button"]')!.click();
      await settle(el);
      let copied = '';
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void (copied = text) },
      });
      try {
        const copyButton = $$<HTMLButtonElement>(el, '[part="share"] button').find((b) =>
          b.textContent!.includes('Kopieer link'),
        )!;
        copyButton.click();
        await waitUntil(() => $(el, '.share-status')!.textContent!.trim() !== '');
        expect(copied).to.match(/#doelen=leisure-greet$/);
        expect($(el, '.share-status')!.textContent!.trim()).to.equal('De link is gekopieerd.');
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
    });
  });

  describe('feed', () => {
    it("adds the feed's goals and replaces built-in goals by id", async () => {
      const el = await mountWithFeed();
      await openDomain(el, 'health-exercise');
      const ids = $$<HTMLInputElement>(el, '[part="goal-card"] input').map((input) => input.dataset.goal);
      expect(ids).to.deep.equal([...domainGoalIds('health-exercise'), 'health-dentist']);
      const replaced = checkbox(el, 'health-gp-appointment').closest('label')!;
      expect(replaced.textContent).to.contain('Ik kan bij de huisarts in Testdorp een afspraak maken.');
      expect(replaced.textContent).to.contain('Niveau A1');
      // It keeps the built-in picture.
      expect(replaced.querySelector('svg')!.classList.contains('situation-icon-doctor')).to.equal(true);
      const added = checkbox(el, 'health-dentist').closest('label')!;
      expect(added.querySelector('.goal-text')!.getAttribute('lang')).to.equal('nl');

      $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
      await settle(el);
      await openDomain(el, 'leisure-social');
      expect(checkbox(el, 'leisure-chess-club')).to.exist;
      // A feed goal without a built-in twin shows its domain's picture.
      expect(
        checkbox(el, 'leisure-chess-club')
          .closest('label')!
          .querySelector('svg')!
          .classList.contains('domain-icon'),
      ).to.equal(true);
    });

    it('keeps every built-in goal when its feed fails, with a small notice and a retry', async () => {
      const el = await fixture<TaalGoalPicker>(
        html`<taal-goal-picker src="/nergens.json"></taal-goal-picker>`,
      );
      await oneEvent(el, 'taal-feed-error');
      await settle(el);
      expect($(el, '[part="retry-button"]')).to.exist;
      expect($$(el, '[part="domain-tile"]')).to.have.length(8);
      await expect(el).to.be.accessible();
      await openDomain(el, 'numeracy');
      expect($$(el, '[part="goal-card"]')).to.have.length(domainGoalIds('numeracy').length);
      await expect(el).to.be.accessible();
    });
  });

  describe('print', () => {
    it('has print rules in its stylesheet that hide the controls and show the sheet', async () => {
      setHash('#doelen=health-gp-appointment,digital-email');
      const el = await fixture<TaalGoalPicker>(html`<taal-goal-picker></taal-goal-picker>`);
      await settle(el);
      const printRules = shadow(el)
        .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter(
          (rule): rule is CSSMediaRule =>
            rule instanceof CSSMediaRule && rule.media.mediaText.includes('print'),
        );
      expect(printRules.length).to.be.at.least(1);

      expect(getComputedStyle($(el, '[part="steps"]')!).display).not.to.equal('none');
      expect(getComputedStyle($(el, '.print-meta')!).display).to.equal('none');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '[part="steps"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="print-button"]')!.parentElement!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="share"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.print-meta')!).display).to.equal('flex');
      expect(getComputedStyle($(el, '[part="summary-goal"] svg')!).display).not.to.equal('none');
      // It fits one A4 page (about 1000 px of CSS height at 96 dpi, less the margins).
      expect($(el, '[part="summary"]')!.getBoundingClientRect().height).to.be.lessThan(950);
    });

    it('shows each goal in Dutch when the UI is English, next to the English text where there is one', async () => {
      setHash('#doelen=health-gp-appointment,digital-email,health-dentist');
      const el = await mountWithFeed('en');
      expect($$(el, '[part="summary-goal"]')).to.have.length(3);
      const summary = $(el, '[part="summary"]')!;
      // Every goal's Dutch text is there, for the coordinator.
      expect(summary.textContent).to.contain('Ik kan bij de huisarts in Testdorp een afspraak maken.');
      expect(summary.textContent).to.contain('Ik kan de tandarts vertellen welke tand pijn doet.');
      expect(summary.textContent).to.contain(dutch('digital-email'));
      for (const item of $$(el, '[part="summary-goal"]'))
        expect(item.querySelector('.text-nl[lang="nl"]')).to.exist;
      // Side by side for a goal with an English text: Dutch marked nl, English marked en.
      const dentist = $(el, '[part="summary-goal"][data-goal="health-dentist"]')!;
      expect(dentist.querySelector('.goal-texts')!.classList.contains('both')).to.equal(true);
      expect(dentist.querySelector('[lang="nl"]')!.textContent).to.equal(
        'Ik kan de tandarts vertellen welke tand pijn doet.',
      );
      expect(dentist.querySelector('[lang="en"]')!.textContent).to.equal(
        'I can tell the dentist which tooth hurts.',
      );
      await emulateMedia({ media: 'print' });
      const texts = dentist.querySelector('.goal-texts')!;
      expect(getComputedStyle(texts).gridTemplateColumns.split(' ')).to.have.length(2);
      // A goal only in Dutch stays in the Dutch column.
      const emailDutch = $(el, '[part="summary-goal"][data-goal="digital-email"] .text-nl')!;
      expect(getComputedStyle(emailDutch).gridColumnStart).to.equal('1');
      expect(getComputedStyle($(el, '.column-heads')!).display).to.equal('grid');
      expect($(el, '.column-heads')!.textContent).to.contain('Nederlands');
      expect($(el, '.column-heads')!.textContent).to.contain('English');
      await emulateMedia({ media: 'screen' });
      await expect(el).to.be.accessible();
    });

    it('prints the summary alone: the print button hides the rest of the page during window.print()', async () => {
      setHash('#doelen=work-cv');
      const page = await fixture<HTMLElement>(
        html`<div>
          <p id="around">Menu van de bibliotheek</p>
          <taal-goal-picker></taal-goal-picker>
        </div>`,
      );
      const el = page.querySelector('taal-goal-picker')!;
      await settle(el);
      const original = window.print;
      let during: { sheets: number; marked: boolean; aroundShown: string } | undefined;
      const sheetsBefore = document.adoptedStyleSheets.length;
      window.print = () => {
        during = {
          sheets: document.adoptedStyleSheets.length,
          marked: el.hasAttribute('data-taal-print-path') && page.hasAttribute('data-taal-print-path'),
          aroundShown: getComputedStyle(page.querySelector('#around')!).display,
        };
      };
      try {
        await emulateMedia({ media: 'print' });
        $<HTMLButtonElement>(el, '[part="print-button"]')!.click();
        expect(during).to.deep.equal({ sheets: sheetsBefore + 1, marked: true, aroundShown: 'none' });
        window.dispatchEvent(new Event('afterprint'));
        expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
        expect(el.hasAttribute('data-taal-print-path')).to.equal(false);
        expect(getComputedStyle(page.querySelector('#around')!).display).to.equal('block');
      } finally {
        window.print = original;
      }
    });
  });

  describe('Arabic (right to left)', () => {
    it('mirrors the layout and the back arrow, and is accessible in every step', async () => {
      const el = await fixture<TaalGoalPicker>(html`<taal-goal-picker locale="ar"></taal-goal-picker>`);
      await waitUntil(() => el.getAttribute('dir') === 'rtl');
      await settle(el);
      expect(el.getAttribute('lang')).to.equal('ar');
      await expect(el).to.be.accessible();
      // The first tile sits on the right.
      const [firstTile, secondTile] = $$(el, '[part="domain-tile"]');
      expect(firstTile.getBoundingClientRect().left).to.be.greaterThan(
        secondTile.getBoundingClientRect().left,
      );

      await openDomain(el, 'parenting');
      const arrow = $(el, '[part="back-button"] svg')!;
      expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      // Goal texts are in Arabic, marked so for screen readers.
      expect($(el, '.goal-text')!.getAttribute('lang')).to.equal('ar');
      await expect(el).to.be.accessible();
      await choose(el, 'parenting-read-aloud');
      $<HTMLButtonElement>(el, '[part="summary-button"]')!.click();
      await settle(el);
      expect($$(el, '[part="summary-goal"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });
});
