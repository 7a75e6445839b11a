// Security of what ships: the built dist/ and the source it comes from hold no way to turn
// text into markup or code, and a feed full of injection payloads, on a page with a strict
// Content-Security-Policy, renders as plain text without a single violation.
//
// test/node/embed.test.mjs already checks dist/ for eval, new Function and a string passed to
// setTimeout; this file checks the other ways in (innerHTML and friends, Lit's unsafe
// directives, dynamic imports of a computed address) and runs the injection feed of
// test/fixtures/injection-feed.js through the built bundle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer, STRICT_CSP } from '../../examples/serve.mjs';
import { findBrowser, BROWSER_ARGS } from '../../scripts/find-browser.mjs';
import { CANARY, injectionFeed } from '../fixtures/injection-feed.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
const SRC = path.join(ROOT, 'src');
const TIMEOUT = 15000;

function files(dir, keep) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'types' ? [] : files(file, keep);
    return keep(file) ? [file] : [];
  });
}

/** The JavaScript a browser loads: every dist/**\/*.js but the command line tool. */
const browserFiles = () => files(DIST, (f) => f.endsWith('.js') && path.basename(f) !== 'cli.js');
const rel = (file) => path.relative(ROOT, file);

/** Line numbers (1-based) of every match of `pattern` (global) in `code`. */
function matches(code, pattern) {
  const found = [];
  for (const m of code.matchAll(pattern)) found.push({ text: m[0], index: m.index });
  return found;
}

// ---------------------------------------------------------------------------------------
// The built bundle

