/**
 * `taalwijzer convert`: the spreadsheets a Taalhuis keeps (programmes, locations,
 * organisations, volunteer roles, as CSV with Dutch column names) to a feed, version 1.
 *
 * Every problem names its file, row and column, in plain Dutch, and says what
 * happened: a row with an error is left out of the feed ("fout"); a value that could
 * not be read is left out and the row stays ("let op"). The columns and the words
 * they take are documented in docs/coordinatoren.md and examples/spreadsheet/.
 */
import { say } from './language.js';
import type { Location, Organisation, Programme, Text, VolunteerRole } from '../feed/schema.js';
import {
  parseCoordinate,
  parseEmail,
  parseLanguage,
  parseLevel,
  parsePhone,
  parseSession,
  parseUrl,
  parseWeekly,
} from './cells.js';
import {
  closest,
  dutchDate,
  normaliseWord,
  parseDate,
  parseNumber,
  parseWholeNumber,
  parseYesNo,
  splitList,
  type CsvTable,
} from './csv.js';
import { col, Row, Sheet, type Columns, type Problem } from './sheet.js';
import { isoWithOffset } from './time.js';
import {
  DOMAIN_WORDS,
  FORMAT_WORDS,
  KIND_WORDS,
  LEARNING_WORDS,
  ORGANISATION_KIND_WORDS,
  ROUTE_WORDS,
  THEME_WORDS,
  unknownWord,
} from './vocabulary.js';

export { formatProblem, type Problem } from './sheet.js';

export const PROGRAMME_COLUMNS = {
  id: col('id'),
  title: col('titel', { aliases: ['naam', 'title'], translatable: true, required: true }),
  summary: col('samenvatting', { aliases: ['korte_beschrijving'], translatable: true }),
  description: col('beschrijving', { aliases: ['omschrijving'], translatable: true }),
  organisation: col('organisatie', { aliases: ['aanbieder', 'organisator'] }),
  kind: col('soort', { aliases: ['type'], required: true }),
  learning: col('leervorm', { aliases: ['vime'], required: true }),
  domains: col('domeinen', { aliases: ['domein', 'leerdomeinen'], required: true }),
  themes: col('themas', { aliases: ['thema'] }),
  routes: col('routes', { aliases: ['route', 'leerroutes', 'leerroute'] }),
  level: col('niveau', { aliases: ['niveaus', 'taalniveau'] }),
  instructionLanguages: col('lestaal', {
    aliases: ['lestalen', 'instructietaal', 'instructietalen', 'voertaal'],
  }),
  supportLanguages: col('hulptalen', {
    aliases: ['hulptaal', 'steuntalen', 'steuntaal', 'ondersteuning_in'],
  }),
  format: col('vorm', { aliases: ['werkvorm', 'lesvorm'], required: true }),
  locations: col('locaties', { aliases: ['locatie', 'waar'] }),
  sessions: col('sessies', { aliases: ['sessie', 'data', 'datums', 'bijeenkomsten', 'lessen'] }),
  weekly: col('wekelijks', { aliases: ['elke_week', 'iedere_week'] }),
  from: col('van', { aliases: ['vanaf', 'startdatum', 'begindatum'] }),
  until: col('tot', { aliases: ['tot_en_met', 't_m', 'tm', 'einddatum'] }),
  scheduleNote: col('rooster_opmerking', { aliases: ['rooster', 'tijden_opmerking'], translatable: true }),
  free: col('gratis', { required: true }),
  price: col('prijs', { aliases: ['bedrag', 'kosten', 'prijs_euro'] }),
  costNote: col('kosten_opmerking', { aliases: ['prijs_opmerking'], translatable: true }),
  registration: col('aanmelden', { aliases: ['aanmelden_verplicht', 'aanmelding', 'aanmelding_nodig'] }),
  registrationUrl: col('aanmelden_link', { aliases: ['aanmeldlink', 'aanmelden_website', 'aanmelden_url'] }),
  registrationEmail: col('aanmelden_email', { aliases: ['aanmelden_e_mail', 'aanmeld_email'] }),
  registrationPhone: col('aanmelden_telefoon', { aliases: ['aanmelden_tel', 'aanmeld_telefoon'] }),
  registrationNote: col('aanmelden_opmerking', { translatable: true }),
  places: col('plaatsen', { aliases: ['max_deelnemers', 'aantal_plaatsen'] }),
  remaining: col('plaatsen_vrij', { aliases: ['vrije_plaatsen', 'nog_vrij'] }),
  waitingList: col('wachtlijst'),
  goals: col('leerdoelen', { aliases: ['doelen'] }),
  audience: col('doelgroep', { aliases: ['voor_wie'], translatable: true }),
  lastChecked: col('gecontroleerd', { aliases: ['laatst_gecontroleerd', 'gecontroleerd_op', 'gecheckt'] }),
};

