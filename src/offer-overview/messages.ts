/**
 * The overview's words, in the UI language (message ids `overview.`): headings, column
 * headers, and each gap of the model said in one plain sentence. Functions, so `msg()`
 * runs in the active locale on every render.
 */
import { msg, str } from '@lit/localize';
import type { Day } from '../feed/schema.js';
import type { PartOfDay } from '../feed/schedule.js';
import { dayLabel, domainLabel, partOfDayLabel, routeLabel, themeLabel } from '../shared/labels.js';
import { formatList, formatNumber, plural } from '../shared/format.js';
import { languageName } from '../shared/language-names.js';
import { useMessages } from '../localization/localization.js';
import type { Gap } from '../feed/offer-overview.js';

useMessages('overview');

export const t = {
  title: () =>
    msg('Het aanbod in één oogopslag', {
      id: 'overview.title',
      desc: 'Heading of the printable overview of all language offer of a Taalhuis, made for the municipality.',
    }),
  feedDate: (date: string) =>
    msg(str`Stand van het aanbod: ${date}`, {
      id: 'overview.feed-date',
      desc: 'The date the published list of courses was last updated. Placeholder: a date.',
    }),
  feedDateUnknown: () =>
    msg('De feed zegt niet van wanneer hij is.', {
      id: 'overview.feed-date-unknown',
      desc: 'Shown when the published list has no date.',
    }),
  made: (date: string) =>
    msg(str`Gemaakt op ${date}`, {
      id: 'overview.made',
      desc: 'When this overview was made (printed). Placeholder: a date.',
    }),
  labelCount: (label: string, count: string) =>
    msg(str`${label}: ${count}`, {
      id: 'overview.label-count',
      desc: 'A name and a number, e.g. "Arabic: 14". Keep the order that reads naturally.',
    }),
  counted: () =>
    msg("Programma's meegeteld", {
      id: 'overview.counted',
      desc: 'Label before the number of programmes counted in the overview.',
    }),
  skipped: () =>
    msg('Ongeldig in de feed en overgeslagen', {
      id: 'overview.skipped',
      desc: 'Label before the number of items of the published list that were broken and left out.',
    }),
  ended: (count: number, locale: string) => {
    const n = formatNumber(count, locale);
    return plural(count, locale, {
      one: () =>
        msg(str`${n} beëindigd programma niet meegeteld.`, {
          id: 'overview.ended.one',
          desc: 'Number of programmes that are over and not counted, singular.',
        }),
      two: () =>
        msg(str`${n} beëindigde programma's niet meegeteld.`, {
          id: 'overview.ended.two',
          desc: 'As "overview.ended.other", for exactly two: a form of its own in Arabic (dual). Other languages: the same as the plural.',
        }),
      few: () =>
        msg(str`${n} beëindigde programma's niet meegeteld.`, {
          id: 'overview.ended.few',
          desc: 'As "overview.ended.other", for a few: Polish and Ukrainian 2-4, Arabic 3-10. Other languages: the same as the plural.',
        }),
      many: () =>
        msg(str`${n} beëindigde programma's niet meegeteld.`, {
          id: 'overview.ended.many',
          desc: 'As "overview.ended.other", for many: Polish and Ukrainian 5-20, Arabic 11-99. Other languages: the same as the plural.',
        }),
      other: () =>
        msg(str`${n} beëindigde programma's niet meegeteld.`, {
          id: 'overview.ended.other',
          desc: 'Number of programmes that are over and not counted, plural.',
        }),
    });
  },
  countingNote: () =>
    msg(
      'Een programma telt mee bij elke route, elk domein en elk thema dat het noemt. De kolom Totaal telt elk programma één keer.',
      {
        id: 'overview.counting-note',
        desc: 'Explains why the numbers in a row do not add up to the total.',
      },
    ),
  linkHint: () =>
    msg("Klik op een getal om die programma's in de zoeker te zien.", {
      id: 'overview.link-hint',
      desc: 'Tells that each number is a link to the search page, filtered.',
    }),
  print: () => msg('Afdrukken', { id: 'overview.print', desc: 'Button that prints the overview.' }),
  gapsHeading: () =>
    msg('Wat ontbreekt', { id: 'overview.gaps.heading', desc: 'Heading of the list of gaps in the offer.' }),
  gapsNone: () =>
    msg('Geen gaten gevonden.', {
      id: 'overview.gaps.none',
      desc: 'Shown when the overview found no gaps in the offer.',
    }),
  routesDomainsHeading: () =>
    msg('Leerroute en domein', {
      id: 'overview.routes-domains.heading',
      desc: 'Heading of the table of programmes per learning route and learning-goal domain.',
    }),
  routesThemesHeading: () =>
    msg('Leerroute en thema', {
      id: 'overview.routes-themes.heading',
      desc: 'Heading of the table of programmes per learning route and theme of social guidance.',
    }),
  vimeHeading: () =>
    msg('Formeel, non-formeel en informeel per domein', {
      id: 'overview.vime.heading',
      desc: 'Heading of the table that splits the offer per domain into formal, non-formal and informal learning (the VIME model).',
    }),
  organisationsHeading: () =>
    msg('Wie biedt wat aan', {
      id: 'overview.organisations.heading',
      desc: 'Heading of the table of organisations and their offer.',
    }),
  whenHeading: () =>
    msg('Wanneer', { id: 'overview.when.heading', desc: 'Heading of the table of programmes per weekday.' }),
  languagesHeading: () =>
    msg('Hulp in een andere taal', {
      id: 'overview.languages.heading',
      desc: 'Heading of the list of languages (other than Dutch) in which programmes offer help.',
    }),
  fullHeading: () =>
    msg('Vol of met wachtlijst', {
      id: 'overview.full.heading',
      desc: 'Heading of the list of programmes that are full or have a waiting list.',
    }),
  rolesHeading: () =>
    msg('Vrijwilligers gezocht', {
      id: 'overview.roles.heading',
      desc: 'Heading of the list of volunteer roles.',
    }),
  domain: () => msg('Domein', { id: 'overview.col.domain', desc: 'Column header: learning-goal domain.' }),
  theme: () => msg('Thema', { id: 'overview.col.theme', desc: 'Column header: theme of social guidance.' }),
  noRoute: () =>
    msg('Geen route genoemd', {
      id: 'overview.col.no-route',
      desc: 'Column header: programmes that name no learning route (open to anyone).',
    }),
  total: () => msg('Totaal', { id: 'overview.col.total', desc: 'Column or row header: the total.' }),
  allProgrammes: () =>
    msg("Alle programma's", {
      id: 'overview.row.all',
      desc: 'Row header of the last row of a table: all programmes together.',
    }),
  organisation: () =>
    msg('Organisatie', { id: 'overview.col.organisation', desc: 'Column header: organisation.' }),
  kind: () =>
    msg('Soort', {
      id: 'overview.col.kind',
      desc: 'Column header: kind of organisation (library, school...).',
    }),
  programmes: () =>
    msg("Programma's", {
      id: 'overview.col.programmes',
      desc: 'Column or row header: number of programmes.',
    }),
  mainDomains: () =>
    msg('Vooral', {
      id: 'overview.col.main-domains',
      desc: 'Column header: the domains an organisation offers most in ("mostly").',
    }),
  unknownOrganisation: (id: string) =>
    msg(str`Onbekende organisatie (${id})`, {
      id: 'overview.organisation.unknown',
      desc: 'An organisation the list names but does not describe. Placeholder: its code.',
    }),
  heatLegend: () =>
    msg("Hoe donkerder het vak, hoe meer programma's. Een leeg vak met 0 betekent: geen aanbod.", {
      id: 'overview.heat.legend',
      desc: 'Legend of the shaded table (heat map).',
    }),
  few: () => msg('weinig', { id: 'overview.heat.few', desc: 'Legend: light shade, few programmes.' }),
  many: () => msg('veel', { id: 'overview.heat.many', desc: 'Legend: dark shade, many programmes.' }),
  unscheduled: () =>
    msg('Zonder vaste dagen (op afspraak of altijd online)', {
      id: 'overview.unscheduled',
      desc: 'Label before the number of programmes that have no fixed days.',
    }),
  nextYear: () =>
    msg("Programma's met een bijeenkomst op die dag in het komende jaar.", {
      id: 'overview.when.caption',
      desc: 'Caption of the table of programmes per weekday.',
    }),
  languagesNone: () =>
    msg('Geen enkel programma biedt hulp in een andere taal.', {
      id: 'overview.languages.none',
      desc: 'Shown when no programme offers help in a language other than Dutch.',
    }),
  fullNone: () =>
    msg('Overal is nog plaats.', {
      id: 'overview.full.none',
      desc: 'Shown when no programme is full or has a waiting list.',
    }),
  stateFull: () => msg('vol', { id: 'overview.full.state.full', desc: 'A programme with no places left.' }),
  stateWaiting: () =>
    msg('wachtlijst', { id: 'overview.full.state.waiting', desc: 'A programme with a waiting list.' }),
  rolesNone: () =>
    msg('De feed noemt geen vrijwilligersrollen.', {
      id: 'overview.roles.none',
      desc: 'Shown when the list names no volunteer roles.',
    }),
  hoursPerWeek: (hours: string) =>
    msg(str`${hours} uur per week`, {
      id: 'overview.roles.hours',
      desc: 'Hours per week a volunteer role asks. Placeholder: a number.',
    }),
  vog: () =>
    msg('VOG nodig', {
      id: 'overview.roles.vog',
      desc: 'The volunteer role needs a VOG (Dutch certificate of conduct). Keep "VOG".',
    }),
  qrCaption: () =>
    msg('Scan voor het actuele aanbod', {
      id: 'overview.qr.caption',
      desc: 'Caption under the QR code that leads to the live search page.',
    }),
  qrLabel: (url: string) =>
    msg(str`QR-code naar ${url}`, {
      id: 'overview.qr.label',
      desc: 'Text alternative of the QR code. Placeholder: a web address.',
    }),
};

