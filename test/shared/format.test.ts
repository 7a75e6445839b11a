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
  // Chromium ships no date, list or language-name data for Tigrinya and Somali, so
  // there the widgets' own fallback runs; Firefox ships CLDR's, so there the
  // browser's own formats do. Either way the reader sees their own language.
  it('writes Tigrinya and Somali dates with their own weekday and month names, not English', () => {
    const ti = dateTimeFormat('ti', LONG).format(TUESDAY);
    const so = dateTimeFormat('so', LONG).format(TUESDAY);
    if (!hasIntlData('ti')) {
      expect(ti).to.equal('ሰሉስ 1 ታሕሳስ');
      // 24-hour clock, Amsterdam time.
      expect(dateTimeFormat('ti', { hour: '2-digit', minute: '2-digit' }).format(TUESDAY)).to.equal('19:00');
    } else {
      expect(ti)
        .to.contain('ሰሉስ')
        .and.to.contain('ታሕሳስ')
        .and.to.match(/(^|\D)1(\D|$)/);
      // Tigrinya's own 12-hour clock (ድ.ቀ. is "afternoon"), Amsterdam time.
      expect(dateTimeFormat('ti', { hour: '2-digit', minute: '2-digit' }).format(TUESDAY)).to.equal(
        '07:00 ድ.ቀ.',
      );
    }
    if (!hasIntlData('so')) {
      expect(so).to.equal('Talaado 1 Diseembar');
    } else {
      expect(so)
        .to.contain('Talaado')
        .and.to.contain('Diseembar')
        .and.to.match(/(^|\D)1(\D|$)/);
    }
    for (const text of [ti, so]) expect(text).not.to.match(/Tue|Dec/);
  });

  it('names both ends of a range', () => {
    const end = new Date('2026-12-08T20:00:00Z');
    const range = dateTimeFormat('so', LONG).formatRange(TUESDAY, end);
    if (!hasIntlData('so')) {
      expect(range).to.contain('Talaado 1 Diseembar');
      expect(range).to.contain('Talaado 8 Diseembar');
    } else {
      expect(range).to.match(/^Talaado, Diseembar 1\D.*Talaado, Diseembar 8$/);
    }
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
    const both = formatList(['ትግርኛ', 'العربية'], 'ti');
    const either = formatList(['a', 'b'], 'so', 'disjunction');
    if (!hasIntlData('ti')) expect(both).to.equal('ትግርኛ, العربية');
    else expect(both).to.equal('ትግርኛን العربيةን'); // CLDR's Tigrinya "X-n Y-n"
    if (!hasIntlData('so')) expect(either).to.equal('a / b');
    else expect(either).to.equal('a ama b');
  });

  it('names languages by their own name where the browser cannot name them in the UI language', () => {
    // Arabic in a Tigrinya interface: in Tigrinya where the browser can, else in Arabic.
    expect(languageName('ar', 'ti')).to.equal(hasIntlData('ti') ? 'ዓረብኛ' : 'العربية');
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
