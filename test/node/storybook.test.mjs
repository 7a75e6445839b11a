// The static documentation site as a webmaster publishes it: `storybook build` served by a
// plain static file server. Every story (the list from index.json) must show a defined taal-
// element with rendered content, in its own iframe and on its component's docs page, with no
// error logged and no axe finding inside the widgets; the language toolbar must switch them.
//
// Uses the site in $TAALWIJZER_STORYBOOK_DIR when set (CI builds it first), else builds one
// into .tmp/storybook-static (about 15 s).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { launchBrowser, newPage, startServer } from './support/browser.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TIMEOUT = 20_000;
const CONCURRENCY = 3;
/**
 * Feeds some stories ask for on purpose to show the error and stale states: the browser logs
 * their 404 itself. Any other failed response is a problem.
 */
const MISSING_ON_PURPOSE = /\/feeds\/(bestaat-niet|does-not-exist|stale-copy)\.json$/;

let site;
let server;
let browser;
let entries;

function buildSite() {
  const dir = path.resolve('.tmp/storybook-static');
  rmSync(dir, { recursive: true, force: true });
  const result = spawnSync('node_modules/.bin/storybook', ['build', '-o', dir, '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  assert.equal(result.status, 0, 'storybook build failed');
  return dir;
}

before(async () => {
  const given = process.env.TAALWIJZER_STORYBOOK_DIR;
  site = given && existsSync(path.join(given, 'index.json')) ? path.resolve(given) : buildSite();
  entries = Object.values(JSON.parse(readFileSync(path.join(site, 'index.json'), 'utf8')).entries);
  server = await startServer({ root: site, port: 0, quiet: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens a story or docs page of the static site and waits until every taal- element on it
 * is defined and has rendered text in its shadow root. Returns what it found.
 */
async function open(id, viewMode, { globals = '' } = {}) {
  // The browser's own "Failed to load resource" line names no URL: the responses below do.
  const tab = await newPage(browser, { ignoreConsole: (text) => /^Failed to load resource/.test(text) });
  const { page } = tab;
  page.on('response', (response) => {
    if (response.status() >= 400 && !MISSING_ON_PURPOSE.test(response.url()))
      tab.problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  const query = `id=${encodeURIComponent(id)}&viewMode=${viewMode}${globals ? `&globals=${globals}` : ''}`;
  await page.goto(`${server.origin}/iframe.html?${query}`, { waitUntil: 'load' });
  const root = viewMode === 'docs' ? '#storybook-docs' : '#storybook-root';
  // Rendered: the story's root has content, and every taal- element in it is defined with text.
  await page
    .waitForFunction(
      (rootSelector) => {
        const rootEl = document.querySelector(rootSelector);
        if (!rootEl || !rootEl.childElementCount) return false;
        const widgets = [...rootEl.querySelectorAll('*')].filter((el) => el.localName.startsWith('taal-'));
        return widgets.every(
          (el) => customElements.get(el.localName) && (el.shadowRoot?.textContent ?? '').trim().length > 0,
        );
      },
      root,
      { timeout: TIMEOUT, polling: 100 },
    )
    .catch(() => {});
  // Let play functions and feed fetches finish.
  await page.waitForTimeout(800);
  const found = await page.evaluate((rootSelector) => {
    const rootEl = document.querySelector(rootSelector);
    const widgets = [...(rootEl?.querySelectorAll('*') ?? [])].filter((el) =>
      el.localName.startsWith('taal-'),
    );
    return widgets.map((el) => ({
      tag: el.localName,
      defined: Boolean(customElements.get(el.localName)),
      text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      lang: el.getAttribute('lang'),
      dir: el.getAttribute('dir'),
    }));
  }, root);
  return { ...tab, found };
}

/** axe's findings inside the taal- elements of the page (not Storybook's own chrome). */
async function axeWidgets(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('taal-'));
    if (!widgets.length) return [];
    // Storybook's accessibility panel runs its own axe in the same page: wait for it.
    const run = async (tries) => {
      try {
        return await window.axe.run(
          { include: widgets },
          { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
        );
      } catch (error) {
        if (tries === 0 || !/already running/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
        return run(tries - 1);
      }
    };
    const result = await run(80);
    return result.violations.flatMap((v) => v.nodes.map((n) => `axe ${v.id}: ${JSON.stringify(n.target)}`));
  }, AXE_TAGS);
}

/** Runs `work` over `items`, `CONCURRENCY` at a time, and collects the problems it returns. */
async function sweep(items, work) {
  const problems = [];
  const queue = [...items];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let item = queue.shift(); item; item = queue.shift()) problems.push(...(await work(item)));
    }),
  );
  return problems;
}

function widgetProblems(label, found) {
  if (!found.length) return [`${label}: no taal- element on the page`];
  return found.flatMap((w) => [
    ...(w.defined ? [] : [`${label}: <${w.tag}> is not defined`]),
    ...(w.defined && !w.text ? [`${label}: <${w.tag}> rendered nothing`] : []),
  ]);
}

test('the static site lists the widgets’ stories', () => {
  const stories = entries.filter((e) => e.type === 'story');
  assert.ok(stories.length >= 30, `only ${stories.length} stories in index.json`);
  for (const title of ['Widgets/Programme finder', 'Widgets/Goal picker', 'Widgets/Volunteer form']) {
    assert.ok(
      stories.some((e) => e.title === title),
      `no stories for ${title}`,
    );
  }
});

test('every story renders its widget in its iframe, logs no error, and axe finds nothing', async () => {
  const problems = await sweep(
    entries.filter((e) => e.type === 'story'),
    async (entry) => {
      const label = `${entry.title} / ${entry.name}`;
      const tab = await open(entry.id, 'story');
      try {
        const axe = await axeWidgets(tab.page);
        return [
          ...widgetProblems(label, tab.found),
          ...tab.problems.map((p) => `${label}: ${p}`),
          ...axe.map((p) => `${label}: ${p}`),
        ];
      } finally {
        await tab.close();
      }
    },
  );
  assert.deepEqual(problems, []);
});

test('every component docs page shows its stories’ widgets, rendered', async () => {
  const docs = entries.filter((e) => e.type === 'docs' && !e.tags?.includes('unattached-mdx'));
  assert.ok(docs.length >= 4, `only ${docs.length} component docs pages`);
  const problems = await sweep(docs, async (entry) => {
    const label = `${entry.title} / Docs`;
    const tab = await open(entry.id, 'docs');
    try {
      return [...widgetProblems(label, tab.found), ...tab.problems.map((p) => `${label}: ${p}`)];
    } finally {
      await tab.close();
    }
  });
  assert.deepEqual(problems, []);
});

test('the language toolbar switches the widgets of the static site', async () => {
  const cases = [
    ['widgets-programme-finder--default', 'ar', 'rtl', /\p{Script=Arabic}/u],
    ['widgets-goal-picker--default', 'ti', 'ltr', /\p{Script=Ethiopic}/u],
    ['widgets-volunteer-form--form', 'fa', 'rtl', /\p{Script=Arabic}/u],
    ['widgets-volunteer-form--form', 'pl', 'ltr', /[ąęółśżźćń]/],
  ];
  const problems = await sweep(cases, async ([id, locale, dir, script]) => {
    const label = `${id} in ${locale}`;
    const tab = await open(id, 'story', { globals: `locale:${locale}` });
    try {
      const [widget] = tab.found;
      if (!widget) return [`${label}: no widget`];
      return [
        ...(widget.lang === locale ? [] : [`${label}: lang is ${widget.lang}`]),
        ...(widget.dir === dir ? [] : [`${label}: dir is ${widget.dir}`]),
        ...(script.test(widget.text) ? [] : [`${label}: no ${locale} text in "${widget.text.slice(0, 80)}"`]),
        ...tab.problems.map((p) => `${label}: ${p}`),
      ];
    } finally {
      await tab.close();
    }
  });
  assert.deepEqual(problems, []);
});
