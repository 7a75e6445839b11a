/**
 * The cells of the programme spreadsheet that hold more than one value: links,
 * e-mail addresses, phone numbers, coordinates, levels (`A1-B1`), sessions
 * (`12-01-2027 19.00-21.00 (vervalt)`), weekly times (`di 19.00-21.00`) and languages.
 * Each returns the value or a plain Dutch `{ error }`.
 */
import type { Cefr, Day } from '../feed/schema.js';
import { DATE_PATTERN, dutchDate, normaliseWord, parseDate, parseTimeRange, type Parsed } from './csv.js';
import { say } from './language.js';
import { DAY_WORDS, LANGUAGE_NAMES, lookup } from './vocabulary.js';

const ENGLISH_DAYS: Record<Day, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export function parseUrl(value: string): Parsed<string> {
  let url = value.trim();
  if (/^www\.|^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(url)) url = `https://${url}`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme && !['https', 'http', 'mailto', 'tel'].includes(scheme)) {
    return {
      error: say(
        `"${value}" is geen veilige link: alleen https-, http-, mailto- en tel-links mogen.`,
        `"${value}" is not a safe link: only https, http, mailto and tel links are allowed.`,
      ),
    };
  }
  try {
    const parsed = new URL(url);
    if (/\s/.test(url) || (['https:', 'http:'].includes(parsed.protocol) && !parsed.hostname.includes('.')))
      throw 0;
  } catch {
    return {
      error: say(
        `"${value}" is geen link. Schrijf een webadres als https://www.bibliotheek.nl/aanmelden.`,
        `"${value}" is not a link. Write a web address like https://www.bibliotheek.nl/aanmelden.`,
      ),
    };
  }
  return { value: url };
}

export function parseEmail(value: string): Parsed<string> {
  const email = value.replace(/^mailto:/i, '').trim();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)
    ? { value: email }
    : {
        error: say(
          `"${value}" is geen e-mailadres. Schrijf een adres als taalhuis@bibliotheek.nl.`,
          `"${value}" is not an e-mail address. Write an address like taalhuis@bibliotheek.nl.`,
        ),
      };
}

/** A phone number; one that lost its leading 0 in Excel (575599010) gets it back, with a note. */
export function parsePhone(value: string): Parsed<string> & { fixed?: boolean } {
  const phone = value.replace(/^tel:/i, '').trim();
  if (/^[1-9]\d{8}$/.test(phone)) return { value: `0${phone}`, fixed: true };
  return /^\+?[\d\s().-]{6,20}$/.test(phone)
    ? { value: phone }
    : {
        error: say(
          `"${value}" is geen telefoonnummer. Schrijf een nummer als 0575 599 010.`,
          `"${value}" is not a phone number. Write a number like 0575 599 010.`,
        ),
      };
}

export function parseCoordinate(value: string): Parsed<number> {
  const text = value.trim().replace(',', '.');
  return /^-?\d{1,3}(\.\d+)?$/.test(text)
    ? { value: Number(text) }
    : {
        error: say(
          `"${value}" is geen coördinaat. Schrijf een getal als 52,1396.`,
          `"${value}" is not a coordinate. Write a number like 52,1396.`,
        ),
      };
}

const CEFR = ['A0', 'A1', 'A2', 'B1', 'B2', 'C1'] as const;

/** `A1`, `A1-B1`, `A1 t/m B1`, `vanaf A2`, `tot B1`, `alfa`, `alle niveaus`. */
export function parseLevel(value: string): Parsed<{ min?: Cefr; max?: Cefr } | undefined> {
  const text = value.trim();
  if (/^(alle(\s+niveaus)?|iedereen|geen|n\.?v\.?t\.?)$/i.test(text)) return { value: undefined };
  const normal = text.replace(/\balfa(betisering)?\b/gi, 'A0');
  const tokens = [...normal.matchAll(/\b([ABC])\s?([0-2])\b/gi)].map((m) => `${m[1].toUpperCase()}${m[2]}`);
  const hint = say(
    'Schrijf een niveau als A2, A1-B1, vanaf A2 of tot B1 (A0 is alfabetisering).',
    'Write a level like A2, A1-B1, vanaf A2 or tot B1 (A0 is literacy).',
  );
  if (tokens.length === 0 || tokens.length > 2)
    return { error: say(`"${text}" is geen niveau. ${hint}`, `"${text}" is not a level. ${hint}`) };
  const bad = tokens.find((t) => !(CEFR as readonly string[]).includes(t));
  if (bad)
    return {
      error: say(
        `"${text}": ${bad} kan niet, de niveaus gaan van A0 tot en met C1.`,
        `"${text}": ${bad} is not possible, the levels go from A0 up to and including C1.`,
      ),
    };
  const [first, second] = tokens as Cefr[];
  if (second) {
    if (CEFR.indexOf(first) > CEFR.indexOf(second)) {
      return {
        error: say(
          `"${text}": het laagste niveau (${first}) staat boven het hoogste (${second}).`,
          `"${text}": the lowest level (${first}) is above the highest (${second}).`,
        ),
      };
    }
    return { value: { min: first, max: second } };
  }
  if (/^(vanaf|van|min(imaal)?|minstens)\b/i.test(text) || /\+$/.test(text)) return { value: { min: first } };
  if (/^(tot(\s+en\s+met)?|t\/m|max(imaal)?|hoogstens)\b/i.test(text)) return { value: { max: first } };
  return { value: { min: first, max: first } };
}

const CANCELLED =
  /^(vervalt|vervallen|valt uit|uitval|afgelast|geannuleerd|gaat niet door|geen les|vakantie|gesloten|dicht)$/i;

export interface SessionCell {
  date: string;
  start: string;
  end?: string;
  cancelled: boolean;
  place?: string;
}

