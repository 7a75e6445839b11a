import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import {
  filterLanguages,
  foldForSearch,
  languageName,
  languageOptions,
  NEWCOMER_LANGUAGES,
  ownName,
} from '../../src/volunteer-form/languages.js';

describe('volunteer languages', () => {
  it('puts the newcomer languages first, in order, and never offers Dutch', () => {
    const codes = languageOptions('nl').map((o) => o.code);
    expect(codes.slice(0, NEWCOMER_LANGUAGES.length)).to.deep.equal([...NEWCOMER_LANGUAGES]);
    expect(codes.slice(0, 7)).to.deep.equal(['ar', 'ti', 'tr', 'uk', 'pl', 'fa', 'so']);
    expect(codes).not.to.include('nl');
    expect(new Set(codes).size).to.equal(codes.length);
  });

  it('names each language in its own language and script, also where the browser cannot', () => {
    expect(ownName('ar')).to.equal('العربية');
    expect(ownName('ti')).to.equal('ትግርኛ');
    expect(ownName('so')).to.equal('Soomaali');
    expect(ownName('uk')).to.equal('Українська');
    expect(ownName('prs')).to.equal('دری');
  });

  it('adds the name in the UI language, unless it is the same', () => {
    const nl = languageOptions('nl');
    expect(nl.find((o) => o.code === 'ar')).to.include({ ownName: 'العربية', uiName: 'Arabisch' });
    expect(nl.find((o) => o.code === 'tr')?.uiName).to.equal('Turks');
    const en = languageOptions('en');
    expect(en.find((o) => o.code === 'en')?.uiName).to.equal(undefined);
    const ar = languageOptions('ar');
    expect(ar.find((o) => o.code === 'ar')?.uiName).to.equal(undefined);
    expect(languageName('pap', 'nl')).to.equal('Papiaments');
  });

  it('sorts the other languages by their name in the UI language', () => {
    const others = languageOptions('nl').slice(NEWCOMER_LANGUAGES.length);
    const names = others.map((o) => o.uiName ?? o.ownName);
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('nl').compare));
  });

  it('finds a language by its own name, its Dutch or English name or its code, ignoring accents and case', () => {
    const options = languageOptions('nl');
    const codes = (query: string) => filterLanguages(options, query).map((o) => o.code);
    expect(codes('turks')).to.deep.equal(['tr']);
    expect(codes('türkçe')).to.deep.equal(['tr']);
    expect(codes('TURKISH')).to.deep.equal(['tr']);
    expect(codes('francais')).to.deep.equal(['fr']);
    expect(codes('العربية')).to.deep.equal(['ar']);
    expect(codes('tigr')).to.deep.equal(['ti']);
    expect(codes('dari')).to.deep.equal(['prs']);
    expect(codes('xyz')).to.deep.equal([]);
    expect(codes('')).to.have.length(options.length);
  });

  it('keeps chosen languages in a filtered list', () => {
    const shown = filterLanguages(languageOptions('nl'), 'turks', ['ar']).map((o) => o.code);
    expect(shown).to.deep.equal(['ar', 'tr']);
  });

  it('folds text for search', () => {
    expect(foldForSearch('  Français ')).to.equal('francais');
    expect(foldForSearch('Oʻzbekcha')).to.contain('zbekcha');
  });
});
