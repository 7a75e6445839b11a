import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import type { Feed } from '../../src/feed/schema.js';
import {
  buildSearchIndex,
  type IndexedProgramme,
  type SearchIndex,
} from '../../src/programme-finder/search-index.js';
import {
  cardView,
  contactView,
  detailHeadView,
  orderedValues,
  whenView,
  whereView,
} from '../../src/programme-finder/card-content.js';
import { valueLabel } from '../../src/programme-finder/programme-text.js';
import { NOW, loadFixtureFeed } from './helpers.js';

describe('card content (pure)', () => {
  let feed: Feed;
  let index: SearchIndex;
  const item = (id: string): IndexedProgramme => index.items.find((i) => i.programme.id === id)!;
  const card = (id: string, locale = 'nl') => cardView(item(id), { feed, locale, now: NOW });

  before(async () => {
    feed = await loadFixtureFeed();
    index = buildSearchIndex(feed, { locale: 'nl', now: NOW });
  });

  it('says what a card shows: title, organiser, summary, next meeting, place, cost and languages of help', () => {
    const cafe = card('taalcafe');
    expect(cafe.title.text).to.equal('Taalcafé Centrum');
    expect(cafe.organisation?.text).to.equal('Bibliotheek Testdorp');
    expect(cafe.kind).to.equal('Taalcafé');
    expect(cafe.summary?.text).to.equal('Elke donderdag praten met anderen. Gewoon binnenlopen.');
    expect(cafe.when.text).to.equal('Volgende keer: donderdag 14 januari, 14:00–16:00');
    expect(cafe.places.map((p) => p.text)).to.deep.equal(['Bibliotheek Centrum']);
    expect(cafe.cost).to.deep.equal({ text: 'Gratis', free: true });
    expect(cafe.languages).to.equal('Hulp in: Arabisch en Tigrinya');
    expect(cafe.dutchOnly).to.equal(false);
    expect(cafe.ended).to.equal(false);
  });

  it('gives a price, places left, a waiting list and a cancelled meeting', () => {
    const geld = card('voor-t-zelfde-geld');
    expect(geld.cost.text).to.match(/^€\s?25$/);
    expect(geld.cost.free).to.equal(false);
    expect(geld.capacity).to.deep.equal({ state: 'waiting-list', text: 'Vol, wel een wachtlijst' });
    expect(geld.cancelled).to.equal('Gaat niet door: dinsdag 19 januari, 10:00–12:00');
    expect(card('digisterker').capacity).to.deep.equal({ state: 'places', text: 'Nog 3 plekken vrij' });
    expect(card('nt2-b1').capacity?.text).to.equal('Nog 1 plek vrij');
  });

  it('says "now" for a meeting that runs, and gives the distance when it is known', () => {
    const running = cardView(item('taalcafe'), {
      feed,
      locale: 'nl',
      now: new Date('2027-01-14T15:00:00+01:00'),
      distance: 1.23,
      goalMatch: true,
    });
    expect(running.when.text).to.equal('Nu bezig, tot 16:00');
    expect(running.distance).to.equal('1,2 km');
    expect(running.goalMatch).to.equal(true);
    expect(card('taalcafe').distance).to.equal(undefined);
  });

  it('shows the schedule note in its own language when there are no dates, and "online" without a place', () => {
    expect(card('voorlezen').when).to.deep.equal({
      text: 'Twintig weken, een uur per week, op een tijd die jou past.',
      lang: 'nl',
    });
    const online = card('oefenen-online');
    expect(online.places).to.deep.equal([]);
    expect(online.online).to.equal('Online');
    expect(online.when.text).to.equal('Geen vaste data. Kijk bij de details.');
  });

  it('says a programme is over', () => {
    const summer = card('zomerschool-2026');
    expect(summer.ended).to.equal(true);
    expect(summer.when.text).to.equal('Deze activiteit is voorbij.');
  });

  it('marks text the feed only has in Dutch, in another UI language', () => {
    const inLocale = (id: string, locale: string) => {
      const own = buildSearchIndex(feed, { locale, now: NOW }).items.find((i) => i.programme.id === id)!;
      return cardView(own, { feed, locale, now: NOW });
    };
    const english = inLocale('taalcafe', 'en');
    expect(english.title).to.deep.equal({ text: 'Language café', lang: 'en' });
    expect(english.dutchOnly).to.equal(false);
    expect(inLocale('vrouwengroep', 'en').dutchOnly).to.equal(true);
    expect(card('vrouwengroep').dutchOnly).to.equal(false);
  });

  it('lists the weekly rule and the next meetings of the detail view, with more on request', () => {
    const when = whenView(item('taalcafe'), feed, { now: NOW, locale: 'nl', all: false });
    expect(when.weekly).to.equal('Elke donderdag, 14:00 – 16:00');
    expect(when.sessions.slice(0, 2).map((s) => s.text)).to.deep.equal([
      'donderdag 14 januari, 14:00–16:00',
      'donderdag 21 januari, 14:00–16:00',
    ]);
    expect(when.sessions).to.have.length(8);
    expect(when.toggle).to.equal(true);
    expect(when.calendar).to.equal(true);
    expect(
      whenView(item('taalcafe'), feed, { now: NOW, locale: 'nl', all: true }).sessions.length,
    ).to.be.above(8);
    const geld = whenView(item('voor-t-zelfde-geld'), feed, { now: NOW, locale: 'nl', all: false });
    expect(geld.sessions.map((s) => s.cancelled)).to.deep.equal([false, true, false]);
  });

  it('gives each location with its address, an OpenStreetMap link and its accessibility', () => {
    const where = whereView(item('taalcafe'), feed, 'nl');
    expect(where.format).to.equal(undefined);
    expect(where.places).to.have.length(1);
    const [place] = where.places;
    expect(place.name?.text).to.equal('Bibliotheek Centrum');
    expect(place.address).to.deep.equal({ street: 'Marktplein 1', city: '7201 AB Testdorp' });
    expect(place.map).to.equal('https://www.openstreetmap.org/?mlat=52.14&mlon=6.2#map=17/52.14/6.2');
    expect(place.accessibility?.text).to.equal('Ingang zonder drempel en een lift.');
    expect(whereView(item('oefenen-online'), feed, 'nl')).to.deep.equal({ format: 'Online', places: [] });
  });

  it('gives the contact links to sign up: website, phone and e-mail', () => {
    const contact = contactView(item('digisterker').programme, feed, 'nl');
    expect(contact.required).to.equal(true);
    expect(contact.website).to.deep.equal({
      href: 'https://bieb.example.nl/aanmelden',
      text: 'Aanmelden op de website',
    });
    expect(contact.phone?.href).to.equal('tel:0575599010');
    expect(contact.phone?.text).to.match(/^Bel \u2066.*\u2069$/);
    expect(contact.email).to.deep.equal({
      href: 'mailto:digi@bieb.example.nl',
      text: 'Mail naar \u2066digi@bieb.example.nl\u2069',
    });
    const reading = contactView(item('voorlezen').programme, feed, 'nl');
    expect(reading.website).to.equal(undefined);
    expect(reading.phone?.href).to.equal('tel:0575123456');
    expect(reading.phone?.text).to.equal('Bel \u20660575 123 456\u2069');
  });

  it('heads the detail view with the format and level badges', () => {
    const head = detailHeadView(item('voorlezen'), feed, 'nl');
    expect(head.title.text).to.equal('VoorleesExpress');
    expect(head.format).to.equal('Op locatie');
    expect(head.level).to.equal('A0 – B1');
    expect(head.summary?.text).to.equal('Een vrijwilliger leest thuis voor met je kinderen.');
  });

  it('orders filter values: fixed lists in their order, the visitor’s language first, places by name', () => {
    const name = (facet: 'day' | 'language' | 'location', locale: string) => (value: string) =>
      valueLabel(facet, value, feed, locale).text;
    const days = new Map([
      ['thu', 2],
      ['mon', 1],
      ['wed', 3],
    ]);
    expect(orderedValues('day', days, 'nl', name('day', 'nl'))).to.deep.equal(['mon', 'wed', 'thu']);
    const languages = new Map([
      ['ti', 2],
      ['ar', 1],
      ['so', 1],
      ['uk', 3],
    ]);
    expect(orderedValues('language', languages, 'nl', name('language', 'nl'))).to.deep.equal([
      'uk',
      'ti',
      'ar',
      'so',
    ]);
    expect(orderedValues('language', languages, 'ar', name('language', 'ar'))[0]).to.equal('ar');
    const places = new Map(feed.locations.map((l) => [l.id, 1]));
    const names = orderedValues('location', places, 'nl', name('location', 'nl')).map(name('location', 'nl'));
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'nl')));
  });
});
