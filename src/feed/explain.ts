/**
 * zod's verdict on one part of a feed, for feed/read-feed.ts: the issues that make an item
 * invalid. The CLI and the tests import it at once (feed/parse.ts); a browser loads it, and
 * zod with it, only when a feed has an item the generated validator rejects.
 */
import * as z from 'zod/mini';
import {
  FeedSchema,
  GoalSchema,
  LocationSchema,
  OrganisationSchema,
  ProgrammeSchema,
  PublisherSchema,
  VolunteerRoleSchema,
} from './schema.js';
import type { Explain, ItemKind } from './read-feed.js';

const SCHEMAS: Record<ItemKind, z.ZodMiniType> = {
  publisher: PublisherSchema,
  organisation: OrganisationSchema,
  location: LocationSchema,
  programme: ProgrammeSchema,
  volunteerRole: VolunteerRoleSchema,
  goal: GoalSchema,
  updated: FeedSchema.shape.updated,
};

/** `input` on every issue, so messages can tell "is missing" from "is text, not a number". */
const PARSE_OPTIONS = { reportInput: true } as const;

export const explainItem: Explain = (kind, item) => z.safeParse(SCHEMAS[kind], item, PARSE_OPTIONS);
