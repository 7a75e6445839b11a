// Accessibility gates for every widget, through the built dist/taalwijzer.js on a served page,
// in Dutch, Arabic (right to left) and Tigrinya (Ethiopic script):
//
// - axe-core (WCAG 2.0/2.1/2.2 A and AA rules, target size included) finds nothing, in every
//   state: the finder's results, filters open, no results, a programme (and its shared
//   link), a feed error, a feed with broken items; the goal picker's topics, goals, a level
//   without goals, chosen goals, "my goals" on screen and printed, a failed goals feed; the
//   volunteer form's questions, "empty the form", error summary, check step, server error,
//   thank-you, and a failed roles feed;
// - reflow (1.4.10): nothing scrolls, sticks out or is cut off sideways at 320 px, nor at
//   200% zoom of a 1280 px window (and at 1280 px);
// - target size (2.5.8): every control is 24 x 24 CSS px, or has room around it, or is a
//   link inside a sentence;
// - visible focus (2.4.7, 2.4.11): Tab through each widget; every stop shows an outline or
//   shadow it does not have unfocused, and is neither out of sight nor covered;
// - forced colours: focus outlines, buttons with borders, chosen states not by colour alone,
//   icons in currentColor, in every widget (embed.test.mjs checks the tokens' part);
// - screen-reader announcements: the result count (in the visitor's language, from a live
//   region that was on the page before), feed errors, "no goals", "link copied", "form
//   emptied", the form's error summary, "sending", server error and thank-you.
//
// Keyboard journeys themselves are tested elsewhere. The test page is an ordinary page (no
// strict CSP) so axe can be injected; strict-CSP pages are covered by embed.test.mjs.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { startServer, sendJson } from '../../examples/serve.mjs';
import { findBrowser, BROWSER_ARGS } from '../../scripts/find-browser.mjs';
import { installProbes } from './support/a11y-probes.mjs';
import { newPage } from './support/browser.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LOCALES = ['nl', 'ar', 'ti'];
const TIMEOUT = 15000;
/** Tests run side by side in separate browser contexts. */
const CONCURRENCY = 3;

/**
 * The sizes every state is checked at, in CSS px. "zoom" is a 1280 x 800 window zoomed to
 * 200%: browser zoom divides the CSS viewport by the zoom factor (1280 / 2 = 640 CSS px
 * wide, 800 / 2 = 400 high) and multiplies devicePixelRatio by it (1 -> 2). Layout, media
 * queries and container queries see only CSS pixels, so a 640 x 400 viewport at
 * deviceScaleFactor 2 lays out exactly as that zoomed window does (see `setSize`).
 */
const VIEWPORTS = {
  phone: { width: 320, height: 640, scale: 1 },
  zoom: { width: 640, height: 400, scale: 2 },
  desktop: { width: 1280, height: 800, scale: 1 },
};

const FEED = '/examples/feeds/aanbod.json';
const MIXED_FEED = '/test/fixtures/feeds/mixed.json';
const MISSING_FEED = '/examples/feeds/bestaat-niet.json';
const ACCEPT = '/a11y/api/accept';
const FAIL = '/a11y/api/fail';

/** Letters a translation must contain, so an untranslated (Dutch) text is caught. */
const SCRIPT = { nl: /[a-z]/i, ar: /\p{Script=Arabic}/u, ti: /\p{Script=Ethiopic}/u };

const escapeHtml = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** An ordinary host page with one widget: `?tag=taal-...&locale=ar&attrs={"src": ...}`. */
const testPage = {
  method: 'GET',
  path: '/a11y/page.html',
  handler(_req, res, url) {
    const tag = url.searchParams.get('tag');
    if (!/^taal-(programme-finder|goal-picker|volunteer-form)$/.test(tag)) return sendJson(res, 400, {});
    const attrs = {
      locale: url.searchParams.get('locale'),
      ...JSON.parse(url.searchParams.get('attrs') ?? '{}'),
    };
    const attributes = Object.entries(attrs)
      .map(([name, value]) => (value === true ? name : `${name}="${escapeHtml(value)}"`))
      .join(' ');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(`<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Taalhuis: toegankelijkheid</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/dist/taalwijzer.js"></script>
  </head>
  <body>
    <main>
      <h1>Taalhuis</h1>
      <${tag} ${attributes}></${tag}>
    </main>
  </body>
</html>`);
  },
};

