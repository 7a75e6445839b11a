/**
 * Small feeds for the overview, each counted by hand in the comments, around "now" =
 * Monday 11 January 2027, 12:00 in Amsterdam. A module, not .json: every file in this
 * folder that ends in .test.ts is a test; this one is not.
 */
export const NOW = new Date('2027-01-11T12:00:00+01:00');

/**
 * Five programmes, one ended, one invalid:
 * - cafe: informal, no route, leisure-social + integration, themes social-network; Thu 19:00 weekly; ar, ti
 * - course: non-formal, routes b1+z, digital-skills; sessions Tue 10:00 (one cancelled Tue 10:00 too); waiting list
 * - school: formal, route b1, work-education + integration; Mon+Wed 09:00 weekly, until July; full (remaining 0); fa-AF
 * - online: non-formal, online, routes b1+education+z, numeracy; no schedule (always); en
 * - old: ended in 2026 (not counted), route z, parenting
 * - broken: has no `kind` (skipped by the parser)
 *
 * Hand-counted (counted = 4, ended = 1, skipped = 1):
 *            work int par hea arr lei dig num | route total
 *   b1         1   1   0   0   0   0   1   1  |   3
 *   education  0   0   0   0   0   0   0   1  |   1
 *   z          0   0   0   0   0   0   1   1  |   2
 *   none       0   1   0   0   0   1   0   0  |   1
 *   domain     1   2   0   0   0   1   1   1
 * Days: mon 1, tue 1, wed 1, thu 1; fri, sat, sun 0. Parts: morning 2, evening 1, afternoon 0.
 * Unscheduled: 1 (online). Languages: ar 1, ti 1, fa 1, en 1 -> missing tr, pl, uk, so.
 * VIME: formal 1, non-formal 2, informal 1. Full: course (waiting list), school (full).
 */
export const SMALL_FEED = {
  feedVersion: 1,
  publisher: { name: 'Taalhuis Telstad', url: 'https://taalhuis.example.nl' },
  updated: '2027-01-10T09:00:00+01:00',
  organisations: [
    { id: 'bieb', name: 'Bibliotheek Telstad', kind: 'library' },
    { id: 'school', name: 'Taalschool Telstad', kind: 'language-school' },
    { id: 'vwn', name: 'VluchtelingenWerk Telstad', kind: 'refugee-support' },
  ],
  programmes: [
    {
      id: 'cafe',
      title: 'Taalcafé',
      organisationId: 'bieb',
      kind: 'language-cafe',
      learning: 'informal',
      domains: ['leisure-social', 'integration-naturalisation'],
      themes: ['social-network'],
      supportLanguages: ['ar', 'ti'],
      format: 'in-person',
      schedule: { weekly: { days: ['thu'], start: '19:00', end: '21:00', from: '2026-01-01' } },
      cost: { free: true },
    },
    {
      id: 'course',
      title: 'Klik & Tik',
      organisationId: 'bieb',
      kind: 'course',
      learning: 'non-formal',
      domains: ['digital-skills'],
      themes: ['participation'],
      routes: ['b1', 'z'],
      format: 'in-person',
      schedule: {
        sessions: [
          { start: '2027-01-12T10:00', end: '2027-01-12T12:00' },
          { start: '2027-01-19T10:00', end: '2027-01-19T12:00', status: 'cancelled' },
          { start: '2027-01-26T10:00', end: '2027-01-26T12:00' },
        ],
      },
      capacity: { places: 8, remaining: 0, waitingList: true },
      cost: { free: true },
    },
    {
      id: 'school',
      title: 'NT2 B1',
      organisationId: 'school',
      kind: 'course',
      learning: 'formal',
      domains: ['work-education', 'integration-naturalisation'],
      themes: ['integration'],
      routes: ['b1'],
      supportLanguages: ['fa-AF'],
      format: 'hybrid',
      schedule: {
        weekly: {
          days: ['mon', 'wed'],
          start: '09:00',
          end: '12:00',
          from: '2026-09-01',
          until: '2027-07-01',
        },
      },
      capacity: { places: 14, remaining: 0 },
      cost: { free: false, amount: 100 },
    },
    {
      id: 'online',
      title: 'Oefenen.nl',
      kind: 'self-study',
      learning: 'non-formal',
      domains: ['numeracy'],
      routes: ['b1', 'education', 'z'],
      supportLanguages: ['en'],
      format: 'online',
      cost: { free: true },
    },
    {
      id: 'old',
      title: 'Voorlezen 2026',
      organisationId: 'vwn',
      kind: 'workshop',
      learning: 'non-formal',
      domains: ['parenting'],
      routes: ['z'],
      format: 'in-person',
      schedule: { sessions: [{ start: '2026-03-01T10:00', end: '2026-03-01T11:00' }] },
      cost: { free: true },
    },
    {
      id: 'broken',
      title: 'Zonder soort',
      learning: 'informal',
      domains: ['numeracy'],
      format: 'online',
      cost: { free: true },
    },
  ],
  volunteerRoles: [{ id: 'maatje', title: 'Taalmaatje', hoursPerWeek: 2, vogRequired: false }],
};

/** Only online offer, no routes, no themes: every programme is online, none names a route or theme. */
export const ONLINE_FEED = {
  feedVersion: 1,
  publisher: { name: 'Online Taalhuis' },
  programmes: [
    {
      id: 'a',
      title: 'Oefenen thuis',
      kind: 'self-study',
      learning: 'non-formal',
      domains: ['digital-skills'],
      format: 'online',
      cost: { free: true },
    },
    {
      id: 'b',
      title: 'Online gesprek',
      kind: 'language-cafe',
      learning: 'informal',
      domains: ['leisure-social'],
      format: 'online',
      schedule: { weekly: { days: ['mon'], start: '20:00', end: '21:00' } },
      cost: { free: true },
    },
  ],
};