test('the browser bundle never turns a string into markup, except Lit’s own template element', () => {
  const list = browserFiles();
  assert.ok(
    list.some((f) => f.endsWith('taalwijzer.js')),
    'dist/taalwijzer.js exists: run the build first',
  );
  const problems = [];
  let litTemplates = 0;
  for (const file of list) {
    const code = readFileSync(file, 'utf8');
    for (const { text, index } of matches(code, /\.(innerHTML|outerHTML)\s*=(?!=)/g)) {
      // lit-html parses each template's *static* strings once, into a <template> element:
      //   static createElement(e,t){const n=d.createElement("template");return n.innerHTML=e,n}
      const before = code.slice(Math.max(0, index - 80), index);
      if (
        text.startsWith('.innerHTML') &&
        /createElement\(\s*["'`]template["'`]\s*\)\s*;?\s*return\s+\w+$/.test(before)
      ) {
        litTemplates += 1;
        continue;
      }
      problems.push(`${rel(file)}: ${code.slice(Math.max(0, index - 40), index + 30)}`);
    }
    for (const pattern of [
      /insertAdjacentHTML/g,
      /\bdocument\.write(ln)?\s*\(/g,
      /createContextualFragment/g,
      /\bDOMParser\b/g,
      /\bsrcdoc\b/g,
      /setInterval\(\s*["'`]/g,
      /(^|[^.\w$])Function\s*\(/g,
      /\bexecScript\b/g,
      // Lit's escape hatches: their directive names survive minifying.
      /\bunsafeHTML\b|\bunsafeSVG\b|\bunsafeMathML\b|\bunsafeStatic\b|"unsafe-html"|"unsafe-svg"/g,
    ]) {
      for (const { text } of matches(code, pattern)) problems.push(`${rel(file)}: ${text.trim()}`);
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(litTemplates > 0, 'the scan found Lit’s template element (so it reads the bundle)');
});

test('the browser bundle imports only its own files, by fixed names', () => {
  const problems = [];
  for (const file of browserFiles()) {
    const code = readFileSync(file, 'utf8');
    for (const { index } of matches(code, /\bimport\s*\(/g)) {
      const call = code.slice(index, index + 120);
      if (!/^import\s*\(\s*(["'`])\.{1,2}\/[\w./-]+\.js\1\s*\)/.test(call))
        problems.push(`${rel(file)}: ${call.slice(0, 60)}`);
    }
  }
  assert.deepEqual(problems, [], 'a dynamic import of a computed address could load any script');
});

// ---------------------------------------------------------------------------------------
// The source

/**
 * Places in src/ allowed to use one of the markup sinks below, each with the reason it is
 * safe. Empty: the widgets' icons are Lit `svg` templates with static markup, every feed
 * value goes through a Lit text or attribute binding (escaped), and no code builds HTML
 * from strings.
 */
const REVIEWED_SINKS = {
  // 'src/path/file.ts: the matched text': 'why it is safe',
};

const SINKS =
  /\bunsafeHTML\b|\bunsafeSVG\b|\bunsafeMathML\b|\bunsafeStatic\b|lit\/static-html|lit\/directives\/unsafe-|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|createContextualFragment|\bDOMParser\b|\bsrcdoc\b|\beval\s*\(|new\s+Function\b|setTimeout\(\s*["'`]|setInterval\(\s*["'`]/g;

test('the source has no unreviewed way to turn a string into markup or code', () => {
  const found = [];
  for (const file of files(SRC, (f) => f.endsWith('.ts'))) {
    const code = readFileSync(file, 'utf8')
      // Comments may name the sinks (to say they are not used).
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:])\/\/.*$/gm, '$1');
    for (const { text } of matches(code, SINKS)) found.push(`${rel(file)}: ${text}`);
  }
  assert.deepEqual(
    found.filter((entry) => !(entry in REVIEWED_SINKS)),
    [],
    'review each place and add it to REVIEWED_SINKS with the reason it is safe',
  );
});

/**
 * Every link binding in a widget template (`href=${...}`), with why it can only hold a safe
 * address. A new one fails this test until it is reviewed and added here.
 */
const REVIEWED_LINKS = {
  'src/feed-studio/feed-studio.ts': {
    'href=${TEMPLATE_URL.href}': 'the template beside the studio in dist/ (a constant URL, no feed data)',
    'src=${PREVIEW_URL.href}': 'the preview frame’s page beside the studio in dist/ (a constant URL)',
  },
  'src/programme-finder/result-list.ts': {
    'href=${ctx.hrefFor(id)}': 'a "#..." link to the programme in this page (url-state)',
  },
  'src/programme-finder/detail-view.ts': {
    'href=${map}': 'https://www.openstreetmap.org/ with the two numbers of a location’s geo (whereView)',
    'href=${place.url}':
      'a feed URL the parser kept (https, http, mailto, tel), checked again with isSafeUrl (whereView)',
    'href=${website.href}':
      'a feed URL the parser kept, checked again: isSafeUrl and http(s) only (contactView)',
    'href=${phone.href}': 'tel: with only digits and + of the feed’s phone number (contactView)',
    'href=${email.href}':
      'mailto: with a feed address that passed the e-mail check and isSafeUrl (contactView)',
  },
  'src/volunteer-form/notices.ts': {
    'href=${`mailto:${email}`}': 'mailto: with the publisher’s address from the feed (e-mail check)',
  },
  'src/volunteer-form/form-step.ts': {
    'href=${`#${FIELD_TARGET[error.field]}`}': 'a "#..." link to a field of the form, from a fixed table',
    'href=${privacy}': 'the privacy statement: the attribute or the feed’s, only http(s) (privacyHref)',
  },
  'src/volunteer-form/check-step.ts': {
    'href=${`#${FIELD_TARGET[field]}`}': 'a "#..." link to a field of the form, from a fixed table',
  },
  'src/volunteer-form/outcomes.ts': {
    'href=${`mailto:${email}`}': 'mailto: with the publisher’s address from the feed (e-mail check)',
    'href=${`mailto:${address}`}': 'mailto: with the address of a mailto: action (checked by resolveAction)',
    'href=${href}': 'the mailto: link the form built for a mailto: action (mailtoHref)',
  },
  'src/offer-overview/offer-overview.ts': {
    'href=${finderHref(target, filters)}':
      'the finder: a "#..." link on the same page, or an http(s) page (finderTarget), with the filter values URI-encoded',
  },
};

test('every link a widget template writes is one of the reviewed kinds', () => {
  const unreviewed = [];
  for (const file of files(SRC, (f) => f.endsWith('.ts'))) {
    const code = readFileSync(file, 'utf8');
    // An attribute binding: `href=${expression}` up to the matching brace.
    for (const { index } of matches(code, /\b(href|src|action|formaction|xlink:href)=\$\{/g)) {
      let depth = 0;
      let end = code.indexOf('${', index) + 1;
      for (; end < code.length; end += 1) {
        if (code[end] === '{') depth += 1;
        else if (code[end] === '}' && --depth === 0) break;
      }
      const binding = code.slice(index, end + 1);
      if (!REVIEWED_LINKS[rel(file)]?.[binding]) unreviewed.push(`${rel(file)}: ${binding}`);
    }
  }
  assert.deepEqual(unreviewed, [], 'review each new link binding and add it to REVIEWED_LINKS');
});

// ---------------------------------------------------------------------------------------
// The injection feed through the built bundle, on a strict-CSP page

const { feed, texts, urls } = injectionFeed();
const PAGE = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Injectie-feed onder een strikte CSP</title>
    <link rel="icon" href="../favicon.svg" />
    <script type="module" src="csp-check.js"></script>
    <script type="module" src="../../dist/taalwijzer.js"></script>
  </head>
  <body>
    <p id="csp-status"></p>
    <taal-goal-picker src="injection-feed.json" for="finder"></taal-goal-picker>
    <taal-programme-finder id="finder" src="injection-feed.json"></taal-programme-finder>
    <taal-volunteer-form src="injection-feed.json" action="https://aanmelden.example.org/api"></taal-volunteer-form>
  </body>
</html>
`;

/** Served under /examples/csp/, so they get the strict policy too. */
const routes = [
  {
    method: 'GET',
    path: '/examples/csp/injection.html',
    handler(_req, res) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    },
  },
  {
    method: 'GET',
    path: '/examples/csp/injection-feed.json',
    handler(_req, res) {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(feed));
    },
  },
];

let server;
let browser;

before(async () => {
  server = await startServer({ port: 0, quiet: true, routes });
  browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** In the page: what is wrong in every widget's shadow tree (markup, handlers, links). */
function shadowProblems() {
  const forbidden =
    /^(script|img|iframe|frame|object|embed|style|link|meta|base|noscript|math|image|foreignobject)$/;
  const urlAttributes = /^(href|xlink:href|src|srcset|action|formaction|poster|data|ping|srcdoc)$/;
  const problems = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName.toLowerCase();
      if (forbidden.test(tag)) problems.push(`<${tag}> in ${root.host.localName}`);
      if (tag === 'svg' && !el.closest('svg[aria-hidden="true"]')) problems.push(`a foreign <svg>`);
      for (const { name, value } of el.attributes) {
        if (name.startsWith('on')) problems.push(`<${tag} ${name}>`);
        if (urlAttributes.test(name)) {
          const scheme = new URL(value, location.href).protocol;
          if (!['https:', 'http:', 'mailto:', 'tel:'].includes(scheme))
            problems.push(`<${tag} ${name}="${value}">`);
        }
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  for (const host of document.querySelectorAll(
    'taal-programme-finder, taal-goal-picker, taal-volunteer-form',
  )) {
    if (host.shadowRoot) walk(host.shadowRoot);
  }
  return problems;
}

test('the injection feed on a strict-CSP page: plain text everywhere, unsafe links dropped, no violation, nothing runs', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`a dialog opened: ${dialog.message()}`);
    return dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__csp = [];
    window.__loaded = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__csp.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sample})`),
    );
    document.addEventListener('taal-feed-loaded', (event) =>
      window.__loaded.push({ tag: event.target.localName, ...event.detail }),
    );
  });
  const response = await page.goto(`${server.origin}/examples/csp/injection.html`);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  await page.waitForFunction(() => window.__loaded.length === 3, null, { timeout: TIMEOUT });

  // Every widget kept every item and reported every unsafe link.
  const loaded = await page.evaluate(() => window.__loaded);
  const finder = loaded.find((l) => l.tag === 'taal-programme-finder');
  assert.equal(finder.programmes, feed.programmes.length);
  const reported = new Set(finder.issues.map((issue) => issue.path));
  assert.deepEqual(
    urls.filter((u) => !u.kept && !reported.has(u.path)).map((u) => u.path),
    [],
    'every unsafe link is reported',
  );

  // The list: a card title with markup in it shows as text (playwright's locators pierce shadow roots).
  const title = texts.find((t) => t.path === 'programmes[1].title');
  await page
    .locator('taal-programme-finder [part~="result-card-title"]')
    .first()
    .waitFor({ timeout: TIMEOUT });
  await page.locator('taal-programme-finder [part="show-more"]').click();
  const card = page.locator('taal-programme-finder .card-link', { hasText: title.shown });
  await card.click();
  await page.locator('taal-programme-finder [part="detail"]').waitFor({ timeout: TIMEOUT });
  assert.equal((await page.locator('taal-programme-finder #detail-title').textContent()).trim(), title.shown);
  const description = texts.find((t) => t.path === 'programmes[1].description');
  assert.ok(
    (await page.locator('taal-programme-finder [part="detail"]').textContent()).includes(description.shown),
  );

  // The goal picker's feed goals, and the volunteer form's roles.
  await page.locator('taal-goal-picker [data-domain="leisure-social"]').click();
  const goal = texts.find((t) => t.path === 'goals[2].text');
  await page.locator('taal-goal-picker .goal-text', { hasText: goal.shown }).waitFor({ timeout: TIMEOUT });
  const role = texts.find((t) => t.path === 'volunteerRoles[4].title');
  await page
    .locator('taal-volunteer-form .role-title', { hasText: role.shown })
    .waitFor({ timeout: TIMEOUT });

  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(shadowProblems), []);
  assert.equal(await page.evaluate((name) => window[name], CANARY), undefined, 'no payload ran');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(await page.evaluate(() => window.taalCspViolations), []);
  assert.deepEqual(problems, []);
  await context.close();
});
