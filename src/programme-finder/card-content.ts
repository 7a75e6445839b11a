/**
 * What a result card and the detail view show, as plain data: a pure function of (item,
 * feed, locale, now) per part, without DOM or templates. The templates (`result-list.ts`,
 * `detail-view.ts`, `filter-panel.ts`) only map it to markup. Sentences come from
 * `msg()` (Dutch source text) and `programme-text.ts`; feed text keeps its own language.
 */
import { msg, str } from '@lit/localize';
import { languageName } from '../shared/language-names.js';
import { isSafeUrl } from '../feed/read-feed.js';
import { CEFR_LEVELS, DAYS, DOMAINS, KINDS, LEARNING_TYPES, ROUTES, THEMES } from '../feed/values.js';
import type { Feed, Programme } from '../feed/schema.js';
import { pickText, sameLanguage, type PickedText } from '../feed/text.js';
import { occurrences, type PartOfDay } from '../feed/schedule.js';
import { dateTimeFormat } from '../shared/format.js';
import { dayLabel, formatLabel, kindLabel } from '../shared/labels.js';
import { FORMAT_VALUES, FREE, type Facet, type IndexedProgramme } from './search-index.js';
import {
  cancelledText,
  capacityState,
  capacityText,
  costText,
  distanceText,
  levelRangeText,
  listOf,
  locationName,
  ltr,
  meetingTime,
  nextMeetingText,
  noDatesText,
  organisationName,
  type CapacityState,
} from './programme-text.js';
import { useMessages } from '../localization/localization.js';

// These words are in this widget's translation chunk of each locale.
useMessages('finder');

const PARTS: readonly PartOfDay[] = ['morning', 'afternoon', 'evening'];
const DAY_MS = 86_400_000;
/** Meetings listed in the detail view before "more dates". */
export const SESSIONS_SHOWN = 8;

/** A line of text: UI text (no `lang`) or feed text in its own language. */
export interface TextLine {
  text: string;
  lang?: string;
}

/** Text the feed has only in Dutch, shown in a UI that is not Dutch. */
export function isDutchOnly(text: PickedText, locale: string): boolean {
  return !sameLanguage(locale, 'nl') && sameLanguage(text.lang, 'nl');
}

/** "Deze activiteit is voorbij." */
export function endedText(): string {
  return msg('Deze activiteit is voorbij.', {
    id: 'finder.when.ended',
    desc: 'On a result card: the programme has ended.',
  });
}

/** The card's line about when: the next meeting, the schedule's note, or why there is none. */
export function cardWhen(item: IndexedProgramme, now: Date, locale: string): TextLine {
  if (item.next) return { text: nextMeetingText(item.next, now, locale) };
  if (item.ended) return { text: endedText() };
  const note = pickText(item.programme.schedule?.note, locale);
  if (note) return note;
  return { text: noDatesText() };
}

export interface CostView {
  text: string;
  free: boolean;
}

export interface CapacityView {
  state: CapacityState;
  text: string;
}

function capacityView(programme: Programme, locale: string): CapacityView | undefined {
  const state = capacityState(programme);
  const text = capacityText(programme, locale);
  return state && text ? { state, text } : undefined;
}

/** What one result card shows. */
export interface CardView {
  id: string;
  title: PickedText;
  cost: CostView;
  /** The organiser (or the publisher). */
  organisation?: PickedText;
  kind: string;
  summary?: PickedText;
  /** Title or summary only in Dutch in another UI language: the card says so. */
  dutchOnly: boolean;
  when: TextLine;
  /** The next cancelled meeting. */
  cancelled?: string;
  places: PickedText[];
  /** "1,2 km", when sorted by distance. */
  distance?: string;
  /** "Online", for an online programme without places. */
  online?: string;
  /** It works on one of the visitor's learning goals. */
  goalMatch: boolean;
  capacity?: CapacityView;
  /** "Hulp in: Arabisch en Engels". */
  languages?: string;
  ended: boolean;
}

export interface CardOptions {
  feed: Feed;
  locale: string;
  /** The moment the index measured schedules from. */
  now: Date;
  /** Kilometres from the visitor, when known. */
  distance?: number;
  goalMatch?: boolean;
}

