/**
 * Feed format, version 1: the zod schemas of docs/reference/feed.md.
 *
 * Written with `zod/mini`: the same schema costs about a quarter of the bytes of
 * full `zod` in the browser bundle and holds no `new Function` probe, so pages with
 * a strict Content-Security-Policy stay quiet (see bench/zod-size.mjs and README).
 *
 * These schemas are strict about values; the tolerance the contract promises
 * (unknown enumerated values and unsafe URLs dropped, invalid items skipped) lives
 * in `parse.ts`, which cleans and checks each item on its own. Unknown properties are
 * stripped by `z.object` and not reported.
 */
import * as z from 'zod/mini';
import {
  CEFR_LEVELS,
  DAYS,
  DOMAINS,
  FORMATS,
  KINDS,
  LANGUAGE_TAG,
  LEARNING_TYPES,
  ORGANISATION_KINDS,
  ROUTES,
  SESSION_STATUSES,
  SKILLS,
  THEMES,
} from './values.js';
import { DATE, TIME, endsAfterStart, hasSomeText, levelsInOrder, untilNotBeforeFrom } from './rules.js';

export * from './values.js';

const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/;
const SAFE_URL = /^(https?:\/\/|mailto:|tel:)/i;

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const id = () =>
  z
    .string()
    .check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(200, 'is longer than 200 characters'));
const url = () => z.string().check(z.regex(SAFE_URL, 'must be an https:, http:, mailto: or tel: link'));
// Length first: the pattern's time grows with the square of the length, so a 40,000-character
// value would freeze a phone. 254 is the longest an e-mail address can be. Bidi controls are
// refused, so a shown address is the address a mailto: link opens.
const email = () =>
  z
    .string()
    .check(
      z.trim(),
      z.maxLength(254, { error: 'is longer than 254 characters', abort: true }),
      z.regex(
        /^[^\s@\u202a-\u202e\u2066-\u2069]+@[^\s@\u202a-\u202e\u2066-\u2069]+\.[^\s@\u202a-\u202e\u2066-\u2069]+$/,
        'is not an e-mail address',
      ),
    );
const phone = () => z.string().check(z.trim(), z.regex(/^\+?[\d\s().-]{6,20}$/, 'is not a phone number'));
const date = () => z.string().check(z.regex(DATE, 'must be a date like 2027-01-31'));
const dateTime = () =>
  z
    .string()
    .check(
      z.regex(
        DATE_TIME,
        'must be a date and time like 2027-01-31T19:00 (Dutch time) or 2027-01-31T19:00+01:00',
      ),
    );
const time = () => z.string().check(z.regex(TIME, 'must be a time like 09:30'));
const languageTag = () => z.string().check(z.regex(LANGUAGE_TAG, 'is not a language code like "nl" or "ar"'));

/** Dutch text, or an object of language code to text: `{"nl": "Taalcafé", "ar": "مقهى اللغة"}`. */
export const TextSchema = z.union([
  nonEmpty(),
  z.record(languageTag(), z.string()).check(z.refine(hasSomeText, 'has no text in any language')),
]);
export type Text = z.infer<typeof TextSchema>;

export const CefrSchema = z.enum(CEFR_LEVELS);
export const DomainSchema = z.enum(DOMAINS);

export const PublisherSchema = z.object({
  name: TextSchema,
  url: z.optional(url()),
  email: z.optional(email()),
  phone: z.optional(phone()),
  privacyUrl: z.optional(url()),
});
export type Publisher = z.infer<typeof PublisherSchema>;

