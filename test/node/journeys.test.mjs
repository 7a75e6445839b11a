// The newcomer's journey end to end, through the built dist/taalwijzer.js on a served page
// with a strict Content-Security-Policy (examples/csp/nieuwkomer.html), on a 320 px phone,
// in Dutch and in Arabic (right to left): pick learning goals in the goal picker, see the
// finder below follow them, open a programme and put it in the calendar.
//
// The volunteer's journey (fill in -> server error -> retry -> thank-you, one stored
// sign-up) is in volunteer-e2e.test.mjs; keyboard-only journeys in keyboard.test.mjs.
// Needs `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { startServer, launchBrowser, newPage, focused, describe, until, clean } from './support/browser.mjs';
import { messages, numberIn, latinDigits, pickFeedText } from './support/messages.mjs';
import { parseIcs, assertValidEvent } from './support/ics.mjs';

const PAGE = '/examples/csp/nieuwkomer.html';
/** A Monday morning in the season of the sample feed, so the same programmes are upcoming on any day the tests run. */
const NOW = new Date('2026-11-30T08:00:00+01:00');
const FEED = JSON.parse(readFileSync(new URL('../../examples/feeds/aanbod.json', import.meta.url), 'utf8'));
/** What the newcomer picks: making a GP appointment, and logging in with DigiD. */
const CHOSEN = [
  { domain: 'health-exercise', goal: 'health-gp-appointment' },
  { domain: 'digital-skills', goal: 'digital-digid-login' },
];
const CHOSEN_GOALS = CHOSEN.map((c) => c.goal);
const CHOSEN_DOMAINS = CHOSEN.map((c) => c.domain);

let server;
let browser;