export function cardView(item: IndexedProgramme, options: CardOptions): CardView {
  const { feed, locale, now, distance } = options;
  const p = item.programme;
  const summary = pickText(p.summary, locale);
  const places = item.facets.location
    .map((id) => locationName(feed, id, locale))
    .filter(Boolean) as PickedText[];
  return {
    id: p.id,
    title: item.title,
    cost: { text: costText(p.cost, locale), free: p.cost.free },
    organisation: organisationName(feed, item.facets.organisation[0], locale),
    kind: kindLabel(p.kind),
    summary,
    dutchOnly: isDutchOnly(item.title, locale) || Boolean(summary && isDutchOnly(summary, locale)),
    when: cardWhen(item, now, locale),
    cancelled: item.nextCancelled ? cancelledText(item.nextCancelled, locale) : undefined,
    places,
    distance:
      distance !== undefined && Number.isFinite(distance) ? distanceText(distance, locale) : undefined,
    online: !places.length && p.format === 'online' ? formatLabel('online') : undefined,
    goalMatch: options.goalMatch ?? false,
    capacity: capacityView(p, locale),
    languages: item.facets.language.length
      ? msg(
          str`Hulp in: ${listOf(
            item.facets.language.map((code) => languageName(code, locale)),
            locale,
          )}`,
          {
            id: 'finder.badge.languages',
            desc: 'Badge on a result card: languages in which someone helps. The placeholder is a list of language names.',
          },
        )
      : undefined,
    ended: item.ended,
  };
}

/** The head of the detail view: who organises it, and its badges. */
export interface DetailHeadView {
  title: PickedText;
  organisation?: PickedText;
  kind: string;
  cost: CostView;
  format: string;
  /** "A1 – B2". */
  level?: string;
  capacity?: CapacityView;
  summary?: PickedText;
  description?: PickedText;
  audience?: PickedText;
  /** Title, summary or description only in Dutch in another UI language. */
  dutchOnly: boolean;
}

export function detailHeadView(item: IndexedProgramme, feed: Feed, locale: string): DetailHeadView {
  const p = item.programme;
  const summary = pickText(p.summary, locale);
  const description = pickText(p.description, locale);
  return {
    title: item.title,
    organisation: organisationName(feed, item.facets.organisation[0], locale),
    kind: kindLabel(p.kind),
    cost: { text: costText(p.cost, locale), free: p.cost.free },
    format: formatLabel(p.format),
    level: levelRangeText(p),
    capacity: capacityView(p, locale),
    summary,
    description,
    audience: pickText(p.audience, locale),
    dutchOnly: [item.title, summary, description].some((t) => t && isDutchOnly(t, locale)),
  };
}

/** "Elke donderdag, 14:00 – 16:00": a weekly meeting. */
export function weeklyText(
  weekly: NonNullable<NonNullable<Programme['schedule']>['weekly']>,
  locale: string,
): string {
  const days = listOf(
    DAYS.filter((d) => weekly.days.includes(d)).map((d) => dayLabel(d, locale)),
    locale,
  );
  const time = (hhmm: string) => {
    const [h, m] = hhmm.split(':').map(Number);
    return dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(
      Date.UTC(2026, 0, 5, h, m),
    );
  };
  const from = time(weekly.start);
  const to = time(weekly.end);
  return msg(str`Elke ${days}, ${from} – ${to}`, {
    id: 'finder.detail.weekly',
    desc: 'Detail view: a weekly meeting. Placeholders: weekday name(s), start time, end time.',
  });
}

/** One meeting in the detail view. */
export interface SessionView {
  text: string;
  cancelled: boolean;
  /** The place, when it is not the programme's only location. */
  place?: PickedText;
}

/** The detail view's "when": the weekly rule, the schedule's note and the meetings to come. */
export interface WhenView {
  weekly?: string;
  note?: PickedText;
  sessions: SessionView[];
  /** Why no meetings are listed. */
  none: string;
  /** More meetings than shown (or all shown): offer the toggle. */
  toggle: boolean;
  /** There is a meeting to put in a calendar. */
  calendar: boolean;
}

