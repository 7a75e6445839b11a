/**
 * The volunteer sign-up payload (docs/reference/submission.md), POSTed as
 * JSON to the form's `action`. `dist/volunteer-submission.schema.json` is generated
 * from this schema for back ends.
 */
import * as z from 'zod/mini';
import { DAYS, LANGUAGE_TAG } from '../feed/values.js';

import { PARTS_OF_DAY } from './parts-of-day.js';

export { PARTS_OF_DAY, type PartOfDay } from './parts-of-day.js';

const parts = () => z.optional(z.array(z.enum(PARTS_OF_DAY)));

export const VolunteerSubmissionSchema = z.object({
  /** UUID made once per filled-in form; a retry resends the same id. */
  submissionId: z.uuid(),
  submittedAt: z.iso.datetime({ offset: true }),
  /** The UI language the volunteer used. */
  locale: z.string().check(z.regex(LANGUAGE_TAG)),
  roles: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  email: z.email(),
  phone: z.optional(z.string().check(z.maxLength(40))),
  postalCode: z.optional(z.string().check(z.maxLength(10))),
  availability: z.object({
    mon: parts(),
    tue: parts(),
    wed: parts(),
    thu: parts(),
    fri: parts(),
    sat: parts(),
    sun: parts(),
  }),
  /** Languages the volunteer speaks besides Dutch (BCP 47). */
  languages: z.array(z.string().check(z.regex(LANGUAGE_TAG))),
  message: z.optional(z.string().check(z.maxLength(5000))),
  consent: z.object({
    privacy: z.literal(true),
    contactByPhone: z.optional(z.boolean()),
  }),
});

export type VolunteerSubmission = z.infer<typeof VolunteerSubmissionSchema>;
export type Availability = VolunteerSubmission['availability'];
export { DAYS };
