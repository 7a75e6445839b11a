/**
 * The finder tests' feed: eight programmes around Monday 11 January 2027, 12:00 in
 * Amsterdam (see NOW in helpers.ts), chosen so each filter, sort and state has
 * something to show: a weekly taalcafé, a course with a cancelled session and a
 * waiting list, a hybrid paid course, an online programme without dates or level, an
 * ended one, one at home, and Dutch-only and Arabic-only texts.
 *
 * A module, not a .json file, because every file in this folder is run as a test file.
 */
export const FIXTURE_FEED = {
  feedVersion: 1,
  publisher: {
    name: 'Taalhuis Testdorp',
    url: 'https://taalhuis.example.nl',
  },
  updated: '2027-01-10T09:00:00+01:00',
  organisations: [
    {
      id: 'bieb',
      name: 'Bibliotheek Testdorp',
      kind: 'library',
    },
    {
      id: 'welzijn',
      name: {
        nl: 'Welzijn Testdorp',
        en: 'Testdorp Welfare',
      },
      kind: 'welfare',
      phone: '0575 123 456',
    },
    {
      id: 'school',
      name: 'Taalschool Oost',
      kind: 'language-school',
      url: 'https://school.example.nl',
    },
  ],
  locations: [
    {
      id: 'centrum',
      name: {
        nl: 'Bibliotheek Centrum',
        en: 'Central Library',
        ar: 'المكتبة المركزية',
      },
      address: {
        street: 'Marktplein 1',
        postalCode: '7201 AB',
        city: 'Testdorp',
      },
      geo: {
        lat: 52.14,
        lon: 6.2,
      },
      accessibility: {
        nl: 'Ingang zonder drempel en een lift.',
        en: 'Step-free entrance and a lift.',
      },
      url: 'https://bieb.example.nl/centrum',
    },
    {
      id: 'warnsveld',
      name: 'Bibliotheek Warnsveld',
      address: {
        street: 'Het Hoge 41',
        postalCode: '7231 BD',
        city: 'Warnsveld',
      },
      geo: {
        lat: 52.138,
        lon: 6.231,
      },
    },
    {
      id: 'buurthuis',
      name: 'Buurthuis De Linde',
      address: {
        street: 'Lindelaan 3',
        city: 'Testdorp',
      },
    },
    {
      id: 'school-oost',
      name: 'Taalschool Oost',
      geo: {
        lat: 52.52,
        lon: 6.08,
      },
    },
  ],
  programmes: [
    {
      id: 'taalcafe',
      title: {
        nl: 'Taalcafé Centrum',
        en: 'Language café',
        ar: 'مقهى اللغة',
      },
      summary: {
        nl: 'Elke donderdag praten met anderen. Gewoon binnenlopen.',
        en: 'Talk with others every Thursday. Just walk in.',
      },
      description: {
        nl: 'Koffie, thee en gesprekken in kleine groepjes.',
        en: 'Coffee, tea and talk in small groups.',
      },
      organisationId: 'bieb',
      kind: 'language-cafe',
      learning: 'informal',
      domains: ['leisure-social'],
      themes: ['social-network'],
      level: {
        min: 'A1',
        max: 'B2',
      },
      supportLanguages: ['ar', 'ti'],
      format: 'in-person',
      locationIds: ['centrum'],
      schedule: {
        weekly: {
          days: ['thu'],
          start: '14:00',
          end: '16:00',
          from: '2026-01-01',
        },
      },
      cost: {
        free: true,
      },
      registration: {
        required: false,
        note: 'Je hoeft je niet aan te melden.',
      },
      goals: ['leisure-small-talk'],
      lastChecked: '2027-01-05',
    },
    {
      id: 'voor-t-zelfde-geld',
      title: 'Voor ’t Zelfde Geld',
      summary: 'Leer omgaan met geld en post, samen met een vrijwilliger.',
      organisationId: 'welzijn',
      kind: 'course',
      learning: 'non-formal',
      domains: ['numeracy', 'arranging-matters'],
      themes: ['finance-administration'],
      routes: ['z'],
      level: {
        min: 'A1',
        max: 'A2',
      },
      format: 'in-person',
      locationIds: ['buurthuis'],
      schedule: {
        sessions: [
          {
            start: '2027-01-12T10:00',
            end: '2027-01-12T12:00',
          },
          {
            start: '2027-01-19T10:00',
            end: '2027-01-19T12:00',
            status: 'cancelled',
          },
          {
            start: '2027-01-26T10:00',
            end: '2027-01-26T12:00',
          },
        ],
      },
      cost: {
        free: false,
        amount: 25,
        currency: 'EUR',
      },
      capacity: {
        places: 10,
        remaining: 0,
        waitingList: true,
      },
    },
    {
      id: 'digisterker',
      title: {
        nl: 'Digisterker: werken met DigiD',
        en: 'Digisterker: using DigiD',
      },
      summary: {
        nl: 'Vier avonden oefenen met DigiD en websites van de overheid.',
        en: 'Four evenings practising DigiD and government websites.',
      },
      organisationId: 'bieb',
      kind: 'course',
      learning: 'non-formal',
      domains: ['digital-skills', 'arranging-matters'],
      routes: ['b1'],
      level: {
        min: 'A2',
        max: 'B1',
      },
      format: 'in-person',
      locationIds: ['warnsveld'],
      schedule: {
        sessions: [
          {
            start: '2027-01-13T19:00',
            end: '2027-01-13T21:00',
          },
          {
            start: '2027-01-20T19:00',
            end: '2027-01-20T21:00',
          },
        ],
      },
      cost: {
        free: true,
      },
      registration: {
        required: true,
        url: 'https://bieb.example.nl/aanmelden',
        phone: '0575 599 010',
        email: 'digi@bieb.example.nl',
      },
      capacity: {
        places: 8,
        remaining: 3,
      },
      goals: ['digital-digid-login'],
    },
    {
      id: 'nt2-b1',
      title: 'NT2 B1-route',
      summary: 'Inburgeringscursus tot niveau B1, twee ochtenden per week.',
      organisationId: 'school',
      kind: 'course',
      learning: 'formal',
      domains: ['integration-naturalisation', 'work-education'],
      themes: ['integration'],
      routes: ['b1', 'education'],
      level: {
        min: 'A2',
        max: 'B1',
      },
      format: 'hybrid',
      locationIds: ['school-oost'],
      schedule: {
        weekly: {
          days: ['mon', 'wed'],
          start: '09:00',
          end: '12:00',
          from: '2026-09-01',
          until: '2027-07-01',
        },
      },
      cost: {
        free: false,
        amount: 2950,
      },
      capacity: {
        places: 14,
        remaining: 1,
      },
    },
    {
      id: 'oefenen-online',
      title: {
        nl: 'Oefenen.nl thuis',
        en: 'Practise at home',
        uk: 'Вправи вдома',
      },
      summary: {
        nl: 'Oefen op je eigen tijd op de computer of telefoon.',
        en: 'Practise in your own time on a computer or phone.',
      },
      kind: 'self-study',
      learning: 'informal',
      domains: ['digital-skills'],
      supportLanguages: ['uk'],
      format: 'online',
      cost: {
        free: true,
      },
    },
    {
      id: 'zomerschool-2026',
      title: 'Zomertaalschool 2026',
      summary: 'Twee weken Nederlands in de zomer.',
      organisationId: 'bieb',
      kind: 'course',
      learning: 'non-formal',
      domains: ['leisure-social'],
      format: 'in-person',
      locationIds: ['centrum'],
      schedule: {
        sessions: [
          {
            start: '2026-07-06T10:00',
            end: '2026-07-06T12:00',
          },
          {
            start: '2026-07-13T10:00',
            end: '2026-07-13T12:00',
          },
        ],
      },
      cost: {
        free: true,
      },
    },
    {
      id: 'voorlezen',
      title: 'VoorleesExpress',
      summary: {
        nl: 'Een vrijwilliger leest thuis voor met je kinderen.',
        ar: 'متطوع يقرأ مع أطفالك في البيت.',
      },
      organisationId: 'welzijn',
      kind: 'reading-at-home',
      learning: 'non-formal',
      domains: ['parenting'],
      themes: ['family'],
      level: {
        min: 'A0',
        max: 'B1',
      },
      supportLanguages: ['ar', 'so'],
      format: 'in-person',
      schedule: {
        note: 'Twintig weken, een uur per week, op een tijd die jou past.',
      },
      cost: {
        free: true,
      },
      registration: {
        required: true,
        email: 'voorlezen@welzijn.example.nl',
        phone: '0575 123 456',
      },
    },
    {
      id: 'vrouwengroep',
      title: 'Vrouwengroep Samen Sterk',
      summary: {
        ar: 'مجموعة نسائية للحديث والرياضة.',
      },
      organisationId: 'welzijn',
      kind: 'drop-in',
      learning: 'informal',
      domains: ['leisure-social', 'health-exercise'],
      themes: ['social-network', 'participation'],
      level: {
        min: 'A0',
        max: 'A2',
      },
      supportLanguages: ['ar'],
      format: 'in-person',
      locationIds: ['buurthuis'],
      schedule: {
        weekly: {
          days: ['fri'],
          start: '10:00',
          end: '12:00',
        },
      },
      cost: {
        free: true,
      },
    },
  ],
  goals: [],
} as const;
