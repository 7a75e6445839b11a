// The widgets on host pages made of real theme CSS (test/fixtures/hosts/: Bootstrap 5.3 light
// and dark, NL Design System Utrecht, modern-normalize with aggressive resets in Arabic, a
// 62.5%-root serif theme, a tinted theme and its dark class), at 320 and 1280 px, through the
// built dist/ in Chromium. Per page and width:
//
// - layout shift while loading, with the widgets' code held back 700 ms so the state before
//   the elements are defined is what the page shows first (PerformanceObserver 'layout-shift');
// - text sizes: none under 12 px, a card title larger than the page's own body text;
// - nothing wider than the page or the widget;
// - contrast of every text inside the widgets against what is behind it (4.5:1; 3:1 for large
//   text), and the light or dark look following the page.
//
// Then the same at --taal-font-size 22px, in a 250 px column, and at 200% zoom.
//
//   HOST_PAGES_REPORT=1 node --test test/node/host-pages.test.mjs   # also prints a table
//   HOST_PAGES_SHOTS=dir node --test test/node/host-pages.test.mjs  # and writes screenshots
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { startServer, launchBrowser, newPage } from './support/browser.mjs';

const HOSTS = [
  { name: 'bootstrap', dark: false },
  { name: 'bootstrap-dark', dark: true },
  { name: 'utrecht', dark: false },
  { name: 'reset-ar', dark: false },
  { name: 'serif-62', dark: false },
  { name: 'wp-light', dark: false },
  { name: 'wp-dark', dark: true },
];
const WIDTHS = [320, 1280];
const CODE_DELAY_MS = 700;
const CLS_LIMIT = 0.02;
const REPORT = Boolean(process.env.HOST_PAGES_REPORT);
const SHOTS = process.env.HOST_PAGES_SHOTS;

let server;
let browser;
const rows = [];

before(async () => {
  server = await startServer({ port: 0, quiet: true });
  browser = await launchBrowser();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (REPORT) console.table(rows);
});

/** Opens a host page with the widgets' code (everything in dist/ but the loader) held back. */
async function open(name, { width, height = 800, css, delay = CODE_DELAY_MS } = {}) {
  const session = await newPage(browser, { width, height });
  const { page } = session;
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.__shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.route(/\/dist\/(?!taalwijzer\.js$).+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, delay));
    await route.continue();
  });
  await page.goto(`${server.origin}/test/fixtures/hosts/${name}.html`);
  if (css) await page.addStyleTag({ content: css });
  await page.waitForFunction(
    () =>
      document.querySelector('taal-programme-finder')?.shadowRoot?.querySelector('[part~="result-card"]') &&
      document.querySelector('taal-goal-picker')?.shadowRoot?.querySelector('[part~="domain-tile"]') &&
      document.querySelector('taal-volunteer-form')?.shadowRoot?.querySelector('[part~="form"]'),
    null,
    { timeout: 20000 },
  );
  await page.waitForTimeout(400);
  return session;
}

/** Everything measured on the page as it stands. */
function measure(page) {
  return page.evaluate(() => {
    const parse = (value) => {
      const srgb = /color\(srgb ([^)]+)\)/.exec(value);
      if (srgb) {
        const p = srgb[1]
          .split(/[\s/]+/)
          .filter(Boolean)
          .map(Number);
        return [p[0] * 255, p[1] * 255, p[2] * 255, p[3] ?? 1];
      }
      const m = /rgba?\(([^)]+)\)/.exec(value);
      if (!m) return undefined;
      const p = m[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0], p[1], p[2], p[3] ?? 1];
    };
    const lum = ([r, g, b]) => {
      const f = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a, b) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const over = (top, bottom) => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1);
    };
    const parentOf = (el) => el.parentElement ?? el.getRootNode().host ?? null;
    /** The colour behind an element: its backgrounds and its ancestors', through shadow roots. */
    const behind = (el) => {
      const layers = [];
      for (let node = el; node; node = parentOf(node)) {
        const c = parse(getComputedStyle(node).backgroundColor);
        if (c && c[3] > 0) layers.push(c);
        if (c && c[3] >= 1) break;
      }
      let color = [255, 255, 255, 1];
      const canvas = parse(getComputedStyle(document.documentElement).backgroundColor);
      if (!layers.length || layers.at(-1)[3] < 1) {
        const dark = getComputedStyle(document.documentElement).colorScheme.includes('dark');
        color = canvas && canvas[3] >= 1 ? canvas : dark ? [18, 18, 18, 1] : color;
      }
      for (const layer of layers.reverse()) color = over(layer, color);
      return color;
    };
    const body = parseFloat(getComputedStyle(document.querySelector('#intro')).fontSize);
    const result = {
      shift: window.__shifts.reduce((a, b) => a + b, 0),
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
      bodyFont: body,
      minFont: Infinity,
      minFontWhere: '',
      titleFont: 0,
      lowContrast: [],
      minContrast: Infinity,
      widgetOverflow: [],
      surfaces: {},
      fonts: {},
    };
    for (const host of document.querySelectorAll(
      'taal-goal-picker, taal-programme-finder, taal-volunteer-form',
    )) {
      const root = host.shadowRoot;
      result.surfaces[host.localName] = lum(behind(host)).toFixed(3);
      result.fonts[host.localName] = getComputedStyle(host).fontFamily.split(',')[0];
      if (host.scrollWidth > host.clientWidth + 1)
        result.widgetOverflow.push(`${host.localName} ${host.scrollWidth}>${host.clientWidth}`);
      const title = root.querySelector('[part~="result-card-title"]');
      if (title) result.titleFont = parseFloat(getComputedStyle(title).fontSize);
      const hostBox = host.getBoundingClientRect();
      for (const el of root.querySelectorAll('*')) {
        const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim());
        if (!text) continue;
        const box = el.getBoundingClientRect();
        if (
          !box.width ||
          !box.height ||
          !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
        )
          continue;
        if (el.closest('.visually-hidden')) continue;
        if (box.right > hostBox.right + 1 || box.left < hostBox.left - 1) {
          result.widgetOverflow.push(`${host.localName} ${el.localName}.${el.className} sticks out`);
        }
        const style = getComputedStyle(el);
        const size = parseFloat(style.fontSize);
        if (size < result.minFont) {
          result.minFont = size;
          result.minFontWhere = `${host.localName} ${el.localName}.${el.className}`;
        }
        if (el.closest(':disabled, [aria-disabled="true"]')) continue;
        const fg = parse(style.color);
        const bg = behind(el);
        const c = ratio(over(fg, bg), bg);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        result.minContrast = Math.min(result.minContrast, c);
        if (c < (large ? 3 : 4.5)) {
          result.lowContrast.push(
            `${host.localName} ${el.localName}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${c.toFixed(2)}`,
          );
        }
      }
    }
    return result;
  });
}