export const LOCATION_COLUMNS = {
  id: col('id'),
  name: col('naam', { aliases: ['titel'], translatable: true, required: true }),
  street: col('straat', { aliases: ['adres', 'straat_en_huisnummer', 'straat_huisnummer'] }),
  postalCode: col('postcode'),
  city: col('plaats', { aliases: ['woonplaats', 'stad', 'gemeente'] }),
  lat: col('breedtegraad', { aliases: ['lat', 'latitude', 'noorderbreedte'] }),
  lon: col('lengtegraad', { aliases: ['lon', 'lng', 'longitude', 'oosterlengte'] }),
  accessibility: col('toegankelijkheid', { translatable: true }),
  url: col('website', { aliases: ['url', 'link'] }),
};

export const ORGANISATION_COLUMNS = {
  id: col('id'),
  name: col('naam', { aliases: ['titel'], translatable: true, required: true }),
  kind: col('soort', { aliases: ['type'] }),
  url: col('website', { aliases: ['url', 'link'] }),
  email: col('email', { aliases: ['e_mail', 'mail'] }),
  phone: col('telefoon', { aliases: ['tel', 'telefoonnummer'] }),
};

export const ROLE_COLUMNS = {
  id: col('id'),
  title: col('titel', { aliases: ['naam', 'rol'], translatable: true, required: true }),
  description: col('beschrijving', { aliases: ['omschrijving'], translatable: true }),
  hoursPerWeek: col('uren_per_week', { aliases: ['uren', 'uur_per_week'] }),
  minMonths: col('minimaal_maanden', {
    aliases: ['maanden', 'minimaal_aantal_maanden', 'minimale_duur_maanden'],
  }),
  vogRequired: col('vog', { aliases: ['vog_nodig', 'vog_verplicht'] }),
  training: col('training', { aliases: ['scholing'], translatable: true }),
  locations: col('locaties', { aliases: ['locatie'] }),
};

// ---------------------------------------------------------------------------
// Values

/** An id from a cell, or made from the name: lower case, letters and digits, hyphens. */
function makeId(name: string): string {
  return normaliseWord(name).slice(0, 80) || 'item';
}

// ---------------------------------------------------------------------------
// References between files

/** The Directory's `what`, in the plural, for the English messages. */
const ENGLISH_PLURALS: Record<string, string> = { locatie: 'locations', organisatie: 'organisations' };

/** Finds items by id or by (any translation of) their name. */
class Directory<T extends { id: string; name: Text }> {
  constructor(
    readonly items: T[],
    readonly fileName: string | undefined,
    readonly option: string,
    readonly what: string,
  ) {}

  find(reference: string): T | undefined {
    const word = normaliseWord(reference);
    return (
      this.items.find((item) => item.id === reference.trim()) ??
      this.items.find((item) => normaliseWord(item.id) === word) ??
      this.items.find((item) =>
        (typeof item.name === 'string' ? [item.name] : Object.values(item.name)).some(
          (name) => normaliseWord(name) === word,
        ),
      )
    );
  }

  /** Several references: `;`-separated; commas split only when that helps (names may hold one). */
  findAll(cell: string, report: (message: string) => void): string[] {
    const ids: string[] = [];
    for (const part of splitList(cell, true)) {
      // "Bibliotheek Zutphen, centrum" is one name; "bieb-centrum, bieb-warnsveld" two ids.
      const pieces = this.find(part) ? [part] : splitList(part);
      const items = pieces.map((piece) => this.find(piece));
      if (items.every((item) => item !== undefined)) {
        for (const item of items) if (!ids.includes(item.id)) ids.push(item.id);
      } else report(this.unknown(part));
    }
    return ids;
  }

