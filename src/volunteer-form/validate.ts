/**
 * Validation of the volunteer form, without DOM or messages: it returns error
 * codes in the order of the form (the element turns them into sentences in the
 * UI language) and the values normalised for the payload.
 *
 * The checks match `VolunteerSubmissionSchema`, so a form that passes here always
 * builds a submission the published JSON Schema accepts.
 */
import * as z from 'zod/mini';
import { VolunteerSubmissionSchema } from '../contract/submission.js';
import type { VolunteerFormValues } from './values.js';

export const MAX_NAME = 200;
export const MAX_PHONE = 40;
export const MAX_MESSAGE = 5000;

/** The fields, in the order the form shows them (and the error summary lists them). */
export const FIELDS = [
  'roles',
  'name',
  'email',
  'phone',
  'postalCode',
  'availability',
  'languages',
  'message',
  'consentPrivacy',
  'consentPhone',
] as const;
export type FieldName = (typeof FIELDS)[number];

export type ErrorCode =
  | 'roles.missing'
  | 'name.missing'
  | 'name.too-long'
  | 'email.missing'
  | 'email.invalid'
  | 'phone.invalid'
  | 'phone.needed-for-call'
  | 'postalCode.invalid'
  | 'message.too-long'
  | 'consentPrivacy.missing';

export interface FieldError {
  field: FieldName;
  code: ErrorCode;
}

export interface ValidationResult {
  ok: boolean;
  /** At most one error per field, in form order. */
  errors: FieldError[];
  /** The values trimmed and normalised (postcode as "1234 AB"); unknown roles dropped. */
  values: VolunteerFormValues;
}

export interface ValidateOptions {
  /** The role ids the form offers; chosen ids not among them are dropped. */
  roleIds?: readonly string[];
}

const POSTCODE = /^([1-9][0-9]{3})\s*([a-z]{2})?$/i;

/**
 * A Dutch postcode, leniently: "1234 AB", "1234ab", " 1234  ab ", or only the
 * four digits. Returns the normalised form ("1234 AB", "1234"), `''` for an
 * empty input, or `undefined` when it is not a postcode.
 */
export function normalisePostalCode(input: string): string | undefined {
  const trimmed = input.trim();
  if (trimmed === '') return '';
  const match = POSTCODE.exec(trimmed);
  if (!match) return undefined;
  return match[2] ? `${match[1]} ${match[2].toUpperCase()}` : match[1];
}

/** Digits, spaces, brackets, dots, dashes and a leading +; 6 to 15 digits. */
export function isPhoneNumber(input: string): boolean {
  const trimmed = input.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed) || trimmed.length > MAX_PHONE) return false;
  const digits = trimmed.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 15;
}

const emailSchema = VolunteerSubmissionSchema.shape.email;

export function isEmailAddress(input: string): boolean {
  return z.safeParse(emailSchema, input.trim()).success;
}

/** Checks the whole form, as on submit. */
export function validateVolunteerForm(
  input: VolunteerFormValues,
  options: ValidateOptions = {},
): ValidationResult {
  const errors: FieldError[] = [];
  const add = (field: FieldName, code: ErrorCode) => errors.push({ field, code });

  const known = options.roleIds ? new Set(options.roleIds) : undefined;
  const roles = input.roles.filter((id) => !known || known.has(id));
  if (roles.length === 0) add('roles', 'roles.missing');

  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name === '') add('name', 'name.missing');
  else if (name.length > MAX_NAME) add('name', 'name.too-long');

  const email = input.email.trim();
  if (email === '') add('email', 'email.missing');
  else if (!isEmailAddress(email)) add('email', 'email.invalid');

  const phone = input.phone.trim();
  if (phone !== '' && !isPhoneNumber(phone)) add('phone', 'phone.invalid');
  else if (phone === '' && input.consentPhone) add('phone', 'phone.needed-for-call');

  const postalCode = normalisePostalCode(input.postalCode);
  if (postalCode === undefined) add('postalCode', 'postalCode.invalid');

  const message = input.message.trim();
  if (message.length > MAX_MESSAGE) add('message', 'message.too-long');

  if (!input.consentPrivacy) add('consentPrivacy', 'consentPrivacy.missing');

  errors.sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
  return {
    ok: errors.length === 0,
    errors,
    values: {
      ...input,
      roles,
      name,
      email,
      phone,
      postalCode: postalCode ?? input.postalCode.trim(),
      message,
      languages: [...new Set(input.languages)],
    },
  };
}
