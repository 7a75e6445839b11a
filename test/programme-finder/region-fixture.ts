/**
 * A small region for the finder's region tests: three Taalhuizen around Zutphen
 * (Testdorp's fixture feed at Zutphen, Deventer ~13 km north, Apeldoorn ~17 km west)
 * and one whose shard is gone. Served from memory as blob URLs; the manifest names
 * each shard by its absolute URL.
 */
import { FIXTURE_FEED } from './fixture-feed.js';

const blobUrl = (json: unknown) =>
  URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));

function smallFeed(options: {
  publisher: string;
  location: {
    id: string;
    name: string;
    street: string;
    postalCode: string;
    city: string;
    lat: number;
    lon: number;
  };
  programmes: { id: string; title: string; format?: 'in-person' | 'online' }[];
}) {
  const { location } = options;
  return {
    feedVersion: 1,
    publisher: { name: options.publisher, email: `info@${location.city.toLowerCase()}.example.nl` },
    updated: '2027-01-05T09:00:00+01:00',
    locations: [
      {
        id: location.id,
        name: location.name,
        address: { street: location.street, postalCode: location.postalCode, city: location.city },
        geo: { lat: location.lat, lon: location.lon },
      },
    ],
    programmes: options.programmes.map((p) => ({
      id: p.id,
      title: p.title,
      kind: 'language-cafe',
      learning: 'informal',
      domains: ['leisure-social'],
      format: p.format ?? 'in-person',
      ...(p.format === 'online' ? {} : { locationIds: [location.id] }),
      schedule: { weekly: { days: ['wed'], start: '14:00', end: '16:00' } },
      cost: { free: true },
    })),
  };
}

export const DEVENTER_FEED = smallFeed({
  publisher: 'Bibliotheek Deventer',
  location: {
    id: 'dev-centrum',
    name: 'Bibliotheek Deventer Centrum',
    street: 'Brink 70',
    postalCode: '7411 BW',
    city: 'Deventer',
    lat: 52.2515,
    lon: 6.1605,
  },
  programmes: [
    { id: 'dev:taalcafe', title: 'Taalcafé Deventer' },
    { id: 'dev:digicafe', title: 'Digicafé Deventer' },
    { id: 'dev:online', title: 'Online oefenen met Deventer', format: 'online' },
  ],
});

export const APELDOORN_FEED = smallFeed({
  publisher: 'CODA Apeldoorn',
  location: {
    id: 'apd-coda',
    name: 'CODA Bibliotheek',
    street: 'Vosselmanstraat 299',
    postalCode: '7311 CL',
    city: 'Apeldoorn',
    lat: 52.2112,
    lon: 5.9699,
  },
  programmes: [{ id: 'apd:taalcafe', title: 'Taalcafé Apeldoorn' }],
});

const shards = {
  zutphen: blobUrl(FIXTURE_FEED),
  deventer: blobUrl(DEVENTER_FEED),
  apeldoorn: blobUrl(APELDOORN_FEED),
  // Revoked at once: loading it fails like a shard that is gone.
  lochem: (() => {
    const url = blobUrl({});
    URL.revokeObjectURL(url);
    return url;
  })(),
};

export const REGION_MANIFEST = {
  regionVersion: 1,
  name: 'Regio Stedendriehoek (test)',
  updated: '2027-01-10T04:00:00+01:00',
  places: [
    { name: 'Apeldoorn', lat: 52.2112, lon: 5.9699 },
    { name: 'Deventer', lat: 52.2515, lon: 6.1605 },
    { name: 'Lochem', lat: 52.1598, lon: 6.4112 },
    { name: 'Testdorp', lat: 52.14, lon: 6.2 },
    { name: 'Zutphen', lat: 52.1386, lon: 6.2011 },
  ],
  publishers: [
    {
      id: 'testdorp',
      name: 'Taalhuis Testdorp',
      feed: 'https://taalhuis.example.nl/aanbod.json',
      shard: shards.zutphen,
      programmes: 8,
      places: ['Testdorp', 'Zutphen'],
      area: { lat: 52.14, lon: 6.2, radiusKm: 4 },
      online: 1,
      status: 'ok',
    },
    {
      id: 'deventer',
      name: 'Bibliotheek Deventer',
      feed: 'https://deventer.example.nl/aanbod.json',
      shard: shards.deventer,
      programmes: 3,
      places: ['Deventer'],
      area: { lat: 52.2515, lon: 6.1605, radiusKm: 0 },
      online: 1,
      status: 'ok',
    },
    {
      id: 'apeldoorn',
      name: 'CODA Apeldoorn',
      feed: 'https://apeldoorn.example.nl/aanbod.json',
      shard: shards.apeldoorn,
      programmes: 1,
      places: ['Apeldoorn'],
      area: { lat: 52.2112, lon: 5.9699, radiusKm: 0 },
      status: 'ok',
    },
    {
      id: 'lochem',
      name: 'Bibliotheek Lochem',
      feed: 'https://lochem.example.nl/aanbod.json',
      shard: shards.lochem,
      programmes: 4,
      places: ['Lochem'],
      area: { lat: 52.1598, lon: 6.4112, radiusKm: 0 },
      status: 'stale',
    },
  ],
};

export const REGION_URL = blobUrl(REGION_MANIFEST);
export const DEVENTER_URL = shards.deventer;
export const APELDOORN_URL = shards.apeldoorn;