  unknown(reference: string): string {
    if (this.fileName === undefined) {
      return say(
        `"${reference}" is weggelaten: er is geen bestand met ${this.what}s opgegeven. Geef het op met ${this.option}.`,
        `"${reference}" was left out: no file with ${ENGLISH_PLURALS[this.what] ?? this.what} was given. Give it with ${this.option}.`,
      );
    }
    const guess = closest(
      reference,
      this.items.map((item) => item.id),
    );
    return say(
      `"${reference}" staat niet in ${this.fileName} (zoek op id of naam) en is weggelaten.${guess ? ` Bedoelt u "${guess}"?` : ''}`,
      `"${reference}" is not in ${this.fileName} (looked up by id or name) and was left out.${guess ? ` Did you mean "${guess}"?` : ''}`,
    );
  }
}

// ---------------------------------------------------------------------------
// The files

function uniqueIds<C extends Columns>(
  rows: Row<C>[],
  idKey: keyof C,
  nameKey: keyof C,
  sheet: Sheet<C>,
): Map<Row<C>, string> {
  const ids = new Map<Row<C>, string>();
  const seen = new Map<string, number>();
  if (!sheet.has(idKey) && rows.length) {
    sheet.note(
      undefined,
      undefined,
      say(
        'er is geen kolom "id": elk id is gemaakt van de naam. Verandert de naam, dan verandert het id ook, en dan kloppen links en agenda’s niet meer. Voeg een kolom id toe.',
        'there is no column "id": every id was made from the name. If the name changes, the id changes too, and then links and calendars no longer work. Add an id column.',
      ),
    );
  }
  for (const row of rows) {
    let id = row.cell(idKey);
    if (id === '') {
      const name = row.text(nameKey);
      const dutch = typeof name === 'string' ? name : name ? (name.nl ?? Object.values(name)[0]) : '';
      if (!dutch) continue; // the missing name is reported by the reader
      id = makeId(dutch);
      let n = 2;
      while (seen.has(id)) id = `${makeId(dutch)}-${n++}`;
      if (sheet.has(idKey))
        row.warn(
          idKey,
          say(
            `is leeg; het id "${id}" is gemaakt van de naam. Zet het in de spreadsheet, dan blijft het hetzelfde.`,
            `is empty; the id "${id}" was made from the name. Put it in the spreadsheet, then it stays the same.`,
          ),
        );
    } else if (seen.has(id)) {
      row.fail(
        idKey,
        say(
          `het id "${id}" staat ook in rij ${seen.get(id)}. Elk id mag maar één keer voorkomen.`,
          `the id "${id}" is also in row ${seen.get(id)}. Each id may appear only once.`,
        ),
      );
      continue;
    } else if (id.length > 200 || /[;|]/.test(id)) {
      row.fail(
        idKey,
        say(
          `"${id}" kan geen id zijn: gebruik letters, cijfers en streepjes (zoals taalcafe-centrum).`,
          `"${id}" cannot be an id: use letters, digits and hyphens (like taalcafe-centrum).`,
        ),
      );
      continue;
    }
    seen.set(id, row.row);
    ids.set(row, id);
  }
  return ids;
}

function readOrganisations(table: CsvTable, problems: Problem[]): Organisation[] {
  const sheet = new Sheet(table, ORGANISATION_COLUMNS, 'organisatie', problems);
  if (sheet.fatal) return [];
  const rows = sheet.rows();
  const ids = uniqueIds(rows, 'id', 'name', sheet);
  const result: Organisation[] = [];
  for (const row of rows) {
    const name = row.text('name');
    if (!name)
      row.fail(
        'name',
        say('is leeg. Elke organisatie heeft een naam nodig.', 'is empty. Every organisation needs a name.'),
      );
    const id = ids.get(row);
    if (row.failed || !id || !name) continue;
    const kind = row.word('kind', ORGANISATION_KIND_WORDS, false);
    const url = row.optional('url', parseUrl);
    const email = row.optional('email', parseEmail);
    const phone = readPhone(row, 'phone');
    result.push({
      id,
      name,
      ...(kind ? { kind } : {}),
      ...(url ? { url } : {}),
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
    });
  }
  return result;
}

function readPhone<C extends Columns>(row: Row<C>, key: keyof C): string | undefined {
  const value = row.cell(key);
  if (value === '') return undefined;
  const parsed = parsePhone(value);
  if ('error' in parsed) {
    row.warn(
      key,
      say(`${parsed.error} Deze waarde is weggelaten.`, `${parsed.error} This value was left out.`),
    );
    return undefined;
  }
  if (parsed.fixed) {
    row.warn(
      key,
      say(
        `"${value}" begint niet met 0: Excel haalt die soms weg. Overgenomen als ${parsed.value}. Zet de kolom in Excel op "Tekst".`,
        `"${value}" does not start with 0: Excel sometimes removes it. Taken as ${parsed.value}. Set the column to "Text" in Excel.`,
      ),
    );
  }
  return parsed.value;
}

