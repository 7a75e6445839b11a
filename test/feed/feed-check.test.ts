/**
 * The feed validator generated from the zod schemas at build time
 * (scripts/generate-validators.mjs -> src/generated/feed-check.ts) against zod itself: on a
 * corpus of good items and of items broken in every way a feed can break them, both must
 * accept the same items and return the same value (stripped, trimmed, in the same key order);
 * and whole feeds, good and broken, must parse to the same feed, issues and skipped counts.
 */
import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { feedCheck, INVALID } from '../../src/generated/feed-check.js';
import { checkWithZodOnly, parseFeed } from '../../src/feed/parse.js';
import {
  FeedSchema,
  GoalSchema,
  LocationSchema,
  OrganisationSchema,
  ProgrammeSchema,
  PublisherSchema,
  VolunteerRoleSchema,
} from '../../src/feed/schema.js';
import { injectionFeed, LONG_WORD, TEXT_PAYLOADS, UNSAFE_URLS } from '../fixtures/injection-feed.js';

type Json = Record<string, unknown>;

const SCHEMAS = {
  publisher: PublisherSchema,
  organisation: OrganisationSchema,
  location: LocationSchema,
  programme: ProgrammeSchema,
  volunteerRole: VolunteerRoleSchema,
  goal: GoalSchema,
  updated: FeedSchema.shape.updated,
} as const;
type Kind = keyof typeof SCHEMAS;

const LISTS: [string, Kind][] = [
  ['organisations', 'organisation'],
  ['locations', 'location'],
  ['programmes', 'programme'],
  ['volunteerRoles', 'volunteerRole'],
  ['goals', 'goal'],
];

/** Values a broken feed puts where another was meant. */
const BAD_VALUES: unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  41,
  1e21,
  true,
  false,
  '',
  '   ',
  ' padded ',
  'x',
  'A1',
  'C2',
  'mon',
  'course',
  'free',
  '2027-13-01',
  '2027-02-30',
  '2027-01-31',
  '2027-01-31T19:00',
  '2027-01-31T25:00',
  '09:30',
  '23:60',
  'nl',
  'n',
  'https://example.org/x',
  'javascript:alert(1)',
  'iemand@example.org',
  ` ${'a'.repeat(250)}@example.org `,
  '+31 6 1234 5678',
  LONG_WORD,
  'a'.repeat(201),
  [],
  [''],
  ['x'],
  ['A1', 'B1'],
  {},
  { nl: '' },
  { nl: '  ', ar: '' },
  { nl: 'Taal', xx_1: 'x' },
  { nl: 'Taal', ar: 'لغة' },
  { nl: 3 },
  { free: true },
  { free: false, amount: -1 },
  { free: 'yes' },
  { min: 'B1', max: 'A1' },
  { lat: 91, lon: 5 },
  { days: [], start: '10:00', end: '09:00' },
  { days: ['mon'], start: '10:00', end: '12:00', from: '2027-02-01', until: '2027-01-01' },
  JSON.parse('{"__proto__": {"polluted": true}, "nl": "Taal"}'),
  JSON.parse('{"constructor": {"prototype": 1}, "nl": "Taal"}'),
];

/** Every path in `value` (objects and lists, a few levels deep). */
function paths(value: unknown, depth = 0, at: (string | number)[] = []): (string | number)[][] {
  if (depth > 4 || typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [
    [...at, key],
    ...paths((value as Json)[key as string], depth + 1, [...at, key]),
  ]);
}

/** A deep copy of `item` with the value at `path` replaced (undefined: removed). */
function mutate(item: Json, path: (string | number)[], value: unknown): Json {
  const copy = structuredClone(item);
  let at: Json = copy;
  for (const key of path.slice(0, -1)) at = at[key as string] as Json;
  const last = path.at(-1)!;
  if (value === undefined && !Array.isArray(at)) delete at[last as string];
  else at[last as string] = value;
  return copy;
}

