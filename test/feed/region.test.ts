import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { distanceKm } from '../../src/feed/geo.js';
import {
  findPlace,
  locationKey,
  parseRegion,
  placeKey,
  publisherIdFor,
  publishersNear,
  regionPlaces,
  suggestPlaces,
  type Region,
} from '../../src/feed/region.js';
import { mergeFeeds } from '../../src/feed/merge-feeds.js';
import { loadSource } from '../../src/feed/load-source.js';
import { sourceUrls } from '../../src/feed/prefetch.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/schema.js';
import { APELDOORN_FEED, DEVENTER_FEED, REGION_MANIFEST } from '../programme-finder/region-fixture.js';

const ZUTPHEN = { lat: 52.1386, lon: 6.2011 };
const DEVENTER = { lat: 52.2515, lon: 6.1605 };

function feed(json: unknown): Feed {
  const result = parseFeed(structuredClone(json));
  if (!result.ok) throw new Error(result.message);
  return result.feed;
}

function region(): Region {
  const result = parseRegion(structuredClone(REGION_MANIFEST));
  if (!result.ok) throw new Error(result.message);
  return result.region;
}

describe('region model', () => {
  it('measures distances as the crow flies', () => {
    // Zutphen to Deventer is about 12.9 km; Amsterdam to Maastricht about 173 km.
    expect(distanceKm(ZUTPHEN, DEVENTER)).to.be.within(12.5, 13.3);
    expect(distanceKm({ lat: 52.3731, lon: 4.8922 }, { lat: 50.8514, lon: 5.691 })).to.be.within(175, 181);
  });

  it('reads a manifest, leaving out invalid publishers, and refuses what is not one', () => {
    const json = structuredClone(REGION_MANIFEST) as { publishers: unknown[] };
    json.publishers.push({ id: 'broken', name: 'Kapot' });
    const result = parseRegion(json);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.region.publishers.map((p) => p.id)).not.to.include('broken');
    expect(parseRegion({ feedVersion: 1, programmes: [] }).ok).to.equal(false);
    expect(parseRegion({ regionVersion: 1, name: 'X', updated: '2027-01-01T00:00:00Z' }).ok).to.equal(false);
  });

  it('matches place names however they are typed', () => {
    expect(placeKey("'s-Hertogenbosch")).to.equal(placeKey('s hertogenbosch'));
    expect(placeKey('Den Haag')).to.equal(placeKey('den-haag'));
    expect(placeKey('Súdwest-Fryslân')).to.equal(placeKey('sudwest fryslan'));
    const places = regionPlaces(region());
    expect(findPlace(places, ' zutphen ')?.name).to.equal('Zutphen');
    expect(findPlace(places, 'Groningen')).to.equal(undefined);
    expect(suggestPlaces(places, 'de').map((p) => p.name)).to.deep.equal(['Deventer']);
    // Starts-with first, then contains.
    expect(suggestPlaces(places, 'd').map((p) => p.name)).to.deep.equal([
      'Deventer',
      'Apeldoorn',
      'Testdorp',
    ]);
  });

  it('chooses the publishers whose area reaches within the radius, nearest first', () => {
    const r = region();
    expect(publishersNear(r, ZUTPHEN, 15, 'Zutphen').map((p) => p.id)).to.deep.equal([
      'testdorp',
      'deventer',
      'lochem',
    ]);
    expect(publishersNear(r, ZUTPHEN, 25, 'Zutphen').map((p) => p.id)).to.deep.equal([
      'testdorp',
      'deventer',
      'lochem',
      'apeldoorn',
    ]);
    expect(publishersNear(r, ZUTPHEN, 5).map((p) => p.id)).to.deep.equal(['testdorp']);
    // A failed publisher has no shard to load.
    r.publishers[1]!.status = 'failed';
    expect(publishersNear(r, ZUTPHEN, 15).map((p) => p.id)).not.to.include('deventer');
  });

  it('gives a feed a readable, stable publisher id', () => {
    const hash = (text: string) =>
      [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(16);
    const id = publisherIdFor('https://www.bibliotheek-zutphen.nl/taalhuis/aanbod.json', hash);
    expect(id).to.match(/^bibliotheek-zutphen-nl-taalhuis-aanbod-[0-9a-f]{1,6}$/);
    expect(publisherIdFor('https://www.bibliotheek-zutphen.nl/taalhuis/aanbod.json', hash)).to.equal(id);
    expect(publisherIdFor('feeds/lochem.json', hash)).to.match(/^feeds-lochem-/);
  });

  it('tells one building in two feeds by postcode and street, or by name and position', () => {
    const a = { name: 'Bibliotheek', address: { street: 'Brink 70', postalCode: '7411 bw' } };
    const b = { name: 'Bieb Deventer', address: { street: 'brink 70', postalCode: '7411BW' } };
    expect(locationKey(a)).to.equal(locationKey(b));
    expect(locationKey({ name: 'Buurthuis', geo: { lat: 52.1, lon: 6.2 } })).to.equal(
      locationKey({ name: 'buurthuis', geo: { lat: 52.10001, lon: 6.20001 } }),
    );
    expect(locationKey({ name: 'Alleen een naam' })).to.equal(undefined);
  });
});

