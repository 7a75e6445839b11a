import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { dateTimeFormat, formatList, hasIntlData, plural } from '../../src/shared/format.js';
import { countText } from '../../src/programme-finder/programme-text.js';
import { switchLocale } from '../../src/localization/localization.js';
import { languageName } from '../../src/shared/language-names.js';

// Tuesday 1 December 2026, 19:00 in Amsterdam.
const TUESDAY = new Date('2026-12-01T18:00:00Z');
const LONG: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };

describe('dates, lists and language names in every UI language', () => {
  it('writes Tigrinya and Somali dates with their own weekday and month names, not English', () => {
    expect(hasIntlData('ti')).to.equal(false, 'if Chromium ships Tigrinya data now, this fallback can go');
    expect(dateTimeFormat('ti', LONG).format(TUESDAY)).to.equal('ሰሉስ 1 ታሕሳስ');
    expect(dateTimeFormat('so', LONG).format(TUESDAY)).to.equal('Talaado 1 Desembar');
    // 24-hour clock, Amsterdam time.
    expect(dateTimeFormat('ti', { hour: '2-digit', minute: '2-digit' }).format(TUESDAY)).to.equal('19:00');
  });

  it('names both ends of a range', () => {
    const end = new Date('2026-12-08T20:00:00Z');
    const range = dateTimeFormat('so', LONG).formatRange(TUESDAY, end);
    expect(range).to.contain('Talaado 1 Desembar');
    expect(range).to.contain('Talaado 8 Desembar');
  });

  it('uses the Gregorian calendar for Farsi, as Dutch appointments do', () => {
    const text = dateTimeFormat('fa', { day: 'numeric', month: 'long' }).format(TUESDAY);
    expect(text).to.contain('دسامبر');
    expect(text).not.to.contain('آذر');
  });

  it("keeps the browser's own formats where it has them", () => {
    expect(dateTimeFormat('nl', LONG).format(TUESDAY)).to.equal('dinsdag 1 december');
    expect(formatList(['a', 'b', 'c'], 'nl')).to.equal('a, b en c');
  });

  it('joins lists without an English "and" where the browser has no list data', () => {
    expect(formatList(['ትግርኛ', 'العربية'], 'ti')).to.equal('ትግርኛ, العربية');
    expect(formatList(['a', 'b'], 'so', 'disjunction')).to.equal('a / b');
  });

  it('names languages by their own name where the browser cannot name them in the UI language', () => {
    expect(languageName('ar', 'ti')).to.equal('العربية');
    expect(languageName('ar', 'nl')).to.equal('Arabisch');
    expect(languageName('ti', 'en')).to.equal('Tigrinya');
  });
});

describe("plural forms by the language's own rules", () => {
  const forms = {
    one: () => 'one',
    two: () => 'two',
    few: () => 'few',
    many: () => 'many',
    other: () => 'other',
  };

  it('picks few and many for Polish and Ukrainian, two for Arabic, and falls back to other', () => {
    expect([1, 3, 5, 22, 25].map((n) => plural(n, 'pl', forms))).to.deep.equal([
      'one',
      'few',
      'many',
      'few',
      'many',
    ]);
    expect([21, 3, 11].map((n) => plural(n, 'uk', forms))).to.deep.equal(['one', 'few', 'many']);
    expect([2, 5, 11, 100].map((n) => plural(n, 'ar', forms))).to.deep.equal(['two', 'few', 'many', 'other']);
    expect([1, 2, 5].map((n) => plural(n, 'nl', { one: forms.one, other: forms.other }))).to.deep.equal([
      'one',
      'other',
      'other',
    ]);
  });

  it('counts results in good Polish and Ukrainian', async () => {
    try {
      await switchLocale('pl');
      expect([1, 3, 5].map((n) => countText(n, 'pl'))).to.deep.equal(['Zajęcia: 1', '3 zajęcia', '5 zajęć']);
      await switchLocale('uk');
      expect([1, 3, 5, 21].map((n) => countText(n, 'uk'))).to.deep.equal([
        '1 захід',
        '3 заходи',
        '5 заходів',
        '21 захід',
      ]);
    } finally {
      await switchLocale('nl');
    }
  });
});
