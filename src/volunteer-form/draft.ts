/**
 * The volunteer's answers kept in `sessionStorage` while they type (`FormDraftController`
 * stores them): what is kept, and reading it back safely (anything else is thrown away).
 */
import { coerceValues, isEmpty, type VolunteerFormValues } from './values.js';

export interface Draft {
  submissionId: string;
  startedAt: number;
  values: VolunteerFormValues;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function readDraft(raw: unknown): Draft | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { submissionId, startedAt, values } = raw as Record<string, unknown>;
  if (typeof submissionId !== 'string' || !UUID.test(submissionId) || typeof startedAt !== 'number')
    return undefined;
  const coerced = coerceValues(values);
  return isEmpty(coerced) ? undefined : { submissionId, startedAt, values: coerced };
}
