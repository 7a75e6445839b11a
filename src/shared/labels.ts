/**
 * Names of the feed's enumerated values in the UI language, and plain explanations
 * where a newcomer needs one (levels, routes, learning types). Functions, not
 * constants, so `msg()` runs in the active locale on every render.
 *
 * Weekday and language names come from `Intl` in the UI locale, which knows all
 * our languages; everything else is a `msg()` with Dutch source text.
 */
import { msg, str } from '@lit/localize';
import type { Cefr, Day, Domain, Format, Kind, LearningType, Route, Theme } from '../feed/schema.js';
import type { ORGANISATION_KINDS } from '../feed/schema.js';
import type { PartOfDay } from '../feed/schedule.js';
import { dateTimeFormat } from './format.js';

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export function domainLabel(domain: Domain): string {
  switch (domain) {
    case 'work-education':
      return msg('Werk en opleiding', {
        id: 'domain.work-education',
        desc: 'Learning-goal domain (Werk & Opleiding).',
      });
    case 'integration-naturalisation':
      return msg('Inburgering en naturalisatie', {
        id: 'domain.integration-naturalisation',
        desc: 'Learning-goal domain (Inburgering & Naturalisatie).',
      });
    case 'parenting':
      return msg('Opvoeding', { id: 'domain.parenting', desc: 'Learning-goal domain (Opvoeding).' });
    case 'health-exercise':
      return msg('Gezondheid en bewegen', {
        id: 'domain.health-exercise',
        desc: 'Learning-goal domain (Gezondheid & Beweging).',
      });
    case 'arranging-matters':
      return msg('Zaken regelen', {
        id: 'domain.arranging-matters',
        desc: 'Learning-goal domain (Zaken regelen): forms, bills, appointments.',
      });
    case 'leisure-social':
      return msg('Vrije tijd en mensen ontmoeten', {
        id: 'domain.leisure-social',
        desc: 'Learning-goal domain (Vrije tijd & Sociale activiteiten).',
      });
    case 'digital-skills':
      return msg('Computer en telefoon', {
        id: 'domain.digital-skills',
        desc: 'Learning-goal domain (Digitale vaardigheden).',
      });
    case 'numeracy':
      return msg('Rekenen', {
        id: 'domain.numeracy',
        desc: 'Learning-goal domain (Rekenen): everyday numbers and money.',
      });
  }
}

export function kindLabel(kind: Kind): string {
  switch (kind) {
    case 'course':
      return msg('Cursus', { id: 'kind.course', desc: 'Kind of programme: a course with lessons.' });
    case 'language-cafe':
      return msg('Taalcafé', {
        id: 'kind.language-cafe',
        desc: 'Kind of programme: informal conversation practice (taalcafé).',
      });
    case 'coaching':
      return msg('Taalmaatje', {
        id: 'kind.coaching',
        desc: 'Kind of programme: one-to-one practice with a volunteer (taalcoach, taalmaatje).',
      });
    case 'drop-in':
      return msg('Inloopspreekuur', {
        id: 'kind.drop-in',
        desc: 'Kind of programme: walk in without appointment (inloopspreekuur).',
      });
    case 'workshop':
      return msg('Workshop', {
        id: 'kind.workshop',
        desc: 'Kind of programme: one or a few practical meetings.',
      });
    case 'reading-at-home':
      return msg('Voorlezen thuis', {
        id: 'kind.reading-at-home',
        desc: 'Kind of programme: a volunteer reads with the family at home (VoorleesExpress).',
      });
    case 'self-study':
      return msg('Zelf leren', {
        id: 'kind.self-study',
        desc: 'Kind of programme: self-study, e.g. online exercises.',
      });
  }
}

/** The seven themes of social guidance (maatschappelijke begeleiding). */
export function themeLabel(theme: Theme): string {
  switch (theme) {
    case 'housing':
      return msg('Wonen', { id: 'label.theme.housing', desc: 'Theme of social guidance: housing (Wonen).' });
    case 'finance-administration':
      return msg('Geld en papieren', {
        id: 'label.theme.finance-administration',
        desc: 'Theme of social guidance: money and household paperwork (Financiële situatie & Administratie).',
      });
    case 'health':
      return msg('Gezondheid', { id: 'label.theme.health', desc: 'Theme of social guidance: health.' });
    case 'integration':
      return msg('Inburgering', {
        id: 'label.theme.integration',
        desc: 'Theme of social guidance: civic integration (Inburgering).',
      });
    case 'family':
      return msg('Gezin en familie', {
        id: 'label.theme.family',
        desc: 'Theme of social guidance: family (Gezin & Familie).',
      });
    case 'social-network':
      return msg('Mensen om je heen', {
        id: 'label.theme.social-network',
        desc: 'Theme of social guidance: social network, people you know (Sociaal netwerk).',
      });
    case 'participation':
      return msg('Meedoen in de samenleving', {
        id: 'label.theme.participation',
        desc: 'Theme of social guidance: taking part in society (Participatie in de samenleving).',
      });
  }
}

