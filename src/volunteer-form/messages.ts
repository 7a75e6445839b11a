/**
 * Sentences of the volunteer form that depend on a value (an error code, a day,
 * a reason for failure). Functions, not constants, so `msg()` runs in the active
 * locale on every render.
 */
import { msg, str } from '@lit/localize';
import type { Day } from '../feed/schema.js';
import { formatNumber, formatList, plural } from '../shared/format.js';
import type { PartOfDay } from '../contract/submission.js';
import { dayLabel } from '../shared/labels.js';
import type { ErrorCode, FieldName } from './validate.js';
import { MAX_MESSAGE, MAX_NAME } from './validate.js';
import type { SendFailure } from './send.js';
import type { ActionTarget } from './action.js';
import { useMessages } from '../localization/localization.js';

// These words are in this widget's translation chunk of each locale.
useMessages('volunteer');

export function errorText(code: ErrorCode, locale: string): string {
  switch (code) {
    case 'roles.missing':
      return msg('Kies wat je wilt doen.', {
        id: 'volunteer.error.roles-missing',
        desc: 'Error: no volunteer role was chosen.',
      });
    case 'name.missing':
      return msg('Vul je naam in.', {
        id: 'volunteer.error.name-missing',
        desc: 'Error: the name field is empty.',
      });
    case 'name.too-long': {
      const max = formatNumber(MAX_NAME, locale);
      return msg(str`Je naam mag niet langer zijn dan ${max} tekens.`, {
        id: 'volunteer.error.name-too-long',
        desc: 'Error: the name is too long. The placeholder is the maximum number of characters (200).',
      });
    }
    case 'email.missing':
      return msg('Vul je e-mailadres in.', {
        id: 'volunteer.error.email-missing',
        desc: 'Error: the e-mail field is empty.',
      });
    case 'email.invalid':
      return msg('Vul een e-mailadres in zoals naam@voorbeeld.nl.', {
        id: 'volunteer.error.email-invalid',
        desc: 'Error: the e-mail address is not valid. Keep the example address as it is.',
      });
    case 'phone.invalid':
      return msg('Vul een telefoonnummer in zoals 06 12345678 of +31 6 12345678.', {
        id: 'volunteer.error.phone-invalid',
        desc: 'Error: the phone number is not valid. Keep the example numbers as they are.',
      });
    case 'phone.needed-for-call':
      return msg('Vul je telefoonnummer in, of zet het vinkje bij ‘Jullie mogen me ook bellen’ uit.', {
        id: 'volunteer.error.phone-needed',
        desc: 'Error: the volunteer allowed phone calls but gave no phone number. Quote the checkbox label "Jullie mogen me ook bellen" (volunteer.consent.phone, without "(optioneel)") as translated.',
      });
    case 'postalCode.invalid':
      return msg('Vul een postcode in zoals 1234 AB.', {
        id: 'volunteer.error.postcode-invalid',
        desc: 'Error: not a Dutch postcode. Keep the example "1234 AB" as it is.',
      });
    case 'message.too-long': {
      const max = formatNumber(MAX_MESSAGE, locale);
      return msg(str`Je bericht mag niet langer zijn dan ${max} tekens.`, {
        id: 'volunteer.error.message-too-long',
        desc: 'Error: the message is too long. The placeholder is the maximum number of characters (5000).',
      });
    }
    case 'consentPrivacy.missing':
      return msg(
        'Geef toestemming om je gegevens te gebruiken, anders kunnen we je aanmelding niet verwerken.',
        {
          id: 'volunteer.error.consent-missing',
          desc: 'Error: the privacy consent checkbox is not ticked.',
        },
      );
  }
}

