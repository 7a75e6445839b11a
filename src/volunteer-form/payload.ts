/**
 * Building what is sent: the JSON submission of docs/reference/submission.md from validated form
 * values, and, for a `mailto:` action, the same answers as a readable e-mail.
 *
 * The e-mail is written for the coordinator who receives it, so its labels are
 * Dutch whatever the UI language (the volunteer's own words stay as typed, and
 * the e-mail says which language the form was used in). That is why the labels
 * below are constants and not `msg()` messages.
 */
import * as z from 'zod/mini';
import { DAYS, type Day } from '../feed/values.js';
import {
  PARTS_OF_DAY,
  VolunteerSubmissionSchema,
  type PartOfDay,
  type VolunteerSubmission,
} from '../contract/submission.js';
import type { VolunteerFormValues } from './values.js';
import { languageName } from './languages.js';

export interface BuildOptions {
  submissionId: string;
  submittedAt: Date;
  /** The UI language the volunteer used. */
  locale: string;
}

/**
 * The submission for already validated, normalised values (see `validate.ts`).
 * Optional fields that are empty are left out; days without a part are left out.
 */
export function buildSubmission(values: VolunteerFormValues, options: BuildOptions): VolunteerSubmission {
  const availability: VolunteerSubmission['availability'] = {};
  for (const day of DAYS) {
    const parts = PARTS_OF_DAY.filter((part) => values.availability[day]?.includes(part));
    if (parts.length) availability[day] = parts;
  }
  const submission: VolunteerSubmission = {
    submissionId: options.submissionId,
    submittedAt: options.submittedAt.toISOString(),
    locale: options.locale,
    roles: [...new Set(values.roles)],
    name: values.name.trim(),
    email: values.email.trim(),
    ...(values.phone.trim() ? { phone: values.phone.trim() } : {}),
    ...(values.postalCode.trim() ? { postalCode: values.postalCode.trim() } : {}),
    availability,
    languages: [...new Set(values.languages)],
    ...(values.message.trim() ? { message: values.message.trim() } : {}),
    consent: { privacy: true, contactByPhone: values.consentPhone },
  };
  return submission;
}

/** True when `submission` matches the published schema. */
export function isValidSubmission(submission: unknown): submission is VolunteerSubmission {
  return z.safeParse(VolunteerSubmissionSchema, submission).success;
}

const DUTCH_DAYS: Record<Day, string> = {
  mon: 'maandag',
  tue: 'dinsdag',
  wed: 'woensdag',
  thu: 'donderdag',
  fri: 'vrijdag',
  sat: 'zaterdag',
  sun: 'zondag',
};
const DUTCH_PARTS: Record<PartOfDay, string> = { morning: 'ochtend', afternoon: 'middag', evening: 'avond' };
const NOT_GIVEN = '(niet ingevuld)';

export interface MailOptions {
  /** The Dutch title of a role id, for the coordinator. */
  roleTitle: (id: string) => string;
}

const dutchList = (items: string[]) =>
  items.length ? new Intl.ListFormat('nl', { type: 'conjunction' }).format(items) : NOT_GIVEN;

/** The answers as plain text with Dutch labels, for a coordinator's mailbox. */
export function mailBody(submission: VolunteerSubmission, options: MailOptions): string {
  const availability = DAYS.filter((day) => submission.availability[day]?.length).map(
    (day) => `- ${DUTCH_DAYS[day]}: ${dutchList(submission.availability[day]!.map((p) => DUTCH_PARTS[p]))}`,
  );
  const when = new Intl.DateTimeFormat('nl', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(submission.submittedAt));
  const lines = [
    'Aanmelding als vrijwilliger',
    '',
    `Wil helpen als: ${dutchList(submission.roles.map((id) => `${options.roleTitle(id)} (${id})`))}`,
    `Naam: ${submission.name}`,
    `E-mailadres: ${submission.email}`,
    `Telefoonnummer: ${submission.phone ?? NOT_GIVEN}`,
    `Postcode: ${submission.postalCode ?? NOT_GIVEN}`,
    `Beschikbaar: ${availability.length ? '' : NOT_GIVEN}`.trimEnd(),
    ...availability,
    `Spreekt naast Nederlands: ${dutchList(submission.languages.map((code) => `${languageName(code, 'nl')} (${code})`))}`,
    `Bericht: ${submission.message ? '' : NOT_GIVEN}`.trimEnd(),
    ...(submission.message ? [submission.message, ''] : []),
    `Akkoord met de privacyverklaring: ja`,
    `Mag gebeld worden: ${submission.consent.contactByPhone ? 'ja' : 'nee'}`,
    '',
    `Taal van het formulier: ${languageName(submission.locale, 'nl')} (${submission.locale})`,
    `Ingevuld op: ${when}`,
    `Aanmeldnummer: ${submission.submissionId}`,
  ];
  // RFC 6068: line breaks in a mailto body are CRLF, also those the volunteer typed.
  return lines.join('\n').replace(/\r?\n/g, '\r\n');
}

/** RFC 6068 encoding: every reserved character escaped, spaces as %20. */
const encode = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `mailto:` link that opens an e-mail to `address` with the answers. */
export function mailtoHref(address: string, submission: VolunteerSubmission, options: MailOptions): string {
  const subject = `Aanmelding vrijwilliger: ${submission.name}`;
  return `mailto:${address}?subject=${encode(subject)}&body=${encode(mailBody(submission, options))}`;
}