/** The learning routes of the Wet inburgering 2021. */
export function routeLabel(route: Route): string {
  switch (route) {
    case 'b1':
      return msg('B1-route', {
        id: 'label.route.b1',
        desc: 'Integration learning route: the B1 route (B1-route).',
      });
    case 'education':
      return msg('Onderwijsroute', {
        id: 'label.route.education',
        desc: 'Integration learning route: the education route (Onderwijsroute).',
      });
    case 'z':
      return msg('Z-route', {
        id: 'label.route.z',
        desc: 'Integration learning route: the self-reliance route (Z-route, zelfredzaamheidsroute).',
      });
  }
}

/** What a learning route means, in one plain sentence. */
export function routeExplanation(route: Route): string {
  switch (route) {
    case 'b1':
      return msg('Voor de meeste inburgeraars. Je leert Nederlands tot niveau B1 en doet examens.', {
        id: 'label.route.b1.explanation',
        desc: 'Plain explanation of the B1 route of civic integration. Short, simple words.',
      });
    case 'education':
      return msg('Voor jongeren tot 28 jaar. Je leert Nederlands en gaat daarna naar een opleiding.', {
        id: 'label.route.education.explanation',
        desc: 'Plain explanation of the education route (young people up to 28, then further education).',
      });
    case 'z':
      return msg(
        'Als de andere routes te moeilijk zijn. Je leert Nederlands en doet mee in je buurt. Zonder examen.',
        {
          id: 'label.route.z.explanation',
          desc: 'Plain explanation of the Z route (self-reliance route): learning Dutch and taking part, no exam.',
        },
      );
  }
}

/** A short name for a CEFR level, next to its code ("A1 Beginner"). */
export function levelName(level: Cefr): string {
  switch (level) {
    case 'A0':
      return msg('Leren lezen en schrijven', {
        id: 'label.level.A0',
        desc: 'CEFR level A0: not yet literate; learning to read and write (alfabetisering). Short.',
      });
    case 'A1':
      return msg('Beginner', { id: 'label.level.A1', desc: 'CEFR level A1, short name: beginner.' });
    case 'A2':
      return msg('Basis', { id: 'label.level.A2', desc: 'CEFR level A2, short name: basic / elementary.' });
    case 'B1':
      return msg('Gemiddeld', { id: 'label.level.B1', desc: 'CEFR level B1, short name: intermediate.' });
    case 'B2':
      return msg('Goed', {
        id: 'label.level.B2',
        desc: 'CEFR level B2, short name: good / upper intermediate.',
      });
    case 'C1':
      return msg('Heel goed', {
        id: 'label.level.C1',
        desc: 'CEFR level C1, short name: very good / advanced.',
      });
  }
}

/** What a learner at a CEFR level can do, in one plain sentence. */
export function levelExplanation(level: Cefr): string {
  switch (level) {
    case 'A0':
      return msg('Je leert de letters en je eerste woorden.', {
        id: 'label.level.A0.explanation',
        desc: 'Plain explanation of CEFR level A0 (learning the alphabet). Very simple words.',
      });
    case 'A1':
      return msg('Je kent een paar woorden en korte zinnen.', {
        id: 'label.level.A1.explanation',
        desc: 'Plain explanation of CEFR level A1. Very simple words.',
      });
    case 'A2':
      return msg('Je praat over gewone dingen, zoals boodschappen en je familie.', {
        id: 'label.level.A2.explanation',
        desc: 'Plain explanation of CEFR level A2. Very simple words.',
      });
    case 'B1':
      return msg('Je redt je in de meeste situaties, ook op je werk.', {
        id: 'label.level.B1.explanation',
        desc: 'Plain explanation of CEFR level B1. Simple words.',
      });
    case 'B2':
      return msg('Je praat makkelijk over veel onderwerpen.', {
        id: 'label.level.B2.explanation',
        desc: 'Plain explanation of CEFR level B2. Simple words.',
      });
    case 'C1':
      return msg('Je spreekt en schrijft bijna alles zonder moeite.', {
        id: 'label.level.C1.explanation',
        desc: 'Plain explanation of CEFR level C1. Simple words.',
      });
  }
}

/** The VIME split: formal, non-formal and informal learning. */
export function learningLabel(learning: LearningType): string {
  switch (learning) {
    case 'formal':
      return msg('Les met examen', {
        id: 'label.learning.formal',
        desc: 'Learning type "formal": lessons at a language school, aimed at an exam.',
      });
    case 'non-formal':
      return msg('Cursus of begeleiding', {
        id: 'label.learning.non-formal',
        desc: 'Learning type "non-formal": an organised course or coaching outside school, no exam.',
      });
    case 'informal':
      return msg('Oefenen in het dagelijks leven', {
        id: 'label.learning.informal',
        desc: 'Learning type "informal": practice in daily life, such as a language café.',
      });
  }
}

