// Shared helpers for the end-to-end tests through dist/ in Chromium (playwright-core):
// a served copy of the repository, one browser, and what has the keyboard focus, seen
// through shadow roots the way a screen reader user would hear it (role and name).
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from '../../../examples/serve.mjs';
import { findBrowser, BROWSER_ARGS } from '../../../scripts/find-browser.mjs';

export { startServer };

/** Starts Chromium the way every test here does (no sandbox, no background traffic). */
export function launchBrowser() {
  return chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
}

/**
 * A new tab in its own context (fresh storage), Dutch, in Dutch time, collecting page
 * errors and console errors (except those `ignoreConsole` lets pass) in `problems`.
 */
export async function newPage(
  browser,
  { width = 1280, height = 900, locale = 'nl-NL', acceptDownloads, ignoreConsole = () => false } = {},
) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    timezoneId: 'Europe/Amsterdam',
    locale,
    acceptDownloads,
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !ignoreConsole(message.text())) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  return { context, page, problems, close: () => context.close() };
}

/**
 * What has the focus, through every shadow root: its widget, role, accessible name
 * (aria-label, aria-labelledby, a label, or the text, leaving out aria-hidden parts),
 * and whether it can be seen. `role` is 'body' when the focus is nowhere.
 */
export function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    let host = null;
    while (el?.shadowRoot?.activeElement) {
      host = el;
      el = el.shadowRoot.activeElement;
    }
    if (!el || el === document.body || el === document.documentElement) {
      return { role: 'body', name: '', tag: el?.localName ?? null, widget: null, visible: false };
    }
    const root = el.getRootNode();
    const byId = (id) => root.getElementById?.(id) ?? document.getElementById(id);
    const text = (node) => {
      if (!node) return '';
      if (node.nodeType === Node.TEXT_NODE) return node.data;
      if (node.nodeType !== Node.ELEMENT_NODE) return '';
      if (node.getAttribute('aria-hidden') === 'true' || node.localName === 'svg') return '';
      return [...node.childNodes].map(text).join('');
    };
    const clean = (s) => s.replace(/\s+/g, ' ').trim();
    const tag = el.localName;
    const type = el.getAttribute('type');
    const implicit =
      tag === 'a' && el.hasAttribute('href')
        ? 'link'
        : tag === 'button' || (tag === 'input' && ['button', 'submit', 'reset'].includes(type))
          ? 'button'
          : tag === 'input' && type === 'checkbox'
            ? 'checkbox'
            : tag === 'input' && type === 'radio'
              ? 'radio'
              : tag === 'input' && type === 'search'
                ? 'searchbox'
                : tag === 'input' || tag === 'textarea'
                  ? 'textbox'
                  : tag === 'select'
                    ? 'combobox'
                    : /^h[1-6]$/.test(tag)
                      ? 'heading'
                      : tag === 'summary'
                        ? 'summary'
                        : tag;
    const role = el.getAttribute('role') ?? implicit;
    let name = el.getAttribute('aria-label') ?? '';
    const labelledBy = el.getAttribute('aria-labelledby');
    if (!name && labelledBy)
      name = labelledBy
        .split(/\s+/)
        .map((id) => text(byId(id)))
        .join(' ');
    if (!name && el.labels?.length) name = [...el.labels].map(text).join(' ');
    if (!name && !['textbox', 'searchbox', 'combobox'].includes(role)) name = text(el);
    const rect = el.getBoundingClientRect();
    const visible =
      rect.width > 0 && rect.height > 0 && (el.checkVisibility?.({ visibilityProperty: true }) ?? true);
    return {
      role,
      name: clean(name),
      tag,
      id: el.id || null,
      part: el.getAttribute('part'),
      widget: host?.localName ?? null,
      checked: 'checked' in el && (type === 'checkbox' || type === 'radio') ? el.checked : undefined,
      value: tag === 'input' || tag === 'select' || tag === 'textarea' ? el.value : undefined,
      expanded: el.getAttribute('aria-expanded'),
      visible,
      focusVisible: el.matches(':focus-visible'),
    };
  });
}

/** One line for a message: `button "Filters" in taal-programme-finder`. */
export function describe(f) {
  return `${f.role} "${f.name}"${f.widget ? ` in ${f.widget}` : ''}`;
}

/**
 * Presses `key` (Tab by default) until `wanted(focused)` holds, at most `max` times.
 * Every stop on the way must be a visible element with a name (never the page body):
 * otherwise the visitor would not know where they are. Returns the focused element and
 * the path taken.
 */
export async function pressUntil(page, wanted, { key = 'Tab', max = 40, what = 'the wanted element' } = {}) {
  const path = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    path.push(describe(now));
    assert.notEqual(now.role, 'body', `focus fell to the page after ${key} × ${i + 1}:\n${path.join('\n')}`);
    assert.ok(now.visible, `${describe(now)} has focus but cannot be seen:\n${path.join('\n')}`);
    assert.ok(now.name, `${now.tag}#${now.id} has focus but no name:\n${path.join('\n')}`);
    if (wanted(now)) return { focus: now, path };
  }
  assert.fail(`${what} not reached with ${key} × ${max}:\n${path.join('\n')}`);
}

/** Asserts the focus is on an element with this role and a name matching `name`. */
export async function assertFocus(page, role, name, message) {
  const now = await focused(page);
  assert.equal(now.role, role, `${message ?? 'focus'}: ${describe(now)}`);
  assert.match(now.name, name, `${message ?? 'focus'}: ${describe(now)}`);
  return now;
}

/** Waits until the focus rests on an element matching role and name (after a render). */
export async function waitForFocus(page, role, name, { timeout = 10000 } = {}) {
  const end = Date.now() + timeout;
  let now;
  do {
    now = await focused(page);
    if (now.role === role && name.test(now.name)) return now;
    await page.waitForTimeout(50);
  } while (Date.now() < end);
  assert.fail(`expected the focus on ${role} ${name}, it is on ${describe(now)}`);
}

/** Polls `read()` until `ok(value)` holds, and returns that value; fails with `what`. */
export async function until(read, ok, what, timeout = 10000) {
  const end = Date.now() + timeout;
  let value;
  do {
    value = await read();
    if (ok(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  } while (Date.now() < end);
  assert.fail(`${what}; last seen: ${JSON.stringify(value)}`);
}

/** Text with its white space folded, as a visitor reads it. */
export const clean = (text) => text.replace(/\s+/g, ' ').trim();
