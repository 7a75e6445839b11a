// Embedding through the built dist/, on served pages, in Chromium: what a webmaster's site
// does to the widgets. Strict CSP, two copies of the script, the script before or after the
// elements (async, defer, a page still being parsed), the data-* fallback for editors that
// strip custom elements, a hostile page stylesheet, and theming through tokens.
//
// The widgets' inner markup is still changing, so these tests look at what is documented and
// stable: the public events, host attributes and computed styles, the shared error state with
// its retry button, and probes placed inside a shadow root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer, STRICT_CSP, MIME_TYPES, sendText } from '../../examples/serve.mjs';
import { findBrowser, BROWSER_ARGS } from '../../scripts/find-browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');

const TIMEOUT = 15000;
const ACCENT_DEFAULT = 'rgb(11, 95, 110)'; // #0b5f6e
const HOTPINK = 'rgb(255, 105, 180)';
const RED = 'rgb(255, 0, 0)';

/**
 * A second, separate copy of the library (another folder, so its own lit, its own
 * @lit/localize): what a page gets when a CMS plug-in ships one version and the webmaster
 * pastes another.
 */
const secondCopy = {
  method: 'GET',
  path: /^\/copies\/second\/dist\//,
  handler(req, res, url) {
    const relative = decodeURIComponent(url.pathname.replace('/copies/second/dist/', ''));
    const file = path.resolve(DIST, relative);
    if (!file.startsWith(DIST + path.sep)) return sendText(res, 400, 'Bad request');
    let body;
    try {
      body = readFileSync(file);
    } catch {
      return sendText(res, 404, 'Not found');
    }
    res.writeHead(200, {
      'Content-Type': MIME_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    res.end(body);
  },
};

/**
 * Serves examples/test-pages/slow-parse.html (in place of the static file) in two parts with a pause between them, so an
 * `async` script runs while the rest of the page (the widgets) is not parsed yet.
 */
const slowParse = {
  method: 'GET',
  path: '/examples/test-pages/slow-parse.html',
  async handler(_req, res) {
    const html = readFileSync(path.join(ROOT, 'examples/test-pages/slow-parse.html'), 'utf8');
    const [first, rest] = html.split('<!-- taal-test:pause -->');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    // Enough bytes that Chromium starts parsing (and runs the async script) before the rest.
    res.write(first + `<!-- ${' '.repeat(4096)} -->\n`);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    res.end(rest);
  },
};

let server;
let browser;

before(async () => {
  server = await startServer({ port: 0, quiet: true, routes: [secondCopy, slowParse] });
  browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens `pathname` in a fresh context (empty storage), recording page errors, console errors,
 * failed requests (but not a feed that is missing on purpose, nor the favicon), CSP violations
 * and every taal-* event that reaches `document`.
 */
async function open(pathname, { forcedColors, reducedMotion, beforeLoad } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A failed request is judged by its URL below: a feed may be missing on purpose.
    if (message.type() !== 'error' || message.text().startsWith('Failed to load resource')) return;
    problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    const url = response.url();
    if (response.status() >= 400 && !/bestaat-niet|favicon\.ico/.test(url)) {
      problems.push(`HTTP ${response.status()}: ${url}`);
    }
  });
  await page.addInitScript(() => {
    window.__csp = [];
    window.__events = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__csp.push(
        `${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
    for (const type of ['taal-feed-loaded', 'taal-feed-error', 'taal-locale-change']) {
      document.addEventListener(type, (event) =>
        window.__events.push({
          type,
          tag: event.target.localName,
          id: event.target.id,
          detail: event.detail,
        }),
      );
    }
  });
  if (forcedColors || reducedMotion) await page.emulateMedia({ forcedColors, reducedMotion });
  await beforeLoad?.(page);
  const response = await page.goto(server.origin + pathname);
  assert.equal(response.status(), 200, `${pathname} answers 200`);
  return {
    page,
    problems,
    response,
    close: () => context.close(),
  };
}

/** Waits until a taal-* event of `type` reached the document from the widget matching `where`. */
async function waitForEvent(page, type, where = {}) {
  await page.waitForFunction(
    ({ type, where }) =>
      window.__events.some(
        (e) => e.type === type && Object.entries(where).every(([key, value]) => e[key] === value),
      ),
    { type, where },
    { timeout: TIMEOUT },
  );
}

/** Waits until the element matching `selector` is a defined widget with a rendered shadow root. */
async function waitForRendered(page, selector) {
  await page.waitForFunction(
    (selector) => {
      const el = document.querySelector(selector);
      return (
        el && customElements.get(el.localName) && el.shadowRoot && el.shadowRoot.textContent.trim().length > 0
      );
    },
    selector,
    { timeout: TIMEOUT },
  );
}

/** The retry button of a widget in its error state: by its part, else by role and text. */
async function retryButton(page, selector) {
  await page.waitForFunction(
    (selector) => {
      const root = document.querySelector(selector)?.shadowRoot;
      return (
        root?.querySelector('[part~="retry-button"]') ||
        [...(root?.querySelectorAll('button') ?? [])].find((b) => /Opnieuw|Try again/i.test(b.textContent))
      );
    },
    selector,
    { timeout: TIMEOUT },
  );
  return page.evaluateHandle((selector) => {
    const root = document.querySelector(selector).shadowRoot;
    return (
      root.querySelector('[part~="retry-button"]') ??
      [...root.querySelectorAll('button')].find((b) => /Opnieuw|Try again/i.test(b.textContent))
    );
  }, selector);
}

const style = (handle, ...props) =>
  handle.evaluate((el, props) => {
    const computed = getComputedStyle(el);
    return Object.fromEntries(props.map((p) => [p, computed.getPropertyValue(p)]));
  }, props);

/** Focuses the element as a keyboard user would see it (:focus-visible). */
async function keyboardFocus(page, handle) {
  await page.keyboard.press('Tab');
  await handle.evaluate((el) => el.focus());
  assert.equal(
    await handle.evaluate((el) => el.matches(':focus-visible')),
    true,
    'the button shows its focus ring',
  );
}

function browserFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'types' ? [] : browserFiles(file);
    return name.endsWith('.js') && name !== 'cli.js' ? [file] : [];
  });
}

// ---------------------------------------------------------------------------------------
// Strict Content-Security-Policy

test('the browser bundle holds no eval or new Function, which a strict CSP forbids', () => {
  const files = browserFiles(DIST);
  assert.ok(
    files.some((f) => f.endsWith('taalwijzer.js')),
    'dist/taalwijzer.js exists: run the build first',
  );
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /\beval\s*\(/, `${path.relative(ROOT, file)} calls eval`);
    assert.doesNotMatch(code, /new\s+Function\s*\(/, `${path.relative(ROOT, file)} calls new Function`);
    assert.doesNotMatch(
      code,
      /setTimeout\(\s*["'`]/,
      `${path.relative(ROOT, file)} passes a string to setTimeout`,
    );
  }
});

test('on a page with a strict CSP the widgets load, render, switch language and report no violation', async () => {
  const { page, problems, response, close } = await open('/examples/csp/');
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  await waitForEvent(page, 'taal-feed-loaded', { id: 'finder' });
  await waitForEvent(page, 'taal-feed-loaded', { tag: 'taal-volunteer-form' });
  await waitForEvent(page, 'taal-feed-error', { id: 'broken' }); // the data-* fallback, upgraded
  await waitForRendered(page, 'taal-goal-picker');
  await waitForRendered(page, '#finder');
  assert.match(await page.$eval('#finder', (el) => el.shadowRoot.textContent), /Taalcafé/);
  await retryButton(page, '#broken');

  // A locale chunk loads lazily from dist/locales: script-src 'self' must be enough.
  await page.$eval('#finder', (el) => el.setAttribute('locale', 'ar'));
  await page.waitForFunction(() =>
    [...document.querySelectorAll('taal-programme-finder, taal-goal-picker, taal-volunteer-form')].every(
      (el) => el.getAttribute('lang') === 'ar' && el.getAttribute('dir') === 'rtl',
    ),
  );
  await page.waitForTimeout(300);

  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(
    await page.evaluate(() => window.taalCspViolations),
    [],
    'the page`s own listener saw none',
  );
  assert.match(await page.textContent('#csp-status'), /Geen CSP-schendingen/);
  assert.deepEqual(problems, []);
  await close();
});

// ---------------------------------------------------------------------------------------
// Two copies, and the script anywhere on the page

test('two copies of the bundle, a per-element entry and a separate second copy on one page never throw', async () => {
  const { page, problems, close } = await open('/examples/test-pages/two-copies.html');
  await waitForEvent(page, 'taal-feed-loaded', { id: 'finder' });
  await waitForEvent(page, 'taal-feed-loaded', { tag: 'taal-volunteer-form' });
  await waitForRendered(page, 'taal-goal-picker');

  // Another copy from another folder: its own lit, its own localisation, the same tags.
  await page.addScriptTag({ url: `${server.origin}/copies/second/dist/taalwijzer.js`, type: 'module' });
  await page.waitForFunction(() =>
    performance.getEntriesByType('resource').some((e) => e.name.includes('/copies/second/dist/chunks/')),
  );
  await page.waitForTimeout(300);

  const counts = await page.evaluate(() => ({
    finders: document.querySelectorAll('taal-programme-finder').length,
    forms: document.querySelectorAll('taal-volunteer-form').length,
    placeholderChildren: document.querySelector('[data-taal-widget]').children.length,
  }));
  assert.deepEqual(
    counts,
    { finders: 1, forms: 1, placeholderChildren: 1 },
    'the placeholder was upgraded once',
  );
  // A widget added now still works: it belongs to whichever copy defined the tag first.
  await page.evaluate(() => {
    const el = document.createElement('taal-programme-finder');
    el.id = 'added';
    el.setAttribute('src', '../feeds/aanbod.json');
    document.querySelector('main').append(el);
  });
  await waitForRendered(page, '#added');
  assert.deepEqual(problems, []);
  await close();
});

for (const [file, how] of [
  ['script-before.html', 'in the head'],
  ['script-after.html', 'after the elements'],
  ['script-async.html', 'with async'],
  ['script-defer.html', 'with defer'],
]) {
  test(`the script ${how}: every widget upgrades and loads its feed`, async () => {
    const { page, problems, close } = await open(`/examples/test-pages/${file}`);
    await waitForEvent(page, 'taal-feed-loaded', { id: 'finder' });
    await waitForEvent(page, 'taal-feed-loaded', { tag: 'taal-volunteer-form' });
    await waitForRendered(page, 'taal-goal-picker');
    const hosts = await page.$$eval('taal-programme-finder, taal-goal-picker, taal-volunteer-form', (els) =>
      els.map((el) => [el.localName, el.getAttribute('lang'), el.getAttribute('dir')]),
    );
    assert.deepEqual(hosts, [
      ['taal-goal-picker', 'nl', 'ltr'],
      ['taal-programme-finder', 'nl', 'ltr'],
      ['taal-volunteer-form', 'nl', 'ltr'],
    ]);
    assert.deepEqual(problems, []);
    await close();
  });
}

test('an async script that runs before the rest of the page is parsed still upgrades the widgets and placeholders', async () => {
  const { page, problems, close } = await open('/examples/test-pages/slow-parse.html', {
    beforeLoad: (page) =>
      page.addInitScript(() => {
        // A module script's load event fires once it has run: count the widgets parsed by then.
        document.addEventListener(
          'load',
          (event) => {
            if (!/taalwijzer\.js/.test(event.target?.src ?? '')) return;
            window.__parsedWhenDefined = document.querySelectorAll(
              '[data-taal-widget], taal-goal-picker',
            ).length;
          },
          true,
        );
      }),
  });
  await waitForEvent(page, 'taal-feed-loaded', { id: 'finder' });
  await waitForEvent(page, 'taal-feed-loaded', { tag: 'taal-volunteer-form' });
  await waitForRendered(page, 'taal-goal-picker');
  assert.equal(
    await page.evaluate(() => window.__parsedWhenDefined),
    0,
    'the script ran before the widgets were parsed',
  );
  const finder = await page.evaluate(() => {
    const el = document.getElementById('finder');
    return { tag: el.localName, parentMarked: el.parentElement.getAttribute('data-taal-upgraded') };
  });
  assert.deepEqual(finder, { tag: 'taal-programme-finder', parentMarked: 'taal-programme-finder' });
  assert.deepEqual(problems, []);
  await close();
});

// ---------------------------------------------------------------------------------------
// The data-* fallback

test('data-* placeholders become widgets inside the CMS wrapper, ids move, and later ones upgrade too', async () => {
  const { page, problems, close } = await open('/examples/test-pages/data-fallback.html');
  await waitForEvent(page, 'taal-feed-loaded', { id: 'finder' });
  await waitForEvent(page, 'taal-feed-loaded', { tag: 'taal-volunteer-form' });
  await waitForRendered(page, 'taal-goal-picker');

  const state = await page.evaluate(() => {
    const blocks = [...document.querySelectorAll('.cms-block')];
    const finder = document.getElementById('finder');
    const picker = document.querySelector('taal-goal-picker');
    const form = document.querySelector('taal-volunteer-form');
    return {
      blocks: blocks.map((b) => [b.getAttribute('data-taal-upgraded'), b.children.length, b.id]),
      finderTag: finder.localName,
      finderInWrapper: finder.parentElement.classList.contains('cms-block'),
      pickerFindsFinder: document.getElementById(picker.getAttribute('for')) === finder,
      form: [form.getAttribute('src'), form.getAttribute('action'), form.getAttribute('privacy-url')],
      noJsTextGone: !document.body.textContent.includes('zonder JavaScript'),
      wrapperPadding: getComputedStyle(finder.parentElement).paddingInlineStart,
    };
  });
  assert.deepEqual(state.blocks.slice(0, 3), [
    ['taal-goal-picker', 1, ''],
    ['taal-programme-finder', 1, ''],
    ['taal-volunteer-form', 1, ''],
  ]);
  assert.equal(state.finderTag, 'taal-programme-finder');
  assert.equal(state.finderInWrapper, true);
  assert.equal(state.pickerFindsFinder, true, 'for="finder" finds the upgraded finder');
  assert.deepEqual(state.form, [
    '../feeds/aanbod.json',
    'mailto:taalhuis@example.nl',
    'https://www.example.nl/privacy',
  ]);
  assert.equal(state.noJsTextGone, true);
  assert.equal(state.wrapperPadding, '16px', 'the wrapper keeps the site`s styling');

  // The page's own script adds a placeholder after load.
  await waitForEvent(page, 'taal-feed-loaded', { id: 'later-finder' });
  const later = await page.$eval('#later-finder', (el) => [el.localName, el.parentElement.id]);
  assert.deepEqual(later, ['taal-programme-finder', '']);
  assert.equal(await page.locator('#later-region taal-programme-finder').count(), 1);
  assert.deepEqual(problems, []);
  await close();
});

// ---------------------------------------------------------------------------------------
// Hostile page CSS

/** The hostile page's family first (it is the text around the widgets), then the widgets' own
 * stack: not the bare `'Comic Sans MS', cursive` of the page's `*` rule. */
const PAGE_FONT_THEN_OWN_STACK =
  /^"Comic Sans MS", cursive, system-ui,.*"Noto Sans Arabic".*"Noto Sans Ethiopic"/;

test('a hostile page stylesheet does not reach inside the widgets, and theirs does not reach the page', async () => {
  const { page, problems, close } = await open('/examples/test-pages/hostile.html');
  await waitForEvent(page, 'taal-feed-error', { id: 'broken' });
  await waitForEvent(page, 'taal-feed-loaded', { id: 'finder' });
  await waitForRendered(page, 'taal-goal-picker');

  // The retry button: accent background, not hotpink; its own box model. Its font FAMILY is the
  // page's (issue #19: the widgets take the family of the text around them), but as the head of
  // the widgets' own stack, with the Arabic and Ethiopic fallbacks behind it.
  const button = await retryButton(page, '#broken');
  const b = await style(button, 'background-color', 'box-sizing', 'font-family', 'text-transform', 'color');
  assert.equal(b['background-color'], ACCENT_DEFAULT);
  assert.equal(b['box-sizing'], 'border-box');
  assert.match(b['font-family'], PAGE_FONT_THEN_OWN_STACK);
  assert.equal(b['text-transform'], 'none');
  assert.equal(b.color, 'rgb(255, 255, 255)');

  // Every host: the page's `*` rule cannot set its colour, line height or case; the font family
  // is the page's, followed by the widgets' own fallbacks.
  for (const selector of [
    '#broken',
    '#finder',
    'taal-goal-picker',
    'taal-volunteer-form',
    '#broken-fallback',
  ]) {
    const host = await page.$(selector);
    const h = await style(
      host,
      'font-family',
      'color',
      'line-height',
      'font-size',
      'text-transform',
      'letter-spacing',
      'text-align',
    );
    assert.match(h['font-family'], PAGE_FONT_THEN_OWN_STACK, `${selector} font`);
    assert.notEqual(h.color, RED, `${selector} colour`);
    assert.equal(h['line-height'], `${parseFloat(h['font-size']) * 1.5}px`, `${selector} line height`);
    assert.equal(h['text-transform'], 'none', `${selector} text-transform`);
    assert.equal(h['letter-spacing'], 'normal', `${selector} letter-spacing`);
    assert.equal(h['text-align'], 'start', `${selector} text-align`);
  }

  // Probes inside a shadow root: page rules for div and li do not cross the boundary.
  const probe = await page.evaluateHandle(() => {
    const root = document.getElementById('finder').shadowRoot;
    const box = document.createElement('div');
    box.innerHTML = '<ul><li>een</li><li>twee</li></ul><p>tekst</p>';
    root.append(box);
    return box;
  });
  const inside = await probe.evaluate((box) => ({
    div: getComputedStyle(box).paddingTop,
    li: getComputedStyle(box.querySelector('li')).display,
    p: getComputedStyle(box.querySelector('p')).color,
    font: getComputedStyle(box.querySelector('p')).fontFamily,
  }));
  assert.deepEqual(
    { div: inside.div, li: inside.li, p: inside.p },
    { div: '0px', li: 'list-item', p: 'rgb(27, 27, 27)' },
  );
  assert.match(inside.font, PAGE_FONT_THEN_OWN_STACK);

  // Nothing leaks out: the page's own .button and .notice keep the page's styles.
  assert.equal((await style(await page.$('#page-button'), 'background-color'))['background-color'], HOTPINK);
  const notice = await style(await page.$('#page-notice'), 'border-left-width', 'background-color');
  assert.deepEqual(notice, { 'border-left-width': '0px', 'background-color': 'rgba(0, 0, 0, 0)' });
  assert.equal((await style(await page.$('#page-list li'), 'display')).display, 'inline');
  assert.deepEqual(problems, []);
  await close();
});

// ---------------------------------------------------------------------------------------
// Theming through tokens

test('tokens theme the widgets: --taal-*, NL Design System tokens alone, and --taal-* winning over them', async () => {
  const { page, problems, close } = await open('/examples/test-pages/theming.html');
  for (const id of ['default', 'accent-finder', 'nlds-finder', 'both-finder', 'dark-finder']) {
    await waitForEvent(page, 'taal-feed-error', { id });
  }
  const bg = async (id) =>
    (await style(await retryButton(page, `#${id}`), 'background-color'))['background-color'];
  assert.equal(await bg('default'), ACCENT_DEFAULT);
  assert.equal(await bg('accent-finder'), 'rgb(106, 27, 154)', '--taal-color-accent');
  assert.equal(await bg('nlds-finder'), 'rgb(196, 0, 26)', '--nl-button-primary-background-color');
  assert.equal(await bg('both-finder'), 'rgb(0, 87, 94)', '--taal-color-accent wins');

  const nlds = await style(await page.$('#nlds-finder'), 'font-family', 'color', 'background-color');
  assert.match(nlds['font-family'], /Georgia/, '--nl-paragraph-font-family');
  assert.equal(nlds.color, 'rgb(34, 42, 53)', '--nl-paragraph-color');
  assert.equal(nlds['background-color'], 'rgb(253, 252, 247)', '--utrecht-document-background-color');

  // A dark theme through tokens alone.
  const dark = await style(await page.$('#dark-finder'), 'color', 'background-color', 'color-scheme');
  assert.deepEqual(dark, {
    color: 'rgb(232, 238, 240)',
    'background-color': 'rgb(20, 32, 42)',
    'color-scheme': 'dark',
  });
  const darkButton = await style(await retryButton(page, '#dark-finder'), 'background-color', 'color');
  assert.deepEqual(darkButton, { 'background-color': 'rgb(124, 199, 208)', color: 'rgb(13, 27, 30)' });
  assert.deepEqual(problems, []);
  await close();
});

test('the focus ring follows the tokens: accent by default, --taal-focus-ring-color, an NL Design System focus colour', async () => {
  const { page, close } = await open('/examples/test-pages/theming.html');
  const ring = async (id) => {
    await waitForEvent(page, 'taal-feed-error', { id });
    const button = await retryButton(page, `#${id}`);
    await keyboardFocus(page, button);
    return style(button, 'outline-color', 'outline-style', 'outline-width');
  };
  assert.deepEqual(await ring('default'), {
    'outline-color': ACCENT_DEFAULT,
    'outline-style': 'solid',
    'outline-width': '3px',
  });
  assert.equal((await ring('accent-finder'))['outline-color'], 'rgb(180, 67, 0)');
  assert.equal(
    (await ring('nlds-finder'))['outline-color'],
    'rgb(10, 88, 202)',
    '--utrecht-focus-outline-color',
  );
  await close();
});

test('in forced colours (Windows high contrast) the focus ring and selected states use the system Highlight colour', async () => {
  const { page, problems, close } = await open('/examples/test-pages/theming.html', {
    forcedColors: 'active',
  });
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
  const highlight = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  });
  for (const id of ['default', 'accent-finder', 'dark-finder']) {
    await waitForEvent(page, 'taal-feed-error', { id });
    const button = await retryButton(page, `#${id}`);
    await keyboardFocus(page, button);
    const s = await style(button, 'outline-color', 'outline-style');
    assert.equal(s['outline-color'], highlight, `#${id}: the outline is Highlight, whatever the theme`);
    assert.equal(s['outline-style'], 'solid');
  }
  // A selected state shown by a background colour alone would vanish: it becomes Highlight.
  const selected = await page.evaluate(() => {
    const root = document.getElementById('dark-finder').shadowRoot;
    const probe = document.createElement('button');
    probe.setAttribute('aria-pressed', 'true');
    probe.textContent = 'gekozen';
    root.append(probe);
    const s = getComputedStyle(probe);
    return { background: s.backgroundColor, outline: s.outlineStyle };
  });
  assert.deepEqual(selected, { background: highlight, outline: 'solid' });
  assert.deepEqual(problems, []);
  await close();
});