/** What a learning type means, in one plain sentence. */
export function learningExplanation(learning: LearningType): string {
  switch (learning) {
    case 'formal':
      return msg('Bij een taalschool, met een docent en een examen.', {
        id: 'label.learning.formal.explanation',
        desc: 'Plain explanation of formal learning.',
      });
    case 'non-formal':
      return msg('Samen leren zonder examen, bijvoorbeeld in de bibliotheek of met een taalcoach.', {
        id: 'label.learning.non-formal.explanation',
        desc: 'Plain explanation of non-formal learning.',
      });
    case 'informal':
      return msg('Praten en oefenen, bijvoorbeeld in een taalcafé of met de buren.', {
        id: 'label.learning.informal.explanation',
        desc: 'Plain explanation of informal learning.',
      });
  }
}

export function formatLabel(format: Format): string {
  switch (format) {
    case 'in-person':
      return msg('Op locatie', {
        id: 'label.format.in-person',
        desc: 'Programme format: you go there in person (not online).',
      });
    case 'online':
      return msg('Online', {
        id: 'label.format.online',
        desc: 'Programme format: online, on a computer or phone.',
      });
    case 'hybrid':
      return msg('Op locatie en online', {
        id: 'label.format.hybrid',
        desc: 'Programme format: partly in person, partly online.',
      });
  }
}

export function partOfDayLabel(part: PartOfDay): string {
  switch (part) {
    case 'morning':
      return msg('Ochtend', { id: 'label.part.morning', desc: 'Part of the day: morning (before 12:00).' });
    case 'afternoon':
      return msg('Middag', {
        id: 'label.part.afternoon',
        desc: 'Part of the day: afternoon (12:00 to 18:00).',
      });
    case 'evening':
      return msg('Avond', { id: 'label.part.evening', desc: 'Part of the day: evening (from 18:00).' });
  }
}

/** When a part of the day begins and ends, with the times in the locale's own style. */
export function partOfDayExplanation(part: PartOfDay, locale: string): string {
  const time = (hour: number) =>
    dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
      Date.UTC(2026, 0, 5, hour),
    );
  const noon = time(12);
  const six = time(18);
  switch (part) {
    case 'morning':
      return msg(str`voor ${noon}`, {
        id: 'label.part.morning.explanation',
        desc: 'When the morning ends; the placeholder is a time (12:00).',
      });
    case 'afternoon':
      return msg(str`${noon} tot ${six}`, {
        id: 'label.part.afternoon.explanation',
        desc: 'When the afternoon is; the placeholders are times (12:00 and 18:00).',
      });
    case 'evening':
      return msg(str`vanaf ${six}`, {
        id: 'label.part.evening.explanation',
        desc: 'When the evening begins; the placeholder is a time (18:00).',
      });
  }
}

export function organisationKindLabel(kind: OrganisationKind): string {
  switch (kind) {
    case 'library':
      return msg('Bibliotheek', {
        id: 'label.organisation.library',
        desc: 'Kind of organisation: public library.',
      });
    case 'language-house':
      return msg('Taalhuis', {
        id: 'label.organisation.language-house',
        desc: 'Kind of organisation: Taalhuis (language house, usually in a library).',
      });
    case 'refugee-support':
      return msg('Hulp voor vluchtelingen', {
        id: 'label.organisation.refugee-support',
        desc: 'Kind of organisation: refugee support, such as VluchtelingenWerk.',
      });
    case 'language-school':
      return msg('Taalschool', {
        id: 'label.organisation.language-school',
        desc: 'Kind of organisation: language school.',
      });
    case 'municipality':
      return msg('Gemeente', {
        id: 'label.organisation.municipality',
        desc: 'Kind of organisation: the municipality.',
      });
    case 'welfare':
      return msg('Welzijnsorganisatie', {
        id: 'label.organisation.welfare',
        desc: 'Kind of organisation: social welfare organisation (welzijn).',
      });
    case 'other':
      return msg('Andere organisatie', {
        id: 'label.organisation.other',
        desc: 'Kind of organisation: other.',
      });
  }
}

/** A Monday, 5 January 2026, as a base for weekday names. */
const MONDAY = Date.UTC(2026, 0, 5, 12);
const DAY_OFFSET: Record<Day, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

/** The name of a weekday in `locale` (`maandag`, `Monday`, `الاثنين`), from Intl. */
export function dayLabel(day: Day, locale: string, style: 'long' | 'short' = 'long'): string {
  return dateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(
    MONDAY + DAY_OFFSET[day] * 86_400_000,
  );
}