export function whenView(
  item: IndexedProgramme,
  feed: Feed,
  options: { now: Date; locale: string; all: boolean },
): WhenView {
  const { now, locale } = options;
  const schedule = item.programme.schedule;
  // Every dated session still to come, and the weekly meetings of the coming year.
  const all = schedule
    ? occurrences(schedule, {
        from: now,
        to: new Date(now.getTime() + 366 * DAY_MS),
        limit: Math.max(SESSIONS_SHOWN, schedule.sessions?.length ?? 0) + 1,
      })
    : [];
  const list = options.all ? all : all.slice(0, SESSIONS_SHOWN);
  const onlyPlace = item.facets.location.length === 1 ? item.facets.location[0] : undefined;
  return {
    weekly: schedule?.weekly ? weeklyText(schedule.weekly, locale) : undefined,
    note: pickText(schedule?.note, locale),
    sessions: list.map((occ) => ({
      text: meetingTime(occ, locale),
      cancelled: occ.status === 'cancelled',
      place:
        occ.locationId && occ.locationId !== onlyPlace
          ? locationName(feed, occ.locationId, locale)
          : undefined,
    })),
    none: item.ended ? endedText() : noDatesText(),
    toggle: all.length > list.length || options.all,
    calendar: Boolean(item.next),
  };
}

/** One location in the detail view. */
export interface PlaceView {
  name?: PickedText;
  address?: { street?: string; city: string };
  /** OpenStreetMap at the location's coordinates. */
  map?: string;
  accessibility?: PickedText;
  /** The location's own website. */
  url?: string;
}

/** The detail view's "where": online or not, and each location. */
export interface WhereView {
  /** "Online" or "Op locatie en online", unless it only meets in person. */
  format?: string;
  places: PlaceView[];
}

export function whereView(item: IndexedProgramme, feed: Feed, locale: string): WhereView {
  const p = item.programme;
  const locations = item.facets.location
    .map((id) => feed.locations.find((l) => l.id === id))
    .filter((l) => l !== undefined);
  return {
    format: p.format !== 'in-person' ? formatLabel(p.format) : undefined,
    places: locations.map((location) => {
      const address = location.address;
      const geo = location.geo;
      const map = geo
        ? `https://www.openstreetmap.org/?mlat=${geo.lat}&mlon=${geo.lon}#map=17/${geo.lat}/${geo.lon}`
        : undefined;
      return {
        name: pickText(location.name, locale),
        address: address
          ? {
              street: address.street || undefined,
              city: [address.postalCode, address.city].filter(Boolean).join(' '),
            }
          : undefined,
        map: map && isSafeUrl(map) ? map : undefined,
        accessibility: pickText(location.accessibility, locale),
        url: location.url && isSafeUrl(location.url) ? location.url : undefined,
      };
    }),
  };
}

/** A contact link: where it goes and what it says. */
export interface LinkView {
  href: string;
  text: string;
}

/** How to sign up: whether it is needed, and the organiser's website, phone and e-mail. */
export interface ContactView {
  /** Undefined when the feed says nothing about signing up. */
  required?: boolean;
  note?: PickedText;
  website?: LinkView;
  phone?: LinkView;
  email?: LinkView;
}

export function contactView(programme: Programme, feed: Feed, locale: string): ContactView {
  const registration = programme.registration;
  const organisation = programme.organisationId
    ? feed.organisations.find((o) => o.id === programme.organisationId)
    : undefined;
  const contact = registration ?? {
    url: organisation?.url,
    email: organisation?.email,
    phone: organisation?.phone,
  };
  const url =
    contact.url && isSafeUrl(contact.url) && /^https?:/i.test(contact.url) ? contact.url : undefined;
  const email = contact.email && isSafeUrl(`mailto:${contact.email}`) ? contact.email : undefined;
  const phone = contact.phone ? contact.phone.replace(/[^\d+]/g, '') : '';
  return {
    required: registration ? Boolean(registration.required) : undefined,
    note: pickText(registration?.note, locale),
    website: url
      ? {
          href: url,
          text: registration?.required
            ? msg('Aanmelden op de website', {
                id: 'finder.detail.signup-url',
                desc: 'Link to the sign-up page.',
              })
            : msg('Meer informatie op de website', {
                id: 'finder.detail.info-url',
                desc: "Link to the organiser's website.",
              }),
        }
      : undefined,
    phone:
      phone && isSafeUrl(`tel:${phone}`)
        ? {
            href: `tel:${phone}`,
            text: msg(str`Bel ${ltr(contact.phone!)}`, {
              id: 'finder.detail.phone',
              desc: 'Link that calls the organiser. The placeholder is the phone number.',
            }),
          }
        : undefined,
    email: email
      ? {
          href: `mailto:${email}`,
          text: msg(str`Mail naar ${ltr(email)}`, {
            id: 'finder.detail.email',
            desc: 'Link that writes an e-mail to the organiser. The placeholder is the e-mail address.',
          }),
        }
      : undefined,
  };
}

