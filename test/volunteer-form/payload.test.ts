import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import {
  buildSubmission,
  isValidSubmission,
  mailBody,
  mailtoHref,
} from '../../src/volunteer-form/payload.js';
import { makeSubmissionId } from '../../src/volunteer-form/submission-id.js';
import { emptyValues, type VolunteerFormValues } from '../../src/volunteer-form/values.js';

const values = (overrides: Partial<VolunteerFormValues> = {}): VolunteerFormValues => ({
  ...emptyValues(),
  roles: ['taalmaatje', 'voorlezer'],
  name: 'Samira El Amrani',
  email: 'samira@example.nl',
  consentPrivacy: true,
  ...overrides,
});
const options = {
  submissionId: '3b241101-e2bb-4255-8caf-4136c566a962',
  submittedAt: new Date('2026-11-28T15:05:00Z'),
  locale: 'ar',
};
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('volunteer submission payload', () => {
  it('builds the contract payload and leaves empty optional answers out', () => {
    const submission = buildSubmission(values(), options);
    expect(submission).to.deep.equal({
      submissionId: options.submissionId,
      submittedAt: '2026-11-28T15:05:00.000Z',
      locale: 'ar',
      roles: ['taalmaatje', 'voorlezer'],
      name: 'Samira El Amrani',
      email: 'samira@example.nl',
      availability: {},
      languages: [],
      consent: { privacy: true, contactByPhone: false },
    });
    expect(isValidSubmission(submission)).to.equal(true);
  });

  it('includes every optional answer, with availability in day and part order', () => {
    const submission = buildSubmission(
      values({
        phone: '06 12345678',
        postalCode: '7201 DN',
        availability: { sat: ['evening', 'morning'], mon: ['afternoon'] },
        languages: ['ar', 'ti', 'ar'],
        message: '  Ik kan ook op zaterdag.  ',
        consentPhone: true,
      }),
      options,
    );
    expect(submission.phone).to.equal('06 12345678');
    expect(submission.postalCode).to.equal('7201 DN');
    expect(Object.keys(submission.availability)).to.deep.equal(['mon', 'sat']);
    expect(submission.availability.sat).to.deep.equal(['morning', 'evening']);
    expect(submission.languages).to.deep.equal(['ar', 'ti']);
    expect(submission.message).to.equal('Ik kan ook op zaterdag.');
    expect(submission.consent).to.deep.equal({ privacy: true, contactByPhone: true });
    expect(isValidSubmission(submission)).to.equal(true);
  });

  it('makes version 4 UUIDs, also where crypto.randomUUID is missing (pages without https)', () => {
    expect(makeSubmissionId()).to.match(UUID_V4);
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 50 }, () => makeSubmissionId()));
      expect(ids.size).to.equal(50);
      for (const id of ids) expect(id).to.match(UUID_V4);
    } finally {
      delete (crypto as unknown as Record<string, unknown>).randomUUID;
    }
    expect(typeof crypto.randomUUID).to.equal('function');
  });

  it('writes the e-mail for a Dutch coordinator: Dutch labels, role titles and ids, the UI language', () => {
    const submission = buildSubmission(
      values({ availability: { tue: ['evening'] }, languages: ['ar', 'ti'], message: 'مرحبا' }),
      options,
    );
    const body = mailBody(submission, {
      roleTitle: (id) => (id === 'taalmaatje' ? 'Taalmaatje' : 'Voorlezer'),
    });
    expect(body).to.contain('Wil helpen als: Taalmaatje (taalmaatje) en Voorlezer (voorlezer)');
    expect(body).to.contain('Naam: Samira El Amrani');
    expect(body).to.contain('Telefoonnummer: (niet ingevuld)');
    expect(body).to.contain('- dinsdag: avond');
    expect(body).to.contain('Spreekt naast Nederlands: Arabisch (ar) en Tigrinya (ti)');
    expect(body).to.contain('مرحبا');
    expect(body).to.contain('Mag gebeld worden: nee');
    expect(body).to.contain('Taal van het formulier: Arabisch (ar)');
    expect(body).to.contain(`Aanmeldnummer: ${options.submissionId}`);
    expect(body).to.contain('28 november 2026 om 16:05');
  });

  it('encodes the mailto link so every character survives', () => {
    const submission = buildSubmission(values({ name: 'Anne & Co? #1', message: 'a+b=c\n100%' }), options);
    const href = mailtoHref('taalhuis@example.nl', submission, { roleTitle: (id) => id });
    expect(href.startsWith('mailto:taalhuis@example.nl?subject=')).to.equal(true);
    const url = new URL(href);
    const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
    expect(params.get('subject')).to.equal('Aanmelding vrijwilliger: Anne & Co? #1');
    expect(params.get('body')).to.contain('a+b=c\r\n100%');
    expect(href).not.to.contain(' ');
  });
});
