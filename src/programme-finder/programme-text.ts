/**
 * The finder's texts about programmes and filters, in the UI language: names of the
 * filters and their values, counts, the next meeting, cost and places. Every sentence
 * is one `msg()` (Dutch source text); dates, numbers and lists through `Intl` in the
 * UI locale and Europe/Amsterdam time.
 */
import { languageName } from '../shared/language-names.js';
import { msg, str } from '@lit/localize';
import type {
  Cefr,
  Cost,
  Day,
  Domain,
  Feed,
  Format,
  Kind,
  LearningType,
  Programme,
  Route,
  Theme,
} from '../feed/schema.js';
import { pickText, type PickedText } from '../feed/text.js';
import type { Occurrence, PartOfDay } from '../feed/schedule.js';
import {
  dateTimeFormat,
  formatNumber,
  formatList,
  formatIsolatedList,
  plural,
  capitalise,
  withoutBidiControls,
} from '../shared/format.js';
import {
  dayLabel,
  domainLabel,
  formatLabel,
  kindLabel,
  learningLabel,
  levelName,
  partOfDayLabel,
  routeLabel,
  themeLabel,
} from '../shared/labels.js';
import { FREE, PUBLISHER, type Facet } from './search-index.js';
import { useMessages } from '../localization/localization.js';

// These words are in this widget's translation chunk of each locale.
useMessages('finder');

/**
 * Wraps a value that must read left to right (a phone number, an e-mail address) in Unicode
 * isolates. Bidi controls in the value go: a stray U+2069 would end the isolate early.
 */
export function ltr(value: string): string {
  return `\u2066${withoutBidiControls(value)}\u2069`;
}

/** "12 activiteiten", with the plural of the locale. */
export function countText(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  return plural(count, locale, {
    one: () =>
      msg(str`${n} activiteit`, { id: 'finder.count.one', desc: 'Number of programmes found, singular.' }),
    two: () =>
      msg(str`${n} activiteiten`, {
        id: 'finder.count.two',
        desc: 'As "finder.count.other", for exactly two: a form of its own in Arabic (dual). Other languages: the same as the plural.',
      }),
    few: () =>
      msg(str`${n} activiteiten`, {
        id: 'finder.count.few',
        desc: 'As "finder.count.other", for a few: Polish and Ukrainian 2-4 (22-24...), Arabic 3-10. Other languages: the same as the plural.',
      }),
    many: () =>
      msg(str`${n} activiteiten`, {
        id: 'finder.count.many',
        desc: 'As "finder.count.other", for many: Polish and Ukrainian 5-20 (25-30...), Arabic 11-99. Other languages: the same as the plural.',
      }),
    other: () =>
      msg(str`${n} activiteiten`, { id: 'finder.count.other', desc: 'Number of programmes found, plural.' }),
  });
}

/** The sentence a screen reader hears when the number of results changed. */
export function resultsAnnouncement(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  if (count === 0) {
    return msg('Geen activiteiten gevonden.', {
      id: 'finder.announce.none',
      desc: 'Screen-reader announcement: the search and filters found nothing.',
    });
  }
  return plural(count, locale, {
    one: () =>
      msg(str`${n} activiteit gevonden.`, {
        id: 'finder.announce.one',
        desc: 'Screen-reader announcement of the number of results, singular.',
      }),
    two: () =>
      msg(str`${n} activiteiten gevonden.`, {
        id: 'finder.announce.two',
        desc: 'As "finder.announce.other", for exactly two: a form of its own in Arabic (dual). Other languages: the same as the plural.',
      }),
    few: () =>
      msg(str`${n} activiteiten gevonden.`, {
        id: 'finder.announce.few',
        desc: 'As "finder.announce.other", for a few: Polish and Ukrainian 2-4 (22-24...), Arabic 3-10. Other languages: the same as the plural.',
      }),
    many: () =>
      msg(str`${n} activiteiten gevonden.`, {
        id: 'finder.announce.many',
        desc: 'As "finder.announce.other", for many: Polish and Ukrainian 5-20 (25-30...), Arabic 11-99. Other languages: the same as the plural.',
      }),
    other: () =>
      msg(str`${n} activiteiten gevonden.`, {
        id: 'finder.announce.other',
        desc: 'Screen-reader announcement of the number of results, plural.',
      }),
  });
}

