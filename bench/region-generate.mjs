#!/usr/bin/env node
// Generates a large region for the scale benchmark: many feeds (feed version 1), one per
// library or Taalhuis organisation, spread over real Dutch towns (bench/dutch-places.mjs, big
// towns get more feeds), each with 1-6 branch locations in its town and towns within about
// 15 km, and a `feeds.txt` listing them for `taalwijzer merge`.
// Deterministic: the same options and seed give byte-identical files.
//
//   node bench/region-generate.mjs --out /tmp/regio --feeds 400 [--programmes 40] [--seed 1]
//
//   import { generateRegion } from './bench/region-generate.mjs';
//   generateRegion({ feeds: 400, dir: '/tmp/regio' });      // writes dir/feed-001.json... + feeds.txt
//   const { feeds } = generateRegion({ feeds: 400 });       // no dir: in memory only
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DUTCH_PLACES } from './dutch-places.mjs';

/** A small, fast, seedable random number generator (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, width = 2) => String(n).padStart(width, '0');
const slug = (text) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

function distanceKm(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const PLACES = DUTCH_PLACES.map(([name, lat, lon, thousands, pc4]) => ({ name, lat, lon, thousands, pc4 }));
/** Each town's neighbours within 15 km, nearest first. */
const NEIGHBOURS = new Map(
  PLACES.map((place) => [
    place.name,
    PLACES.filter((other) => other !== place && distanceKm(place, other) <= 15).sort(
      (a, b) => distanceKm(place, a) - distanceKm(place, b),
    ),
  ]),
);
/** Weights: population to the power 0.8, so big cities get more feeds but not all of them. */
const WEIGHTS = PLACES.map((place) => place.thousands ** 0.8);
const TOTAL_WEIGHT = WEIGHTS.reduce((a, b) => a + b, 0);

