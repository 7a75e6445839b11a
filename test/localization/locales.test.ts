import { expect } from '@open-wc/testing';
import { directionOf, LOCALES, matchLocale, resolveStartLocale } from '../../src/localization/locales.js';

describe('locales', () => {
  const available = ['nl', 'en', 'ar'];

  it('lists the nine UI languages by their own names', () => {
    expect(LOCALES.map((l) => l.code)).to.deep.equal(['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ti', 'fa', 'so']);
    expect(LOCALES.find((l) => l.code === 'ti')!.name).to.equal('ትግርኛ');
    expect(LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.code)).to.deep.equal(['ar', 'fa']);
  });

  it('writes Arabic and Farsi right to left', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('fa-AF')).to.equal('rtl');
    expect(directionOf('nl')).to.equal('ltr');
    expect(directionOf('ti')).to.equal('ltr');
  });

  it('matches regional and differently written codes', () => {
    expect(matchLocale('en-GB', available)).to.equal('en');
    expect(matchLocale('NL', available)).to.equal('nl');
    expect(matchLocale('ar_SY', available)).to.equal('ar');
    expect(matchLocale('de', available)).to.equal(undefined);
    expect(matchLocale('', available)).to.equal(undefined);
  });

  it('starts in the order of the contract: attribute, earlier choice, page language, Dutch', () => {
    expect(resolveStartLocale({ attribute: 'ar', remembered: 'en', pageLang: 'nl' }, available)).to.equal(
      'ar',
    );
    expect(resolveStartLocale({ attribute: null, remembered: 'en', pageLang: 'ar' }, available)).to.equal(
      'en',
    );
    expect(resolveStartLocale({ remembered: null, pageLang: 'ar-SY' }, available)).to.equal('ar');
    expect(resolveStartLocale({ attribute: 'xx', remembered: 'de', pageLang: 'fr' }, available)).to.equal(
      'nl',
    );
    expect(resolveStartLocale({}, available)).to.equal('nl');
  });
});
