/**
 * What the read-aloud control says: the sentences of a result card or of the detail view,
 * built from the same plain data the templates show (`cardView()`, `detailHeadView()`,
 * `whenView()`, `whereView()`, `contactView()`), so what is read is what is on the screen.
 * Pure: no DOM, no speech. Each part carries its language, so a Dutch place name inside
 * an Arabic sentence is read by a Dutch voice (`controllers/speech-controller.ts`).
 */
import { msg, str } from '@lit/localize';
import type { PickedText } from '../feed/text.js';
import type { SpokenPart } from '../controllers/speech-controller.js';
import type { CardView, ContactView, DetailHeadView, TextLine, WhenView, WhereView } from './card-content.js';
import { useMessages } from '../localization/localization.js';

useMessages('finder');

/** Stands for the feed text inside a translated sentence, so the sentence can be cut around it. */
const SLOT = '\uE000';

function ui(text: string | undefined, locale: string): SpokenPart[] {
  return text && text.trim() ? [{ text: text.trim(), lang: locale }] : [];
}

function own(text: PickedText | TextLine | undefined, locale: string): SpokenPart[] {
  if (!text || !text.text.trim()) return [];
  return [{ text: text.text.trim(), lang: text.lang ?? locale }];
}

/**
 * A translated sentence around feed text ("Waar: Bibliotheek Zutphen"), cut into the UI
 * language's words and the feed text in its own language.
 */
function around(sentence: (slot: string) => string, content: SpokenPart[], locale: string): SpokenPart[] {
  if (!content.length) return [];
  const [before, after = ''] = sentence(SLOT).split(SLOT);
  return [...ui(before, locale), ...content, ...ui(after, locale)];
}

function whereSentence(places: SpokenPart[], locale: string): SpokenPart[] {
  return around(
    (place) =>
      msg(str`Waar: ${place}`, {
        id: 'finder.speak.where',
        desc: 'Read aloud: where a programme is. The placeholder is the name of the place (and its address), read in its own language.',
      }),
    places,
    locale,
  );
}

/** Joins neighbouring parts in the same language into one sentence each (fewer pauses). */
function merge(parts: SpokenPart[]): SpokenPart[] {
  const out: SpokenPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && last.lang === part.lang) {
      const end = /[.!?።؟…:]$/u.test(last.text) ? ' ' : '. ';
      last.text = `${last.text}${end}${part.text}`;
    } else out.push({ ...part });
  }
  return out;
}

/** What a result card's read-aloud control says: title, summary, when, cost, where, places left, help. */
export function spokenCard(card: CardView, locale: string): SpokenPart[] {
  const places = card.places.flatMap((place) => own(place, locale));
  return merge([
    ...own(card.title, locale),
    ...(card.organisation
      ? [...ui(card.kind, locale), ...own(card.organisation, locale)]
      : ui(card.kind, locale)),
    ...own(card.summary, locale),
    ...own(card.when, locale),
    ...ui(card.cancelled, locale),
    ...ui(card.cost.text, locale),
    ...(places.length ? whereSentence(places, locale) : ui(card.online, locale)),
    ...ui(card.distance, locale),
    ...ui(card.capacity?.text, locale),
    ...ui(card.languages, locale),
  ]);
}

export interface SpokenDetail {
  head: DetailHeadView;
  when: WhenView;
  where: WhereView;
  contact: ContactView;
  /** "Je moet je aanmelden." or "Je hoeft je niet aan te melden...", as the view shows it. */
  signUp?: string;
}

/** What the detail view's read-aloud control says: the card's facts and how to sign up. */
export function spokenDetail(detail: SpokenDetail, locale: string): SpokenPart[] {
  const { head, when, where, contact } = detail;
  const firstSession = when.sessions.find((s) => !s.cancelled);
  const places = where.places.flatMap((place) => [
    ...own(place.name, locale),
    ...(place.address
      ? [{ text: [place.address.street, place.address.city].filter(Boolean).join(', '), lang: 'nl' }]
      : []),
  ]);
  return merge([
    ...own(head.title, locale),
    ...(head.organisation
      ? [...ui(head.kind, locale), ...own(head.organisation, locale)]
      : ui(head.kind, locale)),
    ...own(head.summary, locale),
    ...ui(when.weekly, locale),
    ...own(when.note, locale),
    ...(firstSession ? ui(firstSession.text, locale) : when.weekly || when.note ? [] : ui(when.none, locale)),
    ...ui(head.cost.text, locale),
    ...ui(where.format, locale),
    ...(places.length ? whereSentence(places, locale) : []),
    ...ui(detail.signUp, locale),
    ...own(contact.note, locale),
    ...ui(contact.phone?.text, locale),
  ]);
}