/** The volunteer form's back end: one that accepts, one that fails. */
const accept = {
  method: 'POST',
  path: ACCEPT,
  async handler(req, res) {
    for await (const chunk of req) void chunk;
    sendJson(res, 201, { ok: true });
  },
};
const fail = {
  method: 'POST',
  path: FAIL,
  async handler(req, res) {
    for await (const chunk of req) void chunk;
    sendJson(res, 500, { ok: false });
  },
};

let server;
let browser;

before(async () => {
  server = await startServer({ port: 0, quiet: true, routes: [testPage, accept, fail] });
  browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// ---------------------------------------------------------------------------------------
// Helpers

/**
 * Opens a page with one widget in a fresh context (empty storage) at one of the VIEWPORTS
 * (default desktop), with the probes and axe loaded. Page errors and console errors are
 * collected in `problems`.
 */
async function open(tag, locale, attrs = {}, { forcedColors, size = 'desktop' } = {}) {
  const { width, height } = VIEWPORTS[size];
  const { context, page, problems } = await newPage(browser, {
    width,
    height,
    // The error states load feeds that are not there on purpose.
    ignoreConsole: (text) => text.startsWith('Failed to load resource'),
  });
  await page.addInitScript(installProbes);
  // Voices for every language, as on most phones, so the goal picker offers its read-aloud
  // buttons (a headless browser has none).
  await page.addInitScript(() => {
    const voices = ['nl-NL', 'ar-SA', 'ti-ER', 'en-GB'].map((lang) => ({
      lang,
      name: lang,
      voiceURI: lang,
      default: false,
      localService: true,
    }));
    if (globalThis.speechSynthesis) speechSynthesis.getVoices = () => voices;
  });
  if (forcedColors) await page.emulateMedia({ forcedColors });
  if (VIEWPORTS[size].scale !== 1) await setSize(page, size);
  const query = new URLSearchParams({ tag, locale, attrs: JSON.stringify(attrs) });
  await page.goto(`${server.origin}/a11y/page.html?${query}`);
  await page.waitForFunction(
    ({ tag, locale }) => {
      const el = document.querySelector(tag);
      return (
        el?.shadowRoot &&
        el.getAttribute('lang') === locale &&
        el.shadowRoot.querySelector('[part~="loading"]') === null &&
        el.shadowRoot.textContent.trim().length > 0
      );
    },
    { tag, locale },
    { timeout: TIMEOUT },
  );
  await page.addScriptTag({ path: AXE });
  return { page, problems, widget: page.locator(tag), close: () => context.close() };
}

/**
 * Resizes the page to one of the VIEWPORTS. The zoom size also gets two device pixels per
 * CSS pixel (through the DevTools protocol: Playwright fixes the scale per context), and
 * the other sizes get one back; rendering at scale 1 is much cheaper.
 */
const sessions = new WeakMap();
async function setSize(page, name) {
  const { width, height, scale } = VIEWPORTS[name];
  if (scale === 1) return page.setViewportSize({ width, height });
  if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
  await sessions.get(page).send('Emulation.setDeviceMetricsOverride', {
    width,
    height,
    deviceScaleFactor: scale,
    mobile: false,
  });
}

/** Lets a frame pass (layout itself is measured synchronously; no widget listens to resizes). */
const settle = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));

/**
 * axe's findings, one line each. The page is first scrolled to its end: axe places
 * `position: sticky` boxes where they are stuck at the moment, so the finder's sticky
 * "show results" bar would count as covering whatever option scrolled under it
 * (dequelabs/axe-core#3720). Whether the sticky bar hides a focused control is checked
 * for real by the focus walk below.
 */
async function axe(page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.flatMap((v) =>
      v.nodes.map(
        (n) =>
          `axe ${v.id} (${v.impact}): ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}\n      ${n.failureSummary?.replace(/\n/g, ' ')}`,
      ),
    );
  }, AXE_TAGS);
}

/**
 * Checks the page as it is now at each viewport size: axe, reflow, target size. Returns
 * the findings, each prefixed with `label` and the viewport.
 */