function list(items: string[], locale: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return formatList(items, locale, type);
}

/** One gap of the model in one plain sentence. */
export function gapText(gap: Gap, locale: string): string {
  switch (gap.kind) {
    case 'nothing':
      return msg('Er is geen lopend aanbod.', {
        id: 'overview.gap.nothing',
        desc: 'Gap: the list has no programme that is still running.',
      });
    case 'domains': {
      const domains = list(gap.domains.map(domainLabel), locale);
      return msg(str`Geen aanbod in: ${domains}.`, {
        id: 'overview.gap.domains',
        desc: 'Gap: learning-goal domains without any programme. Placeholder: a list of domains.',
      });
    }
    case 'no-routes':
      return msg('Geen enkel programma noemt een leerroute (B1-route, onderwijsroute of Z-route).', {
        id: 'overview.gap.no-routes',
        desc: 'Gap: no programme says which learning route of civic integration it is for.',
      });
    case 'route': {
      const route = routeLabel(gap.route);
      return msg(str`Geen aanbod voor de ${route}.`, {
        id: 'overview.gap.route',
        desc: 'Gap: no programme for this learning route. Placeholder: B1-route, Onderwijsroute or Z-route.',
      });
    }
    case 'route-domains': {
      const route = routeLabel(gap.route);
      const domains = list(gap.domains.map(domainLabel), locale);
      return msg(str`Geen aanbod voor de ${route} in: ${domains}.`, {
        id: 'overview.gap.route-domains',
        desc: 'Gap: no programme for this learning route in these domains. Placeholders: a route (Z-route), a list of domains.',
      });
    }
    case 'no-themes':
      return msg('Geen enkel programma noemt een thema van maatschappelijke begeleiding.', {
        id: 'overview.gap.no-themes',
        desc: 'Gap: no programme names a theme of social guidance (housing, health...).',
      });
    case 'themes': {
      const themes = list(gap.themes.map(themeLabel), locale);
      return msg(str`Geen aanbod voor de thema's: ${themes}.`, {
        id: 'overview.gap.themes',
        desc: 'Gap: themes of social guidance without any programme. Placeholder: a list of themes.',
      });
    }
    case 'days': {
      const days = list(
        gap.days.map((day: Day) => dayLabel(day, locale)),
        locale,
      );
      return msg(str`Niets op ${days}.`, {
        id: 'overview.gap.days',
        desc: 'Gap: weekdays without any meeting. Placeholder: a list of weekdays ("zaterdag en zondag").',
      });
    }
    case 'parts': {
      const parts = list(
        gap.parts.map((part: PartOfDay) => partOfDayLabel(part).toLocaleLowerCase(locale)),
        locale,
      );
      return msg(str`Niets in de ${parts}.`, {
        id: 'overview.gap.parts',
        desc: 'Gap: parts of the day without any meeting. Placeholder: "ochtend", "middag" and/or "avond".',
      });
    }
    case 'languages': {
      const languages = list(
        gap.languages.map((code) => languageName(code, locale)),
        locale,
        'disjunction',
      );
      return msg(str`Geen hulp in het ${languages}.`, {
        id: 'overview.gap.languages',
        desc: 'Gap: languages of newcomers in which no programme offers help. Placeholder: a list of languages joined with "or".',
      });
    }
    case 'online-only':
      return msg('Alles is online: er is geen aanbod op een plek om naartoe te gaan.', {
        id: 'overview.gap.online-only',
        desc: 'Gap: every programme is online only.',
      });
  }
}
