/**
 * The Dutch words coordinators write in the spreadsheet, and the feed values they
 * stand for (docs/reference/feed.md). The first word of each entry is the
 * one the templates and the guide use and "Kies uit: ..." lists; the others are
 * accepted too. The feed's own (English) values are always accepted.
 *
 * Words are compared after {@link normaliseWord}: case, accents, spaces, `&` and
 * "en" do not matter, so "Werk & Opleiding", "werk en opleiding" and
 * "werk-opleiding" are the same.
 */
import { say } from './language.js';
import {
  DAYS,
  DOMAINS,
  FORMATS,
  KINDS,
  LEARNING_TYPES,
  ORGANISATION_KINDS,
  ROUTES,
  THEMES,
  type Day,
  type Domain,
  type Format,
  type Kind,
  type LearningType,
  type Route,
  type Theme,
} from '../feed/schema.js';
import { closest, normaliseWord } from './csv.js';

export interface Vocabulary<T extends string> {
  /** What the values are, in a sentence: `"x" is geen bekende ${what}`. */
  what: string;
  /** A "het" word ("het domein"): `geen bekend domein`. */
  neuter: boolean;
  /** Dutch words per feed value; the first is the one to show. */
  words: Record<T, readonly string[]>;
}

const vocabulary = <T extends string>(
  what: string,
  values: readonly T[],
  words: Record<T, readonly string[]>,
  neuter = false,
): Vocabulary<T> => {
  for (const value of values) if (!words[value]?.length) throw new Error(`no Dutch word for ${value}`);
  return { what, neuter, words };
};

export const KIND_WORDS = vocabulary<Kind>('soort', KINDS, {
  course: ['cursus', 'les', 'lessen', 'training'],
  'language-cafe': ['taalcafé', 'taal-cafe', 'praatgroep', 'conversatiegroep'],
  coaching: ['taalmaatje', 'taalcoach', 'coaching', 'maatje'],
  'drop-in': ['inloop', 'inloopspreekuur', 'spreekuur', 'inloopuur'],
  workshop: ['workshop', 'bijeenkomst', 'informatiebijeenkomst', 'voorlichting'],
  'reading-at-home': ['voorlezen-thuis', 'voorlezen', 'voorleesexpress'],
  'self-study': ['zelfstudie', 'zelf-oefenen', 'online-oefenen'],
});

export const LEARNING_WORDS = vocabulary<LearningType>('leervorm', LEARNING_TYPES, {
  formal: ['formeel'],
  'non-formal': ['non-formeel', 'nonformeel', 'niet-formeel'],
  informal: ['informeel'],
});

export const FORMAT_WORDS = vocabulary<Format>('vorm', FORMATS, {
  'in-person': ['op locatie', 'locatie', 'fysiek', 'op-locatie'],
  online: ['online', 'digitaal'],
  hybrid: ['hybride', 'hybrid'],
});

export const DOMAIN_WORDS = vocabulary<Domain>(
  'domein',
  DOMAINS,
  {
    'work-education': ['werk-opleiding', 'werk', 'opleiding'],
    'integration-naturalisation': ['inburgering-naturalisatie', 'inburgering', 'naturalisatie'],
    parenting: ['opvoeding', 'opvoeden'],
    'health-exercise': ['gezondheid-bewegen', 'gezondheid-beweging', 'gezondheid', 'bewegen'],
    'arranging-matters': ['zaken-regelen', 'regelen'],
    'leisure-social': [
      'vrije-tijd-sociaal',
      'vrije-tijd',
      'vrije-tijd-sociale-activiteiten',
      'sociale-activiteiten',
    ],
    'digital-skills': ['digitale-vaardigheden', 'digitaal', 'digivaardigheden'],
    numeracy: ['rekenen'],
  },
  true,
);

export const THEME_WORDS = vocabulary<Theme>(
  'thema',
  THEMES,
  {
    housing: ['wonen'],
    'finance-administration': [
      'geld-administratie',
      'geld',
      'administratie',
      'financien',
      'financiele-situatie-administratie',
    ],
    health: ['gezondheid'],
    integration: ['inburgering'],
    family: ['gezin-familie', 'gezin', 'familie'],
    'social-network': ['sociaal-netwerk', 'netwerk'],
    participation: ['participatie', 'participatie-in-de-samenleving', 'meedoen'],
  },
  true,
);

export const ROUTE_WORDS = vocabulary<Route>('route', ROUTES, {
  b1: ['b1', 'b1-route'],
  education: ['onderwijs', 'onderwijsroute', 'onderwijs-route'],
  z: ['z', 'z-route', 'zelfredzaamheidsroute', 'zelfredzaamheid'],
});