const STREETS = [
  'Stationsplein',
  'Kerkstraat',
  'Markt',
  'Dorpsstraat',
  'Schoolstraat',
  'Beukenlaan',
  'Molenweg',
  'Nieuwstraat',
  'Hoofdstraat',
  'Julianalaan',
  'Wilhelminastraat',
  'Oranjelaan',
  'Parkweg',
  'Lindelaan',
  'Raadhuisplein',
  'Burgemeester de Withstraat',
];
const VENUES = [
  ['Bibliotheek', 'library'],
  ['Wijkcentrum De Linde', 'community'],
  ['Buurthuis Het Anker', 'community'],
  ['Ontmoetingscentrum De Brug', 'community'],
  ['Bibliotheek, wijkvestiging', 'library'],
  ['Taalhuis', 'library'],
];
const ORG_KINDS = [
  // [weight, kind, Dutch name pattern, English name pattern]
  [60, 'library', 'Bibliotheek {p}', '{p} Library'],
  [15, 'language-house', 'Taalhuis {p}', '{p} Language House'],
  [10, 'refugee-support', 'VluchtelingenWerk, team {p}', 'Dutch Council for Refugees, {p}'],
  [10, 'welfare', 'Welzijn {p}', '{p} Welfare'],
  [5, 'language-school', 'Taalschool {p}', '{p} Language School'],
];
const SUPPORT = [
  ['ar', 30],
  ['ti', 14],
  ['uk', 14],
  ['tr', 10],
  ['pl', 10],
  ['fa', 8],
  ['so', 6],
  ['en', 8],
  ['ru', 3],
  ['prs', 2],
  ['ro', 2],
];
const TIMES = [
  ['09:00', '11:00'],
  ['09:30', '11:30'],
  ['10:00', '12:00'],
  ['13:30', '15:30'],
  ['14:00', '16:00'],
  ['15:30', '17:00'],
  ['19:00', '20:30'],
  ['19:00', '21:00'],
];
const DISTRICTS = ['Noord', 'Zuid', 'Oost', 'West', 'Centrum', 'Nieuw-West', 'Zuidoost', 'Noordwest'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const LEVELS = ['A0', 'A1', 'A2', 'B1', 'B2', 'C1'];
const WALK_IN = {
  nl: 'Aanmelden is niet nodig. Kom gewoon langs.',
  en: 'No need to sign up. Just walk in.',
  ar: 'لا حاجة للتسجيل. تعال فقط.',
};

// The offer: [weight, template]. Titles and summaries in Dutch, English and Arabic.
const TEMPLATES = [
  [
    14,
    {
      key: 'taalcafe',
      kind: 'language-cafe',
      learning: 'informal',
      domains: ['leisure-social', 'integration-naturalisation'],
      themes: ['social-network', 'integration'],
      routes: ['b1', 'education', 'z'],
      level: ['A1', 'B2'],
      weekly: true,
      walkIn: true,
      title: { nl: 'Taalcafé', en: 'Language café', ar: 'مقهى اللغة' },
      summary: {
        nl: 'Elke week Nederlands praten met andere mensen en vrijwilligers. Gratis.',
        en: 'Practise speaking Dutch every week with other learners and volunteers. Free.',
        ar: 'تدرّب على التحدث بالهولندية كل أسبوع مع متعلمين آخرين ومتطوعين. مجاناً.',
      },
      goals: ['leisure-small-talk'],
    },
  ],
  [
    5,
    {
      key: 'avondtaalcafe',
      kind: 'language-cafe',
      learning: 'informal',
      domains: ['leisure-social', 'work-education'],
      themes: ['social-network', 'participation'],
      routes: ['b1', 'education'],
      level: ['A2', 'C1'],
      weekly: true,
      walkIn: true,
      evening: true,
      title: { nl: 'Avondtaalcafé', en: 'Evening language café', ar: 'مقهى اللغة المسائي' },
      summary: {
        nl: 'Nederlands oefenen op de avond, voor wie overdag werkt of studeert.',
        en: 'Practise Dutch in the evening, for people who work or study during the day.',
        ar: 'تدرّب على الهولندية في المساء، لمن يعمل أو يدرس خلال النهار.',
      },
      goals: ['work-colleagues-talk'],
    },
  ],
  [
    7,
    {
      key: 'klik-en-tik',
      kind: 'course',
      learning: 'non-formal',
      domains: ['digital-skills'],
      themes: ['participation'],
      routes: ['b1', 'z'],
      level: ['A1', 'B1'],
      sessions: 8,
      places: 8,
      title: {
        nl: 'Klik & Tik: de basis',
        en: 'Klik & Tik: computer basics',
        ar: 'كليك آند تيك: أساسيات الحاسوب',
      },
      summary: {
        nl: 'In acht lessen leert u werken met een computer of tablet.',
        en: 'In eight lessons you learn to use a computer or tablet.',
        ar: 'في ثمانية دروس تتعلم استخدام الحاسوب أو الجهاز اللوحي.',
      },
      goals: ['digital-phone-basics', 'digital-email'],
    },
  ],
  [
    6,
    {
      key: 'digisterker',
      kind: 'course',
      learning: 'non-formal',
      domains: ['digital-skills', 'arranging-matters'],
      themes: ['finance-administration'],
      routes: ['b1'],
      level: ['A2', null],
      sessions: 4,
      places: 8,
      title: {
        nl: 'Digisterker: werken met de e-overheid',
        en: 'Digisterker: using e-government',
        ar: 'ديجيستيركر: استخدام الخدمات الحكومية الإلكترونية',
      },
      summary: {
        nl: 'Vier lessen van twee uur over DigiD en websites van de overheid.',
        en: 'Four two-hour lessons on DigiD and government websites.',
        ar: 'أربعة دروس مدة كل منها ساعتان عن DigiD ومواقع الحكومة.',
      },
      goals: ['digital-digid-login'],
    },
  ],
  [
    6,
    {
      key: 'informatiepunt',
      kind: 'drop-in',
      learning: 'informal',
      domains: ['arranging-matters', 'digital-skills'],
      themes: ['finance-administration', 'housing'],
      weekly: true,
      walkIn: true,
      title: {
        nl: 'Informatiepunt Digitale Overheid',
        en: 'Digital Government Information Point',
        ar: 'نقطة معلومات الحكومة الرقمية',
      },
      summary: {
        nl: 'Vragen over DigiD, toeslagen of de Belastingdienst? Loop binnen.',
        en: 'Questions about DigiD, benefits or the tax office? Walk in.',
        ar: 'لديك أسئلة عن DigiD أو الإعانات أو مصلحة الضرائب؟ تعال دون موعد.',
      },
      goals: ['digital-digid-login', 'arranging-letters'],
    },
  ],
  [
    5,
    {
      key: 'formulierenspreekuur',
      kind: 'drop-in',
      learning: 'informal',
      domains: ['arranging-matters'],
      themes: ['finance-administration', 'housing'],
      weekly: true,
      walkIn: true,
      title: {
        nl: 'Formulierenspreekuur',
        en: 'Help with forms and letters',
        ar: 'مساعدة في الاستمارات والرسائل',
      },
      summary: {
        nl: 'Hulp bij brieven en formulieren van de gemeente of de zorgverzekeraar.',
        en: 'Help with letters and forms from the municipality or the health insurer.',
        ar: 'مساعدة في رسائل واستمارات البلدية وشركة التأمين الصحي.',
      },
      goals: ['arranging-forms'],
    },
  ],
  [
    5,
    {
      key: 'taalmaatje',
      kind: 'coaching',
      learning: 'non-formal',
      domains: ['integration-naturalisation', 'leisure-social'],
      themes: ['social-network', 'integration'],
      routes: ['b1', 'education', 'z'],
      level: ['A1', 'B1'],
      note: true,
      title: { nl: 'Taalmaatje', en: 'Language buddy', ar: 'رفيق اللغة' },
      summary: {
        nl: 'Een vrijwilliger oefent elke week 1,5 tot 2 uur met u, een half jaar lang of langer.',
        en: 'A volunteer practises with you for 1.5 to 2 hours a week, for six months or more.',
        ar: 'يتدرّب معك متطوع ساعة ونصف إلى ساعتين كل أسبوع، لمدة ستة أشهر أو أكثر.',
      },
      goals: ['leisure-small-talk', 'integration-own-story'],
    },
  ],
  [
    4,
    {
      key: 'voorleesexpress',
      kind: 'reading-at-home',
      learning: 'non-formal',
      domains: ['parenting'],
      themes: ['family'],
      level: ['A0', 'B1'],
      note: true,
      atHome: true,
      title: {
        nl: 'VoorleesExpress',
        en: 'VoorleesExpress: reading aloud at home',
        ar: 'فورليس إكسبريس: القراءة للأطفال في البيت',
      },
      summary: {
        nl: '20 weken lang leest een vrijwilliger elke week een uur voor bij u thuis.',
        en: 'For 20 weeks a volunteer reads aloud at your home for an hour each week.',
        ar: 'لمدة 20 أسبوعاً يقرأ متطوع للأطفال في بيتك ساعة كل أسبوع.',
      },
      goals: ['parenting-read-aloud'],
    },
  ],
  [
    4,
    {
      key: 'nt2-b1',
      kind: 'course',
      learning: 'formal',
      domains: ['integration-naturalisation', 'work-education'],
      themes: ['integration'],
      routes: ['b1'],
      level: ['A1', 'B1'],
      weekly: true,
      paid: true,
      places: 14,
      title: {
        nl: 'NT2-cursus B1-route',
        en: 'Dutch course for the B1 route',
        ar: 'دورة اللغة الهولندية لمسار B1',
      },
      summary: {
        nl: 'Nederlands tot niveau B1, met het inburgeringsexamen als doel.',
        en: 'Dutch up to level B1, aiming at the integration exam.',
        ar: 'اللغة الهولندية حتى المستوى B1 استعداداً لامتحان الاندماج.',
      },
      goals: ['integration-exam-b1'],
    },
  ],
  [
    3,
    {
      key: 'alfabetisering',
      kind: 'course',
      learning: 'non-formal',
      domains: ['integration-naturalisation', 'arranging-matters'],
      themes: ['integration'],
      routes: ['z'],
      level: ['A0', 'A1'],
      weekly: true,
      places: 8,
      title: { nl: 'Lezen en schrijven leren', en: 'Learn to read and write', ar: 'تعلّم القراءة والكتابة' },
      summary: {
        nl: 'Voor mensen die nog niet goed kunnen lezen en schrijven.',
        en: 'For people who cannot yet read and write well.',
        ar: 'لمن لا يستطيع القراءة والكتابة جيداً بعد.',
      },
      goals: ['arranging-name-address'],
    },
  ],
  [
    3,
    {
      key: 'voel-je-goed',
      kind: 'course',
      learning: 'non-formal',
      domains: ['health-exercise'],
      themes: ['health'],
      routes: ['z', 'b1'],
      level: ['A0', 'A2'],
      sessions: 20,
      places: 6,
      title: {
        nl: 'Voel je goed!',
        en: 'Feel good! Healthy eating and exercise',
        ar: 'اشعر بالراحة! الأكل الصحي والحركة',
      },
      summary: {
        nl: 'Twintig lessen over gezond eten en bewegen, in een kleine groep.',
        en: 'Twenty lessons on healthy food and exercise, in a small group.',
        ar: 'عشرون درساً عن الأكل الصحي والحركة، في مجموعة صغيرة.',
      },
      goals: ['health-food-labels'],
    },
  ],
  [
    3,
    {
      key: 'voor-t-zelfde-geld',
      kind: 'course',
      learning: 'non-formal',
      domains: ['numeracy', 'arranging-matters'],
      themes: ['finance-administration'],
      routes: ['b1', 'z'],
      level: ['A1', 'B1'],
      sessions: 19,
      places: 8,
      title: {
        nl: "Voor 't Zelfde Geld",
        en: "Voor 't Zelfde Geld: managing your money",
        ar: 'فور تزلفده خيلد: إدارة أموالك',
      },
      summary: {
        nl: 'Negentien lessen over geld, rekeningen en post, samen met een vrijwilliger.',
        en: 'Nineteen lessons on money, bills and post, together with a volunteer.',
        ar: 'تسعة عشر درساً عن المال والفواتير والبريد، مع متطوع.',
      },
      goals: ['numeracy-budget', 'numeracy-bills'],
    },
  ],
  [
    3,
    {
      key: 'werkcafe',
      kind: 'workshop',
      learning: 'non-formal',
      domains: ['work-education'],
      themes: ['participation'],
      routes: ['b1', 'education'],
      level: ['A2', null],
      weekly: true,
      walkIn: true,
      title: {
        nl: 'Werkcafé: solliciteren en uw cv',
        en: 'Work café: job applications and your CV',
        ar: 'مقهى العمل: التقديم على الوظائف وسيرتك الذاتية',
      },
      summary: {
        nl: 'Samen uw cv maken en een sollicitatiegesprek oefenen.',
        en: 'Make your CV and practise a job interview together.',
        ar: 'نكتب سيرتك الذاتية معاً ونتدرّب على مقابلة العمل.',
      },
      goals: ['work-cv', 'work-job-interview'],
    },
  ],
  [
    2,
    {
      key: 'rekenen',
      kind: 'course',
      learning: 'non-formal',
      domains: ['numeracy'],
      themes: ['finance-administration'],
      routes: ['z', 'b1'],
      level: ['A1', 'A2'],
      sessions: 10,
      places: 8,
      title: {
        nl: 'Rekenen in het dagelijks leven',
        en: 'Everyday numeracy',
        ar: 'الحساب في الحياة اليومية',
      },
      summary: {
        nl: 'Rekenen met geld, korting en de klok, in tien lessen.',
        en: 'Working with money, discounts and the clock, in ten lessons.',
        ar: 'الحساب بالمال والخصومات والساعة، في عشرة دروس.',
      },
      goals: ['numeracy-prices', 'numeracy-clock'],
    },
  ],
  [
    2,
    {
      key: 'knm',
      kind: 'course',
      learning: 'non-formal',
      domains: ['integration-naturalisation'],
      themes: ['integration', 'participation'],
      routes: ['b1', 'education'],
      level: ['A2', 'B1'],
      sessions: 6,
      places: 12,
      title: {
        nl: 'KNM oefenen',
        en: 'Practise KNM (knowledge of Dutch society)',
        ar: 'تدرّب على المعرفة بالمجتمع الهولندي',
      },
      summary: {
        nl: 'Zes bijeenkomsten over werk, zorg, onderwijs en wonen in Nederland.',
        en: 'Six sessions on work, care, education and housing in the Netherlands.',
        ar: 'ست جلسات عن العمل والرعاية والتعليم والسكن في هولندا.',
      },
      goals: ['integration-knm-exam'],
    },
  ],
  [
    2,
    {
      key: 'ouder-kindochtend',
      kind: 'language-cafe',
      learning: 'informal',
      domains: ['parenting', 'leisure-social'],
      themes: ['family', 'social-network'],
      level: ['A0', 'B1'],
      weekly: true,
      walkIn: true,
      morning: true,
      title: { nl: 'Ouder-kindochtend', en: 'Parent and toddler morning', ar: 'صباح الأهل والأطفال' },
      summary: {
        nl: 'Voorlezen, zingen en praten met andere ouders van jonge kinderen.',
        en: 'Reading, singing and talking with other parents of young children.',
        ar: 'قراءة وغناء وحديث مع أهالي أطفال صغار آخرين.',
      },
      goals: ['parenting-read-aloud'],
    },
  ],
  [
    2,
    {
      key: 'online-oefenen',
      kind: 'self-study',
      learning: 'non-formal',
      domains: ['integration-naturalisation', 'digital-skills'],
      themes: ['integration'],
      routes: ['b1', 'z'],
      level: ['A0', 'B1'],
      online: true,
      title: {
        nl: 'Thuis oefenen met Oefenen.nl',
        en: 'Practise at home with Oefenen.nl',
        ar: 'تدرّب في البيت مع Oefenen.nl',
      },
      summary: {
        nl: 'Gratis online lessen Nederlands, rekenen en computer.',
        en: 'Free online lessons in Dutch, numeracy and computers.',
        ar: 'دروس مجانية عبر الإنترنت في الهولندية والحساب والحاسوب.',
      },
      goals: ['digital-phone-basics'],
    },
  ],
];

const HOLIDAYS = [
  ['2026-12-19', '2027-01-03'],
  ['2027-02-20', '2027-02-28'],
  ['2027-04-24', '2027-05-02'],
  ['2027-07-10', '2027-08-22'],
  ['2027-10-16', '2027-10-24'],
];
const DAY_MS = 86_400_000;
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);
const inHoliday = (date) => HOLIDAYS.some(([from, until]) => date >= from && date <= until);