/** The legend of a filter group. */
export function facetName(facet: Facet): string {
  switch (facet) {
    case 'free':
      return msg('Kosten', {
        id: 'finder.facet.free',
        desc: 'Filter group heading: cost (with the option "free only").',
      });
    case 'domain':
      return msg('Onderwerp', {
        id: 'finder.facet.domain',
        desc: 'Filter group heading: what you learn about (work, health, digital skills...).',
      });
    case 'day':
      return msg('Dag', { id: 'finder.facet.day', desc: 'Filter group heading: day of the week.' });
    case 'part':
      return msg('Tijd van de dag', {
        id: 'finder.facet.part',
        desc: 'Filter group heading: part of the day (morning, afternoon, evening).',
      });
    case 'kind':
      return msg('Soort activiteit', {
        id: 'finder.facet.kind',
        desc: 'Filter group heading: kind of programme (course, language café, coaching...).',
      });
    case 'format':
      return msg('Op locatie of online', {
        id: 'finder.facet.format',
        desc: 'Filter group heading: whether you go somewhere or join online.',
      });
    case 'level':
      return msg('Niveau Nederlands', {
        id: 'finder.facet.level',
        desc: 'Filter group heading: level of Dutch (CEFR A0 to C1).',
      });
    case 'language':
      return msg('Hulp in je eigen taal', {
        id: 'finder.facet.language',
        desc: 'Filter group heading: languages in which someone can help you (support languages).',
      });
    case 'location':
      return msg('Locatie', {
        id: 'finder.facet.location',
        desc: 'Filter group heading: the place where it happens.',
      });
    case 'organisation':
      return msg('Organisatie', {
        id: 'finder.facet.organisation',
        desc: 'Filter group heading: who organises it (library, VluchtelingenWerk, a language school...).',
      });
    case 'theme':
      return msg('Thema', {
        id: 'finder.facet.theme',
        desc: 'Filter group heading: the themes of social guidance (housing, money and paperwork, health...).',
      });
    case 'route':
      return msg('Inburgeringsroute', {
        id: 'finder.facet.route',
        desc: 'Filter group heading: the learning route of civic integration (B1, education, Z).',
      });
    case 'learning':
      return msg('Manier van leren', {
        id: 'finder.facet.learning',
        desc: 'Filter group heading: formal, non-formal or informal learning.',
      });
  }
}

/** The "free only" option. */
export function freeOnlyLabel(): string {
  return msg('Alleen gratis', {
    id: 'finder.free-only',
    desc: 'Filter option: show only programmes that cost nothing.',
  });
}

/** What the feed calls an organisation (or the publisher, for programmes without one). */
export function organisationName(feed: Feed, id: string | undefined, locale: string): PickedText | undefined {
  if (!id || id === PUBLISHER) return pickText(feed.publisher?.name, locale);
  const organisation = feed.organisations.find((o) => o.id === id);
  return organisation ? pickText(organisation.name, locale) : pickText(feed.publisher?.name, locale);
}

export function locationName(feed: Feed, id: string, locale: string): PickedText | undefined {
  return pickText(feed.locations.find((l) => l.id === id)?.name, locale);
}

/** The name of one filter value, as a chip or option shows it. */
export function valueLabel(facet: Facet, value: string, feed: Feed, locale: string): PickedText {
  const ui = (text: string): PickedText => ({ text, lang: locale });
  switch (facet) {
    case 'free':
      return ui(value === FREE ? freeOnlyLabel() : value);
    case 'domain':
      return ui(domainLabel(value as Domain));
    case 'day':
      return ui(capitalise(dayLabel(value as Day, locale), locale));
    case 'part':
      return ui(partOfDayLabel(value as PartOfDay));
    case 'kind':
      return ui(kindLabel(value as Kind));
    case 'format':
      return ui(formatLabel(value as Format));
    case 'level':
      return ui(`${value} ${levelName(value as Cefr)}`);
    case 'language':
      return ui(languageName(value, locale));
    case 'location':
      return locationName(feed, value, locale) ?? ui(value);
    case 'organisation':
      return organisationName(feed, value, locale) ?? ui(value);
    case 'theme':
      return ui(themeLabel(value as Theme));
    case 'route':
      return ui(routeLabel(value as Route));
    case 'learning':
      return ui(learningLabel(value as LearningType));
  }
}

/**
 * Several values of one filter as "maandag of dinsdag", for a sentence. Names of places and
 * organisations come from the feed: their bidi controls go, so they cannot turn the sentence around.
 */
export function alternatives(labels: string[], locale: string): string {
  // Each name its own isolate: a list of Dutch place names must not come out reordered in Arabic.
  return formatIsolatedList(labels, locale, 'disjunction');
}

/** Several things as "Arabisch, Tigrinya en Somalisch". */
export function listOf(labels: string[], locale: string): string {
  return formatList(labels, locale);
}

const DATE_TIME: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
};

/**
 * Formatted meeting times per occurrence and locale. Formatting a date range is one of the
 * slowest steps of showing a result card, and the same cards come back at every keystroke;
 * the index keeps each occurrence object for as long as the feed is shown.
 */
const meetingTimes = new WeakMap<Occurrence, Map<string, string>>();

/**
 * Creates the Intl formats the first result cards use: the first date format, number format,
 * list format and language names of a locale load its data (up to 40 ms each on a fast
 * machine). SearchController asks for them while the feed downloads.
 */
export function prepareLocaleData(locale: string): void {
  dateTimeFormat(locale, DATE_TIME).format(0);
  formatNumber(1, locale);
  formatList(['a', 'b'], locale);
  languageName('ar', locale);
}

