/**
 * A feed full of injection payloads (HTML, script, event handlers, `javascript:` and
 * `data:` URLs, bidi overrides, a 20,000-character word) in every text and URL field:
 * every widget that reads a feed shows it as plain text, follows no unsafe link, reports
 * the links it dropped, keeps bidi overrides from turning its own text around, and stays
 * as wide as a phone.
 */
import '../support/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { setViewport } from '@web/test-runner-commands';
import '../../src/programme-finder/define.js';
import '../../src/goal-picker/define.js';
import '../../src/volunteer-form/define.js';
import type { TaalProgrammeFinder } from '../../src/programme-finder/programme-finder.js';
import type { TaalGoalPicker } from '../../src/goal-picker/goal-picker.js';
import type { TaalVolunteerForm } from '../../src/volunteer-form/volunteer-form.js';
import type { FeedIssue } from '../../src/feed/schema.js';
import { switchLocale } from '../../src/localization/localization.js';
import { withoutBidiControls } from '../../src/shared/format.js';
import { alternatives, ltr } from '../../src/programme-finder/programme-text.js';
import {
  EMAIL_PAYLOAD,
  HOSTILE_SAFE_URLS,
  RLO,
  TEXT_PAYLOADS,
  injectionFeed,
  type TextField,
} from '../fixtures/injection-feed.js';
import {
  feedUrl,
  injectionProblems,
  overflow,
  resetCanary,
  settle,
  shadowText,
  unisolatedFeedText,
} from './helpers.js';

const NOW = new Date('2027-01-11T12:00:00+01:00');
const { feed, texts, urls } = injectionFeed();
const FEED = feedUrl(feed);
const PROGRAMMES = feed.programmes as { id: string }[];
/** Every feed text as a visitor sees it. */
const VALUES = texts.map((t) => t.shown);
/** The ones that hold a bidi override. */
const BIDI_VALUES = VALUES.filter((v) => /[\u202d\u202e]/.test(v));

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The feed texts shown in `where` that the widget's text lacks. */
function missing(host: Element, fields: TextField[]): string[] {
  const shown = shadowText(host);
  return fields.filter((t) => !shown.includes(t.shown)).map((t) => `${t.path} (${t.payload})`);
}

/**
 * What every rendered state must hold: nothing from the feed became markup or ran, each of
 * `fields` shows as its text, and every feed text is isolated from the interface around it.
 */
function expectInertText(host: Element, fields: TextField[]): void {
  expect(injectionProblems(host)).to.deep.equal([]);
  expect(missing(host, fields)).to.deep.equal([]);
  expect(unisolatedFeedText(host, VALUES)).to.deep.equal([]);
}

async function mountFinder(
  src = FEED,
  locale = 'nl',
): Promise<{ el: TaalProgrammeFinder; issues: FeedIssue[] }> {
  let issues: FeedIssue[] | undefined;
  const listener = (event: Event) => (issues = (event as CustomEvent).detail.issues);
  document.addEventListener('taal-feed-loaded', listener);
  try {
    const el = await fixture<TaalProgrammeFinder>(
      html`<taal-programme-finder locale=${locale} .now=${NOW} src=${src}></taal-programme-finder>`,
    );
    await waitUntil(() => el.getAttribute('lang') === locale, 'locale applied', { timeout: 10000 });
    await waitUntil(() => $(el, '[part~="result-card"]'), 'results shown', { timeout: 10000 });
    await waitUntil(() => issues, 'taal-feed-loaded fired');
    return { el, issues: issues! };
  } finally {
    document.removeEventListener('taal-feed-loaded', listener);
  }
}

/** Shows every result card and every value of every filter group. */
async function showEverything(el: TaalProgrammeFinder): Promise<void> {
  for (let more = $(el, '[part="show-more"]'); more; more = $(el, '[part="show-more"]')) {
    more.click();
    await el.updateComplete;
  }
  for (const button of $$(el, '.more-values[aria-expanded="false"]')) {
    button.click();
    await el.updateComplete;
  }
  for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
  await el.updateComplete;
}