describe('merging feeds', () => {
  it('keeps ids unique, one location per building, and every programme its publisher', () => {
    const deventer = feed(DEVENTER_FEED);
    const copy = feed(DEVENTER_FEED);
    copy.publisher = { name: 'VluchtelingenWerk Deventer' };
    const merged = mergeFeeds([
      { id: 'a', feed: deventer, issues: [] },
      { id: 'b', feed: copy, issues: [{ path: 'programmes[0].cost', message: 'is missing' }] },
    ]);
    const ids = merged.feed.programmes.map((p) => p.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids).to.include('dev:taalcafe~2');
    // Same address: one location, which both feeds' programmes use.
    expect(merged.feed.locations).to.have.length(1);
    const second = merged.feed.programmes.find((p) => p.id === 'dev:taalcafe~2')!;
    expect(second.locationIds).to.deep.equal([merged.feed.locations[0]!.id]);
    expect(merged.sources.publishers[merged.sources.publisherOf.get('dev:taalcafe~2')!]!.name).to.equal(
      'VluchtelingenWerk Deventer',
    );
    // A programme without an organisation is offered by its publisher, which the organisation filter shows.
    const organisation = merged.feed.organisations.find((o) => o.id === second.organisationId);
    expect(organisation?.name).to.equal('VluchtelingenWerk Deventer');
    // Issues say which feed they are from.
    expect(merged.issues).to.deep.equal([{ path: 'b: programmes[0].cost', message: 'is missing' }]);
    expect(merged.sources.feeds).to.equal(2);
  });

  it('merged feeds stay valid feeds', () => {
    const merged = mergeFeeds([
      { id: 'a', feed: feed(DEVENTER_FEED), issues: [] },
      { id: 'b', feed: feed(APELDOORN_FEED), issues: [] },
    ]);
    const again = parseFeed(JSON.parse(JSON.stringify(merged.feed)));
    expect(again.ok).to.equal(true);
    if (again.ok) expect(again.issues.filter((i) => i.path !== 'publisher')).to.deep.equal([]);
  });
});

describe('loading a source', () => {
  afterEach(() => clearFeedCache());

  it('splits several feed URLs on any whitespace, once each', () => {
    expect(sourceUrls(' a.json\n b.json\ta.json ')).to.deep.equal(['a.json', 'b.json']);
  });

  it('waits for a place, then loads only the shards near it and leaves out programmes beyond the radius', async () => {
    const manifestUrl = URL.createObjectURL(new Blob([JSON.stringify(REGION_MANIFEST)]));
    const waiting = await loadSource(manifestUrl);
    expect(waiting.awaitingPlace).to.equal(true);
    expect(waiting.feed.programmes).to.have.length(0);

    const near = await loadSource(manifestUrl, { place: { name: 'deventer', radiusKm: 5 } });
    expect(near.place?.name).to.equal('Deventer');
    expect(near.sources?.publishers.map((p) => p.id)).to.deep.equal(['deventer']);
    expect(near.feed.programmes.map((p) => p.id)).to.deep.equal([
      'dev:taalcafe',
      'dev:digicafe',
      'dev:online',
    ]);

    const unknown = await loadSource(manifestUrl, { place: { name: 'Groningen', radiusKm: 15 } });
    expect(unknown.awaitingPlace).to.equal(true);
    expect(unknown.unknownPlace).to.equal('Groningen');
  });

  it('hands each shard over as soon as it is read, and keeps the schedules of programmes whose places stay', async () => {
    const manifestUrl = URL.createObjectURL(new Blob([JSON.stringify(REGION_MANIFEST)]));
    const parts: Feed[] = [];
    const near = await loadSource(manifestUrl, {
      place: { name: 'deventer', radiusKm: 5 },
      onPart: (part) => parts.push(part),
    });
    expect(parts.map((part) => part.programmes.map((p) => p.id))).to.deep.equal([
      ['dev:taalcafe', 'dev:digicafe', 'dev:online'],
    ]);
    // The finder worked out these schedules as the shard arrived: the merged feed has the same ones.
    near.feed.programmes.forEach((programme, i) => {
      if (programme.schedule) expect(programme.schedule).to.equal(parts[0]!.programmes[i]!.schedule);
    });
    // A hook that throws costs nothing but its head start.
    const again = await loadSource(`${manifestUrl} `, {
      place: { name: 'deventer', radiusKm: 5 },
      onPart: () => {
        throw new Error('broken hook');
      },
    });
    expect(again.feed.programmes).to.have.length(3);
  });

  it('fails only when every feed fails', async () => {
    const gone = URL.createObjectURL(new Blob(['{}']));
    URL.revokeObjectURL(gone);
    const good = URL.createObjectURL(new Blob([JSON.stringify(DEVENTER_FEED)]));
    const some = await loadSource(`${good} ${gone}`);
    expect(some.feed.programmes).to.have.length(3);
    expect(some.sources?.failed.map((f) => f.url)).to.deep.equal([gone]);
    let error: unknown;
    try {
      await loadSource(`${gone} ${gone}x`);
    } catch (e) {
      error = e;
    }
    expect((error as { kind?: string }).kind).to.equal('network');
  });
});
