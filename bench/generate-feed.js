// Generates a large, realistic feed from a small one (examples/feeds/aanbod.json):
// the same kinds of programmes, spread over more towns, locations and organisations,
// on other days and times, with other languages of help and other numbers of places.
// Deterministic: the same base, count and seed give the same feed.
//
// Used by the benchmark (bench/run.mjs), the finder's large-feed tests and stories.
// Plain JavaScript with a .d.ts next to it, so Node, the test runner and Storybook all
// load it as it is.

const TOWNS = [
  ['Zutphen', 52.1396, 6.1961],
  ['Deventer', 52.2553, 6.1639],
  ['Apeldoorn', 52.2112, 5.9699],
  ['Lochem', 52.1594, 6.4106],
  ['Doetinchem', 51.9652, 6.2889],
  ['Arnhem', 51.9851, 5.8987],
  ['Zwolle', 52.5168, 6.083],
  ['Enschede', 52.2215, 6.8937],
  ['Hengelo', 52.2658, 6.7931],
  ['Nijmegen', 51.8126, 5.8372],
  ['Ede', 52.0402, 5.6649],
  ['Winterswijk', 51.9725, 6.7194],
];
const STREETS = [
  'Stationsplein',
  'Kerkstraat',
  'Marktplein',
  'Dorpsstraat',
  'Schoolstraat',
  'Beukenlaan',
  'Molenweg',
];
const VENUES = [
  ['Bibliotheek', 'Library', 'library'],
  ['Buurthuis De Linde', 'Community centre De Linde', 'welfare'],
  ['Wijkcentrum Oost', 'East district centre', 'welfare'],
  ['Taalhuis', 'Language house', 'language-house'],
  ['Taalschool', 'Language school', 'language-school'],
];
const LANGUAGES = ['ar', 'ti', 'tr', 'pl', 'uk', 'fa', 'so', 'en', 'ru', 'prs'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const TIMES = [
  ['09:30', '11:30'],
  ['10:00', '12:00'],
  ['13:30', '15:30'],
  ['14:00', '16:00'],
  ['19:00', '21:00'],
];

/** A small, fast, seedable random number generator (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');

/** `2027-01-12T19:00`, shifted by whole days (wall-clock time stays the same). */
function shiftDateTime(value, days) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}${m[4] ?? ''}`;
}

/** Appends a place to a text value in every language it has. */
function withPlace(text, place) {
  if (typeof text === 'string') return `${text} – ${place}`;
  if (!text || typeof text !== 'object') return text;
  return Object.fromEntries(Object.entries(text).map(([lang, value]) => [lang, `${value} – ${place}`]));
}

/**
 * A feed of `count` programmes made from `base` (a parsed feed such as
 * examples/feeds/aanbod.json).
 * @param {any} base
 * @param {number} count
 * @param {{ seed?: number, updated?: string }} [options]
 */
export function generateFeed(base, count, { seed = 1, updated } = {}) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];

  const locations = [...base.locations];
  const organisations = [...base.organisations];
  const townLocations = [];
  TOWNS.forEach(([town, lat, lon], t) => {
    const ids = [];
    VENUES.forEach(([nl, en, kind], v) => {
      const id = `loc-${t}-${v}`;
      ids.push(id);
      locations.push({
        id,
        name: { nl: `${nl} ${town}`, en: `${en} ${town}` },
        address: {
          street: `${pick(STREETS)} ${1 + Math.floor(rand() * 120)}`,
          postalCode: `${7000 + t * 37 + v} ${String.fromCharCode(65 + v)}${String.fromCharCode(66 + t)}`,
          city: town,
        },
        geo: { lat: lat + (rand() - 0.5) * 0.03, lon: lon + (rand() - 0.5) * 0.05 },
        accessibility: rand() < 0.5 ? 'Ingang zonder drempel, lift aanwezig.' : 'Alles op de begane grond.',
      });
      if (t > 0 && (kind === 'library' || kind === 'welfare')) {
        organisations.push({ id: `org-${t}-${v}`, name: `${nl} ${town}`, kind });
      }
    });
    townLocations.push(ids);
  });

  const programmes = [];
  for (let n = 0; n < count; n++) {
    const source = base.programmes[n % base.programmes.length];
    const copy = structuredClone(source);
    const round = Math.floor(n / base.programmes.length);
    if (round === 0) {
      programmes.push(copy);
      continue;
    }
    const t = (round - 1) % TOWNS.length;
    const town = TOWNS[t][0];
    copy.id = `${source.id}-${n}`;
    copy.title = withPlace(source.title, town);
    if (copy.locationIds?.length) copy.locationIds = [pick(townLocations[t])];
    const townOrgs = organisations.filter((o) => o.id.startsWith(`org-${t}-`));
    if (townOrgs.length && rand() < 0.6) copy.organisationId = pick(townOrgs).id;
    if (copy.schedule?.weekly) {
      const [start, end] = pick(TIMES);
      const days = rand() < 0.2 ? [pick(DAYS), pick(DAYS)] : [pick(DAYS)];
      copy.schedule.weekly = { ...copy.schedule.weekly, days: [...new Set(days)], start, end };
    }
    if (copy.schedule?.sessions?.length) {
      const shift = Math.floor(rand() * 120) - 30;
      copy.schedule.sessions = copy.schedule.sessions.map((session) => {
        const moved = { ...session, start: shiftDateTime(session.start, shift) };
        if (session.end) moved.end = shiftDateTime(session.end, shift);
        if (session.locationId && copy.locationIds?.length) moved.locationId = copy.locationIds[0];
        return moved;
      });
    }
    if (rand() < 0.5) {
      const languages = new Set();
      const howMany = 1 + Math.floor(rand() * 3);
      while (languages.size < howMany) languages.add(pick(LANGUAGES));
      copy.supportLanguages = [...languages];
    }
    if (copy.capacity?.places) {
      const remaining = Math.floor(rand() * (copy.capacity.places + 1));
      copy.capacity = { ...copy.capacity, remaining, waitingList: remaining === 0 && rand() < 0.7 };
    }
    programmes.push(copy);
  }

  return {
    ...base,
    ...(updated ? { updated } : {}),
    organisations,
    locations,
    programmes,
  };
}