async function checkState(page, label, { viewports = Object.keys(VIEWPORTS), axeAt = ['phone'] } = {}) {
  const findings = [];
  for (const name of viewports) {
    await setSize(page, name);
    await settle(page);
    const where = `${label} @${name}`;
    const flow = await page.evaluate(() => window.__a11y.reflow());
    if (flow.scrollWidth > flow.clientWidth)
      findings.push(
        `${where}: the page scrolls sideways (${flow.scrollWidth} px content in ${flow.clientWidth} px)`,
      );
    for (const o of flow.offenders) findings.push(`${where}: reflow: ${o}`);
    const size = await page.evaluate(() => window.__a11y.targetSize());
    for (const o of size.offenders) findings.push(`${where}: target size: ${o}`);
    if (axeAt.includes(name)) for (const v of await axe(page)) findings.push(`${where}: ${v}`);
  }
  return findings;
}

const report = (findings) => (findings.length ? `\n  ${findings.join('\n  ')}\n` : '');

/** Fills in what the volunteer form requires, by field name (the labels are in the visitor's language). */
async function fillIn(widget) {
  await widget.locator('input[name="roles"]').first().check();
  await widget.locator('input[name="name"]').fill('Samira El Amrani');
  await widget.locator('input[name="email"]').fill('samira@example.nl');
  await widget.locator('input[name="consentPrivacy"]').check();
}

/** Clicks inside a widget through its shadow root, by CSS selector. */
const click = (widget, selector) => widget.locator(selector).first().click();

// ---------------------------------------------------------------------------------------
// Announcements

/** The number in a text, in ASCII digits (Arabic-Indic digits too). */
const digits = (text) =>
  text
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x660))
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x6f0))
    .replace(/\D/g, '');

/** Words of the Dutch source texts that must not be read out in another language. */
const DUTCH = /gevonden|activiteit|fout|opnieuw|bedankt|klopt|verstuurd|server|gekopieerd|link/i;

/** Findings when `text` is empty, not in the visitor's script, or still Dutch. */
function localised(text, locale, what) {
  if (!text?.trim()) return [`${what}: nothing is said`];
  if (!SCRIPT[locale].test(text)) return [`${what} is not in the ${locale} script: "${text}"`];
  if (locale !== 'nl' && DUTCH.test(text)) return [`${what} is (partly) Dutch: "${text}"`];
  return [];
}

/**
 * Polite regions that arrived together with their text and did not get focus: screen
 * readers may say nothing. (An alert is read out when it is added.)
 */
const insertedPolite = (entries) =>
  entries
    .filter((e) => e.kind === 'added' && e.text && !e.focused && !/alert/.test(e.role))
    .map((e) => `polite live region added together with its text, so it may not be read out: ${e.name}`);

const liveEntries = (page) => page.evaluate(() => window.__a11y.liveEntries());
const focused = (page) => page.evaluate(() => window.__a11y.focusedInfo());

// ---------------------------------------------------------------------------------------
// Every state: axe, reflow, target size, and what a screen reader hears

