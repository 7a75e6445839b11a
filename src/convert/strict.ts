/**
 * `taalwijzer validate --strict`: what a publisher should look at although the feed
 * is valid. Warnings, never errors: they do not change the exit status.
 *
 * - a title or summary without an English translation (and which of the widgets'
 *   languages it also lacks);
 * - a programme with dates, none of them ahead (only past or cancelled ones);
 * - `lastChecked` more than six months ago, or missing;
 * - no way to get in touch: no registration link, e-mail or phone, and none at the
 *   organisation (or the publisher, when no organisation is named);
 * - a location without an address (or without street or town).
 */
import { say } from './language.js';
import type { Feed, Programme, Text } from '../feed/schema.js';
import { isEnded, parseFeedDateTime } from '../feed/schedule.js';
import { pickText, sameLanguage, textLanguages } from '../feed/text.js';
import { dutchDate } from './csv.js';
import { isoDay } from './time.js';
import { LOCALE_NAMES } from './vocabulary.js';

export type WarningCode =
  'missing-translation' | 'no-upcoming-session' | 'stale' | 'never-checked' | 'no-contact' | 'no-address';

export interface StrictWarning {
  /** Where in the feed, as in the validator: `programmes[3].title`. */
  path: string;
  code: WarningCode;
  /** Plain Dutch. */
  message: string;
}

/** The languages the widgets speak (docs/reference/elements.md, "Languages"), Dutch first. */
export const WIDGET_LOCALES = ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ti', 'fa', 'so'] as const;

export interface StrictReport {
  warnings: StrictWarning[];
  /** Per widget language: how many programme titles have it. */
  titleTranslations: Record<string, number>;
}

const languageName = (code: string) => `${LOCALE_NAMES[code] ?? code} (${code})`;

function missingLanguages(text: Text | undefined): string[] {
  const have = textLanguages(text);
  return WIDGET_LOCALES.filter((locale) => !have.some((lang) => sameLanguage(lang, locale)));
}

/** `YYYY-MM-DD` six calendar months before `day` (the 31st becomes the month's last day). */
function sixMonthsBefore(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 - 6, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, last));
  return target.toISOString().slice(0, 10);
}

/** The last day a schedule mentions, `YYYY-MM-DD` in Amsterdam. */
function lastDate(programme: Programme): string | undefined {
  const days: string[] = [];
  const weekly = programme.schedule?.weekly;
  if (weekly?.until) days.push(weekly.until);
  for (const session of programme.schedule?.sessions ?? []) {
    const start = parseFeedDateTime(session.start);
    if (!Number.isNaN(start.getTime())) days.push(isoDay(start));
  }
  return days.sort().at(-1);
}

/**
 * The strict warnings for a parsed feed. `raw` is the feed as read (before parsing),
 * so paths use the item's place in the file, also when invalid items were skipped.
 */