function readLocations(table: CsvTable, problems: Problem[]): Location[] {
  const sheet = new Sheet(table, LOCATION_COLUMNS, 'locatie', problems);
  if (sheet.fatal) return [];
  const rows = sheet.rows();
  const ids = uniqueIds(rows, 'id', 'name', sheet);
  const result: Location[] = [];
  for (const row of rows) {
    const name = row.text('name');
    if (!name)
      row.fail(
        'name',
        say('is leeg. Elke locatie heeft een naam nodig.', 'is empty. Every location needs a name.'),
      );
    const id = ids.get(row);
    if (row.failed || !id || !name) continue;
    const address = {
      ...(row.cell('street') ? { street: row.cell('street') } : {}),
      ...(row.cell('postalCode')
        ? {
            postalCode: row
              .cell('postalCode')
              .toUpperCase()
              .replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2'),
          }
        : {}),
      ...(row.cell('city') ? { city: row.cell('city') } : {}),
    };
    let lat = row.optional('lat', parseCoordinate);
    let lon = row.optional('lon', parseCoordinate);
    let geo: Location['geo'];
    if ((lat === undefined) !== (lon === undefined)) {
      row.warn(
        lat === undefined ? 'lat' : 'lon',
        say(
          'is leeg, terwijl de andere coördinaat er wel staat. Vul beide in, of geen van beide. De coördinaten zijn weggelaten.',
          'is empty, while the other coordinate is filled in. Fill in both, or neither. The coordinates were left out.',
        ),
      );
    } else if (lat !== undefined && lon !== undefined) {
      const inNl = (a: number, b: number) => a >= 50.5 && a <= 53.8 && b >= 3 && b <= 7.5;
      if (!inNl(lat, lon) && inNl(lon, lat)) {
        row.warn(
          'lat',
          say(
            `breedtegraad en lengtegraad zijn omgewisseld (${lat} en ${lon}); ze zijn goed gezet. De breedtegraad in Nederland is ongeveer 51 tot 53.`,
            `latitude and longitude were swapped (${lat} and ${lon}); they have been put right. The latitude in the Netherlands is about 51 to 53.`,
          ),
        );
        [lat, lon] = [lon, lat];
      }
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        row.warn(
          'lat',
          say(
            'deze coördinaten bestaan niet en zijn weggelaten.',
            'these coordinates do not exist and were left out.',
          ),
        );
      } else {
        if (!inNl(lat, lon))
          row.warn(
            'lat',
            say(
              `deze plek (${lat}, ${lon}) ligt niet in Nederland. Kijk de coördinaten na.`,
              `this place (${lat}, ${lon}) is not in the Netherlands. Check the coordinates.`,
            ),
          );
        geo = { lat, lon };
      }
    }
    const accessibility = row.text('accessibility');
    const url = row.optional('url', parseUrl);
    result.push({
      id,
      name,
      ...(Object.keys(address).length ? { address } : {}),
      ...(geo ? { geo } : {}),
      ...(accessibility ? { accessibility } : {}),
      ...(url ? { url } : {}),
    });
  }
  return result;
}

function readRoles(table: CsvTable, problems: Problem[], locations: Directory<Location>): VolunteerRole[] {
  const sheet = new Sheet(table, ROLE_COLUMNS, 'vrijwilligersrol', problems);
  if (sheet.fatal) return [];
  const rows = sheet.rows();
  const ids = uniqueIds(rows, 'id', 'title', sheet);
  const result: VolunteerRole[] = [];
  for (const row of rows) {
    const title = row.text('title');
    if (!title)
      row.fail(
        'title',
        say(
          'is leeg. Elke vrijwilligersrol heeft een titel nodig.',
          'is empty. Every volunteer role needs a title.',
        ),
      );
    const id = ids.get(row);
    if (row.failed || !id || !title) continue;
    const description = row.text('description');
    let hoursPerWeek = row.optional('hoursPerWeek', parseNumber);
    if (hoursPerWeek !== undefined && (hoursPerWeek <= 0 || hoursPerWeek > 40)) {
      row.warn(
        'hoursPerWeek',
        say(
          `${hoursPerWeek} uur per week kan niet (meer dan 0, hoogstens 40). Deze waarde is weggelaten.`,
          `${hoursPerWeek} hours a week is not possible (more than 0, at most 40). This value was left out.`,
        ),
      );
      hoursPerWeek = undefined;
    }
    const minMonths = row.optional('minMonths', parseNumber);
    const vogRequired = row.optional('vogRequired', parseYesNo);
    const training = row.text('training');
    const locationIds = locations.findAll(row.cell('locations'), (message) => row.warn('locations', message));
    result.push({
      id,
      title,
      ...(description ? { description } : {}),
      ...(hoursPerWeek !== undefined ? { hoursPerWeek } : {}),
      ...(minMonths !== undefined ? { minMonths } : {}),
      ...(vogRequired !== undefined ? { vogRequired } : {}),
      ...(training ? { training } : {}),
      ...(locationIds.length ? { locationIds } : {}),
    });
  }
  return result;
}