/** The question or label of a field, as the check-answers list names it. */
export function answerLabel(field: FieldName): string {
  switch (field) {
    case 'roles':
      return msg('Wat je wilt doen', {
        id: 'volunteer.answer.roles',
        desc: 'Check-answers row label: the chosen volunteer roles.',
      });
    case 'name':
      return msg('Naam', { id: 'volunteer.answer.name', desc: 'Check-answers row label: name.' });
    case 'email':
      return msg('E-mailadres', {
        id: 'volunteer.answer.email',
        desc: 'Check-answers row label: e-mail address.',
      });
    case 'phone':
      return msg('Telefoonnummer', {
        id: 'volunteer.answer.phone',
        desc: 'Check-answers row label: phone number.',
      });
    case 'postalCode':
      return msg('Postcode', {
        id: 'volunteer.answer.postcode',
        desc: 'Check-answers row label: Dutch postcode.',
      });
    case 'availability':
      return msg('Wanneer je kunt', {
        id: 'volunteer.answer.availability',
        desc: 'Check-answers row label: the days and parts of the day the volunteer can help.',
      });
    case 'languages':
      return msg('Talen naast Nederlands', {
        id: 'volunteer.answer.languages',
        desc: 'Check-answers row label: languages the volunteer speaks besides Dutch.',
      });
    case 'message':
      return msg('Bericht', {
        id: 'volunteer.answer.message',
        desc: 'Check-answers row label: the optional message.',
      });
    case 'consentPrivacy':
    case 'consentPhone':
      return msg('Toestemming', {
        id: 'volunteer.answer.consent',
        desc: 'Check-answers row label: the consent choices.',
      });
  }
}

/** "Naam wijzigen": the accessible name of a change link in the check-answers list. */
export function changeLabel(field: FieldName): string {
  const label = answerLabel(field);
  return msg(str`${label} wijzigen`, {
    id: 'volunteer.answer.change-label',
    desc: 'Accessible name of a change link in the check-answers list. The placeholder is the row label, e.g. "Naam". The visible link text is "Wijzigen".',
  });
}

export function partLabel(part: PartOfDay): string {
  switch (part) {
    case 'morning':
      return msg('ochtend', {
        id: 'volunteer.part.morning',
        desc: 'Part of the day (lower case, used after a weekday: "maandag ochtend").',
      });
    case 'afternoon':
      return msg('middag', {
        id: 'volunteer.part.afternoon',
        desc: 'Part of the day (lower case, used after a weekday: "maandag middag").',
      });
    case 'evening':
      return msg('avond', {
        id: 'volunteer.part.evening',
        desc: 'Part of the day (lower case, used after a weekday: "maandag avond").',
      });
  }
}

/** "maandag ochtend": the accessible name of one checkbox in the availability grid. */
export function cellLabel(day: Day, part: PartOfDay, locale: string): string {
  const dayText = dayLabel(day, locale);
  const partText = partLabel(part);
  return msg(str`${dayText} ${partText}`, {
    id: 'volunteer.availability.cell',
    desc: 'Accessible name of one checkbox in the availability grid: weekday, then part of the day, e.g. "maandag ochtend" (Monday morning).',
  });
}

/** "maandag: ochtend en avond" in the check-answers list. */
export function dayAnswer(day: Day, parts: readonly PartOfDay[], locale: string): string {
  const dayText = dayLabel(day, locale);
  const partsText = formatList(parts.map(partLabel), locale);
  return msg(str`${dayText}: ${partsText}`, {
    id: 'volunteer.availability.answer',
    desc: 'One line in the check-answers list: a weekday and the parts of the day, e.g. "maandag: ochtend en avond".',
  });
}