/**
 * One entry of the `sessies` cell: `12-01-2027 19.00-21.00`, optionally with a day
 * name before it and `(vervalt)` or a place in brackets after it.
 */
export function parseSession(input: string): Parsed<SessionCell> & { weekdayMismatch?: string } {
  let text = input.trim();
  let note = '';
  const bracket = /\(([^)]*)\)\s*$/.exec(text);
  if (bracket) {
    note = bracket[1].trim();
    text = text.slice(0, bracket.index).trim();
  }
  const m = new RegExp(
    `^(?:([a-zA-Z]+)\\.?,?\\s+)?(${DATE_PATTERN})(?:,?\\s+(?:om\\s+|van\\s+)?(.*))?$`,
  ).exec(text);
  if (!m) {
    return {
      error: say(
        `"${input.trim()}" is geen sessie. Schrijf een datum en tijden, zoals 12-01-2027 19.00-21.00.`,
        `"${input.trim()}" is not a session. Write a date and times, like 12-01-2027 19.00-21.00.`,
      ),
    };
  }
  const date = parseDate(m[2]);
  if ('error' in date) return date;
  if (!m[3]) {
    return {
      error: say(
        `"${input.trim()}": de tijd ontbreekt. Schrijf bijvoorbeeld ${m[2]} 19.00-21.00.`,
        `"${input.trim()}": the time is missing. Write for example ${m[2]} 19.00-21.00.`,
      ),
    };
  }
  const times = parseTimeRange(m[3]);
  if ('error' in times) return times;
  let cancelled = false;
  let place: string | undefined;
  for (const part of note.split(/\s*[,;]\s*/).filter(Boolean)) {
    if (CANCELLED.test(part)) cancelled = true;
    else place = place ? `${place}, ${part}` : part;
  }
  const result: Parsed<SessionCell> & { weekdayMismatch?: string } = {
    value: { date: date.value, ...times.value, cancelled, ...(place ? { place } : {}) },
  };
  if (m[1]) {
    const said = lookup(DAY_WORDS, m[1]);
    const real = (['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const)[
      new Date(`${date.value}T12:00:00Z`).getUTCDay()
    ];
    if (said && said !== real) {
      result.weekdayMismatch = say(
        `${dutchDate(date.value)} is een ${DAY_WORDS.words[real][1]}, geen ${DAY_WORDS.words[said][1]}. Kijk de datum na.`,
        `${dutchDate(date.value)} is a ${ENGLISH_DAYS[real]}, not a ${ENGLISH_DAYS[said]}. Check the date.`,
      );
    }
  }
  return result;
}

/** `di 19.00-21.00`, `ma, wo en vr 10.00-12.30`, `ma t/m vr 9.00-12.00`, `dinsdag van 19.00 tot 21.00`. */
export function parseWeekly(input: string): Parsed<{ days: Day[]; start: string; end: string }> {
  const text = input.trim();
  const firstDigit = text.search(/\d/);
  const hint = say(
    'Schrijf de dag(en) en de tijden, zoals di 19.00-21.00 of ma, wo 9.30-11.30.',
    'Write the day(s) and the times, like di 19.00-21.00 or ma, wo 9.30-11.30.',
  );
  if (firstDigit <= 0)
    return {
      error: say(`"${text}" is geen wekelijkse tijd. ${hint}`, `"${text}" is not a weekly time. ${hint}`),
    };
  const times = parseTimeRange(text.slice(firstDigit).replace(/\s*(u|uur)$/i, ''));
  if ('error' in times) return times;
  if (!times.value.end)
    return {
      error: say(`"${text}": de eindtijd ontbreekt. ${hint}`, `"${text}": the end time is missing. ${hint}`),
    };
  const dayPart = text
    .slice(0, firstDigit)
    .toLowerCase()
    .replace(/\b(elke|iedere|op|om|van|s)\b/g, ' ')
    .replace(/\btot en met\b|\bt\/m\b|\btot\b/g, ' - ');
  const tokens = dayPart.split(/\s*(?:,|\/|\+|&|\ben\b|\s)\s*/).filter(Boolean);
  const order: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const days: Day[] = [];
  const find = (word: string) => lookup(DAY_WORDS, word) ?? lookup(DAY_WORDS, word.replace(/en$/, ''));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const range = /^([a-z]+)-([a-z]+)$/.exec(token);
    if (token === '-' || range) {
      const from = range ? find(range[1]) : days.pop();
      const to = range ? find(range[2]) : find(tokens[++i] ?? '');
      if (!from || !to)
        return {
          error: say(
            `"${text}": de dagen kan ik niet lezen. ${hint}`,
            `"${text}": I cannot read the days. ${hint}`,
          ),
        };
      for (let d = order.indexOf(from); ; d = (d + 1) % 7) {
        days.push(order[d]);
        if (order[d] === to) break;
      }
      continue;
    }
    const day = find(token);
    if (!day)
      return {
        error: say(
          `"${token}" is geen dag. Gebruik ma, di, wo, do, vr, za of zo. ${hint}`,
          `"${token}" is not a day. Use ma, di, wo, do, vr, za or zo. ${hint}`,
        ),
      };
    days.push(day);
  }
  if (days.length === 0)
    return { error: say(`"${text}": de dag ontbreekt. ${hint}`, `"${text}": the day is missing. ${hint}`) };
  return { value: { days: [...new Set(days)], start: times.value.start, end: times.value.end } };
}

export function parseLanguage(value: string): string | undefined {
  const word = normaliseWord(value);
  if (LANGUAGE_NAMES[word]) return LANGUAGE_NAMES[word];
  const code = value.trim();
  return /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(code)
    ? code.toLowerCase().replace(/-(\w\w)$/, (_, r: string) => `-${r.toUpperCase()}`)
    : undefined;
}