function readProgrammes(
  table: CsvTable,
  problems: Problem[],
  locations: Directory<Location>,
  organisations: Directory<Organisation>,
): Programme[] {
  const sheet = new Sheet(table, PROGRAMME_COLUMNS, 'programma', problems);
  if (sheet.fatal) return [];
  const rows = sheet.rows();
  const ids = uniqueIds(rows, 'id', 'title', sheet);
  const result: Programme[] = [];
  for (const row of rows) {
    const title = row.text('title');
    if (!title)
      row.fail(
        'title',
        say('is leeg. Elk programma heeft een titel nodig.', 'is empty. Every programme needs a title.'),
      );
    const kind = row.word('kind', KIND_WORDS, true);
    const learning = row.word('learning', LEARNING_WORDS, true);
    const format = row.word('format', FORMAT_WORDS, true);
    const domains = row.words('domains', DOMAIN_WORDS);
    if (domains.length === 0) {
      row.fail(
        'domains',
        row.cell('domains') === ''
          ? say(
              `is leeg. Kies minstens één domein: ${unknownWord(DOMAIN_WORDS, '').split('Kies uit: ')[1]}`,
              `is empty. Choose at least one "domein": ${unknownWord(DOMAIN_WORDS, '').split('Choose from: ')[1]}`,
            )
          : say(
              'geen enkel domein is bekend (zie hierboven). Elk programma heeft minstens één domein nodig.',
              'none of the "domein" values is known (see above). Every programme needs at least one "domein".',
            ),
      );
    }
    const cost = readCost(row);
    const id = ids.get(row);
    if (row.failed || !id || !title || !kind || !learning || !format || !cost) continue;

    const themes = row.words('themes', THEME_WORDS);
    const routes = row.words('routes', ROUTE_WORDS);
    const level = row.optional('level', parseLevel);
    const languages = (key: 'instructionLanguages' | 'supportLanguages') => {
      const codes: string[] = [];
      for (const value of splitList(row.cell(key))) {
        const code = parseLanguage(value);
        if (code === undefined) {
          row.warn(
            key,
            say(
              `"${value}" is geen taal die ik ken. Schrijf de naam (Arabisch) of de code (ar). Deze waarde is weggelaten.`,
              `"${value}" is not a language I know. Write the Dutch name (Arabisch) or the code (ar). This value was left out.`,
            ),
          );
        } else if (!codes.includes(code)) codes.push(code);
      }
      return codes;
    };
    const instructionLanguages = languages('instructionLanguages');
    const supportLanguages = languages('supportLanguages');

    let organisationId: string | undefined;
    if (row.cell('organisation')) {
      organisationId = organisations.find(row.cell('organisation'))?.id;
      if (!organisationId)
        row.warn(
          'organisation',
          say(
            `${organisations.unknown(row.cell('organisation'))} Het Taalhuis (de uitgever) wordt getoond.`,
            `${organisations.unknown(row.cell('organisation'))} The Taalhuis (the publisher) is shown instead.`,
          ),
        );
    }
    const locationIds = locations.findAll(row.cell('locations'), (message) => row.warn('locations', message));
    const schedule = readSchedule(row, locations, locationIds);
    const registration = readRegistration(row);

    const places = row.optional('places', parseWholeNumber);
    let remaining = row.optional('remaining', parseWholeNumber);
    if (places !== undefined && remaining !== undefined && remaining > places) {
      row.warn(
        'remaining',
        say(
          `er zijn ${remaining} plaatsen vrij, maar maar ${places} plaatsen in totaal. Deze waarde is weggelaten.`,
          `there are ${remaining} places free, but only ${places} places in total. This value was left out.`,
        ),
      );
      remaining = undefined;
    }
    const waitingList = row.optional('waitingList', parseYesNo);
    const capacity = {
      ...(places !== undefined ? { places } : {}),
      ...(remaining !== undefined ? { remaining } : {}),
      ...(waitingList !== undefined ? { waitingList } : {}),
    };
    const goals = splitList(row.cell('goals'));
    const lastChecked = row.optional('lastChecked', parseDate);
    const summary = row.text('summary');
    const description = row.text('description');
    const audience = row.text('audience');

    result.push({
      id,
      title,
      ...(summary ? { summary } : {}),
      ...(description ? { description } : {}),
      ...(organisationId ? { organisationId } : {}),
      kind,
      learning,
      domains,
      ...(themes.length ? { themes } : {}),
      ...(routes.length ? { routes } : {}),
      ...(level ? { level } : {}),
      ...(instructionLanguages.length ? { instructionLanguages } : {}),
      ...(supportLanguages.length ? { supportLanguages } : {}),
      format,
      ...(locationIds.length ? { locationIds } : {}),
      ...(schedule ? { schedule } : {}),
      cost,
      ...(registration ? { registration } : {}),
      ...(Object.keys(capacity).length ? { capacity } : {}),
      ...(goals.length ? { goals } : {}),
      ...(audience ? { audience } : {}),
      ...(lastChecked ? { lastChecked } : {}),
    });
  }
  return result;
}

