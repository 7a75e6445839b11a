/**
 * What the volunteer fills in, as the form holds it (strings as typed, before
 * normalising), and reading it back safely from a saved draft.
 */
import { DAYS, LANGUAGE_TAG, type Day } from '../feed/values.js';
import { PARTS_OF_DAY, type PartOfDay } from '../contract/submission.js';

export interface VolunteerFormValues {
  /** Chosen volunteer role ids. */
  roles: string[];
  name: string;
  email: string;
  phone: string;
  postalCode: string;
  /** Per weekday the parts of the day the volunteer can help. */
  availability: Partial<Record<Day, PartOfDay[]>>;
  /** BCP 47 codes of languages spoken besides Dutch. */
  languages: string[];
  message: string;
  consentPrivacy: boolean;
  consentPhone: boolean;
}

export function emptyValues(): VolunteerFormValues {
  return {
    roles: [],
    name: '',
    email: '',
    phone: '',
    postalCode: '',
    availability: {},
    languages: [],
    message: '',
    consentPrivacy: false,
    consentPhone: false,
  };
}

/** True when nothing has been filled in or chosen. */
export function isEmpty(values: VolunteerFormValues): boolean {
  return (
    values.roles.length === 0 &&
    values.name.trim() === '' &&
    values.email.trim() === '' &&
    values.phone.trim() === '' &&
    values.postalCode.trim() === '' &&
    Object.values(values.availability).every((parts) => !parts?.length) &&
    values.languages.length === 0 &&
    values.message.trim() === '' &&
    !values.consentPrivacy &&
    !values.consentPhone
  );
}

/** Adds or removes one part of one day, keeping the parts in day order. */
export function toggleAvailability(
  availability: VolunteerFormValues['availability'],
  day: Day,
  part: PartOfDay,
  on: boolean,
): VolunteerFormValues['availability'] {
  const current = new Set(availability[day] ?? []);
  if (on) current.add(part);
  else current.delete(part);
  const next = { ...availability };
  const parts = PARTS_OF_DAY.filter((p) => current.has(p));
  if (parts.length) next[day] = parts;
  else delete next[day];
  return next;
}

/** Adds or removes `item` from a list, keeping its order and no duplicates. */
export function toggleInList(list: readonly string[], item: string, on: boolean): string[] {
  const without = list.filter((entry) => entry !== item);
  return on ? [...without, item] : without;
}

const MAX_TEXT = 10_000;
const text = (value: unknown): string => (typeof value === 'string' ? value.slice(0, MAX_TEXT) : '');
const strings = (value: unknown, test: (s: string) => boolean): string[] =>
  Array.isArray(value)
    ? [...new Set(value.filter((v): v is string => typeof v === 'string' && test(v)))]
    : [];

/**
 * Reads form values from untrusted storage (an older draft, a tampered one):
 * anything of the wrong type becomes empty, unknown keys are dropped.
 */
export function coerceValues(raw: unknown): VolunteerFormValues {
  const values = emptyValues();
  if (typeof raw !== 'object' || raw === null) return values;
  const input = raw as Record<string, unknown>;
  values.roles = strings(input.roles, (s) => s.length > 0 && s.length <= 200);
  values.name = text(input.name);
  values.email = text(input.email);
  values.phone = text(input.phone);
  values.postalCode = text(input.postalCode);
  values.message = text(input.message);
  values.languages = strings(input.languages, (s) => LANGUAGE_TAG.test(s));
  values.consentPrivacy = input.consentPrivacy === true;
  values.consentPhone = input.consentPhone === true;
  const availability = input.availability;
  if (typeof availability === 'object' && availability !== null) {
    for (const day of DAYS) {
      const parts = strings((availability as Record<string, unknown>)[day], (s) =>
        (PARTS_OF_DAY as readonly string[]).includes(s),
      ) as PartOfDay[];
      if (parts.length) values.availability[day] = PARTS_OF_DAY.filter((p) => parts.includes(p));
    }
  }
  return values;
}