test('with prefers-reduced-motion, animations and transitions inside a widget are cut short', async () => {
  const { page, close } = await open('/examples/test-pages/theming.html', { reducedMotion: 'reduce' });
  await waitForEvent(page, 'taal-feed-error', { id: 'default' });
  const durations = await page.evaluate(() => {
    const root = document.getElementById('default').shadowRoot;
    const probe = document.createElement('span');
    root.append(probe);
    const s = getComputedStyle(probe);
    return [s.transitionDuration, s.animationDuration].map((d) => parseFloat(d));
  });
  for (const d of durations) assert.ok(d < 0.001, `duration ${d}s`);
  await close();
});

// ---------------------------------------------------------------------------------------
// The embed-code builder

test('the embed-code builder previews the real widget, writes both snippets and copies them', async () => {
  const { page, problems, close } = await open('/examples/embed.html');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await waitForEvent(page, 'taal-feed-loaded', { tag: 'taal-programme-finder' });
  assert.match(await page.textContent('#feed-status'), /Feed geladen: \d+ activiteiten/);
  assert.equal(
    await page.textContent('#snippet-tag'),
    '<script type="module" src="/taalwijzer/dist/taalwijzer.js"></script>\n' +
      '<taal-programme-finder src="feeds/aanbod.json"></taal-programme-finder>\n',
  );
  assert.match(
    await page.textContent('#snippet-fallback'),
    /<div data-taal-widget="programme-finder" data-src="feeds\/aanbod\.json"><\/div>/,
  );

  // The volunteer form, in Arabic, with a brand colour: the style block scopes the tokens.
  await page.check('input[value="volunteer-form"]');
  await page.fill('#action', 'mailto:taalhuis@bibliotheek.nl');
  await page.selectOption('#locale', 'ar');
  await page.fill('#accent', '#a3001b');
  await page.locator('#accent').blur();
  await page.waitForFunction(
    () => document.querySelector('#preview taal-volunteer-form')?.getAttribute('dir') === 'rtl',
  );
  const code = await page.textContent('#snippet-tag');
  assert.match(code, /<style>\n {2}taal-volunteer-form \{\n {4}--taal-color-accent: #a3001b;/);
  assert.match(
    code,
    /<taal-volunteer-form src="feeds\/aanbod\.json" action="mailto:taalhuis@bibliotheek\.nl" locale="ar"><\/taal-volunteer-form>/,
  );
  const fallback = await page.textContent('#snippet-fallback');
  assert.match(fallback, /\[data-taal-widget="volunteer-form"\] \{/);
  assert.match(fallback, /data-action="mailto:taalhuis@bibliotheek\.nl" data-locale="ar"/);
  // The preview uses the colour.
  const accent = await page.$eval('#preview taal-volunteer-form', (el) =>
    getComputedStyle(el).getPropertyValue('--taal-color-accent').trim(),
  );
  assert.equal(accent, '#a3001b');

  await page.click('[data-copy="snippet-tag"]');
  await page.waitForFunction(() => document.getElementById('copied-tag').textContent.includes('Gekopieerd'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code.trimEnd());
  assert.deepEqual(problems, []);
  await close();
});

test('the embed-code builder escapes what is typed and explains what is wrong', async () => {
  const { page, close } = await open('/examples/embed.html');
  await page.fill('#src', 'aanbod.json"><script>alert(1)</script>');
  await page.locator('#src').blur();
  await page.waitForFunction(() => document.getElementById('snippet-tag').textContent.includes('&quot;'));
  assert.match(
    await page.textContent('#snippet-tag'),
    /src="aanbod\.json&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/,
  );
  assert.equal(await page.locator('#snippet-tag script, #preview script').count(), 0);
  assert.equal(await page.getAttribute('#src', 'aria-invalid'), 'true');
  assert.match(await page.textContent('#src-error'), /spaties, aanhalingstekens/);

  await page.check('input[value="volunteer-form"]');
  await page.fill('#action', 'http://example.org/aanmelden');
  await page.locator('#action').blur();
  await page.waitForFunction(() => !document.getElementById('action-error').hidden);
  assert.match(await page.textContent('#action-error'), /https:\/\//);
  await close();
});