type ProgrammeRow = Row<typeof PROGRAMME_COLUMNS>;

function readCost(row: ProgrammeRow): Programme['cost'] | undefined {
  const note = row.text('costNote');
  const free = row.optional('free', parseYesNo);
  const priceCell = row.cell('price');
  let amount: number | undefined;
  if (priceCell !== '' && !/^gratis$/i.test(priceCell)) {
    const parsed = parseNumber(priceCell);
    if ('error' in parsed) {
      if (free === undefined) {
        row.fail(
          'price',
          say(
            `${parsed.error} Of vul bij "gratis" ja of nee in.`,
            `${parsed.error} Or fill in ja or nee under "gratis".`,
          ),
        );
        return undefined;
      }
      row.warn(
        'price',
        say(`${parsed.error} Deze waarde is weggelaten.`, `${parsed.error} This value was left out.`),
      );
    } else amount = parsed.value;
  }
  const withNote = note ? { note } : {};
  if (free === true) {
    if (amount)
      row.warn(
        'price',
        say(
          `bij "gratis" staat ja, maar er staat ook een prijs (${priceCell}). De prijs is weggelaten.`,
          `"gratis" says ja, but there is also a price (${priceCell}). The price was left out.`,
        ),
      );
    return { free: true, ...withNote };
  }
  if (free === false) {
    return {
      free: false,
      ...(amount !== undefined ? { amount, currency: 'EUR' as const } : {}),
      ...withNote,
    };
  }
  if (/^gratis$/i.test(priceCell)) return { free: true, ...withNote };
  if (amount !== undefined) {
    return amount === 0
      ? { free: true, ...withNote }
      : { free: false, amount, currency: 'EUR' as const, ...withNote };
  }
  row.fail(
    'free',
    say(
      'is leeg. Vul in of het gratis is: ja of nee (en bij nee eventueel de prijs).',
      'is empty. Fill in whether it is free: ja or nee (and with nee, the price if there is one).',
    ),
  );
  return undefined;
}

