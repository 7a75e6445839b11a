// Keyboard-only journeys through each widget, through the built dist/taalwijzer.js on
// served pages with a strict Content-Security-Policy (examples/csp/). Only the keyboard
// moves: Tab, Shift+Tab, Enter, Space, arrow keys, Escape and typing; never a click, never
// element.focus(). After each step the test looks at what has the focus, through the
// shadow roots, by role and accessible name, as a screen reader user would hear it; every
// Tab stop on the way must be visible and named, never the bare page. Each journey ends by
// tabbing out of the widget to a link after it: no keyboard trap.
// Needs `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startVolunteerServer } from '../../examples/volunteer-server.mjs';
import {
  launchBrowser,
  newPage,
  focused,
  describe,
  pressUntil,
  waitForFocus,
  until,
  clean,
} from './support/browser.mjs';
import { messages, numberIn } from './support/messages.mjs';
import { parseIcs } from './support/ics.mjs';

const NEWCOMER_PAGE = '/examples/csp/nieuwkomer.html';
const VOLUNTEER_PAGE = '/examples/csp/vrijwilliger.html';
/** A Monday morning in the season of the sample feed, so the same programmes are upcoming on any day. */
const NOW = new Date('2026-11-30T08:00:00+01:00');
const MIN_FILL_TIME = 3000;

const dir = mkdtempSync(path.join(tmpdir(), 'taalwijzer-keyboard-'));
let server;
let browser;

