// The published JSON Schemas (dist/*.schema.json) as a back end or publisher
// would use them with a standard validator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const load = (path) => JSON.parse(readFileSync(path, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateFeed = ajv.compile(load('dist/feed.schema.json'));
const validateSubmission = ajv.compile(load('dist/volunteer-submission.schema.json'));

test('the sample feed validates against dist/feed.schema.json', () => {
  const ok = validateFeed(load('examples/feeds/aanbod.json'));
  assert.equal(ok, true, JSON.stringify(validateFeed.errors?.slice(0, 3)));
});

test('unknown properties are accepted, as the contract promises', () => {
  const feed = load('examples/feeds/aanbod.json');
  feed.futureField = { anything: true };
  feed.publisher.socialMedia = 'x';
  feed.programmes[0].newerProperty = [1, 2, 3];
  assert.equal(validateFeed(feed), true, JSON.stringify(validateFeed.errors?.slice(0, 3)));
});

test('the schema rejects a programme without a title and an unsafe link', () => {
  const feed = load('examples/feeds/aanbod.json');
  delete feed.programmes[0].title;
  assert.equal(validateFeed(feed), false);
  const feed2 = load('examples/feeds/aanbod.json');
  feed2.publisher.url = 'javascript:alert(1)';
  assert.equal(validateFeed(feed2), false);
});

const submission = {
  submissionId: '3b241101-e2bb-4255-8caf-4136c566a962',
  submittedAt: '2026-11-28T16:00:00+01:00',
  locale: 'ar',
  roles: ['taalmaatje'],
  name: 'Samira El Amrani',
  email: 'samira@example.nl',
  availability: { tue: ['evening'], sat: ['morning', 'afternoon'] },
  languages: ['ar', 'fr'],
  consent: { privacy: true, contactByPhone: false },
};

test('a volunteer submission validates against dist/volunteer-submission.schema.json', () => {
  assert.equal(validateSubmission(submission), true, JSON.stringify(validateSubmission.errors));
});

test('the submission schema requires consent, a role and an e-mail address', () => {
  assert.equal(validateSubmission({ ...submission, consent: { privacy: false } }), false);
  assert.equal(validateSubmission({ ...submission, roles: [] }), false);
  assert.equal(validateSubmission({ ...submission, email: 'geen e-mail' }), false);
});