let collator: { locale: string; collator: Intl.Collator } | undefined;

/**
 * The values of a filter in the order the panel shows them: the fixed order of the
 * schema's lists, the visitor's own language first (then the most offered), places and
 * organisations by name. `nameOf` gives a value's shown name.
 */
export function orderedValues(
  facet: Facet,
  counts: ReadonlyMap<string, number>,
  locale: string,
  nameOf: (value: string) => string,
): string[] {
  const present = [...counts.keys()];
  const inOrder = (order: readonly string[]) => order.filter((value) => counts.has(value));
  if (collator?.locale !== locale) {
    collator = { locale, collator: new Intl.Collator(locale, { sensitivity: 'base' }) };
  }
  const compare = collator.collator.compare;
  const byName = (values: string[]) => values.sort((a, b) => compare(nameOf(a), nameOf(b)));
  switch (facet) {
    case 'free':
      return inOrder([FREE]);
    case 'domain':
      return inOrder(DOMAINS);
    case 'day':
      return inOrder(DAYS);
    case 'part':
      return inOrder(PARTS);
    case 'kind':
      return inOrder(KINDS);
    case 'format':
      return inOrder(FORMAT_VALUES);
    case 'level':
      return inOrder(CEFR_LEVELS);
    case 'theme':
      return inOrder(THEMES);
    case 'route':
      return inOrder(ROUTES);
    case 'learning':
      return inOrder(LEARNING_TYPES);
    case 'language': {
      // The visitor's own language first, then the most offered.
      const mine = (value: string) => (sameLanguage(value, locale) && !sameLanguage(locale, 'nl') ? 0 : 1);
      return byName(present).sort((a, b) => mine(a) - mine(b) || counts.get(b)! - counts.get(a)!);
    }
    case 'location':
    case 'organisation':
      return byName(present);
  }
}

/** "Je moet je aanmelden." or "Je hoeft je niet aan te melden..."; undefined when the feed says nothing. */
export function signUpText(required: boolean | undefined): string | undefined {
  if (required === undefined) return undefined;
  return required
    ? msg('Je moet je aanmelden.', {
        id: 'finder.detail.signup-required',
        desc: 'Detail view: signing up is needed.',
      })
    : msg('Je hoeft je niet aan te melden. Je kunt gewoon komen.', {
        id: 'finder.detail.signup-not-required',
        desc: 'Detail view: no need to sign up, just come.',
      });
}

/** The publisher's own contact, for the take-along card. */
export interface PublisherContactView {
  name?: PickedText;
  phone?: string;
  email?: string;
  url?: string;
}

/** What the take-along card shows besides the detail view's parts. */
export interface TakeAlongView {
  /** The title in Dutch, when the UI is not Dutch and the feed has a Dutch title. */
  dutchTitle?: PickedText;
  publisher?: PublisherContactView;
}

export function takeAlongView(programme: Programme, feed: Feed, locale: string): TakeAlongView {
  const nl = pickText(programme.title, 'nl');
  const publisher = feed.publisher;
  const phone = publisher?.phone?.replace(/[^\d+ ()-]/g, '').trim();
  return {
    dutchTitle: nl && sameLanguage(nl.lang, 'nl') && !sameLanguage(locale, 'nl') ? nl : undefined,
    publisher: publisher
      ? {
          name: pickText(publisher.name, locale),
          phone: phone || undefined,
          email: publisher.email && isSafeUrl(`mailto:${publisher.email}`) ? publisher.email : undefined,
          url:
            publisher.url && isSafeUrl(publisher.url) && /^https?:/i.test(publisher.url)
              ? publisher.url
              : undefined,
        }
      : undefined,
  };
}

/**
 * The link the take-along card's QR code opens: the finder's deep link when the page keeps
 * its state in the URL, else the programme's own sign-up or info page, else the page.
 */
export function takeAlongLink(options: { deepLink?: string; contact: ContactView; pageUrl: string }): string {
  return options.deepLink ?? options.contact.website?.href ?? options.pageUrl;
}