before(async () => {
  // The example receiving server also serves the repository (with the strict CSP on
  // /examples/csp/) and stores sign-ups sent to /api/aanmelden.
  server = await startVolunteerServer({ port: 0, quiet: true, file: path.join(dir, 'aanmeldingen.jsonl') });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const exactly = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

async function noCspViolations(page) {
  assert.deepEqual(await page.evaluate(() => window.taalCspViolations), [], 'no CSP violation');
}

test('finder by keyboard alone: search, a filter, open a programme, its calendar file, back, English, and out', async () => {
  const en = messages('en');
  const { page, problems, close } = await newPage(browser, { acceptDownloads: true });
  await page.clock.setFixedTime(NOW);
  await page.goto(server.origin + NEWCOMER_PAGE);
  const finder = page.locator('taal-programme-finder');
  const count = async () => numberIn(await finder.locator('[part="result-count"]').innerText());
  const chips = async () => (await finder.locator('[part="chip"]').allInnerTexts()).map(clean);
  await finder.locator('[part~="result-card"]').first().waitFor();
  const all = await count();

  // From the top of the page, past the goal picker, to the search box.
  const toSearch = await pressUntil(
    page,
    (f) => f.role === 'searchbox' && f.widget === 'taal-programme-finder',
    {
      what: 'the search box',
    },
  );
  assert.equal(toSearch.path[0], 'link "Strikte-CSP-testpagina"', 'the page`s own link comes first');
  assert.equal(toSearch.focus.name, 'Zoek een activiteit');
  await page.keyboard.type('computer', { delay: 20 });
  const found = await until(count, (n) => n < all, 'typing narrows the results');
  assert.deepEqual(await chips(), ['“computer”']);

  // The first filter after the search box: "only free ones", toggled with Space.
  await page.keyboard.press('Tab');
  const free = await focused(page);
  assert.equal(free.role, 'checkbox', describe(free));
  assert.match(free.name, /^Alleen gratis/);
  assert.equal(free.checked, false);
  await page.keyboard.press('Space');
  assert.equal((await focused(page)).checked, true, 'Space ticks the filter and the focus stays on it');
  const filtered = await until(count, (n) => n < found, 'the filter narrows the results');
  assert.deepEqual(await chips(), ['“computer”', 'Alleen gratis']);

  // On past the other filters and the chosen-filter chips to the first result; Enter opens it.
  const titles = (await finder.locator('[part="result-card-title"]').allInnerTexts()).map(clean);
  assert.equal(titles.length, filtered);
  const toResult = await pressUntil(page, (f) => f.role === 'button' && titles.includes(f.name), {
    max: 60,
    what: 'a result',
  });
  const title = toResult.focus.name;
  assert.equal(title, titles[0], 'the first result is the first one reached');
  assert.ok(toResult.path.includes('button "Filter weghalen: Alleen gratis" in taal-programme-finder'));
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'heading', exactly(title));

  // The calendar button, and a download of this programme's meetings.
  await pressUntil(page, (f) => f.role === 'button' && f.name === 'Zet in mijn agenda', {
    max: 20,
    what: 'the calendar button',
  });
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const ics = parseIcs(await readFile(await download.path(), 'utf8'));
  assert.ok(ics.events.length >= 1);
  assert.equal(ics.events[0].get('SUMMARY').value, title);
  assert.equal((await focused(page)).name, 'Zet in mijn agenda', 'the focus stays on the button');

  // Escape goes back to the list, to the result that was opened, with the filters kept.
  await page.keyboard.press('Escape');
  const back = await waitForFocus(page, 'button', exactly(title));
  assert.equal(back.widget, 'taal-programme-finder');
  assert.equal(await count(), filtered);
  assert.deepEqual(await chips(), ['“computer”', 'Alleen gratis']);

  // Back up to the finder's language menu; the arrow key picks English at once.
  await pressUntil(
    page,
    (f) => f.role === 'combobox' && f.name === 'Taal' && f.widget === 'taal-programme-finder',
    {
      key: 'Shift+Tab',
      max: 80,
      what: 'the language menu',
    },
  );
  await page.keyboard.press('ArrowDown');
  const menu = await waitForFocus(page, 'combobox', exactly(en('language.label')));
  assert.equal(menu.value, 'en');
  assert.equal(await finder.getAttribute('lang'), 'en');
  await page.keyboard.press('Tab');
  const search = await focused(page);
  assert.equal(search.name, en('finder.search.label'), 'the finder speaks English');
  assert.equal(search.value, 'computer', 'the search is kept');
  assert.equal(await count(), filtered);
  const titlesEn = (await finder.locator('[part="result-card-title"]').allInnerTexts()).map(clean);

  // No trap: Tab goes on through the finder and out to the page's next link.
  const out = await pressUntil(
    page,
    (f) => f.widget === null && f.role === 'link' && f.name === 'Word vrijwilliger bij het Taalhuis',
    { max: 80, what: 'the link after the finder' },
  );
  for (const result of titlesEn)
    assert.ok(out.path.includes(`button "${result}" in taal-programme-finder`), result);

  await noCspViolations(page);
  assert.deepEqual(problems, []);
  await close();
});

test('goal picker by keyboard alone: a topic, goals with Space and Enter, my goals, remove one; focus on each new heading', async () => {
  const { page, problems, close } = await newPage(browser);
  await page.clock.setFixedTime(NOW);
  await page.goto(server.origin + NEWCOMER_PAGE);
  const picker = page.locator('taal-goal-picker');
  const finder = page.locator('taal-programme-finder');
  await picker.locator('[part="domain-tile"]').first().waitFor();
  await finder.locator('[part~="result-card"]').first().waitFor();
  const currentStep = async () =>
    clean(await picker.locator('[part="step"][aria-current="step"]').innerText());

  // Step 1: a topic. Enter opens its goals and the focus goes to the new heading.
  const toTile = await pressUntil(page, (f) => f.role === 'button' && f.name === 'Gezondheid en bewegen', {
    what: 'the health topic',
  });
  assert.deepEqual(toTile.path.slice(0, 2), [
    'link "Strikte-CSP-testpagina"',
    'combobox "Taal" in taal-goal-picker',
  ]);
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'heading', /^Gezondheid en bewegen$/);
  assert.match(await currentStep(), /Doelen/);

  // Step 2: one goal with Space, the next one with Enter.
  await pressUntil(page, (f) => f.role === 'checkbox' && /huisarts bellen/.test(f.name), {
    what: 'the GP goal',
  });
  await page.keyboard.press('Space');
  assert.equal((await focused(page)).checked, true, 'Space chooses the goal');
  await page.keyboard.press('Tab');
  const pharmacy = await focused(page);
  assert.match(pharmacy.name, /apotheek/, describe(pharmacy));
  assert.equal(pharmacy.checked, false);
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).checked, true, 'Enter chooses the goal too');
  // The finder on the page follows at once.
  await until(
    async () => (await finder.locator('[part="chip"]').allInnerTexts()).map(clean),
    (chips) => chips.join() === 'Gezondheid en bewegen',
    'the finder filters on the topic',
  );

  // Step 3: "my goals", the focus on its heading.
  await pressUntil(page, (f) => f.role === 'button' && /^Naar mijn doelen 2 doelen$/.test(f.name), {
    what: 'the my-goals button',
  });
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'heading', /^Mijn doelen$/);
  assert.match(await currentStep(), /Mijn doelen/);

  // Remove the first goal: the focus goes to the next goal's remove button.
  await pressUntil(page, (f) => f.role === 'button' && /^Haal weg: Ik kan de huisarts/.test(f.name), {
    what: 'the remove button',
  });
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'button', /^Haal weg: Ik begrijp wat de apotheek/);
  const left = await picker.locator('[part="summary-goal"]').allInnerTexts();
  assert.equal(left.length, 1);
  assert.match(left[0], /apotheek/);

  // No trap: Tab leaves the picker for the page's link after it.
  await pressUntil(page, (f) => f.widget === null && f.role === 'link' && f.name === 'Taalspreekuur', {
    what: 'the link after the goal picker',
  });

  // And back: the step indicator returns to the topics, focus on that heading, the
  // health topic now marked with its chosen goal.
  await pressUntil(page, (f) => f.role === 'button' && f.name === 'Onderwerp', {
    key: 'Shift+Tab',
    what: 'step 1 in the step indicator',
  });
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'heading', /^Waarvoor wil je Nederlands leren\?$/);
  await page.keyboard.press('Tab');
  await pressUntil(page, (f) => f.role === 'button' && /^Gezondheid en bewegen/.test(f.name), {
    what: 'the health topic',
  });
  assert.equal((await focused(page)).name, 'Gezondheid en bewegen 1 doel gekozen');

  await noCspViolations(page);
  assert.deepEqual(problems, []);
  await close();
});

