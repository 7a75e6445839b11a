import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { allTexts, pickText, sameLanguage, textLanguages } from '../../src/feed/text.js';

describe('pickText', () => {
  it('reads a plain string as Dutch, whatever the locale', () => {
    expect(pickText('Taalcafé', 'nl')).to.deep.equal({ text: 'Taalcafé', lang: 'nl' });
    expect(pickText('Taalcafé', 'ar')).to.deep.equal({ text: 'Taalcafé', lang: 'nl' });
  });

  it('takes the exact locale first', () => {
    const text = { nl: 'Taalcafé', en: 'Language café', ar: 'مقهى اللغة' };
    expect(pickText(text, 'ar')).to.deep.equal({ text: 'مقهى اللغة', lang: 'ar' });
    expect(pickText(text, 'en')).to.deep.equal({ text: 'Language café', lang: 'en' });
  });

  it('matches the locale key case-insensitively and keeps the feed spelling', () => {
    expect(pickText({ nl: 'Hallo', 'fa-AF': 'سلام' }, 'FA-af')).to.deep.equal({
      text: 'سلام',
      lang: 'fa-AF',
    });
  });

  it('prefers the exact region over another region of the same language', () => {
    const text = { 'fa-IR': 'ایران', 'fa-AF': 'افغانستان', nl: 'Nederland' };
    expect(pickText(text, 'fa-AF')?.lang).to.equal('fa-AF');
    expect(pickText(text, 'fa-IR')?.lang).to.equal('fa-IR');
  });

  it('finds a regional translation for a bare language (fa -> fa-AF)', () => {
    expect(pickText({ nl: 'Hallo', 'fa-AF': 'سلام' }, 'fa')).to.deep.equal({
      text: 'سلام',
      lang: 'fa-AF',
    });
  });

  it('finds a bare translation for a regional locale (fa-AF -> fa)', () => {
    expect(pickText({ nl: 'Hallo', fa: 'سلام' }, 'fa-AF')).to.deep.equal({
      text: 'سلام',
      lang: 'fa',
    });
  });

  it('prefers the exact key over a same-language key listed earlier', () => {
    expect(pickText({ 'fa-AF': 'دری', fa: 'فارسی' }, 'fa')?.text).to.equal('فارسی');
  });

  it('falls back to Dutch when the locale is missing', () => {
    expect(pickText({ en: 'Language café', nl: 'Taalcafé' }, 'tr')).to.deep.equal({
      text: 'Taalcafé',
      lang: 'nl',
    });
  });

  it('falls back to a regional Dutch (nl-BE) before English', () => {
    expect(pickText({ en: 'Language café', 'nl-BE': 'Taalcafé' }, 'tr')?.lang).to.equal('nl-BE');
  });

  it('falls back to English when there is no Dutch', () => {
    expect(pickText({ ar: 'مقهى اللغة', en: 'Language café' }, 'tr')).to.deep.equal({
      text: 'Language café',
      lang: 'en',
    });
  });

  it('falls back to the first translation with text when there is no locale, Dutch or English', () => {
    expect(pickText({ ar: '', tr: 'Dil kafe', pl: 'Kawiarnia językowa' }, 'uk')).to.deep.equal({
      text: 'Dil kafe',
      lang: 'tr',
    });
  });

  it('treats an empty or whitespace-only translation of the locale as missing', () => {
    expect(pickText({ ar: '   ', nl: 'Taalcafé' }, 'ar')?.lang).to.equal('nl');
    expect(pickText({ 'fa-AF': '', nl: 'Taalcafé' }, 'fa')?.lang).to.equal('nl');
  });

  it('skips an empty Dutch translation on the way to English', () => {
    expect(pickText({ nl: '', en: 'Language café' }, 'so')?.lang).to.equal('en');
  });

  it('uses the fallback chain for an empty locale', () => {
    expect(pickText({ en: 'Language café', nl: 'Taalcafé' }, '')?.lang).to.equal('nl');
  });

  it('returns undefined when there is no text at all', () => {
    expect(pickText(undefined, 'nl')).to.equal(undefined);
    expect(pickText('', 'nl')).to.equal(undefined);
    expect(pickText('  \n ', 'nl')).to.equal(undefined);
    expect(pickText({}, 'nl')).to.equal(undefined);
    expect(pickText({ nl: '', en: ' ' }, 'en')).to.equal(undefined);
  });
});

describe('textLanguages', () => {
  it('lists Dutch for a plain string', () => {
    expect(textLanguages('Taalcafé')).to.deep.equal(['nl']);
  });

  it('lists the languages that have text, in feed order', () => {
    expect(textLanguages({ nl: 'Taalcafé', ar: ' ', en: 'Language café', 'fa-AF': 'کافه' })).to.deep.equal([
      'nl',
      'en',
      'fa-AF',
    ]);
  });

  it('is empty without text', () => {
    expect(textLanguages(undefined)).to.deep.equal([]);
    expect(textLanguages('')).to.deep.equal([]);
    expect(textLanguages({ nl: '' })).to.deep.equal([]);
  });
});

describe('allTexts', () => {
  it('returns every non-empty translation', () => {
    expect(allTexts({ nl: 'Taalcafé', ar: '', tr: 'Dil kafe' })).to.deep.equal(['Taalcafé', 'Dil kafe']);
  });

  it('returns a plain string on its own, and nothing for empty text', () => {
    expect(allTexts('Taalcafé')).to.deep.equal(['Taalcafé']);
    expect(allTexts(' ')).to.deep.equal([]);
    expect(allTexts(undefined)).to.deep.equal([]);
  });
});

describe('sameLanguage', () => {
  it('compares the primary subtag only', () => {
    expect(sameLanguage('fa', 'fa-AF')).to.equal(true);
    expect(sameLanguage('fa-IR', 'fa-AF')).to.equal(true);
    expect(sameLanguage('sr-Latn', 'sr-Cyrl')).to.equal(true);
  });

  it('ignores case', () => {
    expect(sameLanguage('NL', 'nl-be')).to.equal(true);
  });

  it('tells different languages apart', () => {
    expect(sameLanguage('nl', 'en')).to.equal(false);
    expect(sameLanguage('fa', 'far')).to.equal(false);
    expect(sameLanguage('ti', 'tr')).to.equal(false);
  });

  it('never matches an empty tag', () => {
    expect(sameLanguage('', '')).to.equal(false);
    expect(sameLanguage('', 'nl')).to.equal(false);
  });
});