export const DAY_WORDS = vocabulary<Day>('dag', DAYS, {
  mon: ['ma', 'maandag', 'maa'],
  tue: ['di', 'dinsdag', 'din'],
  wed: ['wo', 'woensdag', 'woe'],
  thu: ['do', 'donderdag', 'don'],
  fri: ['vr', 'vrijdag', 'vrij'],
  sat: ['za', 'zaterdag', 'zat'],
  sun: ['zo', 'zondag', 'zon'],
});

export const ORGANISATION_KIND_WORDS = vocabulary('soort organisatie', ORGANISATION_KINDS, {
  library: ['bibliotheek', 'bieb'],
  'language-house': ['taalhuis'],
  'refugee-support': ['vluchtelingenwerk', 'vluchtelingenhulp', 'vluchtelingen'],
  'language-school': ['taalschool', 'taalaanbieder', 'roc'],
  municipality: ['gemeente'],
  welfare: ['welzijn', 'welzijnsorganisatie', 'sociaal-werk'],
  other: ['anders', 'overig', 'overige'],
});

/** The Dutch word to show for a feed value. */
export function wordFor<T extends string>(vocab: Vocabulary<T>, value: T): string {
  return vocab.words[value][0];
}

/** The Dutch words to offer in "Kies uit: ...". */
export function choices<T extends string>(vocab: Vocabulary<T>): string {
  return Object.values<readonly string[]>(vocab.words)
    .map((words) => words[0])
    .join(', ');
}

/** Looks a word up; undefined when it is not known. */
export function lookup<T extends string>(vocab: Vocabulary<T>, input: string): T | undefined {
  const word = normaliseWord(input);
  for (const [value, words] of Object.entries(vocab.words) as [T, readonly string[]][]) {
    if (normaliseWord(value) === word || words.some((w) => normaliseWord(w) === word)) return value;
  }
  return undefined;
}

/** `"cursuss" is geen bekende soort. Kies uit: cursus, taalcafé, .... Bedoelt u "cursus"?` */
export function unknownWord<T extends string>(vocab: Vocabulary<T>, input: string): string {
  const all = Object.values<readonly string[]>(vocab.words).flat();
  const guess = closest(input, all);
  const value = guess === undefined ? undefined : lookup(vocab, guess);
  const suggestion =
    value === undefined
      ? ''
      : say(` Bedoelt u "${wordFor(vocab, value)}"?`, ` Did you mean "${wordFor(vocab, value)}"?`);
  const known = vocab.neuter ? 'bekend' : 'bekende';
  return say(
    `"${input.trim()}" is geen ${known} ${vocab.what}. Kies uit: ${choices(vocab)}.${suggestion}`,
    `"${input.trim()}" is not a known "${vocab.what}". Choose from: ${choices(vocab)}.${suggestion}`,
  );
}

/**
 * Languages coordinators name in Dutch, with their BCP 47 codes. Codes themselves
 * (`nl`, `ar`, `fa-AF`) are always accepted.
 */
export const LANGUAGE_NAMES: Record<string, string> = {
  nederlands: 'nl',
  engels: 'en',
  arabisch: 'ar',
  turks: 'tr',
  pools: 'pl',
  oekraiens: 'uk',
  russisch: 'ru',
  tigrinya: 'ti',
  tigrinia: 'ti',
  farsi: 'fa',
  perzisch: 'fa',
  dari: 'prs',
  pasjtoe: 'ps',
  pashto: 'ps',
  somalisch: 'so',
  koerdisch: 'ku',
  amhaars: 'am',
  berbers: 'ber',
  tamazight: 'ber',
  spaans: 'es',
  portugees: 'pt',
  frans: 'fr',
  duits: 'de',
  roemeens: 'ro',
  bulgaars: 'bg',
  hongaars: 'hu',
  chinees: 'zh',
  papiaments: 'pap',
  syrisch: 'syc',
  urdu: 'ur',
  hindi: 'hi',
  tamil: 'ta',
  albanees: 'sq',
  servisch: 'sr',
  bosnisch: 'bs',
  kroatisch: 'hr',
  litouws: 'lt',
  lets: 'lv',
  slowaaks: 'sk',
  tsjechisch: 'cs',
  grieks: 'el',
  italiaans: 'it',
  armeens: 'hy',
  georgisch: 'ka',
};

/** Dutch names of the languages the widgets speak, for messages. */
export const LOCALE_NAMES: Record<string, string> = {
  nl: 'Nederlands',
  en: 'Engels',
  ar: 'Arabisch',
  tr: 'Turks',
  pl: 'Pools',
  uk: 'Oekraïens',
  ti: 'Tigrinya',
  fa: 'Farsi',
  so: 'Somalisch',
};