/** A Dutch phone number with the area code of no real line: 0xx 599 nnnn. */
const phone = (rnd) => `0${10 + Math.floor(rnd() * 89)} 599 ${pad(Math.floor(rnd() * 10000), 4)}`;

/**
 * Generates a region of `feeds` feeds with `programmesPerFeed` programmes each.
 * With `dir`, writes `dir/feed-NNN.json` and `dir/feeds.txt` (paths relative to it).
 * @param {{ feeds?: number, programmesPerFeed?: number, seed?: number, dir?: string }} [options]
 * @returns {{ feeds: { file: string, town: string, feed: object }[], feedsTxt: string }}
 */
export function generateRegion({ feeds = 400, programmesPerFeed = 40, seed = 1, dir } = {}) {
  const rnd = random(seed);
  const int = (min, max) => min + Math.floor(rnd() * (max - min + 1));
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const weighted = (list, weightOf) => {
    const total = list.reduce((sum, item) => sum + weightOf(item), 0);
    let r = rnd() * total;
    for (const item of list) {
      r -= weightOf(item);
      if (r < 0) return item;
    }
    return list[list.length - 1];
  };
  const pickTown = () => {
    let r = rnd() * TOTAL_WEIGHT;
    for (let i = 0; i < PLACES.length; i++) {
      r -= WEIGHTS[i];
      if (r < 0) return PLACES[i];
    }
    return PLACES[PLACES.length - 1];
  };
  const postcode = (town) => {
    const letters = 'ABCDEGHJKLMNPRSTVWXZ';
    return `${town.pc4 + int(0, 8)} ${pick(letters)}${pick(letters)}`;
  };
  const supportLanguages = () => {
    const count = weighted([0, 1, 2, 3], (n) => [3, 4, 3, 1][n]);
    const out = new Set();
    while (out.size < count) out.add(weighted(SUPPORT, ([, w]) => w)[0]);
    return [...out];
  };

  const width = Math.max(3, String(feeds).length);
  const nameCount = new Map();
  const out = [];
  for (let f = 1; f <= feeds; f++) {
    const town = pickTown();
    const [, orgKind, nlPattern, enPattern] = weighted(ORG_KINDS, ([w]) => w);
    // A second feed of the same kind in one town is a district or partner organisation.
    const seen = (nameCount.get(`${nlPattern}|${town.name}`) ?? 0) + 1;
    nameCount.set(`${nlPattern}|${town.name}`, seen);
    const district =
      seen === 1
        ? ''
        : ` ${DISTRICTS[(seen - 2) % DISTRICTS.length]}${seen > DISTRICTS.length + 1 ? ` ${seen}` : ''}`;
    const townLabel = `${town.name}${district}`;
    const orgName = nlPattern.replace('{p}', townLabel);
    const domain = `${slug(orgName)}-${pad(f, width)}.example.org`;
    const orgId = slug(orgName);

    // Branch locations: the home town first, then neighbours within 15 km.
    const big = town.thousands >= 150 ? 2 : town.thousands >= 60 ? 1 : 0;
    const branchCount = Math.min(6, int(1, 3 + big));
    const neighbours = NEIGHBOURS.get(town.name);
    const locations = [];
    for (let b = 0; b < branchCount; b++) {
      const place = b === 0 || neighbours.length === 0 || rnd() < 0.4 + big * 0.2 ? town : pick(neighbours);
      const [venue] = b === 0 ? VENUES[0] : pick(VENUES);
      const name = `${venue} ${place.name}${b > 0 && place === town ? ` ${b + 1}` : ''}`;
      const spread = place === town ? 0.012 + big * 0.01 : 0.008;
      locations.push({
        id: `loc-${b + 1}-${slug(place.name)}`,
        name,
        address: { street: `${pick(STREETS)} ${int(1, 180)}`, postalCode: postcode(place), city: place.name },
        geo: {
          lat: Math.round((place.lat + (rnd() - 0.5) * 2 * spread) * 1e5) / 1e5,
          lon: Math.round((place.lon + (rnd() - 0.5) * 2 * spread * 1.6) * 1e5) / 1e5,
        },
        ...(rnd() < 0.6 ? { accessibility: 'Ingang zonder drempel, toegankelijk toilet.' } : {}),
      });
    }

    const programmes = [];
    for (let p = 0; p < programmesPerFeed; p++) {
      const [, t] = weighted(TEMPLATES, ([w]) => w);
      const location = pick(locations);
      const online = t.online || rnd() < 0.08;
      const placeName = location.address.city;
      const suffix = online ? '' : ` – ${placeName}`;
      const title = {
        nl: `${t.title.nl}${suffix}`,
        en: `${t.title.en}${suffix}`,
        ar: `${t.title.ar}${suffix}`,
      };
      const programme = {
        id: `${t.key}-${pad(p + 1)}`,
        title,
        summary: t.summary,
        kind: t.kind,
        learning: t.learning,
        domains: t.domains,
      };
      if (rnd() < 0.5) programme.organisationId = orgId;
      if (t.themes) programme.themes = t.themes;
      if (t.routes) programme.routes = t.routes;
      if (t.level) {
        const [min, max] = t.level;
        const shift = rnd() < 0.3 ? 1 : 0;
        const minIndex = Math.min(LEVELS.indexOf(min) + shift, max ? LEVELS.indexOf(max) : 5);
        programme.level = { min: LEVELS[minIndex], ...(max ? { max } : {}) };
      }
      const support = supportLanguages();
      if (support.length) programme.supportLanguages = support;
      programme.format = online ? 'online' : t.kind === 'coaching' && rnd() < 0.2 ? 'hybrid' : 'in-person';
      if (!online && !t.atHome) programme.locationIds = [location.id];

      const [start, end] = t.evening
        ? pick(TIMES.slice(6))
        : t.morning
          ? pick(TIMES.slice(0, 3))
          : pick(TIMES);
      if (t.weekly) {
        const days = [pick(DAYS)];
        if (t.kind === 'course' || rnd() < 0.15) days.push(pick(DAYS.filter((d) => d !== days[0])));
        days.sort((a, b) => DAYS.indexOf(a) - DAYS.indexOf(b));
        const from = `2026-${pad(int(8, 11))}-${pad(int(1, 28))}`;
        const until = rnd() < 0.6 ? `2027-${pad(int(6, 12))}-${pad(int(1, 28))}` : undefined;
        programme.schedule = { weekly: { days, start, end, from, ...(until ? { until } : {}) } };
        if (rnd() < 0.2) {
          // One week off around Christmas: the first meeting on or after 24 December.
          let day = Date.UTC(2026, 11, 24);
          while (DAYS[(new Date(day).getUTCDay() + 6) % 7] !== days[0]) day += DAY_MS;
          programme.schedule.sessions = [{ start: `${isoDate(day)}T${start}`, status: 'cancelled' }];
        }
      } else if (t.sessions) {
        let day = Date.UTC(2027, int(0, 10), int(1, 28));
        const sessions = [];
        while (sessions.length < t.sessions) {
          const date = isoDate(day);
          if (!inHoliday(date)) sessions.push({ start: `${date}T${start}`, end: `${date}T${end}` });
          day += 7 * DAY_MS;
        }
        programme.schedule = { sessions };
      } else if (t.note) {
        programme.schedule = { note: 'Dag en tijd spreekt u samen af.' };
      }

      programme.cost = t.paid
        ? {
            free: false,
            amount: pick([1950, 2450, 2950]),
            currency: 'EUR',
            note: 'Te betalen met de DUO-lening.',
          }
        : rnd() < 0.06
          ? { free: false, amount: pick([2.5, 5, 10, 15]), currency: 'EUR', note: 'Met de stadspas gratis.' }
          : { free: true };
      programme.registration = t.walkIn
        ? { required: false, note: WALK_IN }
        : {
            required: true,
            email: `taalhuis@${domain}`,
            ...(rnd() < 0.5 ? { url: `https://${domain}/aanmelden` } : {}),
          };
      if (t.places) {
        const remaining = int(0, t.places);
        programme.capacity = {
          places: t.places,
          remaining,
          ...(remaining === 0 ? { waitingList: true } : {}),
        };
      }
      programme.goals = t.goals;
      programme.lastChecked = `2026-${pad(int(9, 11))}-${pad(int(1, 30))}`;
      programmes.push(programme);
    }

    const feed = {
      feedVersion: 1,
      publisher: {
        name: { nl: orgName, en: enPattern.replace('{p}', townLabel) },
        url: `https://${domain}`,
        email: `taalhuis@${domain}`,
        phone: phone(rnd),
        privacyUrl: `https://${domain}/privacy`,
      },
      updated: `2026-${pad(int(10, 12))}-0${int(1, 4)}T${pad(int(8, 17))}:${pad(int(0, 59))}:00+01:00`,
      organisations: [{ id: orgId, name: orgName, kind: orgKind, url: `https://${domain}` }],
      locations,
      programmes,
    };
    if (rnd() < 0.5)
      feed.volunteerRoles = [
        {
          id: 'taalmaatje',
          title: { nl: 'Taalmaatje', en: 'Language buddy', ar: 'رفيق اللغة' },
          hoursPerWeek: 2,
          minMonths: 6,
          vogRequired: false,
        },
      ];
    out.push({ file: `feed-${pad(f, width)}.json`, town: town.name, feed });
  }

  const feedsTxt = `# Generated region: ${feeds} feeds, ${programmesPerFeed} programmes each, seed ${seed}.\n# Made by bench/region-generate.mjs; paths are relative to this file.\n\n${out.map((f) => f.file).join('\n')}\n`;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    for (const { file, feed } of out) writeFileSync(path.join(dir, file), JSON.stringify(feed));
    writeFileSync(path.join(dir, 'feeds.txt'), feedsTxt);
  }
  return { feeds: out, feedsTxt };
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--out') options.dir = value();
    else if (arg === '--feeds') options.feeds = Number(value());
    else if (arg === '--programmes') options.programmesPerFeed = Number(value());
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--help') return { help: true };
    else throw new Error(`Unknown option ${arg}`);
  }
  for (const key of ['feeds', 'programmesPerFeed', 'seed'])
    if (key in options && !(Number.isInteger(options[key]) && options[key] >= 0))
      throw new Error(`--${key === 'programmesPerFeed' ? 'programmes' : key} must be a whole number`);
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const usage =
    'Usage: node bench/region-generate.mjs --out <dir> [--feeds 400] [--programmes 40] [--seed 1]';
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error.message}\n${usage}`);
    process.exit(2);
  }
  if (options.help || !options.dir) {
    console.log(usage);
    process.exit(options.help ? 0 : 2);
  }
  const started = performance.now();
  const { feeds } = generateRegion(options);
  const towns = new Set(feeds.map((f) => f.town)).size;
  const programmes = feeds.reduce((sum, f) => sum + f.feed.programmes.length, 0);
  console.log(
    `${feeds.length} feeds (${programmes} programmes, ${towns} towns) in ${options.dir} in ${Math.round(performance.now() - started)} ms`,
  );
}