export function strictWarnings(raw: unknown, feed: Feed, now: Date): StrictReport {
  const warnings: StrictWarning[] = [];
  const rawList = (key: string): unknown[] => {
    const list = (raw as Record<string, unknown> | null)?.[key];
    return Array.isArray(list) ? list : [];
  };
  const pathOf = (key: string, id: string, fallback: number) => {
    const index = rawList(key).findIndex((item) => (item as { id?: unknown } | null)?.id === id);
    return `${key}[${index === -1 ? fallback : index}]`;
  };
  const today = isoDay(now);
  const cutoff = sixMonthsBefore(today);
  const organisations = new Map(feed.organisations.map((o) => [o.id, o]));

  const titleTranslations: Record<string, number> = Object.fromEntries(WIDGET_LOCALES.map((l) => [l, 0]));

  feed.programmes.forEach((programme, i) => {
    const base = pathOf('programmes', programme.id, i);
    const name = `"${pickText(programme.title, 'nl')?.text ?? programme.id}"`;

    const titleMissing = missingLanguages(programme.title);
    for (const locale of WIDGET_LOCALES) if (!titleMissing.includes(locale)) titleTranslations[locale] += 1;
    for (const [field, label, text] of [
      ['title', 'De titel', programme.title],
      ['summary', 'De samenvatting', programme.summary],
    ] as const) {
      if (text === undefined) continue;
      const missing = missingLanguages(text);
      if (!missing.includes('en')) continue;
      const others = missing.filter((l) => l !== 'en' && l !== 'nl');
      warnings.push({
        path: `${base}.${field}`,
        code: 'missing-translation',
        message: say(
          `${label} van ${name} is niet vertaald in het Engels (en).` +
            (others.length ? ` Ook niet in: ${others.map(languageName).join(', ')}.` : '') +
            ' Nieuwkomers die weinig Nederlands lezen, vinden het zo moeilijker.',
          `The ${field === 'title' ? 'title' : 'summary'} of ${name} is not translated into English (en).` +
            (others.length ? ` Nor into: ${others.join(', ')}.` : '') +
            ' Newcomers who read little Dutch will find it harder this way.',
        ),
      });
    }

    const schedule = programme.schedule;
    if (schedule && (schedule.sessions?.length || schedule.weekly) && isEnded(schedule, now)) {
      const last = lastDate(programme);
      const future = last !== undefined && last >= today;
      warnings.push({
        path: `${base}.schedule`,
        code: 'no-upcoming-session',
        message: future
          ? say(
              `${name} heeft geen komende bijeenkomsten: alle bijeenkomsten die nog komen, vervallen.`,
              `${name} has no upcoming sessions: all the sessions still to come are cancelled.`,
            )
          : say(
              `${name} heeft geen komende bijeenkomsten meer${last ? `: de laatste was op ${dutchDate(last)}` : ''}. ` +
                'Zet er nieuwe data in, of haal het uit de feed.',
              `${name} has no upcoming sessions any more${last ? `: the last one was on ${dutchDate(last)}` : ''}. ` +
                'Put new dates in, or take it out of the feed.',
            ),
      });
    }

    if (programme.lastChecked === undefined) {
      warnings.push({
        path: `${base}.lastChecked`,
        code: 'never-checked',
        message: say(
          `Bij ${name} staat niet wanneer het voor het laatst is gecontroleerd (lastChecked, in de spreadsheet "gecontroleerd").`,
          `${name} does not say when it was last checked (lastChecked, in the spreadsheet "gecontroleerd").`,
        ),
      });
    } else if (programme.lastChecked < cutoff) {
      warnings.push({
        path: `${base}.lastChecked`,
        code: 'stale',
        message: say(
          `${name} is voor het laatst gecontroleerd op ${dutchDate(programme.lastChecked)}, meer dan zes maanden geleden. ` +
            'Kijk of alles nog klopt en zet de datum van vandaag bij "gecontroleerd".',
          `${name} was last checked on ${dutchDate(programme.lastChecked)}, more than six months ago. ` +
            'Check that everything is still right and put today’s date under "gecontroleerd".',
        ),
      });
    }

    const registration = programme.registration;
    const organisation = programme.organisationId ? organisations.get(programme.organisationId) : undefined;
    const contact = programme.organisationId ? organisation : feed.publisher;
    const reachable =
      registration?.url ||
      registration?.email ||
      registration?.phone ||
      contact?.email ||
      contact?.phone ||
      contact?.url;
    if (!reachable) {
      warnings.push({
        path: `${base}.registration`,
        code: 'no-contact',
        message: say(
          `Bij ${name} staat niet hoe iemand contact opneemt of zich aanmeldt: geen link, e-mailadres of telefoonnummer, ` +
            `en ook niet bij ${programme.organisationId ? 'de organisatie' : 'de uitgever'}.`,
          `${name} does not say how someone gets in touch or signs up: no link, e-mail address or phone number, ` +
            `and neither does ${programme.organisationId ? 'the organisation' : 'the publisher'}.`,
        ),
      });
    }
  });

  feed.locations.forEach((location, i) => {
    const base = pathOf('locations', location.id, i);
    const name = `"${pickText(location.name, 'nl')?.text ?? location.id}"`;
    const address = location.address;
    const lacking = [
      ...(address?.street?.trim() ? [] : ['straat']),
      ...(address?.city?.trim() ? [] : ['plaats']),
    ];
    if (!address || lacking.length === 2) {
      warnings.push({
        path: `${base}.address`,
        code: 'no-address',
        message: say(
          `Locatie ${name} heeft geen adres. Bezoekers kunnen haar zo niet vinden.`,
          `Location ${name} has no address. Visitors cannot find it this way.`,
        ),
      });
    } else if (lacking.length) {
      warnings.push({
        path: `${base}.address`,
        code: 'no-address',
        message: say(
          `Bij het adres van locatie ${name} ontbreekt de ${lacking.join(' en de ')}.`,
          `The address of location ${name} is missing the ${lacking.map((l) => (l === 'straat' ? 'street' : 'city')).join(' and the ')}.`,
        ),
      });
    }
  });

  return { warnings, titleTranslations };
}