export function hoursText(hours: number, locale: string): string {
  const n = formatNumber(hours, locale, { maximumFractionDigits: 1 });
  return plural(hours, locale, {
    one: () =>
      msg(str`Ongeveer ${n} uur per week`, {
        id: 'volunteer.role.hours.one',
        desc: 'Time a volunteer role takes, singular (1 hour a week).',
      }),
    two: () =>
      msg(str`Ongeveer ${n} uur per week`, {
        id: 'volunteer.role.hours.two',
        desc: 'As "volunteer.role.hours.other", for exactly two: a form of its own in Arabic (dual). Other languages: the same as the plural.',
      }),
    few: () =>
      msg(str`Ongeveer ${n} uur per week`, {
        id: 'volunteer.role.hours.few',
        desc: 'As "volunteer.role.hours.other", for a few: Polish and Ukrainian 2-4 (22-24...), Arabic 3-10. Other languages: the same as the plural.',
      }),
    many: () =>
      msg(str`Ongeveer ${n} uur per week`, {
        id: 'volunteer.role.hours.many',
        desc: 'As "volunteer.role.hours.other", for many: Polish and Ukrainian 5-20 (25-30...), Arabic 11-99. Other languages: the same as the plural.',
      }),
    other: () =>
      msg(str`Ongeveer ${n} uur per week`, {
        id: 'volunteer.role.hours.other',
        desc: 'Time a volunteer role takes, plural (2 hours a week).',
      }),
  });
}

export function monthsText(months: number, locale: string): string {
  const n = formatNumber(months, locale, { maximumFractionDigits: 1 });
  return plural(months, locale, {
    one: () =>
      msg(str`Voor minstens ${n} maand`, {
        id: 'volunteer.role.months.one',
        desc: 'How long a volunteer commits to a role, singular (at least 1 month).',
      }),
    two: () =>
      msg(str`Voor minstens ${n} maanden`, {
        id: 'volunteer.role.months.two',
        desc: 'As "volunteer.role.months.other", for exactly two: a form of its own in Arabic (dual). Other languages: the same as the plural.',
      }),
    few: () =>
      msg(str`Voor minstens ${n} maanden`, {
        id: 'volunteer.role.months.few',
        desc: 'As "volunteer.role.months.other", for a few: Polish and Ukrainian 2-4 (22-24...), Arabic 3-10. Other languages: the same as the plural.',
      }),
    many: () =>
      msg(str`Voor minstens ${n} maanden`, {
        id: 'volunteer.role.months.many',
        desc: 'As "volunteer.role.months.other", for many: Polish and Ukrainian 5-20 (25-30...), Arabic 11-99. Other languages: the same as the plural.',
      }),
    other: () =>
      msg(str`Voor minstens ${n} maanden`, {
        id: 'volunteer.role.months.other',
        desc: 'How long a volunteer commits to a role, plural (at least 6 months).',
      }),
  });
}

export function vogText(required: boolean): string {
  return required
    ? msg('Je hebt een VOG nodig (Verklaring Omtrent het Gedrag). Die is gratis voor vrijwilligers.', {
        id: 'volunteer.role.vog-required',
        desc: 'A volunteer role needs a VOG, the Dutch certificate of conduct. Keep the abbreviation VOG and add its Dutch name in brackets.',
      })
    : msg('Je hebt geen VOG nodig.', {
        id: 'volunteer.role.vog-not-required',
        desc: 'A volunteer role needs no VOG (Dutch certificate of conduct). Keep the abbreviation VOG.',
      });
}

export function failureText(failure: SendFailure, locale: string): string {
  switch (failure.reason) {
    case 'http': {
      const code = String(failure.status);
      return msg(str`De server gaf een fout (code ${code}). Dat ligt niet aan jou.`, {
        id: 'volunteer.failure.http',
        desc: 'Sending failed: the server answered with an error. The placeholder is the HTTP status code, e.g. 503.',
      });
    }
    case 'timeout': {
      const seconds = formatNumber(15, locale);
      return msg(
        str`Geen antwoord binnen ${seconds} seconden. Misschien is de verbinding traag of de server druk.`,
        {
          id: 'volunteer.failure.timeout',
          desc: 'Sending failed: no answer within the time limit. The placeholder is the number of seconds (15).',
        },
      );
    }
    case 'offline':
      return msg('Je bent offline. Kijk of je wifi of mobiele data aan staat.', {
        id: 'volunteer.failure.offline',
        desc: 'Sending failed: the device has no internet connection.',
      });
    case 'network':
    case 'aborted':
      return msg('We konden de server niet bereiken. Misschien ben je offline.', {
        id: 'volunteer.failure.network',
        desc: 'Sending failed: no connection to the server (maybe offline).',
      });
  }
}