function readSchedule(
  row: ProgrammeRow,
  locations: Directory<Location>,
  locationIds: string[],
): Programme['schedule'] {
  const sessions: NonNullable<NonNullable<Programme['schedule']>['sessions']> = [];
  // Sessions are separated by `;`, `|` or a line break; a comma only before the next date.
  const entries = row
    .cell('sessions')
    .split(/[;|\n]+|,(?=\s*(?:[a-zA-Z]{2,9}\.?\s+)?\d{1,4}[-/.])/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  const seen = new Set<string>();
  for (const entry of entries) {
    const parsed = parseSession(entry);
    if ('error' in parsed) {
      row.warn(
        'sessions',
        say(`${parsed.error} Deze sessie is weggelaten.`, `${parsed.error} This session was left out.`),
      );
      continue;
    }
    if (parsed.weekdayMismatch) row.warn('sessions', parsed.weekdayMismatch);
    const { date, start, end, cancelled, place } = parsed.value;
    const key = `${date}T${start}`;
    if (seen.has(key)) {
      row.warn(
        'sessions',
        say(
          `${dutchDate(date)} ${start.replace(':', '.')} staat er twee keer in; de tweede is weggelaten.`,
          `${dutchDate(date)} ${start.replace(':', '.')} is in there twice; the second was left out.`,
        ),
      );
      continue;
    }
    seen.add(key);
    let locationId: string | undefined;
    if (place) {
      locationId = locations.find(place)?.id;
      if (!locationId) row.warn('sessions', `${dutchDate(date)}: ${locations.unknown(place)}`);
    }
    sessions.push({
      start: key,
      ...(end ? { end: `${date}T${end}` } : {}),
      ...(locationId && locationId !== locationIds[0] ? { locationId } : {}),
      ...(cancelled ? { status: 'cancelled' as const } : {}),
    });
  }

  let weekly: NonNullable<Programme['schedule']>['weekly'];
  const from = row.optional('from', parseDate);
  const until = row.optional('until', parseDate);
  if (row.cell('weekly')) {
    const parsed = parseWeekly(row.cell('weekly'));
    if ('error' in parsed)
      row.warn(
        'weekly',
        say(`${parsed.error} Deze waarde is weggelaten.`, `${parsed.error} This value was left out.`),
      );
    else if (from && until && until < from) {
      row.warn(
        'until',
        say(
          `${dutchDate(until)} ligt voor de begindatum ${dutchDate(from)}. Het wekelijkse rooster is weggelaten.`,
          `${dutchDate(until)} is before the start date ${dutchDate(from)}. The weekly schedule was left out.`,
        ),
      );
    } else {
      weekly = { ...parsed.value, ...(from ? { from } : {}), ...(until ? { until } : {}) };
    }
  } else if (from || until) {
    row.warn(
      from ? 'from' : 'until',
      say(
        'is ingevuld, maar "wekelijks" is leeg. Van en tot horen bij het wekelijkse rooster; ze zijn weggelaten.',
        'is filled in, but "wekelijks" is empty. From and until belong to the weekly schedule; they were left out.',
      ),
    );
  }
  const note = row.text('scheduleNote');
  if (!sessions.length && !weekly && !note) return undefined;
  return {
    ...(sessions.length ? { sessions } : {}),
    ...(weekly ? { weekly } : {}),
    ...(note ? { note } : {}),
  };
}

function readRegistration(row: ProgrammeRow): Programme['registration'] {
  const url = row.optional('registrationUrl', parseUrl);
  const email = row.optional('registrationEmail', parseEmail);
  const phone = readPhone(row, 'registrationPhone');
  const note = row.text('registrationNote');
  const said = row.optional('registration', parseYesNo);
  // Empty "aanmelden": required when there is a way to sign up.
  const required = said ?? Boolean(url || email || phone);
  if (said === undefined && !url && !email && !phone && !note) return undefined;
  return {
    required,
    ...(url ? { url } : {}),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    ...(note ? { note } : {}),
  };
}

// ---------------------------------------------------------------------------
// The feed

export interface ConvertInput {
  programmes: CsvTable;
  locations?: CsvTable;
  organisations?: CsvTable;
  roles?: CsvTable;
  /** `--publisher`: the Taalhuis's name. Default: the organisation of kind taalhuis. */
  publisher?: string;
  privacyUrl?: string;
  now: Date;
}

export interface ConvertResult {
  /** Missing when nothing usable could be made. */
  feed?: {
    feedVersion: 1;
    publisher: { name: Text; url?: string; email?: string; phone?: string; privacyUrl?: string };
    updated: string;
    organisations?: Organisation[];
    locations?: Location[];
    programmes: Programme[];
    volunteerRoles?: VolunteerRole[];
  };
  problems: Problem[];
  /** Rows left out, per file name. */
  skipped: Record<string, number>;
}

function encodingNote(table: CsvTable, problems: Problem[]): void {
  if (table.encoding === 'windows-1252') {
    problems.push({
      level: 'let op',
      file: table.name,
      message: say(
        'dit bestand is niet als UTF-8 opgeslagen en is gelezen als Windows-1252 ("ANSI"). Kijk of letters als é en ë goed zijn overgekomen. ' +
          'Arabische of Oekraïense tekst gaat zo verloren: kies bij opslaan "CSV UTF-8".',
        'this file was not saved as UTF-8 and was read as Windows-1252 ("ANSI"). Check that letters like é and ë came through correctly. ' +
          'Arabic or Ukrainian text is lost this way: choose "CSV UTF-8" when saving.',
      ),
    });
  }
}

export function convert(input: ConvertInput): ConvertResult {
  const problems: Problem[] = [];
  for (const table of [input.programmes, input.locations, input.organisations, input.roles]) {
    if (table) encodingNote(table, problems);
  }
  const organisations = input.organisations ? readOrganisations(input.organisations, problems) : [];
  const locations = input.locations ? readLocations(input.locations, problems) : [];
  const locationDirectory = new Directory(locations, input.locations?.name, '--locations', 'locatie');
  const organisationDirectory = new Directory(
    organisations,
    input.organisations?.name,
    '--organisations',
    'organisatie',
  );
  const roles = input.roles ? readRoles(input.roles, problems, locationDirectory) : [];
  const programmes = readProgrammes(input.programmes, problems, locationDirectory, organisationDirectory);

  // Rows left out: the distinct rows with an error, per file.
  const skippedRows: Record<string, Set<number>> = {};
  for (const { level, file, row } of problems) {
    if (level === 'fout' && row !== undefined) (skippedRows[file] ??= new Set()).add(row);
  }
  const skipped = Object.fromEntries(Object.entries(skippedRows).map(([file, rows]) => [file, rows.size]));

  // The publisher: --publisher, else the organisation that is the Taalhuis.
  let publisherName: Text | undefined = input.publisher?.trim() || undefined;
  const match = publisherName
    ? organisationDirectory.find(publisherName as string)
    : organisations.find((o) => o.kind === 'language-house');
  publisherName ??= match?.name;
  let privacyUrl: string | undefined;
  if (input.privacyUrl !== undefined) {
    const parsed = parseUrl(input.privacyUrl);
    if ('error' in parsed)
      problems.push({
        level: 'let op',
        file: '--privacy-url',
        message: say(`${parsed.error} De link is weggelaten.`, `${parsed.error} The link was left out.`),
      });
    else privacyUrl = parsed.value;
  }
  if (!publisherName) {
    problems.push({
      level: 'fout',
      file: '--publisher',
      message: say(
        'de naam van de uitgever ontbreekt. Geef die op met --publisher "Taalhuis Zutphen", of zet het Taalhuis met soort "taalhuis" in organisaties.csv.',
        'the name of the publisher is missing. Give it with --publisher "Taalhuis Zutphen", or put the Taalhuis with soort "taalhuis" in organisaties.csv.',
      ),
    });
  }
  if (programmes.length === 0 && !problems.some((p) => p.level === 'fout' && p.row === undefined)) {
    problems.push({
      level: 'fout',
      file: input.programmes.name,
      message: say(
        'er staat geen enkel bruikbaar programma in. Er is geen feed gemaakt.',
        'there is not a single usable programme in it. No feed was made.',
      ),
    });
  }
  const fatal = programmes.length === 0 || !publisherName;
  if (fatal) return { problems, skipped };

  return {
    feed: {
      feedVersion: 1,
      publisher: {
        name: publisherName!,
        ...(match?.url ? { url: match.url } : {}),
        ...(match?.email ? { email: match.email } : {}),
        ...(match?.phone ? { phone: match.phone } : {}),
        ...(privacyUrl ? { privacyUrl } : {}),
      },
      updated: isoWithOffset(input.now),
      ...(organisations.length ? { organisations } : {}),
      ...(locations.length ? { locations } : {}),
      programmes,
      ...(roles.length ? { volunteerRoles: roles } : {}),
    },
    problems,
    skipped,
  };
}

/** For messages about what was made: `12 programma's, 1 locatie`. */
export function countWords(feed: NonNullable<ConvertResult['feed']>): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [
    n(feed.programmes.length, 'programma', "programma's"),
    ...(feed.locations ? [n(feed.locations.length, 'locatie', 'locaties')] : []),
    ...(feed.organisations ? [n(feed.organisations.length, 'organisatie', 'organisaties')] : []),
    ...(feed.volunteerRoles
      ? [n(feed.volunteerRoles.length, 'vrijwilligersrol', 'vrijwilligersrollen')]
      : []),
  ].join(', ');
}