/** "donderdag 3 december 14:00–16:00": a meeting's date and time, Amsterdam time. */
export function meetingTime(occ: Occurrence, locale: string): string {
  let byLocale = meetingTimes.get(occ);
  if (!byLocale) meetingTimes.set(occ, (byLocale = new Map()));
  let text = byLocale.get(locale);
  if (text === undefined) {
    const format = dateTimeFormat(locale, DATE_TIME);
    try {
      text = occ.end ? format.formatRange(occ.start, occ.end) : format.format(occ.start);
    } catch {
      text = format.format(occ.start);
    }
    byLocale.set(locale, text);
  }
  return text;
}

/** "3 december 2026": a date in the locale, Amsterdam time. */
export function longDate(date: Date, locale: string): string {
  return dateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "14:00": a time in the locale, Amsterdam time. */
export function clockTime(date: Date, locale: string): string {
  return dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
}

/** The card's line about when it meets next. */
export function nextMeetingText(occ: Occurrence, now: Date, locale: string): string {
  if (occ.end && occ.start <= now && now < occ.end) {
    const until = clockTime(occ.end, locale);
    return msg(str`Nu bezig, tot ${until}`, {
      id: 'finder.next.running',
      desc: 'On a result card: the programme is happening right now. The placeholder is the end time.',
    });
  }
  const when = meetingTime(occ, locale);
  return msg(str`Volgende keer: ${when}`, {
    id: 'finder.next',
    desc: 'On a result card: when the programme meets next. The placeholder is a date and time, e.g. "Thursday 3 December 14:00–16:00".',
  });
}

export function noDatesText(): string {
  return msg('Geen vaste data. Kijk bij de details.', {
    id: 'finder.next.none',
    desc: 'On a result card: the programme has no fixed dates (on request, or self-study).',
  });
}

export function cancelledText(occ: Occurrence, locale: string): string {
  const when = meetingTime(occ, locale);
  return msg(str`Gaat niet door: ${when}`, {
    id: 'finder.cancelled',
    desc: 'A meeting that was cancelled. The placeholder is its date and time.',
  });
}

/** "Gratis", "€ 25", or "Niet gratis" when the feed gives no amount. */
export function costText(cost: Cost, locale: string): string {
  if (cost.free)
    return msg('Gratis', { id: 'finder.cost.free', desc: 'Badge: the programme costs nothing.' });
  if (cost.amount !== undefined) {
    return formatNumber(cost.amount, locale, {
      style: 'currency',
      currency: cost.currency ?? 'EUR',
      minimumFractionDigits: Number.isInteger(cost.amount) ? 0 : 2,
    });
  }
  return msg('Niet gratis', {
    id: 'finder.cost.paid',
    desc: 'Badge: the programme costs money; the amount is not given.',
  });
}

export type CapacityState = 'places' | 'full' | 'waiting-list';

/** How full a programme is, or undefined when the feed does not say. */
export function capacityState(programme: Programme): CapacityState | undefined {
  const capacity = programme.capacity;
  if (capacity?.remaining === undefined) return undefined;
  if (capacity.remaining > 0) return 'places';
  return capacity.waitingList ? 'waiting-list' : 'full';
}

export function capacityText(programme: Programme, locale: string): string | undefined {
  const state = capacityState(programme);
  if (!state) return undefined;
  if (state === 'full')
    return msg('Vol', { id: 'finder.capacity.full', desc: 'Badge: no places left, no waiting list.' });
  if (state === 'waiting-list') {
    return msg('Vol, wel een wachtlijst', {
      id: 'finder.capacity.waiting-list',
      desc: 'Badge: no places left, but you can join the waiting list.',
    });
  }
  const remaining = programme.capacity!.remaining!;
  const n = formatNumber(remaining, locale);
  return plural(remaining, locale, {
    one: () =>
      msg(str`Nog ${n} plek vrij`, { id: 'finder.capacity.one', desc: 'Badge: places left, singular.' }),
    two: () =>
      msg(str`Nog ${n} plekken vrij`, {
        id: 'finder.capacity.two',
        desc: 'As "finder.capacity.other", for exactly two: a form of its own in Arabic (dual). Other languages: the same as the plural.',
      }),
    few: () =>
      msg(str`Nog ${n} plekken vrij`, {
        id: 'finder.capacity.few',
        desc: 'As "finder.capacity.other", for a few: Polish and Ukrainian 2-4 (22-24...), Arabic 3-10. Other languages: the same as the plural.',
      }),
    many: () =>
      msg(str`Nog ${n} plekken vrij`, {
        id: 'finder.capacity.many',
        desc: 'As "finder.capacity.other", for many: Polish and Ukrainian 5-20 (25-30...), Arabic 11-99. Other languages: the same as the plural.',
      }),
    other: () =>
      msg(str`Nog ${n} plekken vrij`, { id: 'finder.capacity.other', desc: 'Badge: places left, plural.' }),
  });
}

/** "A1 – B2", "A2", or undefined. */
export function levelRangeText(programme: Programme): string | undefined {
  const { min, max } = programme.level ?? {};
  if (!min && !max) return undefined;
  if (min && max) return min === max ? min : `${min} – ${max}`;
  return min ? `${min} +` : `– ${max}`;
}

/** Kilometres, "1,2 km". */
export function distanceText(km: number, locale: string): string {
  return formatNumber(km, locale, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: km < 10 ? 1 : 0,
  });
}