export const OrganisationSchema = z.object({
  id: id(),
  name: TextSchema,
  kind: z.optional(z.enum(ORGANISATION_KINDS)),
  url: z.optional(url()),
  email: z.optional(email()),
  phone: z.optional(phone()),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const LocationSchema = z.object({
  id: id(),
  name: TextSchema,
  address: z.optional(
    z.object({
      street: z.optional(z.string()),
      postalCode: z.optional(z.string()),
      city: z.optional(z.string()),
    }),
  ),
  geo: z.optional(
    z.object({
      lat: z.number().check(z.gte(-90), z.lte(90)),
      lon: z.number().check(z.gte(-180), z.lte(180)),
    }),
  ),
  accessibility: z.optional(TextSchema),
  url: z.optional(url()),
});
export type Location = z.infer<typeof LocationSchema>;

export const SessionSchema = z.object({
  start: dateTime(),
  end: z.optional(dateTime()),
  locationId: z.optional(id()),
  status: z.optional(z.enum(SESSION_STATUSES)),
});
export type Session = z.infer<typeof SessionSchema>;

export const WeeklyRuleSchema = z
  .object({
    days: z.array(z.enum(DAYS)).check(z.minLength(1, 'needs at least one day')),
    start: time(),
    end: time(),
    from: z.optional(date()),
    until: z.optional(date()),
  })
  .check(
    // Compared only when both are well-formed; a malformed time is reported on its own.
    z.refine(endsAfterStart, {
      message: 'ends before it starts',
      path: ['end'],
    }),
    z.refine(untilNotBeforeFrom, {
      message: 'ends ("until") before it begins ("from")',
      path: ['until'],
    }),
  );
export type WeeklyRule = z.infer<typeof WeeklyRuleSchema>;

export const ScheduleSchema = z.object({
  sessions: z.optional(z.array(SessionSchema)),
  weekly: z.optional(WeeklyRuleSchema),
  note: z.optional(TextSchema),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

export const CostSchema = z.discriminatedUnion('free', [
  z.object({ free: z.literal(true), note: z.optional(TextSchema) }),
  z.object({
    free: z.literal(false),
    amount: z.optional(z.number().check(z.gte(0, 'must not be negative'))),
    currency: z.optional(z.literal('EUR')),
    note: z.optional(TextSchema),
  }),
]);
export type Cost = z.infer<typeof CostSchema>;

export const ProgrammeSchema = z
  .object({
    id: id(),
    title: TextSchema,
    summary: z.optional(TextSchema),
    description: z.optional(TextSchema),
    organisationId: z.optional(id()),
    kind: z.enum(KINDS),
    learning: z.enum(LEARNING_TYPES),
    domains: z.array(DomainSchema).check(z.minLength(1, 'needs at least one domain')),
    themes: z.optional(z.array(z.enum(THEMES))),
    routes: z.optional(z.array(z.enum(ROUTES))),
    level: z.optional(z.object({ min: z.optional(CefrSchema), max: z.optional(CefrSchema) })),
    instructionLanguages: z.optional(z.array(languageTag())),
    supportLanguages: z.optional(z.array(languageTag())),
    format: z.enum(FORMATS),
    locationIds: z.optional(z.array(id())),
    schedule: z.optional(ScheduleSchema),
    cost: CostSchema,
    registration: z.optional(
      z.object({
        required: z.boolean(),
        url: z.optional(url()),
        email: z.optional(email()),
        phone: z.optional(phone()),
        note: z.optional(TextSchema),
      }),
    ),
    capacity: z.optional(
      z.object({
        places: z.optional(z.int().check(z.gte(0, 'must not be negative'))),
        remaining: z.optional(z.int().check(z.gte(0, 'must not be negative'))),
        waitingList: z.optional(z.boolean()),
      }),
    ),
    goals: z.optional(z.array(id())),
    audience: z.optional(TextSchema),
    lastChecked: z.optional(date()),
  })
  .check(
    z.refine(levelsInOrder, { message: 'the lowest level is above the highest level', path: ['level'] }),
  );
export type Programme = z.infer<typeof ProgrammeSchema>;

export const VolunteerRoleSchema = z.object({
  id: id(),
  title: TextSchema,
  description: z.optional(TextSchema),
  hoursPerWeek: z.optional(z.number().check(z.gt(0, 'must be more than 0'), z.lte(40))),
  minMonths: z.optional(z.number().check(z.gte(0, 'must not be negative'))),
  vogRequired: z.optional(z.boolean()),
  training: z.optional(TextSchema),
  locationIds: z.optional(z.array(id())),
});
export type VolunteerRole = z.infer<typeof VolunteerRoleSchema>;

export const GoalSchema = z.object({
  id: id(),
  domain: DomainSchema,
  text: TextSchema,
  level: z.optional(CefrSchema),
  skill: z.optional(z.enum(SKILLS)),
});
export type Goal = z.infer<typeof GoalSchema>;

/** The whole feed, as published. Used for the JSON Schema and for documentation. */
export const FeedSchema = z.object({
  feedVersion: z.literal(1),
  publisher: PublisherSchema,
  updated: z.optional(dateTime()),
  organisations: z.optional(z.array(OrganisationSchema)),
  locations: z.optional(z.array(LocationSchema)),
  programmes: z.array(ProgrammeSchema),
  volunteerRoles: z.optional(z.array(VolunteerRoleSchema)),
  goals: z.optional(z.array(GoalSchema)),
});

/**
 * A feed after tolerant parsing: every list is present (possibly empty) and holds
 * only valid items. `publisher` is missing only when the feed's own was invalid.
 */
export interface Feed {
  feedVersion: 1;
  publisher?: Publisher;
  updated?: string;
  organisations: Organisation[];
  locations: Location[];
  programmes: Programme[];
  volunteerRoles: VolunteerRole[];
  goals: Goal[];
}

/** One problem found in a feed: where (`programmes[3].cost`) and what, in plain words. */
export interface FeedIssue {
  path: string;
  message: string;
}