async function openDetail(el: TaalProgrammeFinder, id: string): Promise<void> {
  const control = $$(el, '.card-link').find((c) => c.dataset.id === id);
  if (!control) throw new Error(`no card for programme ${id}`);
  control.click();
  await el.updateComplete;
  await waitUntil(() => $(el, '[part="detail"]'), 'detail shown');
}

async function closeDetail(el: TaalProgrammeFinder): Promise<void> {
  $(el, '[part="back-button"]')!.click();
  await el.updateComplete;
  await waitUntil(() => $(el, '[part~="result-card"]'), 'back at the results');
}

describe('the security checks themselves', () => {
  it('find markup, event handlers, script links and a payload that ran', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = `<p>tekst</p>
      <img alt="">
      <span onclick="x()">klik</span>
      <a href=" javascript:void 0">a</a>
      <a href="java&#9;script:void 0">b</a>
      <a href="data:text/html,x">c</a>
      <a href="https://example.org/">fine</a>
      <a href="mailto:a@example.org">fine</a>
      <svg viewBox="0 0 1 1"></svg>
      <svg aria-hidden="true"><path d="M0 0"/></svg>`;
    (window as unknown as Record<string, unknown>).__pwned = 'test';
    try {
      const problems = injectionProblems(host);
      expect(problems).to.have.length(7);
      expect(problems.join('\n'))
        .to.match(/<img>/)
        .and.match(/onclick/)
        .and.match(/javascript:/);
      expect(problems.join('\n'))
        .to.match(/data:/)
        .and.match(/<svg>/)
        .and.match(/payload ran/);
    } finally {
      resetCanary();
    }
  });

  it('find feed text with an override that is not isolated from the interface text after it', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const feedText = `Bieb ${RLO}West`;
      host.attachShadow({ mode: 'open' }).innerHTML = `
        <p><span>${feedText}</span> · Cursus</p>
        <p><span dir="ltr">${feedText}</span> · Cursus</p>
        <p><span>${feedText}</span></p>
        <p>Tip: haal “${feedText}” weg.</p>`;
      const problems = unisolatedFeedText(host, [feedText]);
      expect(problems).to.have.length(2);
      expect(problems[0]).to.match(/not isolated from the interface text after it, "· Cursus"/);
      expect(problems[1]).to.match(/put inside interface text, before "” weg."/);
    } finally {
      host.remove();
    }
  });

  it('feed text put inside a sentence loses its bidi controls, and nothing else', () => {
    expect(
      withoutBidiControls(`Bieb ${RLO}West \u2067عربي\u2069 \u202a\u202b\u202c\u2066\u2068 ok`),
    ).to.equal('Bieb West عربي  ok');
    expect(withoutBidiControls('Taalcafé <b>&amp;</b> \u200e')).to.equal('Taalcafé <b>&amp;</b> \u200e');
    expect(alternatives([`Bieb ${RLO}West`, 'Centrum'], 'nl')).to.equal('Bieb West of Centrum');
    // A stray pop-isolate in an address cannot end the isolate ltr() puts around it.
    expect(ltr(`a\u2069${RLO}b@example.org`)).to.equal('\u2066ab@example.org\u2069');
  });
});