before(async () => {
  server = await startServer({ port: 0, quiet: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function sidewaysScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The feed's programmes with this title in this language (titles may repeat). */
function programmesTitled(title, lang) {
  return FEED.programmes.filter((p) => clean(pickFeedText(p.title, lang)) === title);
}

for (const { lang, language } of [
  { lang: 'nl', language: 'Dutch' },
  { lang: 'ar', language: 'Arabic, right to left' },
]) {
  test(`newcomer in ${language} on a 320 px phone: goals steer the finder, a programme goes into the calendar`, async () => {
    const t = messages(lang);
    const { page, problems, close } = await newPage(browser, { width: 320, acceptDownloads: true });
    await page.clock.setFixedTime(NOW);
    const response = await page.goto(server.origin + PAGE);
    assert.match(response.headers()['content-security-policy'], /script-src 'self'; style-src 'self'/);
    const picker = page.locator('taal-goal-picker');
    const finder = page.locator('taal-programme-finder#finder');
    const count = finder.locator('[part="result-count"]');
    await finder.locator('[part~="result-card"]').first().waitFor();

    if (lang !== 'nl') {
      // The newcomer chooses their language in the first menu they meet; every widget follows.
      await picker.getByRole('combobox', { name: 'Taal' }).selectOption(lang);
      await page.waitForFunction(
        (code) =>
          [...document.querySelectorAll('taal-goal-picker, taal-programme-finder')].every(
            (el) => el.getAttribute('lang') === code && el.getAttribute('dir') === 'rtl',
          ),
        lang,
      );
      await finder.getByRole('searchbox', { name: t('finder.search.label') }).waitFor();
    }
    const before = numberIn(await count.innerText());
    assert.equal(await finder.locator('[part="chip"]').count(), 0, 'no filter chosen yet');

    // ---- 1. Goals: a topic, a goal in it, back, another topic and goal, then "my goals".
    for (const { domain, goal } of CHOSEN) {
      await picker.getByRole('button', { name: t(`domain.${domain}`), exact: true }).click();
      await picker.getByRole('heading', { name: t(`domain.${domain}`) }).waitFor();
      const checkbox = picker.getByRole('checkbox', { name: t(`goal.${goal}`) });
      await checkbox.check();
      assert.equal(await checkbox.isChecked(), true);
      await picker.getByRole('button', { name: t('goals.back') }).click();
      await picker.getByRole('heading', { name: t('goals.domains.heading') }).waitFor();
    }
    await picker.getByRole('button', { name: t('goals.to-summary') }).click();
    await picker.getByRole('heading', { name: t('goals.summary.heading') }).waitFor();
    const summary = await picker.locator('[part="summary-goal"]').allInnerTexts();
    assert.equal(summary.length, 2, summary.join(' | '));
    for (const [i, { goal }] of CHOSEN.entries())
      assert.ok(summary[i].includes(t(`goal.${goal}`)), summary[i]);
    assert.equal(await sidewaysScroll(page), 0, 'the goal summary fits the phone');

    // ---- 2. The finder below now shows what fits those goals.
    const after = await until(
      async () => numberIn(await count.innerText()),
      (n) => n !== before,
      'the number of results changes',
    );
    assert.ok(after > 0 && after < before, `${after} of ${before} programmes`);
    const chips = (await finder.locator('[part="chip"]').allInnerTexts()).map(clean);
    assert.deepEqual(
      chips.sort(),
      CHOSEN_DOMAINS.map((d) => t(`domain.${d}`)).sort(),
      'the topics are filters',
    );
    // Screen readers hear the new number (a polite live region, after a pause).
    const announced = await until(
      async () => clean(await finder.locator('[aria-live="polite"]').innerText()),
      (text) => text !== '' && numberIn(text) === after,
      'the new number of results is announced',
    );
    assert.ok(announced);
    assert.ok(await finder.getByText(t('finder.steering.note')).isVisible(), 'says goal matches come first');

    const cards = finder.locator('[part~="result-card"]');
    const shown = await cards.count();
    assert.equal(shown, Math.min(after, 20));
    const badge = t('finder.badge.goals');
    const seen = [];
    for (let i = 0; i < shown; i++) {
      const card = cards.nth(i);
      // textContent: cards below the fold are not rendered yet (content-visibility), so their
      // innerText is empty until the visitor scrolls to them; the text is there all the same.
      const title = clean(await card.locator('[part="result-card-title"]').textContent());
      const badges = (await card.locator('[part="badge"]').allTextContents()).map(clean);
      const programmes = programmesTitled(title, lang);
      assert.ok(programmes.length, `"${title}" is a programme of the feed`);
      assert.ok(
        programmes.some((p) => p.domains.some((d) => CHOSEN_DOMAINS.includes(d))),
        `"${title}" is about health or computers`,
      );
      const works = programmes.some((p) => p.goals?.some((g) => CHOSEN_GOALS.includes(g)));
      assert.equal(
        badges.includes(badge),
        works,
        `"${title}" says "${badge}" exactly when it works on a goal`,
      );
      seen.push({ title, matches: works });
    }
    const firstOther = seen.findIndex((s) => !s.matches);
    assert.ok(
      firstOther === -1 || seen.slice(firstOther).every((s) => !s.matches),
      'goal matches come first',
    );
    assert.ok(seen.filter((s) => s.matches).length >= 2, seen.map((s) => s.title).join(' | '));

    // ---- 3. Open the first programme: its details, focus on its title.
    const title = seen[0].title;
    await cards.first().getByRole('button', { name: title }).click();
    const heading = finder.getByRole('heading', { name: title, level: 2 });
    await heading.waitFor();
    const now = await focused(page);
    assert.equal(now.role, 'heading', describe(now));
    assert.equal(now.name, title, describe(now));
    assert.equal(await sidewaysScroll(page), 0, 'the details fit the phone');
    if (lang === 'ar') {
      assert.equal(await heading.evaluate((el) => getComputedStyle(el).direction), 'rtl');
    }
    const detail = finder.locator('[part="detail"]');
    const when = detail.getByRole('region', { name: t('finder.detail.when') });
    const where = detail.getByRole('region', { name: t('finder.detail.where') });
    const firstMeeting = clean(await when.getByRole('listitem').first().innerText());
    const place = clean(await where.locator('.location-name').first().innerText());
    const address = (await where.locator('address').first().innerText())
      .split('\n')
      .map(clean)
      .filter(Boolean);

    // ---- 4. Into the calendar: a download of a valid iCalendar file for this programme.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      detail.getByRole('button', { name: t('finder.detail.calendar') }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^[\w-]+\.ics$/);
    const ics = parseIcs(await readFile(await download.path(), 'utf8'));
    assert.ok(ics.events.length >= 1, 'at least one event');
    for (const event of ics.events) {
      assertValidEvent(event, ics.timezones);
      assert.equal(event.get('SUMMARY').value, title);
      assert.equal(event.get('SUMMARY').params.LANGUAGE, lang, 'the title is in the visitor`s language');
      assert.equal(event.get('LOCATION')?.value, [place, ...address].join(', '), 'the place shown');
    }
    // The first event starts at the first meeting the details list, in Dutch time.
    const start = ics.events.map((e) => e.get('DTSTART').value).sort()[0];
    const [, day, hour, minute] = /^\d{6}(\d\d)T(\d\d)(\d\d)/.exec(start);
    const meeting = latinDigits(firstMeeting);
    assert.match(meeting, new RegExp(`(^|\\D)${Number(day)}(\\D|$)`), `day ${day} in "${firstMeeting}"`);
    const times = [`${hour}:${minute}`, `${Number(hour) % 12 || 12}:${minute}`];
    assert.ok(
      times.some((time) => meeting.includes(time)),
      `${times.join(' or ')} in "${firstMeeting}"`,
    );

    assert.deepEqual(await page.evaluate(() => window.taalCspViolations), [], 'no CSP violation');
    assert.deepEqual(problems, []);
    await close();
  });
}
