/**
 * The feed studio's words, in the UI language (message ids `studio.`). The converter's own
 * problem messages (src/convert/) are plain Dutch, as `taalwijzer convert` prints them.
 * Functions, so `msg()` runs in the active locale on every render.
 */
import { msg, str } from '@lit/localize';
import { useMessages } from '../localization/localization.js';

useMessages('studio');

export const t = {
  title: () =>
    msg('Feedstudio', {
      id: 'studio.title',
      desc: 'Name of the tool that turns a spreadsheet into a published feed.',
    }),
  intro: () =>
    msg(
      'Zet je aanbod uit Excel of LibreOffice om in een feed voor de Taalwijzer-widgets, zie wat er beter kan en bekijk het resultaat zoals een nieuwkomer het ziet.',
      {
        id: 'studio.intro',
        desc: 'Introduction under the title of the feed studio, for a Taalhuis coordinator.',
      },
    ),
  privacy: () =>
    msg('Alles gebeurt op deze computer: je bestanden en je aanbod worden nergens heen gestuurd.', {
      id: 'studio.privacy',
      desc: 'Promise that no file leaves the computer.',
    }),
  openHeading: () => msg('1. Open je aanbod', { id: 'studio.open.heading', desc: 'Step 1 heading.' }),
  fileLabel: () =>
    msg('Spreadsheets (.xlsx, .ods, .csv) of een feed (.json)', {
      id: 'studio.open.file-label',
      desc: 'Label of the file picker.',
    }),
  fileHint: () =>
    msg(
      'Eén bestand per soort (programma’s, locaties, organisaties, vrijwilligersrollen), of één werkmap met een blad per soort. Je kunt ook bestanden hierheen slepen.',
      { id: 'studio.open.file-hint', desc: 'Help under the file picker.' },
    ),
  dropHere: () =>
    msg('Laat de bestanden los om ze te openen', {
      id: 'studio.open.drop-here',
      desc: 'Shown while files are dragged over the drop area.',
    }),
  urlLabel: () =>
    msg('Of open een gepubliceerde feed (adres)', {
      id: 'studio.open.url-label',
      desc: 'Label of the feed URL field.',
    }),
  urlButton: () =>
    msg('Openen', { id: 'studio.open.url-button', desc: 'Button that opens the feed at the URL.' }),
  urlInvalid: () =>
    msg('Vul een adres in dat begint met https://', {
      id: 'studio.open.url-invalid',
      desc: 'Error when the feed address is not a web address.',
    }),
  urlFailed: (reason: string) =>
    msg(
      str`De feed kon niet worden opgehaald (${reason}). Vaak staat de server het ophalen vanaf een andere website niet toe (CORS). Download de feed in je browser en open het bestand hier.`,
      {
        id: 'studio.open.url-failed',
        desc: 'Error when a feed URL cannot be fetched. Placeholder: technical reason.',
      },
    ),
  template: () =>
    msg('Download het sjabloon (.xlsx)', {
      id: 'studio.open.template',
      desc: 'Link to the empty spreadsheet template with an example.',
    }),
  example: () =>
    msg('Probeer het voorbeeld', {
      id: 'studio.open.example',
      desc: 'Button that opens the example spreadsheet.',
    }),
  emptyState: () =>
    msg(
      'Nog geen aanbod? Begin met het sjabloon: het heeft vier bladen met uitleg en een ingevuld voorbeeld.',
      {
        id: 'studio.open.empty',
        desc: 'Shown before any file is opened.',
      },
    ),
  detailsSummary: () =>
    msg('Gegevens van het Taalhuis (niet verplicht)', {
      id: 'studio.details.summary',
      desc: 'Expandable section with optional publisher details.',
    }),
  publisherLabel: () =>
    msg('Naam van het Taalhuis', {
      id: 'studio.details.publisher',
      desc: 'Label: name of the publishing Taalhuis.',
    }),
  publisherHint: () =>
    msg('Leeg: de organisatie met soort "taalhuis" uit je organisaties.', {
      id: 'studio.details.publisher-hint',
      desc: 'Help: what is used when the name is left empty.',
    }),
  privacyLabel: () =>
    msg('Adres van je privacyverklaring', {
      id: 'studio.details.privacy',
      desc: 'Label: privacy statement URL.',
    }),
  reading: () => msg('Bezig met lezen…', { id: 'studio.reading', desc: 'Status while files are converted.' }),
  crashed: () =>
    msg(
      'Dit bestand is te groot om hier te lezen. Splits het in kleinere bestanden of bewaar de bladen als CSV.',
      {
        id: 'studio.crashed',
        desc: 'Shown when reading a file ran out of memory.',
      },
    ),
  failed: (reason: string) =>
    msg(str`Er ging iets mis bij het lezen (${reason}). Probeer het opnieuw.`, {
      id: 'studio.failed',
      desc: 'Unexpected error while reading. Placeholder: technical reason.',
    }),
  tooLarge: (name: string, megabytes: string) =>
    msg(
      str`${name} is groter dan ${megabytes} MB en is niet geopend. Splits het bestand of bewaar de bladen als CSV.`,
      {
        id: 'studio.too-large',
        desc: 'A file over the size limit. Placeholders: file name, number of megabytes.',
      },
    ),
  filesHeading: () =>
    msg('Geopende bestanden', { id: 'studio.files.heading', desc: 'Heading of the list of files.' }),
  fileColumn: () =>
    msg('Bestand of blad', { id: 'studio.files.file', desc: 'Column header: file or sheet.' }),
  readAsColumn: () =>
    msg('Gelezen als', { id: 'studio.files.read-as', desc: 'Column header: what the sheet was read as.' }),
  rowsColumn: () => msg('Rijen', { id: 'studio.files.rows', desc: 'Column header: number of rows.' }),
  notUsed: () =>
    msg('niet gebruikt', { id: 'studio.files.not-used', desc: 'A sheet that was not read (unknown kind).' }),
  kindProgrammes: () => msg('programma’s', { id: 'studio.kind.programmes', desc: 'Sheet kind: programmes.' }),
  kindLocations: () => msg('locaties', { id: 'studio.kind.locations', desc: 'Sheet kind: locations.' }),
  kindOrganisations: () =>
    msg('organisaties', { id: 'studio.kind.organisations', desc: 'Sheet kind: organisations.' }),
  kindRoles: () =>
    msg('vrijwilligersrollen', { id: 'studio.kind.roles', desc: 'Sheet kind: volunteer roles.' }),
  kindFeed: () => msg('feed', { id: 'studio.kind.feed', desc: 'File kind: an existing feed (JSON).' }),
  clear: () =>
    msg('Alles sluiten', {
      id: 'studio.files.clear',
      desc: 'Button: close all opened files and start again.',
    }),
  resultHeading: () => msg('2. Resultaat', { id: 'studio.result.heading', desc: 'Step 2 heading.' }),
  resultReady: () => msg('De feed is klaar.', { id: 'studio.result.ready', desc: 'Conversion made a feed.' }),
  resultNone: () =>
    msg('Er is geen feed gemaakt. Los de fouten hieronder op en open de bestanden opnieuw.', {
      id: 'studio.result.none',
      desc: 'Conversion made no feed.',
    }),
  countLabel: (label: string, count: string) =>
    msg(str`${label}: ${count}`, {
      id: 'studio.result.count',
      desc: 'A label and a number, e.g. "Programma’s: 12".',
    }),
  countProgrammes: () =>
    msg('Programma’s', { id: 'studio.count.programmes', desc: 'Label before a number.' }),
  countLocations: () => msg('Locaties', { id: 'studio.count.locations', desc: 'Label before a number.' }),
  countOrganisations: () =>
    msg('Organisaties', { id: 'studio.count.organisations', desc: 'Label before a number.' }),
  countRoles: () => msg('Vrijwilligersrollen', { id: 'studio.count.roles', desc: 'Label before a number.' }),
  countErrors: () => msg('Fouten', { id: 'studio.count.errors', desc: 'Label before a number of errors.' }),
  countWarnings: () =>
    msg('Let op', { id: 'studio.count.warnings', desc: 'Label before a number of warnings.' }),
  countAdvice: () =>
    msg('Advies', { id: 'studio.count.advice', desc: 'Label before a number of suggestions.' }),
  problemsHeading: () =>
    msg('Wat je kunt verbeteren', { id: 'studio.problems.heading', desc: 'Heading of the problem list.' }),
  noProblems: () =>
    msg('Geen fouten of opmerkingen. Mooi werk!', {
      id: 'studio.problems.none',
      desc: 'Shown when nothing is wrong.',
    }),
  errorsGroup: () =>
    msg('Niet in de feed: rijen en bestanden met een fout', {
      id: 'studio.problems.errors',
      desc: 'Group heading: rows left out because of an error.',
    }),
  warningsGroup: () =>
    msg('Wel in de feed, maar kijk het na: waarden die zijn weggelaten of aangepast', {
      id: 'studio.problems.warnings',
      desc: 'Group heading: values dropped or changed, row kept.',
    }),
  adviceGroup: () =>
    msg('Advies: zo vinden nieuwkomers je aanbod beter', {
      id: 'studio.problems.advice',
      desc: 'Group heading: suggestions such as missing translations.',
    }),
  row: (row: string) =>
    msg(str`rij ${row}`, { id: 'studio.problems.row', desc: 'Spreadsheet row. Placeholder: number.' }),
  column: (column: string) =>
    msg(str`kolom "${column}"`, {
      id: 'studio.problems.column',
      desc: 'Spreadsheet column. Placeholder: column name.',
    }),
  programme: (title: string) =>
    msg(str`programma "${title}"`, {
      id: 'studio.problems.programme',
      desc: 'Which programme. Placeholder: its title.',
    }),
  dutchNote: () =>
    msg('De meldingen zelf zijn in het Nederlands, zoals de kolomnamen van het sjabloon.', {
      id: 'studio.problems.dutch-note',
      desc: 'Note shown in non-Dutch UI: the problem messages are in Dutch.',
    }),
  coverageHeading: () =>
    msg('Vertalingen van de titels', {
      id: 'studio.coverage.heading',
      desc: 'Heading: translation coverage table.',
    }),
  coverageLanguage: () => msg('Taal', { id: 'studio.coverage.language', desc: 'Column header: language.' }),
  coverageCount: () =>
    msg('Titels', { id: 'studio.coverage.count', desc: 'Column header: translated titles.' }),
  coverageShare: () => msg('Deel', { id: 'studio.coverage.share', desc: 'Column header: percentage.' }),
  previewHeading: () =>
    msg('3. Bekijk het zoals een nieuwkomer', {
      id: 'studio.preview.heading',
      desc: 'Step 3 heading: preview.',
    }),
  previewWidget: () =>
    msg('Widget', { id: 'studio.preview.widget', desc: 'Label: which widget to preview.' }),
  widgetFinder: () =>
    msg('Aanbod zoeken', { id: 'studio.widget.finder', desc: 'The programme finder widget.' }),
  widgetGoals: () => msg('Leerdoelen kiezen', { id: 'studio.widget.goals', desc: 'The goal picker widget.' }),
  widgetVolunteer: () =>
    msg('Vrijwilligers aanmelden', {
      id: 'studio.widget.volunteer',
      desc: 'The volunteer sign-up form widget.',
    }),
  previewLanguage: () =>
    msg('Taal van de widget', { id: 'studio.preview.language', desc: 'Label: preview language.' }),
  previewPhone: () =>
    msg('Telefoonbreedte (360 pixels)', {
      id: 'studio.preview.phone',
      desc: 'Checkbox: preview at phone width.',
    }),
  previewColour: () =>
    msg('Kleur van knoppen en links', { id: 'studio.preview.colour', desc: 'Label: accent colour.' }),
  previewFrame: (widget: string) =>
    msg(str`Voorbeeld: ${widget}`, {
      id: 'studio.preview.frame',
      desc: 'Title of the preview frame. Placeholder: widget.',
    }),
  previewEmpty: () =>
    msg('Open eerst je aanbod: dan zie je hier hoe het eruitziet.', {
      id: 'studio.preview.empty',
      desc: 'Preview placeholder before a feed exists.',
    }),
  previewNoSend: () =>
    msg('In dit voorbeeld wordt een aanmelding niet verstuurd.', {
      id: 'studio.preview.no-send',
      desc: 'Note under the volunteer form preview.',
    }),
  downloadHeading: () => msg('4. Downloaden', { id: 'studio.download.heading', desc: 'Step 4 heading.' }),
  downloadFeed: () => msg('Feed (aanbod.json)', { id: 'studio.download.feed', desc: 'Download button.' }),
  downloadFeedHint: () =>
    msg('Zet dit bestand op je website; de widgets lezen het.', {
      id: 'studio.download.feed-hint',
      desc: 'What to do with the feed file.',
    }),
  downloadJsonLd: () =>
    msg('JSON-LD voor zoekmachines', { id: 'studio.download.jsonld', desc: 'Download button.' }),
  downloadIcs: () =>
    msg('Agenda (.ics)', { id: 'studio.download.ics', desc: 'Download button: calendar file.' }),
  downloadWorkbook: () =>
    msg('Werkmap (.xlsx) om verder te bewerken', {
      id: 'studio.download.workbook',
      desc: 'Download button.',
    }),
  jsonLdSnippet: () =>
    msg('Of plak dit in de HTML van je pagina over het aanbod:', {
      id: 'studio.download.jsonld-snippet',
      desc: 'Label of the JSON-LD script snippet.',
    }),
  copy: () => msg('Kopiëren', { id: 'studio.copy', desc: 'Button: copy the code.' }),
  copied: () => msg('Gekopieerd.', { id: 'studio.copied', desc: 'Status after copying.' }),
  embedHeading: () => msg('5. Op je website zetten', { id: 'studio.embed.heading', desc: 'Step 5 heading.' }),
  embedIntro: () =>
    msg(
      'Plak deze code in je website (in een HTML-blok van je CMS). De widget, taal en kleur zijn die van het voorbeeld hierboven.',
      { id: 'studio.embed.intro', desc: 'Explains the embed code.' },
    ),
  embedFeedUrl: () =>
    msg('Adres waar je aanbod.json neerzet', {
      id: 'studio.embed.feed-url',
      desc: 'Label: URL of the published feed.',
    }),
  embedCode: () => msg('Code voor je website', { id: 'studio.embed.code', desc: 'Label of the embed code.' }),
  embedAuto: () =>
    msg('automatisch (de taal van de bezoeker)', {
      id: 'studio.embed.auto',
      desc: 'Language option: follow the visitor’s browser language.',
    }),
  embedLanguage: () =>
    msg('Taal op je website', { id: 'studio.embed.language', desc: 'Label: language of the embed.' }),
  embedAction: () =>
    msg('Aanmeldingen van vrijwilligers naar', {
      id: 'studio.embed.action',
      desc: 'Label: where volunteer sign-ups go.',
    }),
  embedActionHint: () =>
    msg('Een e-mailadres als mailto:taalhuis@voorbeeld.nl, of het https-adres van jullie aanmeldsysteem.', {
      id: 'studio.embed.action-hint',
      desc: 'Help: mailto address or https URL of a sign-up system.',
    }),
  exampleFailed: () =>
    msg('Het voorbeeld kon niet worden geladen. Probeer het opnieuw.', {
      id: 'studio.example-failed',
      desc: 'Error when the example spreadsheet cannot be fetched.',
    }),
};