describe('accessibility gates', { concurrency: CONCURRENCY }, () => {
  for (const locale of LOCALES) {
    test(`programme finder in ${locale}: every state is axe-clean, reflows, has 24 px targets and announces results and errors`, async () => {
      const findings = [];
      {
        const { page, problems, widget, close } = await open('taal-programme-finder', locale, { src: FEED });
        await widget.locator('[part~="result-card"]').first().waitFor();
        findings.push(...(await checkState(page, 'results')));

        // The number of results is said after a search, in a polite region that was there before.
        const region = await page.evaluateHandle(() =>
          document
            .querySelector('taal-programme-finder')
            .shadowRoot.querySelector('[role="status"][aria-live="polite"]'),
        );
        assert.ok(
          await region.evaluate((el) => el instanceof Element),
          'a polite status region waits for the count',
        );
        await page.evaluate(() => window.__a11y.watchLive());
        await widget.locator('[part="search-input"]').fill('taalcafe');
        await page.waitForFunction((el) => /\p{Nd}/u.test(el.textContent), region, { timeout: TIMEOUT });
        const said = await region.evaluate((el) => el.isConnected && el.textContent.trim());
        findings.push(...localised(said, locale, 'result count announcement'));
        const heading = await widget.locator('[part="result-count"]').textContent();
        if (digits(said) !== digits(heading) || !Number(digits(said)))
          findings.push(`result count announcement "${said}" does not tell the count of "${heading.trim()}"`);

        // Filters: on a narrow screen behind a button; every group unfolded, one filter chosen.
        await widget.locator('[part="search-input"]').fill('');
        await setSize(page, 'phone');
        await click(widget, '[part="filter-toggle"]');
        await widget.locator('[part="filter-group"] input[type="checkbox"]').first().check();
        await widget.locator('[part="chip"]').first().waitFor();
        await page.evaluate(() => {
          for (const d of document
            .querySelector('taal-programme-finder')
            .shadowRoot.querySelectorAll('details'))
            d.open = true;
        });
        findings.push(...(await checkState(page, 'filters open', { axeAt: ['phone', 'desktop'] })));

        // No results, with the suggestion what to remove; said too.
        await widget.locator('[part="search-input"]').fill('xyzzy kwartel');
        await widget.locator('[part="empty"]').waitFor();
        await page.waitForFunction((el) => el.textContent.trim() && !/\p{Nd}/u.test(el.textContent), region, {
          timeout: TIMEOUT,
        });
        findings.push(
          ...localised(await region.evaluate((el) => el.textContent), locale, 'no results announcement'),
        );
        findings.push(...(await checkState(page, 'no results')));
        findings.push(...insertedPolite(await liveEntries(page)));

        // A programme's details.
        await setSize(page, 'desktop');
        await click(widget, '[part="clear-all"]');
        await click(widget, '.card-link');
        await widget.locator('[part="detail"]').waitFor();
        findings.push(...(await checkState(page, 'detail')));
        // Sharing it: a message says the link is copied (or shows the link to copy).
        await click(widget, '.detail-actions button');
        await widget.locator('.share-message').waitFor();
        findings.push(...(await checkState(page, 'detail, link shared', { viewports: ['phone', 'zoom'] })));

        // Steered by the goal picker: a domain chip, "matches your goals" badges first.
        await click(widget, '[part="back-button"]');
        await widget.locator('[part~="result-card"]').first().waitFor();
        await page.evaluate(() => {
          document.querySelector('taal-programme-finder').goalSteering = {
            domains: ['leisure-social'],
            goals: ['leisure-small-talk'],
          };
        });
        await widget.locator('.badge.goal').first().waitFor();
        findings.push(...(await checkState(page, 'steered by goals')));

        // The server fails later: the copy kept in the browser, with a notice.
        await page.route('**/examples/feeds/aanbod.json', (route) =>
          route.fulfill({ status: 503, body: '' }),
        );
        await page.reload();
        await widget.locator('[part="stale-notice"]').waitFor({ timeout: TIMEOUT });
        await page.addScriptTag({ path: AXE });
        findings.push(...(await checkState(page, 'stale copy')));
        assert.deepEqual(problems, []);
        await close();
      }
      {
        // The feed is missing: an alert in the visitor's language, with a retry button.
        const { page, problems, widget, close } = await open('taal-programme-finder', locale, {
          src: MISSING_FEED,
        });
        await widget.locator('[part="retry-button"]').waitFor();
        findings.push(...(await checkState(page, 'feed error')));
        const error = await widget.locator('[part="error"]').evaluate((el) => ({
          alert: Boolean(el.closest('[role="alert"]')),
          text: el.textContent.replace(/\s+/g, ' ').trim(),
        }));
        if (!error.alert) findings.push('feed error: not in an alert');
        findings.push(...localised(error.text, locale, 'feed error'));
        // Trying again and failing again is said again.
        await page.evaluate(() => window.__a11y.watchLive());
        await click(widget, '[part="retry-button"]');
        await widget.locator('[part="retry-button"]').waitFor();
        await page.waitForFunction(
          () => window.__a11y.liveEntries().some((e) => e.role === 'alert' && e.text),
          null,
          {
            timeout: TIMEOUT,
          },
        );
        const again = (await liveEntries(page)).find((e) => e.role === 'alert');
        findings.push(...localised(again.text, locale, 'feed error after retry'));
        assert.deepEqual(problems, []);
        await close();
      }
      {
        // A feed with broken items, skipped, and unsafe values left out.
        const { page, problems, widget, close } = await open('taal-programme-finder', locale, {
          src: MIXED_FEED,
        });
        await widget.locator('[part~="result-card"]').first().waitFor();
        findings.push(...(await checkState(page, 'feed with skipped items')));
        await click(widget, '.card-link');
        await widget.locator('[part="detail"]').waitFor();
        findings.push(...(await checkState(page, 'feed with skipped items, detail')));
        assert.deepEqual(problems, []);
        await close();
      }
      assert.equal(findings.length, 0, report(findings));
    });

    test(`goal picker in ${locale}: every state is axe-clean, reflows, has 24 px targets and announces what changes`, async () => {
      const findings = [];
      {
        const { page, problems, widget, close } = await open('taal-goal-picker', locale);
        findings.push(...(await checkState(page, 'topics')));

        await click(widget, '[part="domain-tile"]');
        await widget.locator('[part="goal-card"]').first().waitFor();
        findings.push(...(await checkState(page, 'goals of a topic')));

        // A level with no goals in this topic ("work and education" starts at A1): said.
        await page.evaluate(() => window.__a11y.watchLive());
        await widget.locator('[part="level-control"]').selectOption('A0');
        await page.waitForFunction(() => window.__a11y.liveEntries().some((e) => e.text), null, {
          timeout: TIMEOUT,
        });
        const none = (await liveEntries(page)).find((e) => e.text);
        findings.push(...insertedPolite([none]), ...localised(none.text, locale, 'no goals at this level'));
        findings.push(
          ...(await checkState(page, 'no goals at this level', { viewports: ['phone', 'zoom'] })),
        );
        await widget.locator('[part="level-control"]').selectOption('');

        const boxes = widget.locator('[part="goal-card"] input[type="checkbox"]');
        await boxes.nth(0).check();
        await boxes.nth(2).check();
        findings.push(...(await checkState(page, 'goals chosen', { viewports: ['phone', 'zoom'] })));
        await click(widget, '[part="summary-button"]');
        await widget.locator('[part="summary-goal"]').first().waitFor();
        findings.push(...(await checkState(page, 'my goals')));

        // Copying the share link is confirmed in a status region that was there before.
        await page.evaluate(() => window.__a11y.watchLive());
        await click(widget, '[part="share"] button');
        await page.waitForFunction(() => window.__a11y.liveEntries().some((e) => e.text), null, {
          timeout: TIMEOUT,
        });
        const copied = (await liveEntries(page)).find((e) => e.text);
        if (copied.kind !== 'changed' || copied.role !== 'status')
          findings.push(`copy confirmation: said by a ${copied.kind} ${copied.role} region`);
        findings.push(...localised(copied.text, locale, 'copy confirmation'));

        // The printed sheet: the same view under print styles.
        await page.emulateMedia({ media: 'print' });
        for (const v of await axe(page)) findings.push(`my goals, printed: ${v}`);
        await page.emulateMedia({ media: 'screen' });
        assert.deepEqual(problems, []);
        await close();
      }
      {
        // A feed with extra goals that fails: a notice with a retry button above the topics.
        const { page, widget, close } = await open('taal-goal-picker', locale, { src: MISSING_FEED });
        await widget.locator('[part="retry-button"]').waitFor();
        findings.push(...(await checkState(page, 'extra goals failed')));
        await close();
      }
      assert.equal(findings.length, 0, report(findings));
    });

    test(`volunteer form in ${locale}: every step is axe-clean, reflows, has 24 px targets and announces errors and success`, async () => {
      const findings = [];
      const { page, problems, widget, close } = await open('taal-volunteer-form', locale, {
        src: FEED,
        action: FAIL,
      });
      await widget.locator('input[name="roles"]').first().waitFor();
      await page.evaluate(() => (document.querySelector('taal-volunteer-form').minFillTime = 0));
      findings.push(...(await checkState(page, 'questions')));

      // Emptying the form: a confirmation first, then "the form is empty" is said.
      await widget.locator('input[name="name"]').fill('Samira');
      await click(widget, '[part="clear-button"]');
      await widget.locator('#tw-clear-confirm').waitFor();
      findings.push(...(await checkState(page, 'clear confirmation', { viewports: ['phone', 'zoom'] })));
      await page.evaluate(() => window.__a11y.watchLive());
      await click(widget, '#tw-clear-confirm .button.danger');
      await page.waitForFunction(() => window.__a11y.liveEntries().some((e) => e.text), null, {
        timeout: TIMEOUT,
      });
      const cleared = (await liveEntries(page)).find((e) => e.text);
      findings.push(...insertedPolite([cleared]), ...localised(cleared.text, locale, 'form emptied'));
      findings.push(...(await checkState(page, 'form emptied', { viewports: ['phone', 'zoom'] })));

      // Sending without the required answers: the error summary gets focus and is an alert.
      await page.evaluate(() => window.__a11y.watchLive());
      await click(widget, 'form button[type="submit"]');
      await widget.locator('[part="error-summary"]').waitFor();
      await page.waitForFunction(() => window.__a11y.focusedInfo()?.id === 'tw-error-summary', null, {
        timeout: TIMEOUT,
      });
      const summary = await focused(page);
      if (summary.role !== 'alert') findings.push('error summary: has focus but is not an alert');
      findings.push(...localised(summary.text, locale, 'error summary'));
      findings.push(...(await checkState(page, 'error summary')));

      await fillIn(widget);
      await click(widget, 'form button[type="submit"]');
      await widget.locator('[part~="check-answers"]').waitFor();
      findings.push(...(await checkState(page, 'check answers')));

      // The server fails: "sending" was said in a region that was there before; the
      // failure gets focus and is an alert.
      await page.evaluate(() => window.__a11y.watchLive());
      await click(widget, '[part="submit-button"]');
      await widget.locator('[part~="failure"]').waitFor();
      await page.waitForFunction(() => window.__a11y.focusedInfo()?.id === 'tw-failure', null, {
        timeout: TIMEOUT,
      });
      const failure = await focused(page);
      if (failure.role !== 'alert') findings.push('server error: has focus but is not an alert');
      findings.push(...localised(failure.text, locale, 'server error'));
      const sending = (await liveEntries(page)).find(
        (e) => e.kind === 'changed' && e.role === 'status' && e.text,
      );
      if (!sending) findings.push('sending: not said in a status region that was there before');
      else findings.push(...localised(sending.text, locale, 'sending status'));
      findings.push(...(await checkState(page, 'server error')));

      // Trying again, accepted: focus moves to the thank-you heading, which is read out.
      await page.evaluate(
        (action) => document.querySelector('taal-volunteer-form').setAttribute('action', action),
        ACCEPT,
      );
      await click(widget, '[part~="failure"] [part="submit-button"]');
      await widget.locator('[part~="confirmation"]').waitFor();
      await page.waitForFunction(() => window.__a11y.focusedInfo()?.id === 'tw-done-title', null, {
        timeout: TIMEOUT,
      });
      const done = await focused(page);
      if (done.role !== 'heading') findings.push(`thank-you: focus is on a ${done.role}, not the heading`);
      findings.push(...localised(done.text, locale, 'thank-you'));
      findings.push(...insertedPolite(await liveEntries(page)));
      findings.push(...(await checkState(page, 'thank-you')));
      assert.deepEqual(problems, []);
      await close();

      // Without the organisation's list of roles: a notice, and the built-in roles.
      const failed = await open('taal-volunteer-form', locale, { src: MISSING_FEED, action: ACCEPT });
      await failed.widget.locator('input[name="roles"]').first().waitFor();
      findings.push(...(await checkState(failed.page, 'roles feed failed')));
      await failed.close();
      assert.equal(findings.length, 0, report(findings));
    });
  }
  // ---------------------------------------------------------------------------------------
  // Visible focus, not obscured

  /**
   * Tabs from the page's heading through the widget until focus leaves it (or reaches
   * `until`). Every stop inside the widget must show an outline (2 px or more) or a
   * box-shadow it does not have unfocused (on itself, a pseudo-element, its label or a close
   * ancestor), and must not be out of sight or wholly covered, e.g. by the finder's sticky
   * bar. Returns the findings and the number of stops in the widget.
   */
  async function focusWalk(page, label, { forced = false, until = null, limit = 400 } = {}) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('h1').click();
    await page.evaluate((until) => window.__a11y.startWalk(until), until);
    for (let pressed = 0; pressed < limit;) {
      for (let i = 0; i < 8; i++, pressed++) await page.keyboard.press('Tab');
      if ((await page.evaluate(() => window.__a11y.walkState())).ended) break;
    }
    const { stops, ended } = await page.evaluate(() => window.__a11y.walkState());
    const findings = await page.evaluate(
      (forced) => (forced ? window.__a11y.forcedFocusFindings() : window.__a11y.focusFindings()),
      forced,
    );
    if (!ended) findings.push(`focus did not leave the widget after ${limit} presses of Tab (a trap?)`);
    if (stops === 0) findings.push('no focusable element in the widget was reached with Tab');
    return { stops, findings: findings.map((f) => `${label}: ${f}`) };
  }

  /**
   * Tab walks through every widget in `locale` at the `size` viewport. On narrow sizes also
   * through the finder's filter panel (it folds behind a button below 52rem and ends in a
   * sticky bar), up to the results, at phone size and at 200% zoom.
   */
  async function focusWalks(locale, size) {
    const findings = [];
    const counts = {};
    const walk = async (page, label, options) => {
      const result = await focusWalk(page, `${label} (${locale}, ${size})`, options);
      counts[label] = result.stops;
      findings.push(...result.findings);
    };
    {
      const { page, widget, close } = await open('taal-programme-finder', locale, { src: FEED }, { size });
      await widget.locator('[part~="result-card"]').first().waitFor();
      await walk(page, 'finder results');
      for (const narrow of size === 'desktop' ? [] : ['phone', 'zoom']) {
        await setSize(page, narrow);
        const toggle = widget.locator('[part="filter-toggle"]');
        if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
        await widget.locator('[part="filter-group"] input[type="checkbox"]').first().check();
        await walk(page, `finder filter panel at ${narrow} size`, { until: '.card-link' });
      }
      await setSize(page, size);
      await click(widget, '.card-link');
      await widget.locator('[part="detail"]').waitFor();
      await walk(page, 'finder detail');
      await close();
    }
    {
      const { page, widget, close } = await open('taal-goal-picker', locale, {}, { size });
      await walk(page, 'goal picker topics');
      await click(widget, '[part="domain-tile"]');
      await widget.locator('[part="goal-card"] input').first().check();
      await walk(page, 'goal picker goals');
      await click(widget, '[part="summary-button"]');
      await widget.locator('[part="summary-goal"]').first().waitFor();
      await walk(page, 'goal picker my goals');
      await close();
    }
    {
      const { page, widget, close } = await open(
        'taal-volunteer-form',
        locale,
        { src: FEED, action: ACCEPT },
        { size },
      );
      await widget.locator('input[name="roles"]').first().waitFor();
      await click(widget, 'form button[type="submit"]');
      await widget.locator('[part="error-summary"]').waitFor();
      await walk(page, 'volunteer questions with errors');
      await fillIn(widget);
      await click(widget, 'form button[type="submit"]');
      await widget.locator('[part~="check-answers"]').waitFor();
      await walk(page, 'volunteer check answers');
      await close();
    }
    for (const [label, count] of Object.entries(counts))
      assert.ok(count >= 3, `${label}: only ${count} focus stops reached`);
    return findings;
  }

  // Focus styles do not depend on the language; where focus lands does (mirrored layout,
  // longer words, the narrow layout's sticky bar), so Arabic is walked on a phone and at
  // 200% zoom, Dutch on a desktop.
  test('keyboard focus is always visible and never hidden, in every widget, in Dutch on a desktop', async () => {
    const findings = await focusWalks('nl', 'desktop');
    assert.equal(findings.length, 0, report(findings));
  });

  test('keyboard focus is always visible and never hidden, in every widget, in Arabic on a phone and at 200% zoom', async () => {
    const findings = await focusWalks('ar', 'phone');
    assert.equal(findings.length, 0, report(findings));
  });

  // ---------------------------------------------------------------------------------------
  // Forced colours (Windows high contrast)

  test('in forced colours every widget keeps focus outlines, button borders, chosen states and icons', async () => {
    const findings = [];
    const check = async (page, label) => {
      const result = await page.evaluate(() => window.__a11y.forcedColours());
      for (const f of result.findings) findings.push(`${label}: ${f}`);
      // So the check cannot pass by looking at nothing.
      for (const [what, count] of Object.entries(result.examined))
        if (!count && (what !== 'choices' || /chosen/.test(label)))
          findings.push(`${label}: no ${what} examined`);
      findings.push(...(await focusWalk(page, label, { forced: true })).findings);
    };
    const options = { forcedColors: 'active' };
    {
      const { page, widget, close } = await open('taal-programme-finder', 'nl', { src: FEED }, options);
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
      await widget.locator('[part~="result-card"]').first().waitFor();
      await widget.locator('[part="filter-group"] input[type="checkbox"]').first().check();
      await widget.locator('[part="chip"]').first().waitFor();
      await check(page, 'finder with a chosen filter');
      await click(widget, '.card-link');
      await widget.locator('[part="detail"]').waitFor();
      await check(page, 'finder detail');
      await close();
    }
    {
      const { page, widget, close } = await open('taal-goal-picker', 'nl', {}, options);
      await click(widget, '[part="domain-tile"]');
      await widget.locator('[part="goal-card"] input').first().check();
      await check(page, 'goal picker goals, one chosen');
      await click(widget, '[part="summary-button"]');
      await widget.locator('[part="summary-goal"]').first().waitFor();
      await check(page, 'goal picker my goals');
      await close();
    }
    {
      const { page, widget, close } = await open(
        'taal-volunteer-form',
        'nl',
        { src: FEED, action: ACCEPT },
        options,
      );
      await widget.locator('input[name="roles"]').first().check();
      await widget.locator('input[name="availability"]').first().check();
      await check(page, 'volunteer questions, a role and a time chosen');
      await close();
    }
    assert.equal(findings.length, 0, report(findings));
  });

  // Each status region is on the page, empty, before its text arrives, so it is read out.
  test("the finder reads out 'the link is copied' and the location messages", async () => {
    const findings = [];
    const { page, widget, close } = await open('taal-programme-finder', 'nl', { src: FEED });
    await widget.locator('[part~="result-card"]').first().waitFor();
    // Nearest first, and the visitor does not share a location (denied here).
    await page.evaluate(() => window.__a11y.watchLive());
    await widget.locator('#sort').selectOption('distance');
    await page.waitForFunction(() => window.__a11y.liveEntries().filter((e) => e.text).length >= 2, null, {
      timeout: TIMEOUT,
    });
    findings.push(...insertedPolite(await liveEntries(page)));
    await click(widget, '.card-link');
    await widget.locator('[part="detail"]').waitFor();
    await page.evaluate(() => window.__a11y.watchLive());
    await click(widget, '.detail-actions button');
    await page.waitForFunction(() => window.__a11y.liveEntries().some((e) => e.text), null, {
      timeout: TIMEOUT,
    });
    findings.push(...insertedPolite(await liveEntries(page)));
    await close();
    assert.equal(findings.length, 0, report(findings));
  });

  // ---------------------------------------------------------------------------------------
  // The gates themselves can fail

  test('the checks catch a planted overflow, a tiny target, a missing focus ring and a late live region, and zoom is 200%', async () => {
    const { page, close } = await open('taal-goal-picker', 'nl');
    // The 200% zoom emulation is what it claims to be.
    await setSize(page, 'zoom');
    assert.deepEqual(await page.evaluate(() => [innerWidth, innerHeight, devicePixelRatio]), [640, 400, 2]);
    await setSize(page, 'phone');
    assert.deepEqual(await page.evaluate(() => [innerWidth, innerHeight, devicePixelRatio]), [320, 640, 1]);
    await page.evaluate(() => {
      const root = document.querySelector('taal-goal-picker').shadowRoot;
      const planted = document.createElement('div');
      planted.id = 'planted';
      planted.innerHTML = `<style>#planted button:focus-visible { outline: none; }</style>
      <p style="inline-size: 500px">breed</p>
      <button type="button" style="inline-size: 12px; block-size: 12px; padding: 0">a</button><button type="button" style="inline-size: 12px; block-size: 12px; padding: 0">b</button>`;
      root.prepend(planted);
    });
    const flow = await page.evaluate(() => window.__a11y.reflow());
    assert.ok(
      flow.offenders.some((o) => /p "breed"/.test(o)),
      flow.offenders.join('\n'),
    );
    const size = await page.evaluate(() => window.__a11y.targetSize());
    assert.equal(size.offenders.filter((o) => /button "[ab]"/.test(o)).length, 2, size.offenders.join('\n'));
    const focus = await focusWalk(page, 'planted');
    assert.ok(
      focus.findings.some((f) => /button "a": no visible focus indicator/.test(f)),
      focus.findings.join('\n'),
    );

    await page.evaluate(() => window.__a11y.watchLive());
    await page.evaluate(() => {
      const late = document.createElement('p');
      late.setAttribute('role', 'status');
      late.textContent = 'te laat';
      document.querySelector('taal-goal-picker').shadowRoot.append(late);
    });
    await page.waitForFunction(() => window.__a11y.liveEntries().length > 0);
    assert.deepEqual(insertedPolite(await page.evaluate(() => window.__a11y.liveEntries())), [
      'polite live region added together with its text, so it may not be read out: taal-goal-picker › p "te laat"',
    ]);
    await close();
  });
});