/** For the webmaster: why the `action` attribute cannot be used. */
export function configErrorText(target: Extract<ActionTarget, { kind: 'invalid' }>): string {
  const value = target.value;
  switch (target.problem) {
    case 'missing':
      return msg(
        'Voor de beheerder van deze website: geef in het attribuut action op waar aanmeldingen naartoe gaan, een https-adres of mailto: met een e-mailadres.',
        {
          id: 'volunteer.config.missing',
          desc: 'Configuration error for the webmaster: the action attribute is missing. Keep "action", "https" and "mailto:" as they are.',
        },
      );
    case 'insecure':
      return msg(
        str`Voor de beheerder van deze website: het adres in het attribuut action (${value}) is niet beveiligd. Gebruik een https-adres. Alleen op localhost mag http.`,
        {
          id: 'volunteer.config.insecure',
          desc: 'Configuration error for the webmaster: the action is a plain http address. Keep "action", "https", "http" and "localhost". The placeholder is the address.',
        },
      );
    case 'malformed':
    case 'unsupported':
      return msg(
        str`Voor de beheerder van deze website: het attribuut action (${value}) is geen https-adres en geen mailto: met een e-mailadres.`,
        {
          id: 'volunteer.config.invalid',
          desc: 'Configuration error for the webmaster: the action attribute cannot be used. Keep "action", "https" and "mailto:". The placeholder is the value.',
        },
      );
  }
}

export function stepText(step: number, total: number, locale: string): string {
  const n = formatNumber(step, locale);
  const t = formatNumber(total, locale);
  return msg(str`Stap ${n} van ${t}`, {
    id: 'volunteer.step',
    desc: 'Progress above a step heading, e.g. "Stap 1 van 2" (step 1 of 2).',
  });
}

export function languageCountText(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  if (count === 0) {
    return msg('Geen taal gevonden. Staat jouw taal er niet bij? Noem hem dan in je bericht.', {
      id: 'volunteer.languages.none',
      desc: 'Language search found nothing.',
    });
  }
  return plural(count, locale, {
    one: () =>
      msg(str`${n} taal gevonden`, {
        id: 'volunteer.languages.count.one',
        desc: 'Number of languages matching the search, singular.',
      }),
    two: () =>
      msg(str`${n} talen gevonden`, {
        id: 'volunteer.languages.count.two',
        desc: 'As "volunteer.languages.count.other", for exactly two: a form of its own in Arabic (dual). Other languages: the same as the plural.',
      }),
    few: () =>
      msg(str`${n} talen gevonden`, {
        id: 'volunteer.languages.count.few',
        desc: 'As "volunteer.languages.count.other", for a few: Polish and Ukrainian 2-4 (22-24...), Arabic 3-10. Other languages: the same as the plural.',
      }),
    many: () =>
      msg(str`${n} talen gevonden`, {
        id: 'volunteer.languages.count.many',
        desc: 'As "volunteer.languages.count.other", for many: Polish and Ukrainian 5-20 (25-30...), Arabic 11-99. Other languages: the same as the plural.',
      }),
    other: () =>
      msg(str`${n} talen gevonden`, {
        id: 'volunteer.languages.count.other',
        desc: 'Number of languages matching the search, plural.',
      }),
  });
}

export function clearLabel(): string {
  return msg('Formulier leegmaken', {
    id: 'volunteer.clear.button',
    desc: 'Button that empties every field of the form and removes the answers from this browser (asks first).',
  });
}