/** A text that shows key order, `undefined` values and where an object has no prototype. */
function exact(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(exact).join(',')}]`;
  const proto = Object.getPrototypeOf(value) === Object.prototype ? '' : '(proto)';
  return `${proto}{${Object.keys(value)
    .map((key) => `${JSON.stringify(key)}:${exact((value as Json)[key])}`)
    .join(',')}}`;
}

/** Checks one item both ways; returns a description of the difference, or '' when they agree. */
function difference(kind: Kind, item: unknown): string {
  const generated = (feedCheck[kind] as (input: unknown) => unknown)(structuredClone(item));
  const zod = z.safeParse(SCHEMAS[kind] as z.ZodMiniType, structuredClone(item));
  if ((generated !== INVALID) !== zod.success)
    return `${kind}: generated says ${generated === INVALID ? 'invalid' : 'valid'}, zod ${zod.success ? 'valid' : 'invalid'} for ${exact(item).slice(0, 300)}`;
  if (zod.success && exact(generated) !== exact(zod.data))
    return `${kind}: different values\n generated ${exact(generated).slice(0, 300)}\n zod       ${exact(zod.data).slice(0, 300)}`;
  return '';
}

async function json(url: string): Promise<Json> {
  const response = await fetch(new URL(url, location.origin));
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as Json;
}

const FEED_URLS = [
  '/examples/feeds/aanbod.json',
  '/test/fixtures/feeds/mixed.json',
  '/test/fixtures/feeds/valid-small.json',
  '/examples/region/feeds/apeldoorn.json',
  '/examples/region/feeds/vluchtelingenwerk-oost.json',
];

let corpus: Json[] = [];

before(async () => {
  corpus = [...(await Promise.all(FEED_URLS.map(json))), injectionFeed() as unknown as Json];
});

afterEach(() => checkWithZodOnly(false));

describe('the generated feed validator', () => {
  it('accepts and returns exactly what zod does, for every item of the sample and hostile feeds', () => {
    const differences: string[] = [];
    let checked = 0;
    for (const feed of corpus) {
      for (const [list, kind] of LISTS) {
        for (const item of (feed[list] as unknown[] | undefined) ?? []) {
          checked += 1;
          const found = difference(kind, item);
          if (found) differences.push(found);
        }
      }
      differences.push(difference('publisher', feed.publisher), difference('updated', feed.updated));
    }
    expect(checked).to.be.greaterThan(100);
    expect(differences.filter(Boolean)).to.deep.equal([]);
  });

  it('agrees with zod on items broken in every place, in every way', () => {
    const differences: string[] = [];
    let valid = 0;
    let invalid = 0;
    // From each list of the sample feed and the hostile feed, the first items, each broken
    // at every path with every bad value.
    for (const feed of [corpus[0]!, corpus.at(-1)!]) {
      const samples: [Kind, Json][] = [['publisher', feed.publisher as Json]];
      for (const [list, kind] of LISTS)
        for (const item of ((feed[list] as Json[] | undefined) ?? []).slice(0, kind === 'programme' ? 6 : 2))
          samples.push([kind, item]);
      for (const [kind, item] of samples) {
        for (const path of paths(item)) {
          for (const value of BAD_VALUES) {
            const broken = mutate(item, path, value);
            const found = difference(kind, broken);
            if (found) differences.push(`${path.join('.')}: ${found}`);
            if ((feedCheck[kind] as (input: unknown) => unknown)(broken) === INVALID) invalid += 1;
            else valid += 1;
          }
        }
        // An unknown property is stripped by both.
        const extra = difference(kind, { ...item, unknownProperty: { nested: [1] } });
        if (extra) differences.push(extra);
      }
    }
    // Both outcomes are well represented, so agreeing means something.
    expect(valid).to.be.greaterThan(1000);
    expect(invalid).to.be.greaterThan(1000);
    expect(differences.slice(0, 20)).to.deep.equal([]);
  });

  it('agrees with zod on values that are not items at all', () => {
    const differences: string[] = [];
    for (const kind of Object.keys(SCHEMAS) as Kind[])
      for (const value of [...BAD_VALUES, ...TEXT_PAYLOADS.map((p) => p.value), ...UNSAFE_URLS]) {
        const found = difference(kind, value);
        if (found) differences.push(found);
      }
    expect(differences).to.deep.equal([]);
  });

  it('parses good and broken feeds to the same feed, issues and skipped counts as zod alone', () => {
    const feeds: unknown[] = [...corpus];
    // Broken feeds: the sample feed with one programme broken in each of many ways.
    const sample = corpus[0]!;
    const programmes = sample.programmes as Json[];
    paths(programmes[0])
      .slice(0, 40)
      .forEach((path, i) => {
        const broken = mutate(programmes[0]!, path, BAD_VALUES[(i * 7) % BAD_VALUES.length]);
        feeds.push({ ...sample, programmes: [broken, ...programmes.slice(1)] });
      });
    feeds.push({ ...sample, publisher: { name: '' }, updated: 'gisteren' });
    for (const feed of feeds) {
      checkWithZodOnly(true);
      const byZod = parseFeed(structuredClone(feed));
      checkWithZodOnly(false);
      const generated = parseFeed(structuredClone(feed));
      expect(exact(generated)).to.equal(exact(byZod));
    }
    expect(feeds.length).to.be.greaterThan(40);
  });
});