describe('an injection feed in every widget', function () {
  this.timeout(60000);

  beforeEach(resetCanary);
  afterEach(resetCanary);

  describe('taal-programme-finder', () => {
    it('keeps every programme, drops every unsafe link and reports each in taal-feed-loaded', async () => {
      const { el, issues } = await mountFinder();
      expect(
        $$(el, '[part~="result-card"]').length + Number(!!$(el, '[part="show-more"]')),
      ).to.be.greaterThan(0);
      await showEverything(el);
      expect($$(el, '[part~="result-card"]')).to.have.length(PROGRAMMES.length);
      expect(issues.filter((i) => /skipped/.test(i.message))).to.deep.equal([]);
      const reported = new Set(issues.map((i) => i.path));
      const unsafe = urls.filter((u) => !u.kept);
      expect(unsafe.length).to.be.greaterThan(20);
      expect(unsafe.filter((u) => !reported.has(u.path)).map((u) => `${u.path}: ${u.value}`)).to.deep.equal(
        [],
      );
      expect(urls.filter((u) => u.kept && reported.has(u.path)).map((u) => u.path)).to.deep.equal([]);
      for (const issue of issues) expect(issue.message).to.match(/left out/);
    });

    it('shows every text of the list and the filters as plain text, and nothing runs', async () => {
      const { el } = await mountFinder();
      await showEverything(el);
      await settle();
      expect(injectionProblems(el)).to.deep.equal([]);
      expect(
        missing(
          el,
          texts.filter((t) => t.where.includes('card') || t.where.includes('filters')),
        ),
      ).to.deep.equal([]);
      // The filter panel names the feed's places and organisations, as text.
      const options = $$(el, 'input[data-facet="location"], input[data-facet="organisation"]');
      expect(options.length).to.equal(PROGRAMMES.length * 2 - 2 + 1); // + the publisher
    });

    it('shows every text of each opened programme as plain text, with only safe links', async () => {
      const { el } = await mountFinder();
      await showEverything(el);
      const problems: string[] = [];
      for (let i = 0; i < PROGRAMMES.length; i += 1) {
        await openDetail(el, PROGRAMMES[i].id);
        await settle();
        const detail = $(el, '[part="detail"]')!;
        problems.push(...injectionProblems(el).map((p) => `programme ${i}: ${p}`));
        problems.push(
          ...missing(
            el,
            texts.filter((t) => t.where.includes('detail') && t.programme === i),
          ).map((p) => `programme ${i}: not shown: ${p}`),
        );
        const hrefs = [...detail.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
        for (const u of urls.filter((u) => u.programme === i)) {
          if (u.kept && !hrefs.includes(u.value)) problems.push(`programme ${i}: no link to ${u.path}`);
          if (!u.kept && hrefs.includes(u.value)) problems.push(`programme ${i}: links to unsafe ${u.path}`);
        }
        if (i < PROGRAMMES.length - 1) {
          // The contact address: a mailto: link that shows the address as text.
          const mail = [...detail.querySelectorAll<HTMLAnchorElement>('a[href^="mailto:"]')];
          if (mail.length !== 1 || mail[0].getAttribute('href') !== `mailto:${EMAIL_PAYLOAD}`)
            problems.push(`programme ${i}: the e-mail link is ${mail.map((a) => a.getAttribute('href'))}`);
          else if (!mail[0].textContent!.includes(EMAIL_PAYLOAD))
            problems.push(`programme ${i}: the e-mail address is not shown as text`);
        }
        await closeDetail(el);
      }
      expect(problems).to.deep.equal([]);
    });

    it('a hostile but safe link stays one attribute value: its quotes and brackets do not make elements', async () => {
      const { el } = await mountFinder();
      await showEverything(el);
      const withHostile = urls.find((u) => u.kept && u.programme !== undefined)!;
      expect(HOSTILE_SAFE_URLS).to.include(withHostile.value);
      await openDetail(el, PROGRAMMES[withHostile.programme!].id);
      const link = $$<HTMLAnchorElement>(el, '[part="detail"] a[href]').find(
        (a) => a.getAttribute('href') === withHostile.value,
      )!;
      expect(link, withHostile.path).to.exist;
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.contain('noopener');
      expect(injectionProblems(el)).to.deep.equal([]);
    });

    it('bidi overrides in feed text do not turn the text of the list, the filters or a programme around', async () => {
      const { el } = await mountFinder();
      await showEverything(el);
      const problems = unisolatedFeedText(el, VALUES);
      for (const [i, programme] of PROGRAMMES.entries()) {
        if (!texts.some((t) => t.programme === i && BIDI_VALUES.includes(t.shown))) continue;
        await openDetail(el, programme.id);
        problems.push(...unisolatedFeedText(el, VALUES).map((p) => `detail ${i}: ${p}`));
        await closeDetail(el);
      }
      expect(problems).to.deep.equal([]);
    });

    it('a right-to-left override in an organisation name leaves the kind label next to it readable', async () => {
      const { el } = await mountFinder();
      const i = texts.find((t) => t.path.startsWith('organisations') && t.shown.includes(RLO))!.programme!;
      await showEverything(el);
      const card = $$(el, '.card-link')
        .find((c) => c.dataset.id === PROGRAMMES[i].id)!
        .closest('[part~="result-card"]')!;
      const line = card.querySelector('.card-org')!;
      const kind = [...line.querySelectorAll('span')].at(-1)!;
      expect(kind.textContent).to.equal('Taalcafé');
      // Left to right, as Dutch reads: each letter further right than the one before.
      const text = [...kind.childNodes].find((n): n is Text => n instanceof Text && n.data.trim() !== '')!;
      const lefts = [...text.data].map((_, n) => {
        const range = document.createRange();
        range.setStart(text, n);
        range.setEnd(text, n + 1);
        return range.getBoundingClientRect().left;
      });
      expect(lefts).to.have.length(8);
      expect(lefts, 'the letters of "Taalcafé", left to right').to.deep.equal(
        [...lefts].sort((a, b) => a - b),
      );
      expect(lefts[7]).to.be.greaterThan(lefts[0]);
    });

    it('a suggestion to remove a filter does not put a feed name, bidi override and all, into its sentence', async () => {
      const { el } = await mountFinder();
      await showEverything(el);
      // Two places no programme shares with an organisation: nothing matches, and the tip names one.
      const i = texts.find((t) => t.path.startsWith('locations') && t.shown.includes(RLO))!.programme!;
      const j = (i + 1) % (PROGRAMMES.length - 1);
      const ids = (list: unknown) => (list as { id: string }[]).map((item) => item.id);
      for (const [facet, value] of [
        ['location', ids(feed.locations)[i]],
        ['organisation', ids(feed.organisations)[j]],
      ]) {
        $(el, `input[data-facet="${facet}"][data-value="${CSS.escape(value)}"]`)!.click();
        await el.updateComplete;
      }
      await waitUntil(() => $(el, '[part="empty"]'), 'nothing matches');
      expect(injectionProblems(el)).to.deep.equal([]);
      expect(unisolatedFeedText(el, VALUES)).to.deep.equal([]);
    });

    it('in Arabic (right to left) the list and a programme show the feed as plain text, overrides kept in place', async () => {
      try {
        const { el } = await mountFinder(FEED, 'ar');
        await showEverything(el);
        await settle();
        expect(injectionProblems(el)).to.deep.equal([]);
        expect(
          missing(
            el,
            texts.filter((t) => t.where.includes('card')),
          ),
        ).to.deep.equal([]);
        const problems = unisolatedFeedText(el, [...VALUES, ...texts.map((t) => `${t.shown} (ar)`)]);
        const i = texts.find((t) => t.path.startsWith('organisations') && t.shown.includes(RLO))!.programme!;
        await openDetail(el, PROGRAMMES[i].id);
        problems.push(...unisolatedFeedText(el, [...VALUES, ...texts.map((t) => `${t.shown} (ar)`)]));
        expect(injectionProblems(el)).to.deep.equal([]);
        expect(problems).to.deep.equal([]);
      } finally {
        await switchLocale('nl');
      }
    });

    it('at 320 px wide, neither the page nor the finder scrolls sideways: list, filters and a long programme', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { el } = await mountFinder();
        await showEverything(el);
        expect(overflow(el), 'the list').to.deep.equal({ page: 0, widget: 0 });
        $(el, '[part="filter-toggle"]')!.click();
        await el.updateComplete;
        expect(overflow(el), 'the filter panel').to.deep.equal({ page: 0, widget: 0 });
        $(el, '[part="filter-toggle"]')!.click();
        await el.updateComplete;
        const long = texts.find((t) => t.payload === 'a 20,000-character word' && t.path.endsWith('.title'))!;
        await openDetail(el, PROGRAMMES[long.programme!].id);
        expect(overflow(el), 'the detail view').to.deep.equal({ page: 0, widget: 0 });
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('taal-programme-finder over a hostile region', () => {
    // The manifest's own texts are hostile too: region, publisher and place names.
    const payload = (n: number) => TEXT_PAYLOADS[n]!.value;
    const gone = feedUrl({});
    URL.revokeObjectURL(gone);
    const region = {
      regionVersion: 1,
      name: payload(1),
      updated: '2027-01-10T04:00:00+01:00',
      places: [
        { name: 'Zutphen', lat: 52.09, lon: 5.12 },
        { name: payload(2), lat: 52.1, lon: 5.13 },
        { name: `Zut${RLO}phen-Noord`, lat: 52.11, lon: 5.12 },
      ],
      publishers: [
        {
          id: 'evil',
          name: payload(3),
          feed: 'x',
          shard: FEED,
          programmes: PROGRAMMES.length,
          places: ['Zutphen'],
          area: { lat: 52.09, lon: 5.12, radiusKm: 2 },
          status: 'ok',
        },
        {
          id: 'gone',
          name: payload(0),
          feed: 'y',
          shard: gone,
          programmes: 1,
          places: ['Zutphen'],
          status: 'stale',
        },
      ],
    };
    const REGION = feedUrl(region);

    it('the place question, region bar, failed notice and every card keep manifest and feed text inert', async () => {
      const el = await fixture<TaalProgrammeFinder>(
        html`<taal-programme-finder .now=${NOW} src=${REGION}></taal-programme-finder>`,
      );
      await waitUntil(() => $(el, '#place-input'), 'place question', { timeout: 10000 });
      const input = $<HTMLInputElement>(el, '#place-input')!;
      input.value = 'z';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(injectionProblems(el)).to.deep.equal([]);
      expect($$(el, '.place-suggestions button').map((b) => b.textContent!.trim())).to.include(
        `Zut${RLO}phen-Noord`,
      );
      $$<HTMLButtonElement>(el, '.place-suggestions button')[0]!.click();
      await waitUntil(() => $(el, '[part~="result-card"]'), 'results shown', { timeout: 10000 });
      await showEverything(el);
      await settle();
      expect(shadowText(el)).to.contain(payload(3));
      expect($(el, '[part="region-failed"]')!.textContent).to.contain(payload(0));
      // The feed's own publisher name gives way to the manifest's name for it (payload 3).
      expectInertText(
        el,
        texts.filter((t) => t.where.includes('card') && t.path !== 'publisher.name'),
      );
    });
  });

  describe('taal-goal-picker', () => {
    async function mountPicker(): Promise<TaalGoalPicker> {
      let loaded = false;
      const listener = () => (loaded = true);
      document.addEventListener('taal-feed-loaded', listener);
      try {
        const el = await fixture<TaalGoalPicker>(
          html`<taal-goal-picker locale="nl" src=${FEED}></taal-goal-picker>`,
        );
        await waitUntil(() => loaded, 'taal-feed-loaded fired', { timeout: 10000 });
        await el.updateComplete;
        $<HTMLButtonElement>(el, '[data-domain="leisure-social"]')!.click();
        await el.updateComplete;
        await waitUntil(() => $(el, '.goal-card'), 'goals shown');
        return el;
      } finally {
        document.removeEventListener('taal-feed-loaded', listener);
      }
    }

    it('shows the feed’s goals and the chosen ones as plain text, and nothing runs', async () => {
      const el = await mountPicker();
      const goals = feed.goals as { id: string }[];
      await settle();
      expectInertText(
        el,
        texts.filter((t) => t.where.includes('goal')),
      );
      for (const goal of goals) {
        const box = $$<HTMLInputElement>(el, 'input[data-goal]').find((b) => b.dataset.goal === goal.id);
        expect(box, goal.id).to.exist;
        box!.click();
        await el.updateComplete;
      }
      $(el, '[part="summary-button"]')!.click();
      await el.updateComplete;
      await waitUntil(() => $(el, '[part="summary-goal"]'), 'summary shown');
      expect($$(el, '[part="summary-goal"]')).to.have.length(goals.length);
      await settle();
      expectInertText(
        el,
        texts.filter((t) => t.where.includes('goal')),
      );
    });

    it('at 320 px wide, the goals and the summary do not scroll sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await mountPicker();
        expect(overflow(el), 'the goals').to.deep.equal({ page: 0, widget: 0 });
        for (const box of $$<HTMLInputElement>(el, 'input[data-goal]')) box.click();
        await el.updateComplete;
        $(el, '[part="summary-button"]')!.click();
        await el.updateComplete;
        await waitUntil(() => $(el, '[part="summary-goal"]'), 'summary shown');
        expect(overflow(el), 'the summary').to.deep.equal({ page: 0, widget: 0 });
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('taal-volunteer-form', () => {
    async function mountForm(src = FEED): Promise<TaalVolunteerForm> {
      const el = await fixture<TaalVolunteerForm>(
        html`<taal-volunteer-form
          locale="nl"
          src=${src}
          action="https://aanmelden.example.org/api/aanmelden"
          .minFillTime=${0}
        ></taal-volunteer-form>`,
      );
      await waitUntil(
        () => $$(el, '[part~="role-card"]').length === PROGRAMMES.length - 1,
        'the feed’s roles',
        {
          timeout: 10000,
        },
      );
      return el;
    }

    it('shows the roles as plain text, drops the unsafe privacy link, and nothing runs', async () => {
      const el = await mountForm();
      for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
      await settle();
      expectInertText(
        el,
        texts.filter((t) => t.where.includes('role')),
      );
      expect($$(el, 'a[href]').map((a) => a.getAttribute('href'))).to.deep.equal([]);
    });

    it('the check-answers step shows the chosen roles as plain text', async () => {
      const el = await mountForm();
      for (const box of $$<HTMLInputElement>(el, 'input[name="roles"]')) box.click();
      const type = (id: string, value: string) => {
        const input = $<HTMLInputElement>(el, `#${id}`)!;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      };
      type('tw-name', 'Samira');
      type('tw-email', 'samira@example.nl');
      $<HTMLInputElement>(el, '#tw-consent-privacy')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
      await el.updateComplete;
      await waitUntil(() => $(el, '[part~="check-answers"]'), 'at the check step');
      await settle();
      expectInertText(
        el,
        texts.filter((t) => t.path.startsWith('volunteerRoles') && t.path.endsWith('.title')),
      );
    });

    it('a hostile but safe privacy link stays one attribute value', async () => {
      const hostile = injectionFeed({ privacyUrl: HOSTILE_SAFE_URLS[0] });
      const el = await mountForm(feedUrl(hostile.feed));
      const links = $$<HTMLAnchorElement>(el, 'a[href]');
      // As the browser reads it (percent-encoded): still one attribute, on the same address.
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([new URL(HOSTILE_SAFE_URLS[0]).href]);
      expect(links[0].rel).to.contain('noopener');
      expect(injectionProblems(el)).to.deep.equal([]);
    });

    it('at 320 px wide, the roles do not scroll sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await mountForm();
        for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
        await el.updateComplete;
        expect(overflow(el)).to.deep.equal({ page: 0, widget: 0 });
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
