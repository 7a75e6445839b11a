import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import {
  isEmailAddress,
  isPhoneNumber,
  normalisePostalCode,
  validateVolunteerForm,
} from '../../src/volunteer-form/validate.js';
import { emptyValues, type VolunteerFormValues } from '../../src/volunteer-form/values.js';

const filled = (overrides: Partial<VolunteerFormValues> = {}): VolunteerFormValues => ({
  ...emptyValues(),
  roles: ['taalmaatje'],
  name: 'Samira El Amrani',
  email: 'samira@example.nl',
  consentPrivacy: true,
  ...overrides,
});

describe('volunteer form validation', () => {
  it('accepts the smallest complete form: a role, a name, an e-mail address and consent', () => {
    const result = validateVolunteerForm(filled());
    expect(result.ok).to.equal(true);
    expect(result.errors).to.deep.equal([]);
  });

  it('reports every missing required answer, in the order of the form', () => {
    const result = validateVolunteerForm(emptyValues());
    expect(result.ok).to.equal(false);
    expect(result.errors.map((e) => e.code)).to.deep.equal([
      'roles.missing',
      'name.missing',
      'email.missing',
      'consentPrivacy.missing',
    ]);
  });

  it('treats a name of only spaces as missing and tidies spaces in a name', () => {
    expect(validateVolunteerForm(filled({ name: '   ' })).errors[0].code).to.equal('name.missing');
    expect(validateVolunteerForm(filled({ name: '  Anna   de  Vries ' })).values.name).to.equal(
      'Anna de Vries',
    );
    expect(validateVolunteerForm(filled({ name: 'x'.repeat(201) })).errors[0].code).to.equal('name.too-long');
  });

  it('checks e-mail addresses like the published schema does', () => {
    expect(isEmailAddress('samira@example.nl')).to.equal(true);
    expect(isEmailAddress(' samira@example.nl ')).to.equal(true);
    expect(isEmailAddress('samira@example')).to.equal(false);
    expect(isEmailAddress('samira example.nl')).to.equal(false);
    expect(validateVolunteerForm(filled({ email: 'samira@' })).errors[0].code).to.equal('email.invalid');
  });

  it('accepts Dutch postcodes leniently and normalises them to "1234 AB"', () => {
    for (const input of ['1234 AB', '1234ab', '1234AB', ' 1234  ab ', '1234 aB']) {
      expect(normalisePostalCode(input), input).to.equal('1234 AB');
    }
    expect(normalisePostalCode('7201')).to.equal('7201');
    expect(normalisePostalCode('')).to.equal('');
    for (const input of ['0123 AB', '123 AB', '1234 A', '1234 ABC', 'AB 1234', '12345']) {
      expect(normalisePostalCode(input), input).to.equal(undefined);
    }
    const result = validateVolunteerForm(filled({ postalCode: '7201dn' }));
    expect(result.values.postalCode).to.equal('7201 DN');
    expect(validateVolunteerForm(filled({ postalCode: 'Zutphen' })).errors[0]).to.deep.equal({
      field: 'postalCode',
      code: 'postalCode.invalid',
    });
  });

  it('accepts Dutch and international phone numbers and rejects text', () => {
    for (const input of ['06 12345678', '0612345678', '+31 6 12345678', '(0575) 59 90 10', '0575-599010']) {
      expect(isPhoneNumber(input), input).to.equal(true);
    }
    for (const input of ['bel me', '12345', '06 1234 5678 9999 9999', '06-abc']) {
      expect(isPhoneNumber(input), input).to.equal(false);
    }
    expect(validateVolunteerForm(filled({ phone: 'bel me' })).errors[0].code).to.equal('phone.invalid');
  });

  it('asks for a phone number when the volunteer may be phoned', () => {
    const result = validateVolunteerForm(filled({ consentPhone: true }));
    expect(result.errors).to.deep.equal([{ field: 'phone', code: 'phone.needed-for-call' }]);
    expect(validateVolunteerForm(filled({ consentPhone: true, phone: '06 12345678' })).ok).to.equal(true);
  });

  it('limits the message to 5000 characters', () => {
    expect(validateVolunteerForm(filled({ message: 'a'.repeat(5000) })).ok).to.equal(true);
    expect(validateVolunteerForm(filled({ message: 'a'.repeat(5001) })).errors[0].code).to.equal(
      'message.too-long',
    );
  });

  it('drops chosen roles the form no longer offers, and then asks for a role', () => {
    const result = validateVolunteerForm(filled({ roles: ['oud', 'taalmaatje'] }), {
      roleIds: ['taalmaatje'],
    });
    expect(result.values.roles).to.deep.equal(['taalmaatje']);
    expect(
      validateVolunteerForm(filled({ roles: ['oud'] }), { roleIds: ['taalmaatje'] }).errors[0].code,
    ).to.equal('roles.missing');
  });
});