for (const host of HOSTS) {
  for (const width of WIDTHS) {
    test(`${host.name} at ${width} px: no jump, sizes, no overflow, contrast`, async () => {
      const { page, problems, close } = await open(host.name, { width });
      try {
        const m = await measure(page);
        if (SHOTS) await page.screenshot({ path: `${SHOTS}/${host.name}-${width}.png`, fullPage: true });
        rows.push({
          page: host.name,
          width,
          cls: m.shift.toFixed(4),
          body: m.bodyFont,
          title: m.titleFont,
          min: m.minFont,
          contrast: m.minContrast.toFixed(2),
          font: m.fonts['taal-programme-finder'],
          surface: m.surfaces['taal-programme-finder'],
        });
        assert.deepEqual(problems, []);
        assert.ok(m.shift < CLS_LIMIT, `layout shift ${m.shift.toFixed(4)} (limit ${CLS_LIMIT})`);
        assert.ok(m.minFont >= 12, `smallest text ${m.minFont}px: ${m.minFontWhere}`);
        assert.ok(m.titleFont > m.bodyFont, `card title ${m.titleFont}px, page text ${m.bodyFont}px`);
        assert.ok(m.pageOverflow <= 0, `page scrolls sideways by ${m.pageOverflow}px`);
        assert.deepEqual(m.widgetOverflow, []);
        assert.deepEqual(m.lowContrast, [], 'text under 4.5:1 (3:1 large)');
        for (const [widget, lum] of Object.entries(m.surfaces)) {
          if (host.dark) assert.ok(Number(lum) < 0.2, `${widget} is light (${lum}) on a dark page`);
          else assert.ok(Number(lum) > 0.4, `${widget} is dark (${lum}) on a light page`);
        }
      } finally {
        await close();
      }
    });
  }
}

const STRESS = [
  {
    label: '--taal-font-size 22px at 320 px',
    host: 'bootstrap',
    width: 320,
    css: 'body { --taal-font-size: 22px; }',
  },
  {
    label: 'a 250 px column',
    host: 'serif-62',
    width: 1280,
    css: '.wrap { max-inline-size: 250px; padding: 0; }',
  },
  {
    label: '200% zoom at 320 px (160 px of CSS)',
    host: 'reset-ar',
    width: 160,
    height: 400,
  },
  {
    label: 'dark with --taal-font-size 22px in 250 px',
    host: 'bootstrap-dark',
    width: 1280,
    css: '.container { max-inline-size: 250px; } body { --taal-font-size: 22px; }',
  },
];
for (const s of STRESS) {
  test(`${s.label}: nothing overflows, titles above body text, contrast holds`, async () => {
    const { page, close } = await open(s.host, { width: s.width, height: s.height, css: s.css, delay: 0 });
    try {
      // The volunteer form's availability table and the finder's sort menu are the tightest.
      const m = await measure(page);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/stress-${s.host}-${s.width}.png`, fullPage: true });
      assert.deepEqual(m.widgetOverflow, []);
      assert.ok(m.pageOverflow <= 0, `page scrolls sideways by ${m.pageOverflow}px`);
      assert.ok(m.minFont >= 12, `smallest text ${m.minFont}px: ${m.minFontWhere}`);
      assert.ok(m.titleFont > m.bodyFont || s.css?.includes('22px'), `card title ${m.titleFont}px`);
      assert.deepEqual(m.lowContrast, []);
    } finally {
      await close();
    }
  });
}
