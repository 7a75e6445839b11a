/**
 * JSON Schemas generated from the zod schemas, published as
 * `dist/feed.schema.json` and `dist/volunteer-submission.schema.json`.
 * Written for the input side (`io: 'input'`), so objects do not forbid additional
 * properties: the contract promises that unknown properties are ignored.
 */
import { toJSONSchema } from 'zod/v4/core';
import { FeedSchema } from './schema.js';
import { VolunteerSubmissionSchema } from '../contract/submission.js';

const BASE = 'https://taalwijzer.example.org/schema';

export function feedJsonSchema(): Record<string, unknown> {
  return {
    ...toJSONSchema(FeedSchema, { io: 'input', unrepresentable: 'any' }),
    $id: `${BASE}/feed-v1.schema.json`,
    title: 'Taalwijzer feed, version 1',
    description:
      'The offer of a Taalhuis: programmes, locations, organisations, volunteer roles and learning goals. Unknown properties are ignored by readers. Text values are Dutch strings or objects of BCP 47 language code to text.',
  };
}

export function volunteerSubmissionJsonSchema(): Record<string, unknown> {
  return {
    ...toJSONSchema(VolunteerSubmissionSchema, { io: 'input', unrepresentable: 'any' }),
    $id: `${BASE}/volunteer-submission.schema.json`,
    title: 'Taalwijzer volunteer submission',
    description:
      'The JSON a <taal-volunteer-form> POSTs to its action. A retry resends the same submissionId, so duplicates can be dropped.',
  };
}