test('volunteer form by keyboard alone: fill in, error summary, its link to the field, fix, check, a server error, retry, thank-you', async () => {
  const { page, problems, close } = await newPage(browser);
  await page.goto(server.origin + VOLUNTEER_PAGE);
  const form = page.locator('taal-volunteer-form');
  await form.locator('[part="form"]').waitFor();
  const shownAt = Date.now();

  // A role, with Space.
  const toRole = await pressUntil(page, (f) => f.role === 'checkbox', { what: 'the first role' });
  assert.equal(toRole.focus.name, 'Taalmaatje / taalcoach');
  await page.keyboard.press('Space');
  assert.equal((await focused(page)).checked, true);

  // Name and e-mail; skip the phone; the postcode.
  await pressUntil(page, (f) => f.role === 'textbox' && f.name === 'Naam', { what: 'the name field' });
  await page.keyboard.type('Samira El Amrani');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).name, 'E-mailadres');
  await page.keyboard.type('samira@example.nl');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).name, 'Telefoonnummer (optioneel)');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).name, 'Postcode (optioneel)');
  await page.keyboard.type('7201dn');

  // Availability: the grid's checkboxes are named by day and part of the day.
  const toCell = await pressUntil(page, (f) => f.role === 'checkbox' && f.name === 'dinsdag avond', {
    what: 'Tuesday evening',
  });
  assert.equal(toCell.path[0], 'checkbox "maandag ochtend" in taal-volunteer-form');
  // Enter ticks a checkbox too (as in the goal picker); it does not send the half-filled form.
  await page.keyboard.press('Enter');
  const cell = await focused(page);
  assert.equal(cell.name, 'dinsdag avond', describe(cell));
  assert.equal(cell.checked, true);
  assert.equal(await form.locator('[part="error-summary"]').count(), 0, 'no error summary yet');

  // A language: search, then Tab to the one found.
  await pressUntil(page, (f) => f.role === 'searchbox' && f.name === 'Zoek een taal', {
    what: 'the language search',
  });
  await page.keyboard.type('tigr');
  await page.keyboard.press('Tab');
  const tigrinya = await focused(page);
  assert.match(tigrinya.name, /ትግርኛ/, describe(tigrinya));
  await page.keyboard.press('Space');
  assert.equal((await focused(page)).checked, true);

  // Forget the consent, and press Enter on "check your answers".
  const toCheck = await pressUntil(
    page,
    (f) => f.role === 'button' && f.name === 'Controleer je antwoorden',
    {
      what: 'the check button',
    },
  );
  assert.ok(toCheck.path.some((stop) => stop.startsWith('checkbox "Ik geef toestemming')));
  await page.keyboard.press('Enter');

  // The error summary takes the focus; its link takes the focus to the field.
  await waitForFocus(page, 'alert', /^Er klopt nog iets niet$/);
  await page.keyboard.press('Tab');
  const errorLink = await focused(page);
  assert.equal(errorLink.role, 'link', describe(errorLink));
  assert.match(errorLink.name, /toestemming/);
  await page.keyboard.press('Enter');
  const consent = await waitForFocus(page, 'checkbox', /^Ik geef toestemming/);
  assert.equal(consent.checked, false);
  await page.keyboard.press('Space');
  assert.equal((await focused(page)).checked, true);

  // Check the answers: the focus on that step's heading.
  await pressUntil(page, (f) => f.role === 'button' && f.name === 'Controleer je antwoorden', {
    what: 'the check button',
  });
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'heading', /^Controleer je antwoorden$/);
  const answers = await form.locator('[part~="check-answers"]').innerText();
  for (const answer of [
    'Taalmaatje / taalcoach',
    'Samira El Amrani',
    'samira@example.nl',
    '7201 DN',
    'ትግርኛ',
  ]) {
    assert.ok(answers.includes(answer), `${answer} among the answers`);
  }

  // Send. A person needs a few seconds; the form takes anything faster for a robot.
  await pressUntil(page, (f) => f.role === 'button' && f.name === 'Aanmelding versturen', {
    what: 'the send button',
  });
  const wait = MIN_FILL_TIME + 200 - (Date.now() - shownAt);
  if (wait > 0) await page.waitForTimeout(wait);
  // The server fails once: the message takes the focus, "try again" is the next Tab.
  server.failNext(1);
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'alert', /^Je aanmelding is nog niet verstuurd\.$/, { timeout: 20000 });
  assert.equal((await server.submissions()).length, 0);
  await page.keyboard.press('Tab');
  const retry = await focused(page);
  assert.equal(retry.role, 'button', describe(retry));
  assert.equal(retry.name, 'Probeer opnieuw');
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'heading', /^Bedankt voor je aanmelding!$/, { timeout: 20000 });

  const stored = await server.submissions();
  assert.equal(stored.length, 1);
  assert.deepEqual(
    { ...stored[0], submissionId: '', submittedAt: '' },
    {
      submissionId: '',
      submittedAt: '',
      locale: 'nl',
      roles: ['taalmaatje'],
      name: 'Samira El Amrani',
      email: 'samira@example.nl',
      postalCode: '7201 DN',
      availability: { tue: ['evening'] },
      languages: ['ti'],
      consent: { privacy: true, contactByPhone: false },
    },
  );

  // No trap: on to the page's link after the form.
  await pressUntil(page, (f) => f.widget === null && f.role === 'link' && f.name === 'Terug naar de demo', {
    what: 'the link after the form',
  });

  await noCspViolations(page);
  // The browser logs the failed attempt (503) itself; nothing else.
  assert.deepEqual(
    problems.filter((p) => !/status of 503/.test(p)),
    [],
  );
  await close();
});
