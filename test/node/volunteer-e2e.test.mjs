// A volunteer signs up on examples/vrijwilliger.html through the built
// dist/taalwijzer.js, against the example server, which fails the first attempt:
// fill in -> check -> server error -> retry -> thank-you, exactly one stored sign-up.
// Needs `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startVolunteerServer } from '../../examples/volunteer-server.mjs';
import { findBrowser, BROWSER_ARGS } from '../../scripts/find-browser.mjs';

const MIN_FILL_TIME = 3000;

const dir = mkdtempSync(path.join(tmpdir(), 'taalwijzer-e2e-'));
let server;
let browser;

before(async () => {
  server = await startVolunteerServer({ port: 0, quiet: true, file: path.join(dir, 'aanmeldingen.jsonl') });
  browser = await chromium.launch({ executablePath: findBrowser(), args: BROWSER_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('fill in, a server error, retry with the same id, thank-you: one stored sign-up, nothing left in the browser', async () => {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const posted = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/aanmelden'))
      posted.push(request.postDataJSON());
  });

  await page.goto(server.pageUrl);
  const form = page.locator('taal-volunteer-form');
  // The roles come from the sample feed.
  await form.getByRole('checkbox', { name: 'Taalmaatje / taalcoach' }).check();
  await form.getByRole('checkbox', { name: 'Voorlezer VoorleesExpress' }).check();
  await form.getByLabel('Naam', { exact: true }).fill('Samira El Amrani');
  await form.getByLabel('E-mailadres', { exact: true }).fill('samira@example.nl');
  await form.getByLabel('Postcode (optioneel)').fill('7201dn');
  await form.getByRole('checkbox', { name: 'dinsdag avond' }).check();
  await form.getByLabel('Zoek een taal').fill('tigr');
  await form.getByRole('checkbox', { name: /ትግርኛ/ }).check();
  await form.getByRole('checkbox', { name: /Ik geef toestemming/ }).check();
  await form.getByRole('button', { name: 'Controleer je antwoorden' }).click();

  await assert.doesNotReject(form.getByRole('heading', { name: 'Controleer je antwoorden' }).waitFor());
  assert.match(await form.locator('[part~="check-answers"]').innerText(), /7201 DN/);

  // A person needs a moment; the form treats anything faster as a robot. The form's clock
  // starts when it renders, which on a busy machine is well after the page loads: wait the whole time.
  await page.waitForTimeout(MIN_FILL_TIME + 200);

  server.failNext(1);
  await form.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await form.locator('[part~="failure"]').waitFor();
  assert.match(await form.locator('[part~="failure"]').innerText(), /De server gaf een fout \(code 503\)/);
  assert.equal((await server.submissions()).length, 0);

  await form.getByRole('button', { name: 'Probeer opnieuw' }).click();
  await form.getByRole('heading', { name: 'Bedankt voor je aanmelding!' }).waitFor();
  assert.match(await form.locator('[part~="confirmation"]').innerText(), /VOG/);

  const stored = await server.submissions();
  assert.equal(stored.length, 1);
  assert.equal(posted.length, 2);
  assert.equal(posted[0].submissionId, posted[1].submissionId);
  assert.equal(stored[0].submissionId, posted[0].submissionId);
  assert.deepEqual(
    { ...stored[0], submissionId: '', submittedAt: '' },
    {
      submissionId: '',
      submittedAt: '',
      locale: 'nl',
      roles: ['taalmaatje', 'voorleesexpress-voorlezer'],
      name: 'Samira El Amrani',
      email: 'samira@example.nl',
      postalCode: '7201 DN',
      availability: { tue: ['evening'] },
      languages: ['ti'],
      consent: { privacy: true, contactByPhone: false },
    },
  );

  // Nothing personal stays: no draft in sessionStorage, nothing of the volunteer in localStorage
  // (which holds only the cached feed, whose library address also has a 7201 postcode).
  const { local, session } = await page.evaluate(() => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
  }));
  assert.equal(session, '{}');
  for (const personal of ['Samira', 'samira@example.nl'])
    assert.ok(!local.includes(personal), `${personal} in localStorage`);
  assert.deepEqual(problems, []);
  await context.close();
});
